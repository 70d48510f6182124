package org.rehablawbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCasePatternTest {

    @Test
    void wordClassesMatchCyrillicLettersSoRussianStemsWork() throws IOException {
        EvalCase c = EvalCase.parse("{\"id\":\"x\",\"q\":\"q\",\"all\":[\"трудов\\\\w* арми\", \"^\\\\W*нет\\\\b\"]}");
        assertTrue(c.all().get(0).matcher("Трудовая армия упомянута в статье 1").find());
        assertTrue(c.all().get(1).matcher("— Нет, закон этого не говорит").find());
    }

    @Test
    void anyAndSaysAreReadWithTheSameFlagsAsAll(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("set.jsonl");
        Files.writeString(f, "# a set\n{\"id\":\"a\",\"q\":\"Кто подписал?\",\"lang\":\"ru\","
                + "\"any\":[\"жапаров\\\\w*\",\"президент\"],\"says\":[\"\\\\bподписа\\\\w+\"]}\n");
        EvalCase c = EvalCase.read(f).get(0);
        assertEquals(2, c.any().size());
        assertTrue(c.any().get(0).matcher("Закон подписал Жапаровым").find());
        assertEquals(1, c.says().size());
        assertTrue(c.says().get(0).matcher("ЗАКОН ПОДПИСАН в 2024").find());
        assertEquals(List.of(), c.all());
        EvalCase plain = EvalCase.parse("{\"q\":\"q\"}");
        assertEquals(List.of(), plain.any());
        assertEquals(List.of(), plain.says());
    }

    @Test
    void anUnknownFieldIsAnErrorNamingFileLineFieldAndTheKnownFields(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("typo.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"q\":\"ok\"}\n\n{\"id\":\"b\",\"q\":\"q\",\"refuze\":true}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalCase.read(f));
        assertTrue(e.getMessage().contains("typo.jsonl:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown field \"refuze\""), e.getMessage());
        for (String known : EvalCase.FIELDS) {
            assertTrue(e.getMessage().contains(known), known + " not listed: " + e.getMessage());
        }
        assertTrue(EvalCase.FIELDS.containsAll(List.of("any", "says", "after", "lead")));
    }

    @Test
    void aRegularExpressionThatDoesNotCompileNamesFileLineAndField(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"q\":\"ok\",\"all\":[\"x\"]}\n{\"id\":\"b\",\"q\":\"q\",\"says\":[\"ok\",\"(1993\"]}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalCase.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("field \"says\", item 2"), e.getMessage());
        assertTrue(e.getMessage().contains("/(1993/ does not compile"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void checksThatWouldBeLostSilentlyAreErrors() {
        // a flag written as a string, a count as text, a pattern list as one string, a non-string pattern,
        // the same field twice (the first would be dropped), a second object on the line
        String[][] lines = {
                {"{\"q\":\"q\",\"refuse\":\"yes\"}", "\"refuse\""},
                {"{\"q\":\"q\",\"min_sources\":\"two\"}", "\"min_sources\""},
                {"{\"q\":\"q\",\"min_sources\":-1}", "\"min_sources\""},
                {"{\"q\":\"q\",\"any\":\"1993\"}", "\"any\""},
                {"{\"q\":\"q\",\"not\":[{\"x\":1}]}", "\"not\""},
                {"{\"q\":\"q\",\"all\":[\"a\"],\"all\":[\"b\"]}", "all"},
                {"{\"q\":\"q\"} {\"q\":\"r\"}", "malformed JSON"},
                {"{\"id\":\"x\"}", "\"q\""},
        };
        for (String[] l : lines) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalCase.parse(l[0]), l[0]);
            assertTrue(e.getMessage().contains(l[1]), l[0] + " -> " + e.getMessage());
        }
    }

    @Test
    void malformedJsonSaysWhereWithoutTheParsersSourceNotes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvalCase.parse("{\"id\":\"a\",\"q\":\"q\""));
        assertTrue(e.getMessage().startsWith("malformed JSON: ") && e.getMessage().contains("column"), e.getMessage());
        assertFalse(e.getMessage().contains("Source:"), e.getMessage());
    }

    @Test
    void anIdUsedTwiceIsAnError(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("dup.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"q\":\"one\"}\n{\"id\":\"a\",\"q\":\"two\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvalCase.read(f));
        assertTrue(e.getMessage().contains("dup.jsonl:2:") && e.getMessage().contains("\"id\""), e.getMessage());
    }
}
