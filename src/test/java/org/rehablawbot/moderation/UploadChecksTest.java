package org.rehablawbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.index.IndexReport;

/**
 * The checks every upload and command passes before any knowledge is read: who may moderate, and the name,
 * size and encoding of an uploaded file. Nothing here may touch the knowledge folder or start a reload.
 */
class UploadChecksTest {

    private static final long MODERATOR = 1001;
    private static final long STRANGER = 2002;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path knowledge;
    private Path data;
    private final AtomicInteger reloads = new AtomicInteger();
    private KnowledgeReloader reloader;
    private ModerationService service;

    @BeforeEach
    void setUp() throws Exception {
        knowledge = Files.createDirectories(tmp.resolve("knowledge/kg"));
        knowledge = knowledge.getParent();
        Files.writeString(knowledge.resolve("kg/a.en.md"), "existing");
        data = tmp.resolve("data");
        reloader = new KnowledgeReloader(() -> {
            reloads.incrementAndGet();
            return new IndexReport(1, 1, 1, 0, 0, 0, 1, 0, false, List.of(), 1);
        }, text -> { }, AuditLog.inDataDir(data));
        service = new ModerationService(Set.of(MODERATOR), knowledge, data, reloader, AuditLog.inDataDir(data));
    }

    @AfterEach
    void tearDown() {
        reloader.close();
    }

    private List<JsonNode> audit() throws Exception {
        Path file = data.resolve("audit.jsonl");
        List<JsonNode> out = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    /** Files in the knowledge folder other than the one it started with. */
    private List<Path> folderChanges() throws Exception {
        return folder().stream().filter(Files::isRegularFile)
                .filter(p -> !p.equals(knowledge.resolve("kg/a.en.md"))).toList();
    }

    private List<Path> folder() throws Exception {
        try (Stream<Path> s = Files.walk(knowledge)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aNonModeratorIsRefusedForEveryCommandAndUploadAndEachAttemptIsAudited() throws Exception {
        List<Path> before = folder();
        List<String> attempts = List.of("/status", "/reload", "/validate", "/remove a", "/remove a en",
                "/status@RehabLawBot");
        for (String text : attempts) {
            assertEquals(ModerationService.REFUSAL, service.command(STRANGER, "mallory", text), text);
        }
        byte[] good = "---\nid: a\n---\ntext\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of(ModerationService.REFUSAL),
                service.checkBeforeDownload(STRANGER, "mallory", "a.en.md", 20L));
        assertEquals(ModerationService.REFUSAL, service.upload(STRANGER, "mallory", "a.en.md", good));

        assertEquals(before, folder(), "the knowledge folder is untouched");
        assertEquals("existing", Files.readString(knowledge.resolve("kg/a.en.md")));
        assertEquals(0, reloads.get(), "no reload was started");
        List<JsonNode> audit = audit();
        assertEquals(attempts.size() + 2, audit.size());
        for (JsonNode entry : audit) {
            assertEquals(STRANGER, entry.get("user_id").asLong());
            assertEquals("mallory", entry.get("username").asText());
            assertEquals("refused", entry.get("action").asText());
            assertEquals("rejected", entry.get("result").asText());
            assertTrue(entry.get("message").asText().startsWith("not a moderator"), entry.toString());
        }
        assertEquals("a.en.md", audit.get(audit.size() - 1).get("file").asText());
    }

    @Test
    void aNameWithAPathIsRejected() throws Exception {
        byte[] bytes = "---\nid: x\n---\n".getBytes(StandardCharsets.UTF_8);
        for (String name : List.of("../evil.en.md", "../../etc/passwd.md", "kg/x.en.md", "kg\\x.en.md", "..", "a..md")) {
            String reply = service.upload(MODERATOR, "anna", name, bytes);
            assertTrue(reply.startsWith("Not saved:") && reply.contains("plain name"), name + " -> " + reply);
            Optional<String> early = service.checkBeforeDownload(MODERATOR, "anna", name, 10L);
            assertTrue(early.isPresent() && early.get().contains("plain name"), name);
        }
        assertFalse(Files.exists(tmp.resolve("evil.en.md")));
        assertEquals(List.of(), folderChanges());
        assertEquals(0, reloads.get());
        assertTrue(audit().stream().allMatch(e -> e.get("action").asText().equals("upload")
                && e.get("result").asText().equals("rejected")));
    }

    @Test
    void aFileOverOneMegabyteIsRejectedBeforeAndAfterDownload() throws Exception {
        Optional<String> early = service.checkBeforeDownload(MODERATOR, "anna", "big.en.md", 2L * 1024 * 1024);
        assertTrue(early.isPresent() && early.get().contains("at most 1048576 bytes (1 MB)"), early.toString());
        assertEquals(Optional.empty(), service.checkBeforeDownload(MODERATOR, "anna", "small.en.md", 1024L * 1024));
        assertEquals(Optional.empty(), service.checkBeforeDownload(MODERATOR, "anna", "unknown.en.md", null));

        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        String reply = service.upload(MODERATOR, "anna", "big.en.md", big);
        assertTrue(reply.startsWith("Not saved:") && reply.contains("1048577 bytes"), reply);
        assertEquals(List.of(), folderChanges());
        assertEquals(0, reloads.get());
    }

    @Test
    void aFileThatIsNotUtf8IsRejected() throws Exception {
        byte[] latin1 = "---\nid: x\ntitle: Gesetz über Rehabilitierung\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        String reply = service.upload(MODERATOR, "anna", "x.en.md", latin1);
        assertTrue(reply.startsWith("Not saved:") && reply.contains("not UTF-8"), reply);
        byte[] cp1251 = "Закон о реабилитации".getBytes("windows-1251");
        assertTrue(service.upload(MODERATOR, "anna", "x.ru.md", cp1251).contains("not UTF-8"));
        assertEquals(List.of(), folderChanges());
        JsonNode last = audit().get(audit().size() - 1);
        assertEquals("rejected", last.get("result").asText());
        assertTrue(last.get("message").asText().contains("not UTF-8"));
    }

    @Test
    void onlyMarkdownAndTextFilesAreAccepted() throws Exception {
        for (String name : List.of("law.pdf", "law.docx", "law", "law.md.exe")) {
            String reply = service.upload(MODERATOR, "anna", name, "text".getBytes(StandardCharsets.UTF_8));
            assertTrue(reply.startsWith("Not saved:") && reply.contains(".md or .txt"), name + " -> " + reply);
        }
        assertEquals(List.of(), folderChanges());
    }

    @Test
    void recognisesModerationCommands() {
        assertEquals(Optional.of("status"), ModerationService.commandOf("/status"));
        assertEquals(Optional.of("remove"), ModerationService.commandOf("  /remove kg-law ru"));
        assertEquals(Optional.of("reload"), ModerationService.commandOf("/Reload@RehabLawBot"));
        assertEquals(Optional.empty(), ModerationService.commandOf("/start"));
        assertEquals(Optional.empty(), ModerationService.commandOf("status"));
        assertEquals(Optional.empty(), ModerationService.commandOf("what is /status"));
    }
}
