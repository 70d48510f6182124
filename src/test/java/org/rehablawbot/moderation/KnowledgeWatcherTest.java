package org.rehablawbot.moderation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeWatcherTest {

    /** Generous: the watcher reacts in well under a second; slow CI machines get room. */
    private static final long TIMEOUT_MS = 15_000;

    @TempDir
    Path root;

    private final AtomicInteger changes = new AtomicInteger();
    private final Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private KnowledgeWatcher watcher(Duration scan, boolean events) {
        return new KnowledgeWatcher(root, paths -> { seen.addAll(paths); changes.incrementAndGet(); }, Duration.ofMillis(200), Duration.ofSeconds(1), scan,
                events);
    }

    @Test
    void seesAddChangeAndDeleteInSubfoldersIncludingNewOnes() throws Exception {
        Files.createDirectories(root.resolve("kg"));
        try (KnowledgeWatcher w = watcher(Duration.ofHours(1), true)) {
            w.start();
            Path file = root.resolve("kg/a.en.md");
            Files.writeString(file, "one");
            await("add", () -> changes.get() >= 1);

            int before = changes.get();
            Files.writeString(file, "two");
            await("change", () -> changes.get() > before);

            int beforeDelete = changes.get();
            Files.delete(file);
            await("delete", () -> changes.get() > beforeDelete);

            // A folder that did not exist when watching started, filled at once and changed later.
            int beforeFolder = changes.get();
            Path deep = Files.createDirectories(root.resolve("uz/new"));
            Files.writeString(deep.resolve("b.ru.md"), "раз");
            await("new folder", () -> changes.get() > beforeFolder);
            Thread.sleep(300); // let the new folder's registration settle before changing inside it
            int beforeDeep = changes.get();
            Files.writeString(deep.resolve("b.ru.md"), "два");
            await("change in new folder", () -> changes.get() > beforeDeep);
            assertTrue(seen.containsAll(Set.of("kg/a.en.md", "uz/new/b.ru.md")), seen.toString());
        }
    }

    @Test
    void aBurstOfChangesIsReportedFarFewerTimesThanItHasChanges() throws Exception {
        try (KnowledgeWatcher w = new KnowledgeWatcher(root, paths -> { seen.addAll(paths); changes.incrementAndGet(); }, Duration.ofMillis(500),
                Duration.ofSeconds(30), Duration.ofHours(1), true)) {
            w.start();
            for (int i = 0; i < 50; i++) {
                Files.writeString(root.resolve("f" + (i % 5) + ".en.md"), "version " + i);
            }
            await("burst", () -> changes.get() >= 1);
            Thread.sleep(1000);
            assertTrue(changes.get() <= 3, "50 writes reported " + changes.get() + " times");
        }
    }

    @Test
    void thePeriodicScanCatchesChangesTheWatchServiceMissed() throws Exception {
        Files.writeString(root.resolve("a.en.md"), "one");
        try (KnowledgeWatcher w = watcher(Duration.ofMillis(200), false)) {
            w.start();
            Files.createDirectories(root.resolve("kz"));
            Files.writeString(root.resolve("kz/b.en.md"), "new");
            await("scan sees add", () -> changes.get() >= 1);
            int before = changes.get();
            Files.delete(root.resolve("a.en.md"));
            await("scan sees delete", () -> changes.get() > before);
            assertTrue(seen.containsAll(Set.of("kz/b.en.md", "a.en.md")), seen.toString());
        }
    }

    @Test
    void onlyKnowledgeFilesAndFoldersCount() {
        assertTrue(KnowledgeWatcher.counts(Path.of("kg/a.en.md")));
        assertTrue(KnowledgeWatcher.counts(Path.of("kg/a.ru.TXT")));
        assertTrue(KnowledgeWatcher.counts(Path.of("kg")), "a deleted folder");
        assertFalse(KnowledgeWatcher.counts(Path.of("kg/.upload-123.tmp")));
        assertFalse(KnowledgeWatcher.counts(Path.of("kg/a.en.md~")));
        assertFalse(KnowledgeWatcher.counts(Path.of("kg/.a.en.md.swp")));
        assertFalse(KnowledgeWatcher.counts(Path.of("kg/image.png")));
    }
}
