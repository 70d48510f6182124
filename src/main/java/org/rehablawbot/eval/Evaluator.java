package org.rehablawbot.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Disagreement;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.render.TextRenderer;
import org.rehablawbot.retrieve.FollowUp;

/**
 * Runs a question set through an {@link AnswerService} and judges each answer by the question set's rules:
 * {@code all} patterns (case-insensitive) must each match the answer text or the text of a cited passage;
 * {@code conflict} needs a disagreement with at least two positions, each cited; {@code min_sources} counts
 * distinct publishers cited; {@code refuse} needs a refusal with no citations; {@code not} patterns must not
 * match the answer text; {@code lead} patterns must each match the answer's first sentence; the answer must be
 * in the case's language. A case with {@code after} is asked as a follow-up in the conversation of the case it
 * names, with the context {@code chat} and the bot keep (the previous questions as completed by
 * {@link FollowUp#merge}); any other case is asked on its own.
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
        Map<String, String> contextAfter = new HashMap<>();
        for (EvalCase c : cases) {
            String previous = c.after() == null ? null : contextAfter.get(c.after());
            Answer a = service.answer(c.question(), previous, null);
            contextAfter.put(c.id(), FollowUp.merge(AnswerEngine.truncate(c.question().strip()), previous));
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

    /** The reasons {@code answer} fails {@code c}; empty when it passes. */
    public static List<String> judge(EvalCase c, Answer answer) {
        List<String> failures = new ArrayList<>();
        String text = TextRenderer.answerText(answer);
        if (answer.language() != c.language()) {
            failures.add("answer language " + answer.language().code() + ", expected " + c.language().code());
        }
        if (c.refuse()) {
            if (answer.status() != Answer.Status.REFUSED) {
                failures.add("expected a refusal, got an answer");
            }
            if (!answer.citations().isEmpty()) {
                failures.add("a refusal must cite nothing, cites " + answer.citations().size());
            }
        } else if (answer.status() != Answer.Status.ANSWERED) {
            failures.add("refused, expected an answer");
        }
        for (Pattern p : c.all()) {
            boolean found = p.matcher(text).find()
                    || answer.citations().stream().anyMatch(ci -> ci.quote() != null && p.matcher(ci.quote()).find());
            if (!found) {
                failures.add("missing /" + p.pattern() + "/ in the answer and its cited passages");
            }
        }
        if (!c.lead().isEmpty()) {
            String lead = leadText(answer);
            for (Pattern p : c.lead()) {
                if (!p.matcher(lead).find()) {
                    failures.add("the first sentence misses /" + p.pattern() + "/");
                }
            }
        }
        for (Pattern p : c.not()) {
            if (p.matcher(text).find()) {
                failures.add("the answer matches forbidden /" + p.pattern() + "/");
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
                failures.add("expected a disagreement with at least two cited positions");
            }
        }
        if (c.minSources() > 0) {
            Set<String> publishers = new HashSet<>();
            for (Citation ci : answer.citations()) {
                publishers.add(ci.publisher().strip().toLowerCase(java.util.Locale.ROOT));
            }
            if (publishers.size() < c.minSources()) {
                failures.add("cites " + publishers.size() + " distinct source(s) by publisher, expected at least "
                        + c.minSources());
            }
        }
        return failures;
    }

    /** Share of passed cases among {@code results} matching a filter, as a percentage (100 when there are none). */
    public static double passRate(List<EvalResult> results, java.util.function.Predicate<EvalResult> filter) {
        long total = results.stream().filter(filter).count();
        long passed = results.stream().filter(filter).filter(EvalResult::passed).count();
        return total == 0 ? 100.0 : 100.0 * passed / total;
    }
}
