package org.rehablawbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehablawbot.moderation.TestDocs.doc;
import static org.rehablawbot.moderation.TestDocs.hits;
import static org.rehablawbot.moderation.TestDocs.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.config.SettingsLoader;
import org.rehablawbot.index.IndexProgress;
import org.rehablawbot.index.KnowledgeIndex;
import org.rehablawbot.index.MiniLmEmbedder;
import org.rehablawbot.knowledge.Language;

/**
 * Live reload end to end on a real folder and a real Lucene index: the watcher sees the change, the index is
 * updated in the background, and searches see the result. Waits poll with a generous timeout; the time each
 * change took to become searchable is printed, not asserted.
 */
class LiveReloadTest {

    /** Far above the 5-second target, so that a slow CI machine does not fail the test. */
    private static final long TIMEOUT_MS = 30_000;

    @TempDir
    Path tmp;

    private Path knowledge;
    private KnowledgeIndex index;
    private LiveKnowledge live;
    private final List<String> notes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        knowledge = tmp.resolve("knowledge");
        write(knowledge, "kg/base.en.md", doc("base", "en", "KG",
                "The Zhogorku Kenesh passed the bill on rehabilitation with a marmalade clause on 20 November 2024."));
        write(knowledge, "kz/base.ru.md", doc("base", "ru", "KZ",
                "Государственная комиссия по реабилитации работала в Казахстане с 2020 года."));
        index = KnowledgeIndex.openUpdated(knowledge, tmp.resolve("data/index"), MiniLmEmbedder.shared(), IndexProgress.NONE);
        live = LiveKnowledge.start(knowledge, tmp.resolve("data"), Set.of(1L),
                () -> index.update(IndexProgress.NONE, false), notes::add, Duration.ofMillis(500), Duration.ofSeconds(2),
                Duration.ofSeconds(2));
        live.reloader().request(KnowledgeReloader.Trigger.START).get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void tearDown() throws Exception {
        live.close();
        index.close();
    }

    /** Polls until the condition holds; returns how long it took in ms. */
    private static long await(String what, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + TIMEOUT_MS + " ms waiting for " + what);
            }
            Thread.sleep(25);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("live reload: " + what + " after " + ms + " ms");
        return ms;
    }

    private static boolean cites(Answer answer, String path) {
        return answer.citations().stream().anyMatch(c -> c.path().equals(path));
    }

    @Test
    void anAddedChangedAndDeletedFileIsSearchableThenGone() throws Exception {
        assertEquals(1, hits(index, "marmalade").size());
        assertEquals(List.of(), hits(index, "xylophone"));

        AnswerEngine engine = AnswerEngine.create(SettingsLoader.load(null, Map.of(), Map.of(
                "knowledge.dir", knowledge.toString(), "data.dir", tmp.resolve("data").toString())), index,
                MiniLmEmbedder.shared(), null);
        String question = "Which ensemble performed at the rehabilitation ceremony in Uzbekistan?";
        Path file = write(knowledge, "uz/new-doc.en.md", doc("new-doc", "en", "UZ",
                "Uzbekistan rehabilitated victims of repression, a xylophone ensemble performed at the ceremony."));
        await("added file", () -> hits(index, "xylophone").size() == 1);
        assertTrue(cites(engine.answer(question, null, Language.EN), "uz/new-doc.en.md"), "the bot answers from it");

        write(knowledge, "uz/new-doc.en.md", doc("new-doc", "en", "UZ",
                "Uzbekistan rehabilitated victims of repression, a quokka was the mascot of the ceremony."));
        await("changed file", () -> hits(index, "quokka").size() == 1 && hits(index, "xylophone").isEmpty());

        Files.delete(file);
        await("deleted file", () -> hits(index, "quokka").isEmpty());
        assertFalse(cites(engine.answer(question, null, Language.EN), "uz/new-doc.en.md"), "the bot no longer cites it");

        assertEquals(1, hits(index, "marmalade").size(), "other files are untouched");
        assertEquals(1, hits(index, "комиссия").size());
    }

    @Test
    void aFileInANewSubfolderIsPickedUp() throws Exception {
        write(knowledge, "debate/2025/opinion.en.md", doc("opinion", "en", "KZ",
                "A columnist argued in 2025 that the commission needed a harpsichord budget."));
        await("file in new folder", () -> hits(index, "harpsichord").size() == 1);
    }

    @Test
    void aBadFileIsLeftOutAndReportedWhileTheRestIsIndexed() throws Exception {
        write(knowledge, "kg/broken.en.md", TestDocs.bad("broken", "The broken file talks about a trombone."));
        write(knowledge, "kg/good.en.md", doc("good", "en", "KG", "The good file talks about a saxophone."));
        await("good file next to a bad one", () -> hits(index, "saxophone").size() == 1);

        assertEquals(List.of(), hits(index, "trombone"), "the bad file is not indexed");
        assertEquals(1, hits(index, "marmalade").size(), "nothing else is lost");
        await("moderators told", () -> notes.stream().anyMatch(n -> n.contains("broken.en.md")));
        String note = notes.stream().filter(n -> n.contains("broken.en.md")).findFirst().orElseThrow();
        assertTrue(note.matches("(?s).*kg/broken\\.en\\.md:\\d+: missing required field \"publisher\".*"), note);
        ReloadReport last = live.reloader().last().orElseThrow();
        assertTrue(last.problems().stream().anyMatch(p -> p.toString().contains("kg/broken.en.md")), last.toString());
        List<String> audit = Files.readAllLines(tmp.resolve("data/audit.jsonl"));
        assertTrue(audit.stream().anyMatch(l -> l.contains("\"action\":\"auto-reload\"") && l.contains("kg/broken.en.md")),
                audit.toString());
    }

    @Test
    void aGoodFileThatBecomesBadLeavesTheIndexUntilItIsFixed() throws Exception {
        write(knowledge, "kg/base.en.md", TestDocs.bad("base",
                "The Zhogorku Kenesh passed the bill on rehabilitation with a marmalade clause on 20 November 2024."));
        await("broken file's passages removed", () -> hits(index, "marmalade").isEmpty());
        await("moderators told", () -> notes.stream().anyMatch(n -> n.contains("kg/base.en.md:")));
        assertEquals(1, hits(index, "комиссия").size(), "the other file stays");

        write(knowledge, "kg/base.en.md", doc("base", "en", "KG",
                "The Zhogorku Kenesh passed the bill on rehabilitation with a marmalade clause on 20 November 2024."));
        await("fixed file back", () -> hits(index, "marmalade").size() == 1);
        await("fix announced", () -> notes.stream().anyMatch(n -> n.startsWith("Fixed:") && n.contains("kg/base.en.md")));
        assertFalse(live.reloader().last().orElseThrow().problems().stream()
                .anyMatch(p -> p.toString().contains("base.en.md")));
    }
}
