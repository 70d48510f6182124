package org.rehablawbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Disagreement;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.knowledge.Language;

class EvaluatorTest {

    private static Citation cite(int n, String publisher, String quote) {
        return new Citation(n, "id" + n, "t", publisher, "news", "2024", null, "p.md", 1, quote);
    }

    private static Answer answered(List<Statement> s, List<Disagreement> d, List<Citation> c) {
        return new Answer("q", Language.EN, Answer.Status.ANSWERED, s, d, c, "extractive", 0);
    }

    @Test
    void patternsMayMatchTheAnswerOrACitedPassage() throws IOException {
        EvalCase c = EvalCase.parse("{\"id\":\"x\",\"q\":\"q\",\"all\":[\"japarov\",\"RSFSR\"],\"not\":[\"pizza\"]}");
        Answer a = answered(List.of(new Statement("Japarov signed it.", List.of(1))), List.of(),
                List.of(cite(1, "24.kg", "Under the RSFSR code.")));
        assertEquals(List.of(), Evaluator.judge(c, a));
        Answer withPizza = answered(List.of(new Statement("Japarov likes pizza.", List.of(1))), List.of(),
                List.of(cite(1, "24.kg", "RSFSR")));
        assertEquals(1, Evaluator.judge(c, withPizza).size());
    }

    @Test
    void anyNeedsOneOfItsPatternsInTheAnswerOrACitedPassage() throws IOException {
        EvalCase c = EvalCase.parse("{\"id\":\"y\",\"q\":\"Who signed?\",\"any\":[\"japarov\",\"president\"]}");
        Answer inText = answered(List.of(new Statement("Japarov signed it.", List.of(1))), List.of(),
                List.of(cite(1, "24.kg", "The law was adopted.")));
        assertEquals(List.of(), Evaluator.judge(c, inText));
        Answer inPassage = answered(List.of(new Statement("It was signed.", List.of(1))), List.of(),
                List.of(cite(1, "24.kg", "Signed by the President.")));
        assertEquals(List.of(), Evaluator.judge(c, inPassage));
        Answer neither = answered(List.of(new Statement("It was signed.", List.of(1))), List.of(),
                List.of(cite(1, "24.kg", "The law was adopted.")));
        assertEquals(List.of("any: none of /japarov/, /president/ in the answer and its cited passages"),
                Evaluator.judge(c, neither));
    }

    @Test
    void saysMustMatchTheAnswersOwnTextNotACitedPassage() throws IOException {
        String line = "{\"id\":\"s\",\"q\":\"Is the pension kept?\",\"all\":[\"kept\"],\"says\":[\"\\\\bkept\\\\b\"]}";
        EvalCase c = EvalCase.parse(line);
        Answer onlyCites = answered(List.of(new Statement("See article 5.", List.of(1))), List.of(),
                List.of(cite(1, "minjust", "The pension is kept in full.")));
        List<String> f = Evaluator.judge(c, onlyCites);
        // all is satisfied by the cited passage, says is not
        assertEquals(List.of("says: the answer does not say /\\bkept\\b/ (only a cited passage does)"), f);
        Answer says = answered(List.of(new Statement("The pension is kept in full.", List.of(1))), List.of(),
                List.of(cite(1, "minjust", "The pension is kept in full.")));
        assertEquals(List.of(), Evaluator.judge(c, says));
        Answer inPosition = answered(List.of(), List.of(new Disagreement("pension", List.of(
                new Disagreement.Position("It is kept.", List.of(1)), new Disagreement.Position("It is cut.", List.of(2))))),
                List.of(cite(1, "a", "x"), cite(2, "b", "y")));
        assertEquals(List.of(), Evaluator.judge(c, inPosition));
    }

    @Test
    void refusalMustCiteNothingAndConflictNeedsTwoCitedSides() throws IOException {
        EvalCase refuse = EvalCase.parse("{\"id\":\"r\",\"q\":\"q\",\"refuse\":true}");
        Answer wrong = answered(List.of(new Statement("x", List.of(1))), List.of(), List.of(cite(1, "a", "x")));
        assertEquals(2, Evaluator.judge(refuse, wrong).size());

        EvalCase conflict = EvalCase.parse("{\"id\":\"c\",\"q\":\"q\",\"conflict\":true,\"min_sources\":2}");
        Answer oneSide = answered(List.of(), List.of(new Disagreement("d", List.of(
                new Disagreement.Position("1917", List.of(1)), new Disagreement.Position("1918", List.of())))),
                List.of(cite(1, "a", "x")));
        List<String> f = Evaluator.judge(conflict, oneSide);
        assertTrue(f.stream().anyMatch(s -> s.contains("disagreement")), f.toString());
        assertTrue(f.stream().anyMatch(s -> s.contains("distinct source")), f.toString());
    }

    @Test
    void languageIsChecked() throws IOException {
        EvalCase ru = EvalCase.parse("{\"id\":\"l\",\"q\":\"вопрос\",\"lang\":\"ru\"}");
        Answer en = answered(List.of(new Statement("x", List.of(1))), List.of(), List.of(cite(1, "a", "x")));
        assertTrue(Evaluator.judge(ru, en).get(0).contains("language"));
    }

    @Test
    void badLinesAreReportedWithTheirLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("set.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"q\":\"ok\"}\n\n{\"id\":\"b\",\"all\":[\"(\"]}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalCase.read(f));
        assertTrue(e.getMessage().contains("set.jsonl:3:"), e.getMessage());
    }

    @Test
    void leadPatternsMustMatchTheFirstSentence() throws IOException {
        EvalCase c = EvalCase.parse("{\"id\":\"l\",\"q\":\"When?\",\"lead\":[\"1993\"]}");
        Answer late = answered(List.of(new Statement("It was amended in 1997.", List.of(1)),
                new Statement("It was signed in 1993.", List.of(1))), List.of(), List.of(cite(1, "a", "1993 1997")));
        assertTrue(Evaluator.judge(c, late).stream().anyMatch(f -> f.contains("first sentence")));
        Answer first = answered(List.of(new Statement("It was signed in 1993.", List.of(1))), List.of(),
                List.of(cite(1, "a", "1993")));
        assertEquals(List.of(), Evaluator.judge(c, first));
    }

    @Test
    void aFollowUpIsAskedInTheConversationItContinues() throws IOException {
        List<EvalCase> cases = List.of(
                EvalCase.parse("{\"id\":\"a\",\"q\":\"When did Kazakhstan adopt its rehabilitation law?\"}"),
                EvalCase.parse("{\"id\":\"s\",\"q\":\"Who signed the Kyrgyz law?\"}"),
                EvalCase.parse("{\"id\":\"b\",\"q\":\"and in Uzbekistan?\",\"after\":\"a\"}"));
        List<String> previous = new java.util.ArrayList<>();
        org.rehablawbot.answer.AnswerService service = new org.rehablawbot.answer.AnswerService() {
            @Override
            public Answer answer(String question, String previousQuestion, Language preferred) {
                previous.add(String.valueOf(previousQuestion));
                return answered(List.of(new Statement("x", List.of(1))), List.of(), List.of(cite(1, "a", "x")));
            }

            @Override
            public List<org.rehablawbot.knowledge.SourceMeta> sources() {
                return List.of();
            }
        };
        Evaluator.run(service, cases);
        // the follow-up gets the question it follows, not the one asked just before it
        assertEquals(List.of("null", "null", "When did Kazakhstan adopt its rehabilitation law?"), previous);
    }

    @Test
    void aFollowUpMustNameAnEarlierCase(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("set.jsonl");
        Files.writeString(f, "{\"id\":\"b\",\"q\":\"and then?\",\"after\":\"a\"}\n{\"id\":\"a\",\"q\":\"q\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalCase.read(f));
        assertTrue(e.getMessage().contains("set.jsonl:1:"), e.getMessage());
    }
}
