package org.rehablawbot.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Disagreement;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.render.TextRenderer;
import org.rehablawbot.retrieve.Conversation;

/**
 * Runs a question set through an {@link AnswerService} and judges each answer by the question set's rules:
 * {@code all} patterns (case-insensitive) must each match the answer text or the text of a cited passage;
 * {@code any} patterns: at least one must match the answer text or the text of a cited passage; {@code says}
 * patterns must each match the answer's own text (what the user reads: statements and disagreement positions with
 * their markers, never the cited passages); {@code conflict} needs a disagreement with at least two positions,
 * each cited; {@code min_sources} counts distinct publishers cited; {@code refuse} needs a refusal with no
 * citations; {@code not} patterns must not match the answer text; {@code lead} patterns must each match the
 * answer's first sentence; the answer must be in the case's language. Every failure reason starts with the field
 * that failed. A case with {@code after} is asked as a follow-up in the conversation of the case it
 * names, with the context {@code chat} and the bot keep ({@link Conversation}: the previous question as
 * completed by {@link org.rehablawbot.retrieve.FollowUp#merge}, and the opening question a later one may point back
 * to); any other case is asked on its own.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * Asks every case in order and judges it.
     *
     * @param cases the cases; a case's {@code after} must name an earlier case (else it is asked on its own)
     * @return one result per case, in the same order
     */
    public static List<EvalResult> run(AnswerService service, List<EvalCase> cases) {
        List<EvalResult> out = new ArrayList<>();
        Map<String, Conversation> conversationAfter = new HashMap<>();
        for (EvalCase c : cases) {
            Conversation conversation = c.after() == null ? Conversation.NEW
                    : conversationAfter.getOrDefault(c.after(), Conversation.NEW);
            String asked = AnswerEngine.truncate(c.question().strip());
            Answer a = service.answer(c.question(), conversation.previousFor(asked), null);
            conversationAfter.put(c.id(), conversation.after(asked));
            out.add(new EvalResult(c, a, judge(c, a)));
        }
        return out;
    }

    /**
     * The answer's first sentence, what a reader sees first: the first statement with its markers, or, for an
     * answer that is only a disagreement, the "Sources differ" line with its first position; for a refusal, the
     * refusal text.
     */
    public static String leadText(Answer answer) {
        if (!answer.statements().isEmpty()) {
            Statement s = answer.statements().get(0);
            return s.citations().isEmpty() ? s.text() : s.text() + " " + TextRenderer.markers(s.citations());
        }
        String text = TextRenderer.answerText(answer);
        int first = text.indexOf('\n');
        int second = first < 0 ? -1 : text.indexOf('\n', first + 1);
        return second < 0 ? text : text.substring(0, second);
    }

    /**
     * The reasons {@code answer} fails {@code c}, each starting with the field that failed ("all: missing /…/ …");
     * empty when it passes. The answer text is {@link TextRenderer#answerText}; the cited passages are the
     * citations' quotes.
     */
    public static List<String> judge(EvalCase c, Answer answer) {
        List<String> failures = new ArrayList<>();
        String text = TextRenderer.answerText(answer);
        if (answer.language() != c.language()) {
            failures.add("lang: answer language " + answer.language().code() + ", expected " + c.language().code());
        }
        if (c.refuse()) {
            if (answer.status() != Answer.Status.REFUSED) {
                failures.add("refuse: expected a refusal, got an answer");
            }
            if (!answer.citations().isEmpty()) {
                failures.add("refuse: a refusal must cite nothing, cites " + answer.citations().size());
            }
        } else if (answer.status() != Answer.Status.ANSWERED) {
            failures.add("refuse: the answer is a refusal, expected an answer");
        }
        for (Pattern p : c.all()) {
            if (!inAnswerOrPassages(p, text, answer)) {
                failures.add("all: missing /" + p.pattern() + "/ in the answer and its cited passages");
            }
        }
        if (!c.any().isEmpty() && c.any().stream().noneMatch(p -> inAnswerOrPassages(p, text, answer))) {
            failures.add("any: none of " + c.any().stream().map(p -> "/" + p.pattern() + "/")
                    .collect(Collectors.joining(", ")) + " in the answer and its cited passages");
        }
        for (Pattern p : c.says()) {
            if (!p.matcher(text).find()) {
                boolean inPassage = answer.citations().stream()
                        .anyMatch(ci -> ci.quote() != null && p.matcher(ci.quote()).find());
                failures.add("says: the answer does not say /" + p.pattern() + "/"
                        + (inPassage ? " (only a cited passage does)" : ""));
            }
        }
        if (!c.lead().isEmpty()) {
            String lead = leadText(answer);
            for (Pattern p : c.lead()) {
                if (!p.matcher(lead).find()) {
                    failures.add("lead: the first sentence misses /" + p.pattern() + "/");
                }
            }
        }
        for (Pattern p : c.not()) {
            if (p.matcher(text).find()) {
                failures.add("not: the answer matches forbidden /" + p.pattern() + "/");
            }
        }
        if (c.conflict()) {
            boolean shown = false;
            for (Disagreement d : answer.disagreements()) {
                if (d.positions().size() >= 2 && d.positions().stream().allMatch(pos -> !pos.citations().isEmpty())) {
                    shown = true;
                }
            }
            if (!shown) {
                failures.add("conflict: expected a disagreement with at least two cited positions");
            }
        }
        if (c.minSources() > 0) {
            Set<String> publishers = new HashSet<>();
            for (Citation ci : answer.citations()) {
                publishers.add(ci.publisher().strip().toLowerCase(java.util.Locale.ROOT));
            }
            if (publishers.size() < c.minSources()) {
                failures.add("min_sources: cites " + publishers.size() + " distinct source(s) by publisher, "
                        + "expected at least " + c.minSources());
            }
        }
        return failures;
    }

    private static boolean inAnswerOrPassages(Pattern p, String text, Answer answer) {
        return p.matcher(text).find()
                || answer.citations().stream().anyMatch(ci -> ci.quote() != null && p.matcher(ci.quote()).find());
    }

    /** Share of passed cases among {@code results} matching a filter, as a percentage (100 when there are none). */
    public static double passRate(List<EvalResult> results, java.util.function.Predicate<EvalResult> filter) {
        long total = results.stream().filter(filter).count();
        long passed = results.stream().filter(filter).filter(EvalResult::passed).count();
        return total == 0 ? 100.0 : 100.0 * passed / total;
    }
}
