package org.rehablawbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.Main;
import picocli.CommandLine;

/** The validate and index commands as a user runs them. */
class KnowledgeCommandsTest {

    private static final String GOOD = "src/test/resources/knowledge-good";
    private static final String BAD = "src/test/resources/knowledge-bad";

    /** Exit code, standard output and standard error of one run. */
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void validateCleanFolder() {
        Run r = run("validate", "--knowledge", GOOD);
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertEquals("7 files, 7 documents, 0 problems", r.err().strip());
    }

    @Test
    void validatePrintsEveryProblemAndFails() {
        Run r = run("validate", "--knowledge", BAD);
        assertEquals(1, r.exit());
        assertEquals(18, r.outLines().size());
        assertTrue(r.outLines().contains(BAD + "/unknown-kind.en.md:4: unknown kind \"opinion\"; allowed: law, decree, "
                + "official, court, news, statement, commentary, research, reference"), r.out());
        assertTrue(r.outLines().stream().allMatch(l -> l.matches(BAD + "/[^:]+:\\d+: .+")), r.out());
        assertEquals("20 files, 2 documents, 18 problems", r.err().strip());
    }

    @Test
    void validateFactsListsKeysValuesAndSourcesAndMarksDifferences() {
        Run r = run("validate", "--facts", "--knowledge", GOOD);
        assertEquals(0, r.exit());
        List<String> lines = r.outLines();
        int i = lines.indexOf("kg-rehab-law.adopted (adoption of the Kyrgyz rehabilitation law by parliament): differs");
        assertTrue(i >= 0, r.out());
        assertEquals("  2024-11-20  " + GOOD + "/kg/24kg-2024-11-20-parliament-passes-law.en.md:11, " + GOOD
                + "/kg/24kg-2024-11-20-parliament-passes-law.ru.md:11", lines.get(i + 1));
        assertEquals("  2024-11-21  " + GOOD + "/kg/akipress-2024-11-21-law-adopted.en.md:10", lines.get(i + 2));
        assertTrue(lines.contains("kg-repression-victims.count (number of victims of repression in Kyrgyzstan)"), r.out());
        assertTrue(lines.contains("  image goals  " + GOOD + "/kz/smk-2021-statement.en.md:10 (claimant: Socialist "
                + "Movement of Kazakhstan)"), r.out());
        assertTrue(r.err().contains("4 fact keys, 1 with differing values"), r.err());
    }

    @Test
    void validateMissingFolder() {
        Run r = run("validate", "--knowledge", "no/such/folder");
        assertEquals(1, r.exit(), "a runtime problem, not a usage error");
        assertTrue(r.err().contains("--knowledge DIR"), "says what to do: " + r.err());
        assertTrue(r.err().startsWith("knowledge folder not found: no/such/folder"), r.err());
    }

    /** Copies a folder tree; test fixtures only. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Test
    void indexBuildsThenUpdatesOnlyWhatChanged(@TempDir Path tmp) throws IOException {
        Path knowledge = tmp.resolve("knowledge");
        copy(Path.of(GOOD), knowledge);
        String data = tmp.resolve("data").toString();

        Run first = run("index", "--knowledge", knowledge.toString(), "--data", data);
        assertEquals(0, first.exit(), first.err());
        assertEquals("index " + Path.of(data, "index") + ": 7 documents, 20 passages (rebuilt in full)",
                first.outLines().get(0));
        assertEquals("files: 7 read, 7 added, 0 changed, 0 removed, 0 unchanged", first.outLines().get(1));
        assertTrue(first.outLines().get(2).matches("passages embedded: 20 in \\d+\\.\\d s \\(\\d+\\.\\d a second\\)"),
                first.out());
        assertTrue(first.outLines().get(3).matches("time: \\d+\\.\\d\\d s"), first.out());

        Run again = run("index", "--knowledge", knowledge.toString(), "--data", data);
        assertEquals(0, again.exit());
        assertEquals("files: 7 read, 0 added, 0 changed, 0 removed, 7 unchanged", again.outLines().get(1));
        assertEquals("passages embedded: 0", again.outLines().get(2));

        // A broken file is reported and left out; the others stay indexed.
        Path statement = knowledge.resolve("kz/smk-2021-statement.en.md");
        Files.writeString(statement, Files.readString(statement).replace("date: 2021-05", "date: May 2021"),
                StandardCharsets.UTF_8);
        Run broken = run("index", "--knowledge", knowledge.toString(), "--data", data);
        assertEquals(1, broken.exit());
        assertEquals(knowledge.resolve("kz/smk-2021-statement.en.md") + ":6: invalid date \"May 2021\": use a full or "
                + "partial ISO date: 2024, 2024-12 or 2024-12-31, or \"undated\" for a page that gives no date", broken.outLines().get(0));
        assertEquals("index " + Path.of(data, "index") + ": 6 documents, 18 passages", broken.outLines().get(1));
        assertEquals("files: 7 read, 0 added, 0 changed, 1 removed, 6 unchanged, 1 left out with problems",
                broken.outLines().get(2));

        Run rebuilt = run("index", "--rebuild", "--knowledge", knowledge.toString(), "--data", data);
        assertEquals(1, rebuilt.exit());
        assertEquals("index " + Path.of(data, "index") + ": 6 documents, 18 passages (rebuilt in full)",
                rebuilt.outLines().get(1));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(org.rehablawbot.index.IndexRepairTest.Damage.class)
    void aDamagedIndexIsRepairedByIndexByAskAndByRebuild(org.rehablawbot.index.IndexRepairTest.Damage damage,
                                                        @TempDir Path tmp) throws IOException {
        Path knowledge = tmp.resolve("knowledge");
        copy(Path.of(GOOD), knowledge);
        Path data = tmp.resolve("data");
        String[] where = {"--knowledge", knowledge.toString(), "--data", data.toString()};
        assertEquals(0, run(concat(new String[] {"index"}, where)).exit());

        // index: says what was wrong and where the copy is; never "0 changed"
        damage.apply(data.resolve("index"));
        Run index = run(concat(new String[] {"index"}, where));
        assertEquals(0, index.exit(), index.err());
        assertTrue(index.outLines().get(0).startsWith("the index was damaged ("), index.out());
        assertTrue(index.outLines().get(0).contains("it was moved to " + data.resolve("index.corrupt-")), index.out());
        assertTrue(index.out().contains("7 documents, 20 passages (rebuilt in full)"), index.out());
        assertTrue(index.out().contains("files: 7 read, 7 added"), index.out());

        // ask: opening for answers repairs it too, and answers
        damage.apply(data.resolve("index"));
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(answer, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, run(concat(new String[] {"ask", "--json", "Who sponsored the commission?"}, where)).exit());
        } finally {
            System.setOut(stdout);
        }
        assertTrue(answer.toString(StandardCharsets.UTF_8).contains("\"refused\":false"), answer.toString());
        assertEquals(null, org.rehablawbot.index.IndexCheck.damage(data.resolve("index")));

        // index --rebuild always works
        damage.apply(data.resolve("index"));
        Run rebuild = run(concat(new String[] {"index", "--rebuild"}, where));
        assertEquals(0, rebuild.exit(), rebuild.err());
        assertTrue(rebuild.out().contains("rebuilt in full"), rebuild.out());

        try (Stream<Path> kept = Files.list(data)) {
            assertEquals(3, kept.filter(p -> p.getFileName().toString().startsWith("index.corrupt-")).count(),
                    "each damaged index is kept aside");
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void helpAndVersionOnEveryCommandAndUsageErrorsExitTwo() {
        for (String command : new String[] {"validate", "index", "ask", "eval", "bench", "chat", "bot"}) {
            for (String help : new String[] {"--help", "-h"}) {
                Run r = run(command, help);
                assertEquals(0, r.exit(), command + " " + help + ": " + r.err());
                assertTrue(r.out().startsWith("Usage: rehab-law-bot " + command), r.out());
                assertTrue(r.out().contains("Examples:"), command + " shows examples: " + r.out());
            }
            Run v = run(command, "--version");
            assertEquals(0, v.exit());
            assertTrue(v.out().startsWith("rehab-law-bot "), v.out());
        }
        Run lang = run("ask", "--lang", "xx", "question");
        assertEquals(2, lang.exit());
        assertTrue(lang.err().contains("expected one of en, ru but was 'xx'"), lang.err());
        assertTrue(lang.err().contains("Run 'rehab-law-bot ask --help'"), lang.err());
        Run unknown = run("index", "--rebuilt");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--rebuild"), "suggests the option meant: " + unknown.err());
        assertEquals(2, run("eval").exit(), "a missing parameter is a usage error");
        assertEquals(2, run("bench", "--synthetic", "0").exit());
    }

    @Test
    void optionsBeforeTheCommandNameCount(@TempDir Path tmp) throws IOException {
        Path knowledge = tmp.resolve("knowledge");
        copy(Path.of(GOOD), knowledge);
        Run r = run("--knowledge", knowledge.toString(), "--data", tmp.resolve("d").toString(), "index");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("index " + tmp.resolve("d").resolve("index") + ": 7 documents"), r.out());
    }

    @Test
    void indexMissingFolder(@TempDir Path tmp) {
        Run r = run("index", "--knowledge", tmp.resolve("none").toString(), "--data", tmp.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("index not updated: knowledge folder not found: "), r.err());
        assertTrue(r.err().contains("--knowledge DIR"), r.err());
    }

    @Test
    void plainProgressSaysEachStageWithTheExpectedTime() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8),
                false);
        progress.update(org.rehablawbot.index.IndexProgress.Stage.READING, 150, 150);
        progress.update(org.rehablawbot.index.IndexProgress.Stage.EMBEDDING, 0, 816);
        progress.update(org.rehablawbot.index.IndexProgress.Stage.EMBEDDING, 400, 816);
        progress.update(org.rehablawbot.index.IndexProgress.Stage.EMBEDDING, 816, 816);
        progress.update(org.rehablawbot.index.IndexProgress.Stage.COMMITTING, 0, 0);
        progress.finish();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("Building the search index: 816 passages from 150 knowledge files to embed (about 8 s on an "
                + "idle 2-core machine)…", lines.get(0));
        assertTrue(lines.get(1).matches("Embedding at \\d+ passages a second: about \\d+ (s|min) left…"), lines.toString());
        assertEquals("Embedded 816 passages; writing the index…", lines.get(2));
        assertTrue(lines.get(3).matches("Search index ready \\(\\d+\\.\\d s\\)\\."), lines.toString());
        assertEquals(4, lines.size(), "one line a stage, no redrawn bar: " + lines);
    }

    @Test
    void upToDateIndexShowsNoProgress() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8),
                false);
        progress.update(org.rehablawbot.index.IndexProgress.Stage.READING, 7, 7);
        progress.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void expectedTimeIsInSecondsThenMinutes() {
        assertEquals("about 1 s", ConsoleProgress.expected(20));
        assertEquals("about 8 s", ConsoleProgress.expected(816));
        assertEquals("about 5 min", ConsoleProgress.expected(30_000));
    }
}
