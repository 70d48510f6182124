package org.rehablawbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.index.IndexReport;
import org.rehablawbot.knowledge.Problem;

class KnowledgeReloaderTest {

    @TempDir
    Path dir;

    private final List<String> notes = new CopyOnWriteArrayList<>();

    private static IndexReport report(int passages, int changed, List<Problem> problems) {
        return new IndexReport(1, 1, passages, 0, changed, 0, 0, passages, false, problems, 5);
    }

    @Test
    void requestsDuringAReloadShareExactlyOneMoreReload() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Reindexer slow = () -> {
            int n = calls.incrementAndGet();
            if (n == 1) {
                firstStarted.countDown();
                try {
                    releaseFirst.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
            return report(n, 0, List.of());
        };
        try (KnowledgeReloader reloader = new KnowledgeReloader(slow, notes::add, AuditLog.inDataDir(dir))) {
            CompletableFuture<ReloadReport> first = reloader.request(KnowledgeReloader.Trigger.AUTO);
            assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
            List<CompletableFuture<ReloadReport>> during = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                during.add(reloader.request(KnowledgeReloader.Trigger.AUTO));
            }
            releaseFirst.countDown();
            assertEquals(1, first.get(10, TimeUnit.SECONDS).passages());
            for (CompletableFuture<ReloadReport> f : during) {
                assertSame(during.get(0), f);
                assertEquals(2, f.get(10, TimeUnit.SECONDS).passages(), "the later reload saw every change");
            }
            assertEquals(2, calls.get());
            assertEquals(2, reloader.last().orElseThrow().passages());
        }
    }

    @Test
    void aFailedReloadIsReportedToModeratorsAndTheNextOneWorks() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Reindexer flaky = () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IOException("disk full");
            }
            return report(3, 1, List.of());
        };
        try (KnowledgeReloader reloader = new KnowledgeReloader(flaky, notes::add, AuditLog.inDataDir(dir))) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> reloader.request(KnowledgeReloader.Trigger.AUTO).get(10, TimeUnit.SECONDS));
            assertEquals("disk full", e.getCause().getMessage());
            assertTrue(notes.get(0).contains("disk full") && notes.get(0).contains("previous index"), notes.toString());
            assertEquals(3, reloader.request(KnowledgeReloader.Trigger.AUTO, Set.of("kg/a.en.md"))
                    .get(10, TimeUnit.SECONDS).passages());
        }
        List<String> audit = Files.readAllLines(dir.resolve("audit.jsonl"));
        assertEquals(2, audit.size());
        JsonNode failed = new ObjectMapper().readTree(audit.get(0));
        assertEquals("auto-reload", failed.get("action").asText());
        assertEquals("error", failed.get("result").asText());
        JsonNode ok = new ObjectMapper().readTree(audit.get(1));
        assertEquals("ok", ok.get("result").asText());
        assertEquals("kg/a.en.md", ok.get("file").asText());
    }

    @Test
    void problemsAreSentOnceAndTheirFixAnnounced() throws Exception {
        Problem bad = new Problem(Path.of("kg/bad.en.md"), 3, "missing field publisher");
        List<IndexReport> script = List.of(
                report(2, 1, List.of(bad)),
                report(2, 0, List.of(bad)),
                report(3, 1, List.of()));
        AtomicInteger i = new AtomicInteger();
        try (KnowledgeReloader reloader = new KnowledgeReloader(() -> script.get(i.getAndIncrement()), notes::add,
                AuditLog.inDataDir(dir))) {
            for (int n = 0; n < 3; n++) {
                reloader.request(KnowledgeReloader.Trigger.AUTO).get(10, TimeUnit.SECONDS);
            }
        }
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("kg/bad.en.md:3: missing field publisher"), notes.get(0));
        assertTrue(notes.get(1).startsWith("Fixed:") && notes.get(1).contains("kg/bad.en.md:3"), notes.get(1));
    }
}
