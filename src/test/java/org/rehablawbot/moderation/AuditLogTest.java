package org.rehablawbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writesOneJsonObjectPerLineWithEveryField() throws Exception {
        AuditLog log = AuditLog.inDataDir(dir.resolve("data"));
        log.record(42L, "anna", AuditLog.Action.UPLOAD, "kg/x.en.md", AuditLog.Result.OK, "saved");
        log.record(null, null, AuditLog.Action.AUTO_RELOAD, null, AuditLog.Result.ERROR, "disk full");

        List<String> lines = Files.readAllLines(dir.resolve("data/audit.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals(42L, first.get("user_id").asLong());
        assertEquals("anna", first.get("username").asText());
        assertEquals("upload", first.get("action").asText());
        assertEquals("kg/x.en.md", first.get("file").asText());
        assertEquals("ok", first.get("result").asText());
        assertEquals("saved", first.get("message").asText());
        String time = first.get("time").asText();
        assertTrue(time.endsWith("Z"), time);
        Instant.parse(time);

        JsonNode second = JSON.readTree(lines.get(1));
        assertEquals("auto-reload", second.get("action").asText());
        assertEquals("error", second.get("result").asText());
        assertTrue(second.get("user_id").isNull());
    }

    @Test
    void appendsToAnExistingLogWithoutLosingIt() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        Files.writeString(file, "{\"old\":true}\n");
        new AuditLog(file).record(1L, null, AuditLog.Action.STATUS, null, AuditLog.Result.OK, null);
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertEquals("{\"old\":true}", lines.get(0));
    }

    @Test
    void concurrentWritersNeverInterleaveLines() throws Exception {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"));
        int threads = 8;
        int each = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long user = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    log.record(user, "u" + user, AuditLog.Action.VALIDATE, "file-" + i + ".md", AuditLog.Result.OK,
                            "message with \"quotes\", новая строка\nand a newline " + i);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        List<String> lines = Files.readAllLines(dir.resolve("audit.jsonl"), StandardCharsets.UTF_8);
        assertEquals(threads * each, lines.size());
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            seen.add(n.get("user_id").asText() + "/" + n.get("file").asText());
        }
        assertEquals(threads * each, seen.size(), "every entry is present exactly once");
    }
}
