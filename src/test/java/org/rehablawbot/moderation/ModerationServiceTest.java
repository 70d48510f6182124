package org.rehablawbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehablawbot.moderation.TestDocs.bytes;
import static org.rehablawbot.moderation.TestDocs.doc;
import static org.rehablawbot.moderation.TestDocs.hits;
import static org.rehablawbot.moderation.TestDocs.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.rehablawbot.index.IndexProgress;
import org.rehablawbot.index.KnowledgeIndex;
import org.rehablawbot.index.MiniLmEmbedder;
import org.rehablawbot.knowledge.Language;

/** Moderator commands and uploads against a real knowledge folder, parser and Lucene index. */
class ModerationServiceTest {

    private static final long MOD = 7;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path knowledge;
    private Path data;
    private KnowledgeIndex index;
    private KnowledgeReloader reloader;
    private ModerationService service;

    @BeforeEach
    void setUp() throws Exception {
        knowledge = tmp.resolve("knowledge");
        data = tmp.resolve("data");
        write(knowledge, "kg/law.en.md", doc("law", "en", "KG", "The Kyrgyz law on rehabilitation has a pelican clause."));
        write(knowledge, "kg/law.ru.md", doc("law", "ru", "KG", "Киргизский закон о реабилитации содержит пеликанскую оговорку."));
        write(knowledge, "debate/kz-commission-view.en.md", doc("kz-view", "en", "KZ",
                "A commentator said the Kazakh commission worked like a lighthouse."));
        Files.writeString(knowledge.resolve("README.md"), "# The knowledge folder\n");
        index = KnowledgeIndex.openUpdated(knowledge, data.resolve("index"), MiniLmEmbedder.shared(), IndexProgress.NONE);
        AuditLog audit = AuditLog.inDataDir(data);
        reloader = new KnowledgeReloader(() -> index.update(IndexProgress.NONE, false), text -> { }, audit);
        reloader.request(KnowledgeReloader.Trigger.START).get(30, TimeUnit.SECONDS);
        service = new ModerationService(Set.of(MOD), knowledge, data, reloader, audit);
    }

    @AfterEach
    void tearDown() throws Exception {
        reloader.close();
        index.close();
    }

    /** The answer engine the bot runs, over this test's index. */
    private AnswerEngine engine() {
        Settings settings = SettingsLoader.load(null, Map.of(), Map.of("knowledge.dir", knowledge.toString(),
                "data.dir", data.toString()));
        return AnswerEngine.create(settings, index, MiniLmEmbedder.shared(), null);
    }

    private List<JsonNode> audit() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("audit.jsonl"))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private JsonNode lastAudit() throws Exception {
        List<JsonNode> all = audit();
        return all.get(all.size() - 1);
    }

    private List<Path> removedCopies() throws Exception {
        if (!Files.exists(data.resolve("removed"))) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(data.resolve("removed"))) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aGoodUploadIsSavedUnderItsJurisdictionAndIsAnswerableWhenTheReplyComes() throws Exception {
        String text = doc("uz-decree-2025", "en", "[UZ, KZ]",
                "In 2025 a decree of Uzbekistan created a flamingo registry of rehabilitated victims of repression.");
        Answer before = engine().answer("What is the flamingo registry of Uzbekistan?", null, Language.EN);
        assertTrue(before.citations().stream().noneMatch(c -> c.sourceId().equals("uz-decree-2025")));

        String reply = service.upload(MOD, "anna", "my draft.txt", bytes(text));

        assertTrue(reply.startsWith("Saved uz/uz-decree-2025.en.md as a new document."), reply);
        assertTrue(reply.contains("Answerable now: reloaded in "), reply);
        assertEquals(text, Files.readString(knowledge.resolve("uz/uz-decree-2025.en.md")));
        assertEquals(1, hits(index, "flamingo").size(), "searchable as soon as the reply is sent");
        Answer after = engine().answer("What is the flamingo registry of Uzbekistan?", null, Language.EN);
        assertEquals(Answer.Status.ANSWERED, after.status());
        assertTrue(after.citations().stream().anyMatch(c -> c.path().equals("uz/uz-decree-2025.en.md")),
                after.citations().toString());
        try (Stream<Path> s = Files.list(knowledge.resolve("uz"))) {
            assertEquals(List.of("uz-decree-2025.en.md"), s.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left behind");
        }
        JsonNode entry = lastAudit();
        assertEquals("upload", entry.get("action").asText());
        assertEquals("ok", entry.get("result").asText());
        assertEquals("uz/uz-decree-2025.en.md", entry.get("file").asText());
        assertEquals("anna", entry.get("username").asText());
    }

    @Test
    void anUploadWithAnExistingIdAndLanguageReplacesThatFileWhereItIs() throws Exception {
        String text = doc("kz-view", "en", "KZ", "A commentator said the Kazakh commission worked like a windmill.");
        String reply = service.upload(MOD, null, "kz-view.en.md", bytes(text));

        assertTrue(reply.startsWith("Saved debate/kz-commission-view.en.md, replacing the previous version"), reply);
        assertEquals(text, Files.readString(knowledge.resolve("debate/kz-commission-view.en.md")));
        assertFalse(Files.exists(knowledge.resolve("kz/kz-view.en.md")), "not written a second time elsewhere");
        assertEquals(1, hits(index, "windmill").size());
        assertEquals(List.of(), hits(index, "lighthouse"), "the old version's passages are gone");
        List<Path> copies = removedCopies();
        assertEquals(1, copies.size());
        assertTrue(Files.readString(copies.get(0)).contains("lighthouse"), "the previous version is kept in data/removed");
        assertTrue(copies.get(0).endsWith(Path.of("debate/kz-commission-view.en.md")), copies.toString());
    }

    @Test
    void anUploadNeverOverwritesAFileHoldingAnotherDocument() throws Exception {
        // kz/kz-other.en.md holds document "misnamed", not "kz-other"
        write(knowledge, "kz/kz-other.en.md", doc("misnamed", "en", "KZ", "A file about a narwhal."));
        String reply = service.upload(MOD, "anna", "kz-other.en.md",
                bytes(doc("kz-other", "en", "KZ", "A file about a walrus.")));
        assertTrue(reply.startsWith("Not saved: kz/kz-other.en.md already exists and holds another document"), reply);
        assertTrue(Files.readString(knowledge.resolve("kz/kz-other.en.md")).contains("narwhal"));
    }

    @Test
    void manyProblemsAreCutToOneTelegramMessage() throws Exception {
        StringBuilder facts = new StringBuilder("facts:\n");
        for (int i = 0; i < 300; i++) {
            facts.append("  - key: Bad Key ").append(i).append("\n    value: 1\n    text: A fact.\n");
        }
        String text = doc("many-problems", "en", "KG", "A paragraph.").replace("language: en\n", "language: en\n" + facts);
        String reply = service.upload(MOD, "anna", "many-problems.en.md", bytes(text));
        assertTrue(reply.length() <= 4096, "fits one message: " + reply.length());
        assertTrue(reply.startsWith("Not saved: many-problems.en.md has 300 problems."), reply.substring(0, 80));
        assertTrue(reply.endsWith("more lines (the validate command on the server lists them all)."), reply);
    }

    @Test
    void anInvalidUploadIsRejectedWithEveryProblemAndNothingIsWritten() throws Exception {
        String text = doc("bad-upload", "en", "KG", "Text about an ocelot.")
                .replace("publisher: Test Agency\n", "")
                .replace("kind: news", "kind: gossip");
        String reply = service.upload(MOD, "anna", "bad-upload.en.md", bytes(text));

        assertTrue(reply.startsWith("Not saved: bad-upload.en.md has 2 problems."), reply);
        assertTrue(reply.contains("bad-upload.en.md:4: unknown kind \"gossip\""), reply);
        assertTrue(reply.contains("bad-upload.en.md:1: missing required field \"publisher\""), reply);
        assertFalse(Files.exists(knowledge.resolve("kg/bad-upload.en.md")));
        assertEquals(List.of(), hits(index, "ocelot"));
        JsonNode entry = lastAudit();
        assertEquals("rejected", entry.get("result").asText());
        assertTrue(entry.get("message").asText().contains("unknown kind"));
    }

    @Test
    void removeTakesEveryLanguageOrOne() throws Exception {
        assertEquals(2, hits(index, "pelican").size() + hits(index, "пеликанскую").size());

        String one = service.command(MOD, "anna", "/remove law ru");
        assertTrue(one.startsWith("Removed kg/law.ru.md "), one);
        assertTrue(one.contains("Answerable now"), one);
        assertEquals(List.of(), hits(index, "пеликанскую"));
        assertEquals(1, hits(index, "pelican").size());
        assertTrue(Files.exists(knowledge.resolve("kg/law.en.md")));

        write(knowledge, "kg/law.ru.md", doc("law", "ru", "KG", "Киргизский закон о реабилитации содержит пеликанскую оговорку."));
        String all = service.command(MOD, "anna", "/remove law");
        assertTrue(all.startsWith("Removed kg/law.en.md, kg/law.ru.md "), all);
        assertEquals(List.of(), hits(index, "pelican"));
        assertEquals(List.of(), hits(index, "пеликанскую"));
        assertFalse(Files.exists(knowledge.resolve("kg/law.en.md")));
        assertEquals(3, removedCopies().size(), "every removed file is kept in data/removed");
        assertEquals(1, hits(index, "lighthouse").size(), "other documents stay");
        JsonNode entry = lastAudit();
        assertEquals("remove", entry.get("action").asText());
        assertEquals("kg/law.en.md, kg/law.ru.md", entry.get("file").asText());

        assertTrue(service.command(MOD, "anna", "/remove law").startsWith("No knowledge file holds document law"));
        assertTrue(service.command(MOD, "anna", "/remove").startsWith("Usage: /remove <id>"));
        assertTrue(service.command(MOD, "anna", "/remove ../kg").startsWith("Usage: /remove <id>"));
        assertTrue(service.command(MOD, "anna", "/remove kz-view de").startsWith("Unknown language"));
        assertTrue(Files.exists(knowledge.resolve("debate/kz-commission-view.en.md")));
    }

    @Test
    void removeFindsABrokenFileByItsName() throws Exception {
        write(knowledge, "kg/broken-doc.en.md", "no front matter at all\n");
        String reply = service.command(MOD, "anna", "/remove broken-doc en");
        assertTrue(reply.startsWith("Removed kg/broken-doc.en.md "), reply);
        assertFalse(Files.exists(knowledge.resolve("kg/broken-doc.en.md")));
    }

    @Test
    void statusAndValidateReportTheKnowledgeAndItsProblems() throws Exception {
        String status = service.command(MOD, "anna", "/status");
        assertTrue(status.startsWith("Knowledge: 3 documents, 3 passages.\nLast reload: "), status);
        assertTrue(status.contains(" ms: ") && status.endsWith("Problems: none."), status);
        assertEquals("No problems: every knowledge file is valid.", service.command(MOD, "anna", "/validate"));

        write(knowledge, "kg/broken.en.md", TestDocs.bad("broken", "A paragraph."));
        String validate = service.command(MOD, "anna", "/validate");
        assertTrue(validate.matches("(?s)1 problem:\n.*kg/broken\\.en\\.md:1: missing required field \"publisher\""),
                validate);

        String reload = service.command(MOD, "anna", "/reload");
        assertTrue(reload.startsWith("Done: reloaded in "), reload);
        assertTrue(reload.contains("Problems (1 file left out of the index until fixed):"), reload);
        status = service.command(MOD, "anna", "/status");
        assertTrue(status.contains("kg/broken.en.md:1: missing required field \"publisher\""), status);

        List<String> actions = audit().stream().map(e -> e.get("action").asText()).toList();
        assertEquals(List.of("status", "validate", "validate", "reload", "status"), actions);

        int[] asked = {0};
        service.addStatusLine(() -> "Language model answers, llm: " + (++asked[0]) + " calls");
        assertTrue(service.command(MOD, "anna", "/status").endsWith("\nLanguage model answers, llm: 1 calls"));
        assertTrue(service.command(MOD, "anna", "/status").endsWith("llm: 2 calls"), "worked out for every reply");
    }
}
