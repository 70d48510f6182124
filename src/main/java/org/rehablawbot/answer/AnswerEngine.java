package org.rehablawbot.answer;

import java.io.IOException;
import java.util.List;
import org.rehablawbot.config.Settings;
import org.rehablawbot.index.Embedder;
import org.rehablawbot.index.IndexProgress;
import org.rehablawbot.index.KnowledgeIndex;
import org.rehablawbot.index.MiniLmEmbedder;
import org.rehablawbot.index.PassageSearch;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.SourceMeta;
import org.rehablawbot.llm.Composers;
import org.rehablawbot.llm.LlmConfig;
import org.rehablawbot.retrieve.HybridRetriever;
import org.rehablawbot.retrieve.Question;
import org.rehablawbot.retrieve.Retrieval;
import org.rehablawbot.retrieve.Synonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer pipeline: retrieval, then composition. A blank question gets a {@link Answer.Status#HELP} answer;
 * a question longer than {@link #MAX_QUESTION_CHARS} is answered from its beginning, cut at a word boundary. If
 * the configured composer fails (a language model that times out or errs), the extractive composer answers
 * instead. Thread-safe when its parts are.
 *
 * <p>Front ends get one with {@link #open(Settings)} (the index brought up to date and opened, the embedding
 * model loaded) and close it when done:
 * <pre>{@code
 * try (AnswerEngine engine = AnswerEngine.open(settings)) {
 *     Answer a = engine.answer("When did Kyrgyzstan adopt its rehabilitation law?", null, null);
 * }
 * }</pre>
 */
public final class AnswerEngine implements AnswerService, AutoCloseable {

    /** Longest question text searched; longer questions are cut at the last word boundary before this. */
    public static final int MAX_QUESTION_CHARS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(AnswerEngine.class);

    private final HybridRetriever retriever;
    private final Composer composer;
    private final ExtractiveComposer fallback;
    private final PassageSearch search;
    private final Language defaultLanguage;
    private final java.io.Closeable owned;

    /**
     * @param retriever       finds the passages
     * @param composer        writes the answer (the extractive composer, or a language model composer)
     * @param fallback        answers when {@code composer} fails; may be the same object
     * @param search          the index, for {@link #sources()}
     * @param defaultLanguage answer language when neither the question's script nor the caller decides
     */
    public AnswerEngine(HybridRetriever retriever, Composer composer, ExtractiveComposer fallback, PassageSearch search,
                        Language defaultLanguage) {
        this(retriever, composer, fallback, search, defaultLanguage, null);
    }

    private AnswerEngine(HybridRetriever retriever, Composer composer, ExtractiveComposer fallback,
                         PassageSearch search, Language defaultLanguage, java.io.Closeable owned) {
        this.retriever = retriever;
        this.composer = composer;
        this.fallback = fallback;
        this.search = search;
        this.defaultLanguage = defaultLanguage == null ? Language.EN : defaultLanguage;
        this.owned = owned;
    }

    /**
     * The engine for the settings: brings the index in the data folder up to date with the knowledge folder
     * (the first call builds it), opens it, and wires the hybrid retriever and the composer (see
     * {@link #create}). Files with problems are left out and logged. Closing the engine closes the index.
     *
     * @throws IOException when the knowledge folder is missing or the index cannot be built or read
     * @throws org.rehablawbot.config.ConfigException when {@code llm.*} names a provider without what it needs
     *                                                (checked before the index is opened)
     */
    public static AnswerEngine open(Settings settings) throws IOException {
        LlmConfig.from(settings);
        Embedder embedder = MiniLmEmbedder.shared();
        KnowledgeIndex index = KnowledgeIndex.openUpdated(settings, embedder, IndexProgress.NONE);
        index.lastUpdate().ifPresent(r -> r.problems().forEach(p -> LOG.warn("left out of the index: {}", p)));
        return create(settings, index, embedder, index);
    }

    /**
     * An engine over an index the caller opened (the Telegram adapter keeps its own to reload it), with the
     * extractive composer ({@code answer.min_relevance}, {@code answer.max_citations}), or, when
     * {@code llm.provider} names one, a language model composer that falls back to it.
     *
     * @param embedder for the vector search, or null for BM25 only
     * @param owned    closed with the engine, or null
     */
    public static AnswerEngine create(Settings settings, PassageSearch search, Embedder embedder,
                                      java.io.Closeable owned) {
        Synonyms synonyms;
        try {
            synonyms = Synonyms.load(settings.knowledgeDir());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("the knowledge folder's {} is left out: {}", Synonyms.FOLDER_FILE, e.getMessage());
            synonyms = Synonyms.builtIn();
        }
        HybridRetriever retriever = new HybridRetriever(search, embedder,
                settings.doubleValue("answer.min_relevance"), synonyms);
        ExtractiveComposer composer = new ExtractiveComposer(settings.intValue("answer.max_citations"), retriever,
                synonyms);
        return new AnswerEngine(retriever, Composers.fromSettings(settings, composer), composer, search,
                settings.defaultLanguage(), owned);
    }

    /**
     * The same pipeline with another composer (a language model), the extractive one answering when it fails.
     * The returned engine shares this one's index and does not close it.
     */
    public AnswerEngine withComposer(Composer other) {
        return new AnswerEngine(retriever, other, fallback, search, defaultLanguage, null);
    }

    /**
     * The composer answering questions: the extractive one, or an {@link org.rehablawbot.llm.LlmComposer} whose
     * {@code stats()} count how the model's answers fared, for status reports.
     */
    public Composer composer() {
        return composer;
    }

    /** The retriever, for composers and tools that need the retrieval itself. */
    public HybridRetriever retriever() {
        return retriever;
    }

    @Override
    public Answer answer(String question, String previousQuestion, Language preferred) {
        long start = System.nanoTime();
        String q = truncate(question == null ? "" : question.strip());
        Language fallbackLanguage = preferred == null ? defaultLanguage : preferred;
        if (q.isEmpty()) {
            Answer help = new Answer("", fallbackLanguage, Answer.Status.HELP,
                    List.of(new Statement(Messages.help(fallbackLanguage), List.of())), List.of(), List.of(),
                    fallback.name(), 0);
            return help.withTookMs(elapsedMs(start));
        }
        // "kak poluchit spravku o reabilitacii": Russian typed in Latin letters is read, and answered, as Russian
        q = cyrillic(q);
        String previous = previousQuestion == null ? null : cyrillic(truncate(previousQuestion.strip()));
        Retrieval retrieval = withCompared(retriever.retrieve(Question.analyse(q, previous, fallbackLanguage)),
                fallbackLanguage);
        Answer answer = compose(retrieval);
        ClaimCheck claim = ClaimCheck.of(q);
        if (claim != null) {
            answer = checked(claim, q, retrieval, answer, previous, fallbackLanguage);
        }
        BoundCheck bound = BoundCheck.of(retrieval.asked().asking());
        if (bound != null) {
            LOG.debug("yes/no bound {} of \"{}\"", bound, retrieval.asked().asking());
        }
        answer = bounded(bound, answer);
        return answer.withTookMs(elapsedMs(start));
    }

    /**
     * For a comparison ("the difference between Kazakhstan's one-time compensation and the special allowance"), the
     * retrieval with the passages found for each thing compared on its own added after its own: passages on both
     * together outrank those on either, and the answer needs one on each. The countries the question names go with
     * each thing. Any other retrieval as it is.
     */
    private Retrieval withCompared(Retrieval retrieval, Language preferred) {
        List<String> compared = retrieval.asked().compared();
        if (compared.isEmpty()) {
            return withEachCountry(retrieval, preferred);
        }
        StringBuilder countries = new StringBuilder();
        for (String w : org.rehablawbot.retrieve.Terms.words(retrieval.query())) {
            if (!org.rehablawbot.retrieve.FollowUp.countries(w).isEmpty()) {
                countries.append(' ').append(w);
            }
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String thing : compared) {
            parts.add(org.rehablawbot.retrieve.FollowUp.countries(thing).isEmpty() ? thing + countries : thing);
        }
        return withPartsSearched(retrieval, parts, preferred);
    }

    /**
     * For a question that asks of several countries ("где день памяти 31 мая, где 31 августа? казахстан узбекистан
     * россия"), the retrieval with the passages found for each country on its own added after its own: passages
     * on one country outrank those on the others, and the answer needs one on each. Any other retrieval as it is.
     */
    private Retrieval withEachCountry(Retrieval retrieval, Language preferred) {
        List<String> countries = retrieval.asked().countriesAsked();
        if (countries.size() < 2 || retrieval.asked().isFollowUp()) {
            return retrieval;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String country : countries) {
            String part = org.rehablawbot.retrieve.FollowUp.onlyCountry(retrieval.asked().asking(), country);
            // "which came first, Kazakhstan's law or Kyrgyzstan's?" asks of each one's first law: its part is searched
            // as "when … Kyrgyzstan's law", which finds its laws of every year, not only the latest adopted
            parts.add(org.rehablawbot.retrieve.Intent.FIRST_ASKED.matcher(part).replaceAll("when"));
        }
        return withPartsSearched(retrieval, parts, preferred);
    }

    /**
     * The retrieval with the passages found for each part, searched on its own, added after its own; parts worded
     * alike (a list of countries after the question mark, outside its asking part) are searched once.
     */
    private Retrieval withPartsSearched(Retrieval retrieval, List<String> parts, Language preferred) {
        List<org.rehablawbot.index.ScoredPassage> passages = new java.util.ArrayList<>(retrieval.passages());
        java.util.Set<String> ids = new java.util.HashSet<>();
        passages.forEach(sp -> ids.add(sp.passage().id()));
        for (String part : new java.util.LinkedHashSet<>(parts)) {
            for (var sp : retriever.retrieve(part, null, preferred).passages()) {
                if (ids.add(sp.passage().id())) {
                    passages.add(sp);
                }
            }
        }
        return new Retrieval(retrieval.asked(), passages);
    }

    /** A text in Cyrillic when it is Russian typed in Latin letters ({@link org.rehablawbot.retrieve.Transliteration}), else as it is. */
    private String cyrillic(String text) {
        return org.rehablawbot.retrieve.Transliteration.toCyrillic(text, w -> retriever.knows(w, Language.EN),
                w -> retriever.knows(w, Language.RU));
    }

    private Answer compose(Retrieval retrieval) {
        try {
            return composer.compose(retrieval);
        } catch (RuntimeException e) {
            if (composer == fallback) {
                throw e;
            }
            LOG.warn("composer {} failed ({}); answering with the extractive composer", composer.name(),
                    e.toString());
            return fallback.compose(retrieval);
        }
    }

    /**
     * The answer to a claim to check: where a detail of it (a person, a year, a figure) is stated by no passage
     * found for the claim nor for the question asking for that detail, and the answer to that question gives
     * another, that answer, opening with {@link Messages#notAsClaimed}. Where an exact figure is stated by none of
     * them and no other is given, {@code answer} opening with {@link Messages#notConfirmed}. Otherwise {@code answer}
     * as it is: a claim whose details the sources hold, or one they say nothing else about, gets no verdict.
     */
    private Answer checked(ClaimCheck claim, String question, Retrieval retrieval, Answer answer, String previous,
                           Language preferred) {
        boolean unconfirmed = false;
        for (ClaimCheck.Detail d : claim.details()) {
            if (retrieval.passages().stream().anyMatch(p -> claim.statesOfClaim(p.passage().text(), d))) {
                continue;
            }
            String slot = claim.slotQuestion(d);
            Retrieval asked = retriever.retrieve(slot, previous, preferred);
            if (asked.passages().stream().anyMatch(p -> claim.statesOfClaim(p.passage().text(), d))) {
                continue;
            }
            // an exact person, year or figure no passage found for the claim or for the question asking it states
            unconfirmed |= d.bound() == 0 && d.type() == ClaimCheck.Type.FIGURE;
            Answer other = compose(asked);
            // a year of something that has a value every year (a timeline: payments, counts) is no single date to check
            if (other.refused() || other.statements().isEmpty()
                    || !ClaimCheck.statesOther(other.statements().get(0).text(), d, slot)
                    || d.type() == ClaimCheck.Type.YEAR && other.disagreements().stream()
                    .anyMatch(Disagreement::timeline)) {
                if (unheardYear(d)) {
                    // "говорят, в кыргызстане реабилитировали участников восстания 1916 года. это правда?": no
                    // passage of the knowledge names the year at all, and none gives another year for the event:
                    // whatever the sources say of other years is not about the claimed event
                    LOG.debug("no passage names the claimed year {}", d.value());
                    return ExtractiveComposer.refusal(question, answer.language(), answer.composer());
                }
                continue;
            }
            if (unheardYear(d) && !claim.allSaidIn(other.statements().get(0).text(), d)) {
                // another year beside another event ("the SS regiment … formed in 1944 … the Warsaw uprising") does
                // not date the claimed one when the knowledge never names the claimed year
                LOG.debug("no passage names the claimed year {}; \"{}\" answers of another event", d.value(), slot);
                return ExtractiveComposer.refusal(question, answer.language(), answer.composer());
            }
            LOG.debug("no source states \"{}\" of the claim; \"{}\" gives another", d.text(), slot);
            Answer no = new Answer(question, other.language(), Answer.Status.ANSWERED, other.statements(),
                    other.disagreements(), other.citations(), other.composer(), 0);
            return no.withVerdict(Messages.notAsClaimed(other.language()));
        }
        if (unconfirmed && !answer.refused() && !answer.statements().isEmpty()) {
            // "выплаты подняли до 1 миллиона тенге?": no source states the sum and none gives another for the same
            // thing; the answer says so first, then what the sources do say
            return answer.withVerdict(Messages.notConfirmed(answer.language()));
        }
        return answer;
    }

    /** Whether a detail is an exact year that no passage of the knowledge names, in either language. */
    private boolean unheardYear(ClaimCheck.Detail d) {
        return d.type() == ClaimCheck.Type.YEAR && d.bound() == 0
                && !retriever.holds(List.of(List.of(Long.toString(d.value()))), List.of());
    }

    /**
     * The answer to a yes/no question bound by a year or a figure, opened with its yes or no when the first
     * sentence's values all fall on one side of the bound ({@link BoundCheck}); otherwise, and when the answer is
     * refused or already opens with a verdict, {@code answer} as it is.
     */
    private static Answer bounded(BoundCheck bound, Answer answer) {
        if (bound == null || answer.refused() || answer.statements().isEmpty()) {
            return answer;
        }
        Statement lead = answer.statements().get(0);
        if (lead.text().startsWith(Messages.notAsClaimed(answer.language()))
                || lead.text().startsWith(Messages.notConfirmed(answer.language()))) {
            return answer;
        }
        Boolean within = bound.verdict(lead.text());
        if (within == null) {
            return answer;
        }
        return answer.withVerdict(within ? Messages.withinBound(answer.language())
                : Messages.outsideBound(answer.language()));
    }

    @Override
    public List<SourceMeta> sources() {
        return search.sources();
    }

    /** Closes the index when this engine opened it. */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot close the index", e);
            }
        }
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
