package org.rehablawbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.MarkerIntegrity;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.render.TextRenderer;

/**
 * Questions written apart from the shared set (English and Russian, answerable, with typos, and off-topic),
 * so that the pipeline is checked for generality rather than for the shared set alone.
 */
class GeneralityTest {

    @Test
    void ownQuestionSetPasses() throws Exception {
        List<EvalCase> cases = EvalCase.read(Path.of("src/test/resources/eval/extra-questions.jsonl"));
        List<EvalResult> results = Evaluator.run(RealKnowledge.engine(), cases);
        String failures = results.stream().filter(r -> !r.passed())
                .map(r -> r.evalCase().id() + " " + r.failures()).collect(Collectors.joining("\n"));
        double all = Evaluator.passRate(results, r -> true);
        double refusals = Evaluator.passRate(results, r -> r.evalCase().refuse());
        double answerable = Evaluator.passRate(results, r -> !r.evalCase().refuse());
        double russian = Evaluator.passRate(results, r -> r.evalCase().language() == Language.RU);
        String report = String.format(Locale.ROOT, "all %.0f%%, refusals %.0f%%, answerable %.0f%%, Russian %.0f%%%n%s",
                all, refusals, answerable, russian, failures);
        assertTrue(all >= 90 && refusals >= 90 && answerable >= 85 && russian >= 85, report);
        for (EvalResult r : results) {
            MarkerIntegrity.check(r.answer());
        }
    }

    @Test
    void followUpsInBothLanguages() {
        AnswerEngine engine = RealKnowledge.engine();
        String first = "When did the Supreme Court of Uzbekistan rehabilitate 115 people?";
        Answer a = engine.answer(first, null, null);
        assertTrue(TextRenderer.answerText(a).contains("2021"), TextRenderer.answerText(a));
        Answer kg = engine.answer("How many people did the Supreme Court rehabilitate in Kyrgyzstan?", null, null);
        assertTrue(kg.citations().stream().anyMatch(c -> c.quote().contains("4,114")), TextRenderer.render(kg));
        Answer followUp = engine.answer("and in Uzbekistan?",
                "How many people did the Supreme Court rehabilitate in Kyrgyzstan?", null);
        assertTrue(followUp.citations().stream().anyMatch(c -> c.path().startsWith("uz/")), TextRenderer.render(followUp));

        Answer ru = engine.answer("а в Казахстане?", "Когда был принят закон о реабилитации в Кыргызстане?", null);
        assertEquals(Language.RU, ru.language());
        assertTrue(TextRenderer.answerText(ru).contains("1993"), TextRenderer.answerText(ru));
        MarkerIntegrity.check(ru);
    }
}
