package org.rehablawbot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.Problem;

/** The incremental rebuild: only what changed is embedded, and readers always see a whole index. */
class IndexUpdaterTest {

    private static final String RU = "kg/24kg-2024-11-20-parliament-passes-law.ru.md";
    private static final String AKIPRESS = "kg/akipress-2024-11-21-law-adopted.en.md";
    private static final String STATEMENT = "kz/smk-2021-statement.en.md";

    @TempDir
    Path tmp;
    Path knowledge;
    Path indexDir;
    TestKnowledge.CountingEmbedder embedder;
    KnowledgeIndex index;

    @BeforeEach
    void build() throws IOException {
        knowledge = TestKnowledge.copyGood(tmp.resolve("knowledge"));
        indexDir = tmp.resolve("index");
        embedder = new TestKnowledge.CountingEmbedder(MiniLmEmbedder.shared());
        index = KnowledgeIndex.openUpdated(knowledge, indexDir, embedder, IndexProgress.NONE);
        assertEquals(20, embedder.texts.get());
        embedder.texts.set(0);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private IndexReport update() throws IOException {
        return index.update(IndexProgress.NONE, false);
    }

    @Test
    void unchangedFolderEmbedsNothing() throws IOException {
        IndexReport r = update();
        assertEquals(0, embedder.texts.get());
        assertEquals(0, r.passagesEmbedded());
        assertEquals(7, r.filesUnchanged());
        assertEquals(0, r.filesTouched());
        assertFalse(r.fullRebuild());
        assertFalse(index.refresh());
        assertEquals(20, index.passageCount());
    }

    @Test
    void changedFileIsTheOnlyOneReEmbedded() throws IOException {
        Path file = knowledge.resolve(RU);
        Files.writeString(file, Files.readString(file) + "\nКомиссия собирала сведения о репрессированных по архивам.\n",
                StandardCharsets.UTF_8);
        IndexReport r = update();
        assertEquals(5, embedder.texts.get());
        assertEquals(5, r.passagesEmbedded());
        assertEquals(1, r.filesChanged());
        assertEquals(6, r.filesUnchanged());
        assertEquals(21, r.passages());
        assertEquals(21, index.passageCount());
        ScoredPassage hit = index.lexical("архивы", Language.RU, 3).get(0);
        assertEquals(RU, hit.passage().source().path());
        assertEquals(29, hit.passage().line());
        // the old passages of the file were replaced, not duplicated
        assertEquals(5, index.passagesOf(RU).size());
        assertEquals(2, index.factsWithKey("kg-repression-victims.count").size());
    }

    @Test
    void scoresAfterAnEditAreAFreshBuildsScores() throws IOException {
        // a moderator's edit of one file must not shift how other files' passages rank: the replaced passages no
        // longer count in the term statistics
        Path file = knowledge.resolve(RU);
        Files.writeString(file, Files.readString(file) + "\nКомиссия собирала сведения о репрессированных по архивам.\n",
                StandardCharsets.UTF_8);
        update();
        index.refresh();
        try (KnowledgeIndex fresh = KnowledgeIndex.openUpdated(knowledge, tmp.resolve("fresh"), embedder,
                IndexProgress.NONE)) {
            for (String query : List.of("закон реабилитации", "парламент принял закон")) {
                List<ScoredPassage> edited = index.lexical(query, Language.RU, 5);
                List<ScoredPassage> built = fresh.lexical(query, Language.RU, 5);
                assertFalse(built.isEmpty());
                assertEquals(built.stream().map(sp -> sp.passage().id()).toList(),
                        edited.stream().map(sp -> sp.passage().id()).toList());
                for (int i = 0; i < built.size(); i++) {
                    assertEquals(built.get(i).score(), edited.get(i).score(), 1e-5, query + " #" + i);
                }
            }
        }
    }

    @Test
    void deletedFileLeavesTheIndex() throws IOException {
        Files.delete(knowledge.resolve(AKIPRESS));
        IndexReport r = update();
        assertEquals(0, embedder.texts.get());
        assertEquals(1, r.filesRemoved());
        assertEquals(6, r.documents());
        assertEquals(18, index.passageCount());
        assertTrue(index.lexical("AKIpress", Language.EN, 5).isEmpty());
        assertEquals(2, index.factsWithKey("kg-rehab-law.adopted").size());
        assertTrue(index.sources().stream().noneMatch(s -> s.path().equals(AKIPRESS)));
    }

    @Test
    void newFileIsAdded() throws IOException {
        Files.writeString(knowledge.resolve("uz/new.en.md"), "---\nid: new-doc\ntitle: A new page\nkind: research\n"
                + "publisher: Someone\ndate: 2023-03\njurisdiction: UZ\nlanguage: en\n---\n\nAn archive of Navoi "
                + "region records was opened in March 2023.\n", StandardCharsets.UTF_8);
        IndexReport r = update();
        assertEquals(1, r.filesAdded());
        assertEquals(1, embedder.texts.get());
        assertEquals("uz/new.en.md", index.lexical("Navoi archive", Language.EN, 1).get(0).passage().source().path());
    }

    @Test
    void badFileIsLeftOutWhileTheOthersStay() throws IOException {
        Path file = knowledge.resolve(STATEMENT);
        String good = Files.readString(file);
        Files.writeString(file, good.replace("kind: statement", "kind: opinion"), StandardCharsets.UTF_8);
        IndexReport r = update();
        assertEquals(List.of(knowledge.resolve(STATEMENT) + ":4: unknown kind \"opinion\"; allowed: law, decree, "
                + "official, court, news, statement, commentary, research, reference"),
                r.problems().stream().map(Problem::toString).toList());
        assertEquals(1, r.filesRemoved());
        assertEquals(0, embedder.texts.get());
        assertEquals(18, index.passageCount());
        assertTrue(index.passagesOf(STATEMENT).isEmpty());
        assertEquals(6, index.sources().size());

        Files.writeString(file, good, StandardCharsets.UTF_8);
        IndexReport fixed = update();
        assertEquals(1, fixed.filesAdded());
        assertEquals(2, embedder.texts.get());
        assertEquals(20, index.passageCount());
    }

    @Test
    void newEmbeddingModelRebuildsEverything() throws IOException {
        TestKnowledge.CountingEmbedder other = new TestKnowledge.CountingEmbedder(MiniLmEmbedder.shared(), "another-model");
        IndexReport r = index.update(knowledge, other, IndexProgress.NONE, false);
        assertTrue(r.fullRebuild());
        assertEquals(20, other.texts.get());
        assertEquals(20, index.passageCount());
        // and with the same model again nothing is embedded
        assertEquals(0, index.update(knowledge, other, IndexProgress.NONE, false).passagesEmbedded());
    }

    @Test
    void rebuildOnRequest() throws IOException {
        IndexReport r = index.update(IndexProgress.NONE, true);
        assertTrue(r.fullRebuild());
        assertEquals(20, r.passagesEmbedded());
        assertEquals(20, index.passageCount());
    }

    @Test
    void failedEmbeddingLeavesTheIndexAsItWas() throws IOException {
        Files.delete(knowledge.resolve(AKIPRESS));
        Path file = knowledge.resolve(RU);
        Files.writeString(file, Files.readString(file) + "\nНовый абзац.\n", StandardCharsets.UTF_8);
        Embedder failing = new Embedder() {
            @Override
            public int dimensions() {
                return embedder.dimensions();
            }

            @Override
            public float[] embed(String text) {
                throw new IllegalStateException("model failed");
            }

            @Override
            public String modelId() {
                return embedder.modelId();
            }
        };
        assertThrows(IllegalStateException.class, () -> index.update(knowledge, failing, IndexProgress.NONE, false));
        index.refresh();
        assertEquals(20, index.passageCount());
        assertFalse(index.passagesOf(AKIPRESS).isEmpty());
        // the next good update still sees both changes
        IndexReport r = update();
        assertEquals(1, r.filesChanged());
        assertEquals(1, r.filesRemoved());
        assertEquals(19, index.passageCount());
    }

    @Test
    void progressIsReported() throws IOException {
        Files.delete(knowledge.resolve(AKIPRESS));
        Files.writeString(knowledge.resolve(STATEMENT), Files.readString(knowledge.resolve(STATEMENT)) + "\nMore.\n",
                StandardCharsets.UTF_8);
        List<String> seen = new java.util.ArrayList<>();
        index.update((stage, done, total) -> seen.add(stage + " " + done + "/" + total), false);
        assertTrue(seen.contains("READING 6/6"), seen.toString());
        assertTrue(seen.contains("EMBEDDING 0/3"), seen.toString());
        assertTrue(seen.contains("EMBEDDING 3/3"), seen.toString());
        assertEquals("COMMITTING 0/0", seen.get(seen.size() - 1));
    }

    @Test
    void readersSeeTheOldOrTheNewIndexNeverAPartOne() throws Exception {
        // Reader threads search and count while a writer repeatedly removes and restores a file.
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Set<Integer> counts = ConcurrentHashMap.newKeySet();
        List<Thread> readers = new java.util.ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread reader = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        counts.add(index.passageCount());
                        int facts = index.factsWithKey("kg-rehab-law.adopted").size();
                        if (facts != 3 && facts != 2) {
                            throw new AssertionError("facts " + facts);
                        }
                        index.lexical("rehabilitation commission", Language.EN, 5);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            reader.start();
            readers.add(reader);
        }
        Path file = knowledge.resolve(AKIPRESS);
        byte[] content = Files.readAllBytes(file);
        for (int round = 0; round < 4; round++) {
            Files.delete(file);
            update();
            Files.write(file, content);
            update();
        }
        stop.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertTrue(Set.of(18, 20).containsAll(counts), counts.toString());
        assertEquals(20, index.passageCount());
    }

    @Test
    void twoUpdatersInOneProcessTakeTurns() throws Exception {
        Files.delete(knowledge.resolve(AKIPRESS));
        IndexUpdater a = new IndexUpdater(knowledge, indexDir, embedder);
        IndexUpdater b = new IndexUpdater(knowledge, indexDir, embedder);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                a.update(IndexProgress.NONE, false);
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        b.update(IndexProgress.NONE, false);
        t.join();
        assertEquals(null, failure.get());
        index.refresh();
        assertEquals(18, index.passageCount());
    }
}
