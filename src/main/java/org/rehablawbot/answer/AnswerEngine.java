package org.rehablawbot.answer;

import java.util.List;
import org.rehablawbot.index.PassageSearch;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.SourceMeta;
import org.rehablawbot.retrieve.HybridRetriever;
import org.rehablawbot.retrieve.Retrieval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer pipeline: retrieval, then composition. A blank question gets a {@link Answer.Status#HELP} answer;
 * a question longer than {@link #MAX_QUESTION_CHARS} is answered from its beginning, cut at a word boundary. If
 * the configured composer fails (a language model that times out or errs), the extractive composer answers
 * instead. Thread-safe when its parts are.
 */
public final class AnswerEngine implements AnswerService {

    /** Longest question text searched; longer questions are cut at the last word boundary before this. */
    public static final int MAX_QUESTION_CHARS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(AnswerEngine.class);

    private final HybridRetriever retriever;
    private final Composer composer;
    private final ExtractiveComposer fallback;
    private final PassageSearch search;
    private final Language defaultLanguage;

    /**
     * @param retriever       finds the passages
     * @param composer        writes the answer (the extractive composer, or a language model composer)
     * @param fallback        answers when {@code composer} fails; may be the same object
     * @param search          the index, for {@link #sources()}
     * @param defaultLanguage answer language when neither the question's script nor the caller decides
     */
    public AnswerEngine(HybridRetriever retriever, Composer composer, ExtractiveComposer fallback, PassageSearch search,
                        Language defaultLanguage) {
        this.retriever = retriever;
        this.composer = composer;
        this.fallback = fallback;
        this.search = search;
        this.defaultLanguage = defaultLanguage == null ? Language.EN : defaultLanguage;
    }

    @Override
    public Answer answer(String question, String previousQuestion, Language preferred) {
        long start = System.nanoTime();
        String q = truncate(question == null ? "" : question.strip());
        Language fallbackLanguage = preferred == null ? defaultLanguage : preferred;
        if (q.isEmpty()) {
            Answer help = new Answer("", fallbackLanguage, Answer.Status.HELP,
                    List.of(new Statement(Messages.help(fallbackLanguage), List.of())), List.of(), List.of(),
                    composer.name(), 0);
            return help.withTookMs(elapsedMs(start));
        }
        String previous = previousQuestion == null ? null : truncate(previousQuestion.strip());
        Retrieval retrieval = retriever.retrieve(q, previous, fallbackLanguage);
        Answer answer;
        try {
            answer = composer.compose(retrieval);
        } catch (RuntimeException e) {
            if (composer == fallback) {
                throw e;
            }
            LOG.warn("composer {} failed ({}); answering with the extractive composer", composer.name(),
                    e.toString());
            answer = fallback.compose(retrieval);
        }
        return answer.withTookMs(elapsedMs(start));
    }

    @Override
    public List<SourceMeta> sources() {
        return search.sources();
    }

    /**
     * The question as searched: at most {@link #MAX_QUESTION_CHARS} characters, cut after the last whole word
     * (or hard at the limit when the beginning has no space).
     */
    public static String truncate(String question) {
        if (question.length() <= MAX_QUESTION_CHARS) {
            return question;
        }
        int cut = MAX_QUESTION_CHARS;
        if (Character.isLowSurrogate(question.charAt(cut))) {
            cut--;
        }
        int space = -1;
        for (int i = cut; i > MAX_QUESTION_CHARS / 2; i--) {
            if (Character.isWhitespace(question.charAt(i))) {
                space = i;
                break;
            }
        }
        return (space > 0 ? question.substring(0, space) : question.substring(0, cut)).strip();
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }
}
