package org.rehablawbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.ExtractiveComposer;
import org.rehablawbot.eval.EvalCase;
import org.rehablawbot.knowledge.KnowledgeFolder;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.retrieve.Fixtures;
import org.rehablawbot.retrieve.HashingEmbedder;
import org.rehablawbot.retrieve.HybridRetriever;
import org.rehablawbot.retrieve.InMemorySearch;

class AskAndEvalCommandTest {

    private final AnswerEngine engine = engine();

    private static AnswerEngine engine() {
        InMemorySearch search = Fixtures.search();
        HybridRetriever retriever = new HybridRetriever(search, new HashingEmbedder(), 0.5);
        ExtractiveComposer composer = new ExtractiveComposer(5, retriever);
        return new AnswerEngine(retriever, composer, composer, search, Language.EN);
    }

    @Test
    void askReadsOneIndependentQuestionPerLineAndPrintsOneJsonObjectEach() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AskCommand.run(engine, new ByteArrayInputStream(("How many volumes did the commission prepare?\n\n"
                + "and in Kazakhstan?\nWhat is the best pizza topping?\n").getBytes(StandardCharsets.UTF_8)), null,
                true, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertFalse(first.get("refused").asBoolean());
        assertTrue(first.get("answer").asText().contains("31 volumes"));
        assertEquals("extractive", first.get("composer").asText());
        // lines are independent: "and in Kazakhstan?" does not continue the question about volumes
        JsonNode second = json.readTree(lines.get(1));
        assertEquals("and in Kazakhstan?", second.get("question").asText());
        assertFalse(second.get("answer").asText().contains("volumes"), second.toString());
        JsonNode pizza = json.readTree(lines.get(2));
        assertTrue(pizza.get("refused").asBoolean());
        assertEquals(0, pizza.get("citations").size());
    }

    @Test
    void evalPrintsEachCaseAndTotalsAndFailsBelowTheMinimum() throws Exception {
        List<EvalCase> cases = List.of(
                EvalCase.parse("{\"id\":\"A\",\"q\":\"How many volumes did the commission prepare?\",\"all\":[\"\\\\b31\\\\b\"]}"),
                EvalCase.parse("{\"id\":\"B\",\"q\":\"When did parliament adopt the Kyrgyz rehabilitation law?\","
                        + "\"conflict\":true,\"min_sources\":2}"),
                EvalCase.parse("{\"id\":\"C\",\"q\":\"Сколько томов подготовила комиссия?\",\"lang\":\"ru\",\"all\":[\"31 том\"]}"),
                EvalCase.parse("{\"id\":\"D\",\"q\":\"What is the best pizza topping?\",\"refuse\":true}"),
                EvalCase.parse("{\"id\":\"E\",\"q\":\"How many volumes did the commission prepare?\",\"all\":[\"\\\\b99\\\\b\"]}"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = EvalCommand.run(engine, cases, 90.0, false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, out);
        assertTrue(out.contains("PASS A"), out);
        assertTrue(out.contains("PASS B"), out);
        assertTrue(out.contains("PASS C"), out);
        assertTrue(out.contains("PASS D"), out);
        assertTrue(out.contains("FAIL E"), out);
        assertTrue(out.contains("missing /\\b99\\b/"), out);
        assertTrue(out.contains("overall:   4/5 passed (80.0%)"), out);
        assertTrue(out.contains("refusals:  1/1 passed"), out);
        assertTrue(out.contains("conflicts: 1/1 passed"), out);
        assertTrue(out.contains("Russian:   1/1 passed"), out);
        assertEquals(0, EvalCommand.run(engine, cases, 80.0, false, new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void syntheticKnowledgeIsValidAndBilingual(@TempDir Path dir) throws Exception {
        List<String> questions = SyntheticKnowledge.generate(dir, 41, 7);
        KnowledgeFolder folder = KnowledgeFolder.load(dir);
        assertEquals(List.of(), folder.problems().stream().map(Object::toString).toList());
        assertEquals(41, folder.documents().size());
        assertEquals(20, folder.documents().stream().filter(d -> d.meta().language() == Language.RU).count());
        assertFalse(questions.isEmpty());
        try (var files = Files.walk(dir)) {
            assertEquals(41, files.filter(f -> f.toString().endsWith(".md")).count());
        }
    }

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, BenchCommand.percentile(sorted, 50));
        assertEquals(10, BenchCommand.percentile(sorted, 95));
        assertEquals(10, BenchCommand.percentile(sorted, 99));
        assertEquals(1, BenchCommand.percentile(sorted, 1));
    }
}
