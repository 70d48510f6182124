package org.rehablawbot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rehablawbot.knowledge.Language;

/**
 * A real index on disk is damaged the ways disks and people damage files (a truncated commit point, an emptied
 * segment info, a truncated compound file, 64 overwritten bytes inside a segment); each way is found and repaired
 * by every path that opens the index: an update (the {@code index} command), opening it for answers, and a full
 * rebuild. The damaged index is kept aside, byte for byte.
 */
public class IndexRepairTest {

    /** The ways a file of the index gets damaged. */
    public enum Damage {
        TRUNCATED_COMMIT_POINT {
            @Override
            public Path apply(Path dir) throws IOException {
                Path f = only(dir, "segments_");
                truncate(f, Files.size(f) / 2);
                return f;
            }
        },
        EMPTIED_SEGMENT_INFO {
            @Override
            public Path apply(Path dir) throws IOException {
                Path f = only(dir, ".si");
                truncate(f, 0);
                return f;
            }
        },
        TRUNCATED_COMPOUND_FILE {
            @Override
            public Path apply(Path dir) throws IOException {
                Path f = only(dir, ".cfs");
                truncate(f, Files.size(f) * 2 / 3);
                return f;
            }
        },
        FLIPPED_BYTES_IN_A_SEGMENT {
            @Override
            public Path apply(Path dir) throws IOException {
                Path f = only(dir, ".cfs");
                try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                    long at = raf.length() / 2;
                    byte[] bytes = new byte[64];
                    raf.seek(at);
                    raf.readFully(bytes);
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] ^= (byte) 0xA5;
                    }
                    raf.seek(at);
                    raf.write(bytes);
                }
                return f;
            }
        };

        /** Damages one file of the index in {@code dir}; returns it. */
        public abstract Path apply(Path dir) throws IOException;

        static Path only(Path dir, String part) throws IOException {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> found = files.filter(p -> p.getFileName().toString().contains(part)).toList();
                assertEquals(1, found.size(), "one file with " + part + " in " + found);
                return found.get(0);
            }
        }

        static void truncate(Path f, long size) throws IOException {
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(size);
            }
        }
    }

    /** The ways the index gets opened. */
    enum Opening {
        UPDATE, OPEN_FOR_ANSWERS, FULL_REBUILD
    }

    @TempDir
    Path tmp;
    Path knowledge;
    Path indexDir;
    TestKnowledge.CountingEmbedder embedder;

    @BeforeEach
    void build() throws IOException {
        knowledge = TestKnowledge.copyGood(tmp.resolve("knowledge"));
        indexDir = tmp.resolve("data").resolve("index");
        embedder = new TestKnowledge.CountingEmbedder(MiniLmEmbedder.shared());
        IndexReport first = new IndexUpdater(knowledge, indexDir, embedder).update(IndexProgress.NONE, false);
        assertEquals(20, first.passagesEmbedded());
        assertNull(IndexCheck.damage(indexDir), "a fresh index is whole");
        embedder.texts.set(0);
    }

    static Stream<Arguments> cases() {
        return Stream.of(Damage.values()).flatMap(d -> Stream.of(Opening.values()).map(o -> Arguments.of(d, o)));
    }

    @ParameterizedTest(name = "{0}, then {1}")
    @MethodSource("cases")
    void damagedIndexIsKeptAsideAndRebuilt(Damage damage, Opening opening) throws IOException {
        Path damaged = damage.apply(indexDir);
        byte[] damagedBytes = Files.readAllBytes(damaged);
        assertNotNull(IndexCheck.damage(indexDir), "the check finds " + damage);

        IndexReport report;
        switch (opening) {
            case UPDATE -> report = new IndexUpdater(knowledge, indexDir, embedder).update(IndexProgress.NONE, false);
            case FULL_REBUILD -> report = new IndexUpdater(knowledge, indexDir, embedder).update(IndexProgress.NONE, true);
            default -> {
                try (KnowledgeIndex index = KnowledgeIndex.openUpdated(knowledge, indexDir, embedder, IndexProgress.NONE)) {
                    report = index.lastUpdate().orElseThrow();
                    assertFalse(index.lexical("rehabilitation commission", Language.EN, 5).isEmpty(),
                            "the repaired index answers");
                    assertEquals(20, index.passageCount());
                }
            }
        }

        assertTrue(report.repaired(), "the report says the index was repaired: " + report);
        assertTrue(report.fullRebuild());
        assertEquals(report.documents(), report.filesAdded(), "every file indexed anew, never '0 changed'");
        assertEquals(20, report.passagesEmbedded());
        assertEquals(20, embedder.texts.get());
        assertNull(IndexCheck.damage(indexDir), "the rebuilt index is whole");

        Path copy = report.damagedCopy();
        assertEquals(indexDir.getParent(), copy.getParent());
        assertTrue(copy.getFileName().toString().startsWith("index.corrupt-"), copy.toString());
        assertArrayEquals(damagedBytes, Files.readAllBytes(copy.resolve(damaged.getFileName())),
                "the damaged file is kept as it was");

        // the next opening finds a whole index and does nothing
        embedder.texts.set(0);
        IndexReport again = new IndexUpdater(knowledge, indexDir, embedder).update(IndexProgress.NONE, false);
        assertFalse(again.repaired());
        assertEquals(0, again.passagesEmbedded());
        assertEquals(again.documents(), again.filesUnchanged());
    }

    @Test
    void strayFilesWithoutACommitPointAreKeptAsideToo() throws IOException {
        Files.delete(Damage.only(indexDir, "segments_"));
        IndexReport report = new IndexUpdater(knowledge, indexDir, embedder).update(IndexProgress.NONE, false);
        assertTrue(report.repaired(), report.toString());
        assertTrue(report.damage().contains("no commit point"), report.damage());
        assertTrue(Files.exists(report.damagedCopy()));
        assertNull(IndexCheck.damage(indexDir));
    }

    @Test
    void anIndexAnotherWriterHoldsIsNotMovedAside() throws IOException {
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(indexDir);
             org.apache.lucene.store.Lock lock = dir.obtainLock(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)) {
            assertNull(IndexCheck.damage(indexDir), "no verdict while another writer holds the index");
            IndexReport report = new IndexUpdater(knowledge, indexDir, embedder).update(IndexProgress.NONE, false);
            assertFalse(report.repaired());
            assertEquals(0, report.passagesEmbedded(), "nothing changed, so nothing to write: readers go on");
        }
    }

    @Test
    void aWholeIndexIsLeftAlone() throws IOException {
        IndexReport report = new IndexUpdater(knowledge, indexDir, embedder).update(IndexProgress.NONE, false);
        assertFalse(report.repaired());
        assertEquals(0, report.passagesEmbedded());
        try (Stream<Path> siblings = Files.list(indexDir.getParent())) {
            assertEquals(List.of(indexDir), siblings.toList(), "nothing moved aside");
        }
    }
}
