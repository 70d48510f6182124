package org.rehablawbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.MarkerIntegrity;
import org.rehablawbot.knowledge.Language;

/**
 * The CI gate: the full pipeline (a real index of the shipped knowledge) must pass the shared question set, and
 * keep every answer's markers honest. {@code mvn verify} fails when the pass rate drops below the gate.
 */
class EvalGateTest {

    /** Least share of the shared question set that must pass, in percent. */
    static final double GATE = 95.0;

    @Test
    void sharedQuestionSetPassesTheGate() throws Exception {
        List<EvalCase> cases = EvalCase.read(Path.of("src/test/resources/eval/questions.jsonl"));
        assertTrue(cases.size() >= 20, "the question set is complete");
        List<EvalResult> results = Evaluator.run(RealKnowledge.engine(), cases);
        double rate = Evaluator.passRate(results, r -> true);
        String failures = results.stream().filter(r -> !r.passed())
                .map(r -> r.evalCase().id() + " " + r.failures()).collect(Collectors.joining("\n"));
        assertTrue(rate >= GATE, String.format(Locale.ROOT, "pass rate %.1f%% below %.1f%%:%n%s", rate, GATE, failures));
        for (EvalResult r : results) {
            MarkerIntegrity.check(r.answer());
        }
    }

    @Test
    void refusalsAndRussianQuestionsOfTheSetPass() throws Exception {
        List<EvalCase> cases = EvalCase.read(Path.of("src/test/resources/eval/questions.jsonl")).stream()
                .filter(c -> c.refuse() || c.language() == Language.RU).toList();
        for (EvalResult r : Evaluator.run(RealKnowledge.engine(), cases)) {
            assertTrue(r.passed(), r.evalCase().id() + " " + r.failures());
            if (r.evalCase().refuse()) {
                assertEquals(Answer.Status.REFUSED, r.answer().status());
            }
        }
    }
}
