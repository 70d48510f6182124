package org.rehablawbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
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

    /** The development set as the project keeps it beside the repository, which may grow over time. */
    static final Path SHARED_SET = Path.of("../shared/eval/questions.jsonl");

    /** The gate on {@link #SHARED_SET}, as CI's eval step sets it ({@code eval --min-pass 90}). */
    static final double SHARED_GATE = 90.0;

    @Test
    void sharedQuestionSetPassesTheGate() throws Exception {
        List<EvalCase> cases = EvalCase.read(Path.of("src/test/resources/eval/questions.jsonl"));
        assertTrue(cases.size() >= 20, "the question set is complete");
        gate(cases, GATE);
    }

    /**
     * Gates on the sets written as users ask: ten real users' questions ({@code field-dev.jsonl}, a copy of
     * {@code ../shared/eval/field-dev.jsonl}), seventy questions written apart from the engine's tuning with
     * follow-ups and first-sentence checks ({@code user-questions.jsonl}), sixteen of the engine's own
     * ({@code own-questions.jsonl}), and forty-two sets written by people briefed as users who never saw the
     * engine's code ({@code fresh-questions.jsonl}, 28 questions, {@code fresh2-questions.jsonl}, 20, and
     * {@code fresh3-questions.jsonl} to {@code fresh42-questions.jsonl}, 30 each; their held-out halves are never
     * gated). Each gate is the pass rate measured when the gate was last set (2026-12-04 for fresh41 and fresh42,
     * 2026-12-03 for fresh31 to fresh40,
     * 2026-12-02 for the others), less a margin of two
     * cases, as knowledge changes may move a case or two.
     */
    static final double FIELD_GATE = 70.0;
    static final double USER_GATE = 74.0;
    static final double OWN_GATE = 81.0;
    static final double FRESH_GATE = 85.0;
    static final double FRESH2_GATE = 65.0;
    static final double FRESH3_GATE = 83.0;
    static final double FRESH4_GATE = 83.0;
    static final double FRESH5_GATE = 46.0;
    static final double FRESH6_GATE = 63.0;
    static final double FRESH7_GATE = 60.0;
    static final double FRESH8_GATE = 66.0;
    static final double FRESH9_GATE = 66.0;
    static final double FRESH10_GATE = 60.0;
    static final double FRESH11_GATE = 63.0;
    static final double FRESH12_GATE = 56.0;
    static final double FRESH13_GATE = 73.0;
    static final double FRESH14_GATE = 63.0;
    static final double FRESH15_GATE = 63.0;
    static final double FRESH16_GATE = 76.0;
    static final double FRESH17_GATE = 79.0;
    static final double FRESH18_GATE = 76.0;
    static final double FRESH19_GATE = 83.0;
    static final double FRESH20_GATE = 53.0;
    static final double FRESH21_GATE = 66.0;
    static final double FRESH22_GATE = 80.0;
    static final double FRESH23_GATE = 83.0;
    static final double FRESH24_GATE = 86.0;
    static final double FRESH25_GATE = 73.0;
    static final double FRESH26_GATE = 86.0;
    static final double FRESH27_GATE = 70.0;
    static final double FRESH28_GATE = 63.0;
    static final double FRESH29_GATE = 50.0;
    static final double FRESH30_GATE = 73.0;
    static final double FRESH31_GATE = 80.0;
    static final double FRESH32_GATE = 90.0;
    static final double FRESH33_GATE = 90.0;
    static final double FRESH34_GATE = 80.0;
    static final double FRESH35_GATE = 90.0;
    static final double FRESH36_GATE = 90.0;
    static final double FRESH37_GATE = 90.0;
    static final double FRESH38_GATE = 60.0;
    static final double FRESH39_GATE = 83.0;
    static final double FRESH40_GATE = 53.0;
    static final double FRESH41_GATE = 43.0;
    static final double FRESH42_GATE = 63.0;

    @Test
    void realUsersQuestionsPassTheirGate() throws Exception {
        List<EvalCase> cases = EvalCase.read(Path.of("src/test/resources/eval/field-dev.jsonl"));
        assertEquals(10, cases.size());
        gate(cases, FIELD_GATE);
    }

    @Test
    void usersQuestionSetWithFollowUpsPassesItsGate() throws Exception {
        List<EvalCase> cases = EvalCase.read(Path.of("src/test/resources/eval/user-questions.jsonl"));
        assertTrue(cases.size() >= 70, "the users' question set is complete");
        assertTrue(cases.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(cases, USER_GATE);
    }

    @Test
    void ownQuestionSetPassesItsGate() throws Exception {
        gate(EvalCase.read(Path.of("src/test/resources/eval/own-questions.jsonl")), OWN_GATE);
    }

    @Test
    void freshUsersQuestionSetsPassTheirGates() throws Exception {
        gate(set("fresh-questions.jsonl", 28), FRESH_GATE);
        gate(set("fresh2-questions.jsonl", 20), FRESH2_GATE);
        gate(set("fresh3-questions.jsonl", 30), FRESH3_GATE);
        List<EvalCase> fresh4 = set("fresh4-questions.jsonl", 30);
        assertTrue(fresh4.stream().anyMatch(c -> c.after() != null), "the set holds follow-up chains");
        gate(fresh4, FRESH4_GATE);
        gate(set("fresh5-questions.jsonl", 30), FRESH5_GATE);
        gate(set("fresh6-questions.jsonl", 30), FRESH6_GATE);
        gate(set("fresh7-questions.jsonl", 30), FRESH7_GATE);
        gate(set("fresh8-questions.jsonl", 30), FRESH8_GATE);
        gate(set("fresh9-questions.jsonl", 30), FRESH9_GATE);
        gate(set("fresh10-questions.jsonl", 30), FRESH10_GATE);
        gate(set("fresh11-questions.jsonl", 30), FRESH11_GATE);
        gate(set("fresh12-questions.jsonl", 30), FRESH12_GATE);
        List<EvalCase> fresh13 = set("fresh13-questions.jsonl", 30);
        assertTrue(fresh13.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh13, FRESH13_GATE);
        List<EvalCase> fresh14 = set("fresh14-questions.jsonl", 30);
        assertTrue(fresh14.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh14, FRESH14_GATE);
        List<EvalCase> fresh15 = set("fresh15-questions.jsonl", 30);
        assertTrue(fresh15.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh15, FRESH15_GATE);
        List<EvalCase> fresh16 = set("fresh16-questions.jsonl", 30);
        assertTrue(fresh16.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh16, FRESH16_GATE);
        List<EvalCase> fresh17 = set("fresh17-questions.jsonl", 30);
        assertTrue(fresh17.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh17, FRESH17_GATE);
        List<EvalCase> fresh18 = set("fresh18-questions.jsonl", 30);
        assertTrue(fresh18.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh18, FRESH18_GATE);
        List<EvalCase> fresh19 = set("fresh19-questions.jsonl", 30);
        assertTrue(fresh19.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh19, FRESH19_GATE);
        List<EvalCase> fresh20 = set("fresh20-questions.jsonl", 30);
        assertTrue(fresh20.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh20, FRESH20_GATE);
        List<EvalCase> fresh21 = set("fresh21-questions.jsonl", 30);
        assertTrue(fresh21.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh21, FRESH21_GATE);
        List<EvalCase> fresh22 = set("fresh22-questions.jsonl", 30);
        assertTrue(fresh22.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh22, FRESH22_GATE);
        List<EvalCase> fresh23 = set("fresh23-questions.jsonl", 30);
        assertTrue(fresh23.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh23, FRESH23_GATE);
        List<EvalCase> fresh24 = set("fresh24-questions.jsonl", 30);
        assertTrue(fresh24.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh24, FRESH24_GATE);
        List<EvalCase> fresh25 = set("fresh25-questions.jsonl", 30);
        assertTrue(fresh25.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh25, FRESH25_GATE);
        List<EvalCase> fresh26 = set("fresh26-questions.jsonl", 30);
        assertTrue(fresh26.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh26, FRESH26_GATE);
        List<EvalCase> fresh27 = set("fresh27-questions.jsonl", 30);
        assertTrue(fresh27.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh27, FRESH27_GATE);
        List<EvalCase> fresh28 = set("fresh28-questions.jsonl", 30);
        assertTrue(fresh28.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh28, FRESH28_GATE);
        List<EvalCase> fresh29 = set("fresh29-questions.jsonl", 30);
        assertTrue(fresh29.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh29, FRESH29_GATE);
        List<EvalCase> fresh30 = set("fresh30-questions.jsonl", 30);
        assertTrue(fresh30.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh30, FRESH30_GATE);
        List<EvalCase> fresh31 = set("fresh31-questions.jsonl", 30);
        assertTrue(fresh31.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh31, FRESH31_GATE);
        List<EvalCase> fresh32 = set("fresh32-questions.jsonl", 30);
        assertTrue(fresh32.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh32, FRESH32_GATE);
        List<EvalCase> fresh33 = set("fresh33-questions.jsonl", 30);
        assertTrue(fresh33.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh33, FRESH33_GATE);
        List<EvalCase> fresh34 = set("fresh34-questions.jsonl", 30);
        assertTrue(fresh34.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh34, FRESH34_GATE);
        List<EvalCase> fresh35 = set("fresh35-questions.jsonl", 30);
        assertTrue(fresh35.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh35, FRESH35_GATE);
        List<EvalCase> fresh36 = set("fresh36-questions.jsonl", 30);
        assertTrue(fresh36.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh36, FRESH36_GATE);
        List<EvalCase> fresh37 = set("fresh37-questions.jsonl", 30);
        assertTrue(fresh37.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh37, FRESH37_GATE);
        List<EvalCase> fresh38 = set("fresh38-questions.jsonl", 30);
        assertTrue(fresh38.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh38, FRESH38_GATE);
        List<EvalCase> fresh39 = set("fresh39-questions.jsonl", 30);
        assertTrue(fresh39.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh39, FRESH39_GATE);
        List<EvalCase> fresh40 = set("fresh40-questions.jsonl", 30);
        assertTrue(fresh40.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh40, FRESH40_GATE);
        List<EvalCase> fresh41 = set("fresh41-questions.jsonl", 30);
        assertTrue(fresh41.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh41, FRESH41_GATE);
        List<EvalCase> fresh42 = set("fresh42-questions.jsonl", 30);
        assertTrue(fresh42.stream().anyMatch(c -> c.after() != null), "the set holds follow-ups");
        gate(fresh42, FRESH42_GATE);
    }

    /** The set of that name among the shipped sets, checked to hold {@code size} cases (none lost on a copy). */
    private static List<EvalCase> set(String name, int size) throws Exception {
        List<EvalCase> cases = EvalCase.read(Path.of("src/test/resources/eval", name));
        assertEquals(size, cases.size(), name);
        return cases;
    }

    @Test
    void currentSharedQuestionSetPassesItsGate() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SHARED_SET), "no " + SHARED_SET + " beside the repository");
        gate(EvalCase.read(SHARED_SET), SHARED_GATE);
    }

    private static void gate(List<EvalCase> cases, double gate) throws Exception {
        List<EvalResult> results = Evaluator.run(RealKnowledge.engine(), cases);
        double rate = Evaluator.passRate(results, r -> true);
        String failures = results.stream().filter(r -> !r.passed())
                .map(r -> r.evalCase().id() + " " + r.failures()).collect(Collectors.joining("\n"));
        assertTrue(rate >= gate, String.format(Locale.ROOT, "pass rate %.1f%% below %.1f%%:%n%s", rate, gate, failures));
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
