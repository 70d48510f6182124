package org.rehablawbot.telegram;

import static org.rehablawbot.telegram.FakeBotApiServer.messagesTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.cli.BotCommand;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.rehablawbot.telegram.FakeBotApiServer.Request;

/**
 * Moderation through Telegram, end to end: the bot started as {@code bot} starts it ({@link BotCommand#startLive})
 * against a fake Bot API server on loopback, with a small knowledge folder on disk and a real index. A moderator
 * sends a document, the bot fetches it with getFile and the file download, saves it, and answers questions from
 * it; others are refused; a broken file is reported to the moderator; replies come in the moderator's language.
 */
class ModerationEndToEndTest {

    static final String TOKEN = "123456789:TEST-token-AAbbCCddEEffGGhhIIjjKKll";
    static final long MODERATOR = 4242;
    static final long STRANGER = 5555;
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path tmp;

    static FakeBotApiServer server;
    static BotCommand.Running running;
    static Path knowledge;

    static String doc(String id, String jurisdiction, String paragraph) {
        return "---\nid: " + id + "\ntitle: Test document " + id + "\nkind: news\npublisher: Test Agency\n"
                + "date: 2024-11-20\njurisdiction: " + jurisdiction + "\nlanguage: en\n---\n\n# Test\n\n" + paragraph + "\n";
    }

    @BeforeAll
    static void start() throws Exception {
        knowledge = tmp.resolve("knowledge");
        Files.createDirectories(knowledge.resolve("kg"));
        Files.writeString(knowledge.resolve("kg/law.en.md"),
                doc("law", "KG", "The Zhogorku Kenesh of Kyrgyzstan passed the rehabilitation law on 20 November 2024."));
        server = new FakeBotApiServer(TOKEN, 200);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_API_URL", server.url());
        env.put("DATA_DIR", tmp.resolve("data").toString());
        env.put("KNOWLEDGE_DIR", knowledge.toString());
        env.put("MODERATOR_IDS", MODERATOR + ",99");
        Settings settings = SettingsLoader.load(null, env, Map.of());
        running = BotCommand.startLive(settings, BotConfig.from(settings).withRetry(new BotApi.Retry(5, 50, 400, 10)));
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
        if (server != null) {
            server.close();
        }
    }


    /** Waits for a message to {@code chatId} containing {@code part}; returns its text. */
    static String awaitMessage(long chatId, String part) throws InterruptedException {
        List<Request> all = server.await(a -> messagesTo(a, chatId).stream().anyMatch(r -> r.text().contains(part)),
                WAIT, "a message to " + chatId + " containing \"" + part + "\"");
        return messagesTo(all, chatId).stream().map(Request::text).filter(t -> t.contains(part)).findFirst().orElseThrow();
    }

    @Test
    void aModeratorSendsADocumentAndTheBotAnswersFromIt() throws Exception {
        byte[] content = doc("uz-decree-2025", "UZ",
                "In 2025 a decree of Uzbekistan created a flamingo registry of rehabilitated victims of repression.")
                .getBytes(StandardCharsets.UTF_8);
        server.addFile("file-decree", content);
        server.push(TestUpdates.privateDocument(MODERATOR, "anna", "file-decree", "decree.en.md", content.length));

        String reply = awaitMessage(MODERATOR, "Saved ");
        assertTrue(reply.startsWith("Saved uz/uz-decree-2025.en.md as a new document.\nAnswerable now: reloaded in "),
                reply);
        assertEquals(new String(content, StandardCharsets.UTF_8),
                Files.readString(knowledge.resolve("uz/uz-decree-2025.en.md")));
        List<Request> all = server.requests();
        assertTrue(all.stream().anyMatch(r -> r.method().equals("getFile")
                && r.body().path("file_id").asText().equals("file-decree")));
        assertTrue(all.stream().anyMatch(r -> r.method().equals("file") && r.status() == 200));

        server.push(TestUpdates.privateText(MODERATOR, "What is the flamingo registry of Uzbekistan?"));
        String answer = awaitMessage(MODERATOR, "flamingo registry");
        assertTrue(answer.contains("Test Agency"), answer);

        List<String> audit = Files.readAllLines(tmp.resolve("data/audit.jsonl"));
        assertTrue(audit.stream().anyMatch(l -> l.contains("\"user_id\":4242") && l.contains("\"username\":\"anna\"")
                && l.contains("\"action\":\"upload\"") && l.contains("\"result\":\"ok\"")), audit.toString());
    }

    @Test
    void aModeratorGetsStatusAndOthersAreRefused() throws Exception {
        server.push(TestUpdates.privateText(MODERATOR, "/status"));
        String status = awaitMessage(MODERATOR, "Knowledge: ");
        assertTrue(status.contains(" passages.\nLast reload: "), status);

        server.push(TestUpdates.privateText(STRANGER, "/reload"));
        assertTrue(awaitMessage(STRANGER, "Sorry").contains("moderators only"));
        server.addFile("file-stranger", "x".getBytes(StandardCharsets.UTF_8));
        server.push(TestUpdates.privateDocument(STRANGER, null, "file-stranger", "evil.en.md", 1));
        server.await(a -> messagesTo(a, STRANGER).size() >= 2, WAIT, "two refusals");
        assertFalse(server.requests().stream().anyMatch(r -> r.method().equals("getFile")
                && r.body().path("file_id").asText().equals("file-stranger")), "a stranger's file is never fetched");
        assertFalse(Files.exists(knowledge.resolve("kg/evil.en.md")));
        List<String> audit = Files.readAllLines(tmp.resolve("data/audit.jsonl"));
        assertEquals(2, audit.stream().filter(l -> l.contains("\"user_id\":5555") && l.contains("\"action\":\"refused\""))
                .count(), audit.toString());
    }

    /** A private update whose sender's Telegram is set to {@code languageCode}. */
    static ObjectNode inLanguage(ObjectNode update, String languageCode) {
        ((ObjectNode) update.get("message").get("from")).put("language_code", languageCode);
        return update;
    }

    @Test
    void aModeratorWhoseTelegramIsInRussianGetsRussianRepliesUntilChoosingEnglish() throws Exception {
        long ru = 99; // the second moderator
        server.push(TestUpdates.privateText(ru, "/status", "ru"));
        String status = awaitMessage(ru, "Знания: документов — ");
        assertTrue(status.matches("(?s)Знания: документов — \\d+, фрагментов — \\d+\\.\nПоследняя перезагрузка: .+ "
                + "\\(\\d+ (с|мин|ч) назад\\), перезагружено за \\d+ мс: изменено файлов — \\d+, .*"), status);
        assertFalse(status.contains("Knowledge") || status.contains("reloaded"), status);

        server.push(TestUpdates.privateText(ru, "/remove", "ru"));
        assertTrue(awaitMessage(ru, "Как удалить: /remove <id>").contains("строчные латинские буквы"));

        byte[] broken = "no front matter\n".getBytes(StandardCharsets.UTF_8);
        server.addFile("file-ru-broken", broken);
        server.push(inLanguage(TestUpdates.privateDocument(ru, "boris", "file-ru-broken", "notes.ru.md", broken.length), "ru"));
        String refused = awaitMessage(ru, "Не сохранено: ");
        assertTrue(refused.matches("(?s)Не сохранено: в файле notes\\.ru\\.md найдено проблем — \\d+\\. Исправьте и "
                + "пришлите снова\\.\nnotes\\.ru\\.md:1: .*"), refused);

        byte[] good = doc("kz-ru-note", "KZ", "In 2025 Kazakhstan opened a heron archive of the repressed.")
                .getBytes(StandardCharsets.UTF_8);
        server.addFile("file-ru-good", good);
        server.push(inLanguage(TestUpdates.privateDocument(ru, "boris", "file-ru-good", "note.en.md", good.length), "ru"));
        String saved = awaitMessage(ru, "Сохранено: ");
        assertTrue(saved.startsWith("Сохранено: kz/kz-ru-note.en.md, новый документ.\nУже можно спрашивать: "
                + "перезагружено за "), saved);

        // the language chosen in the chat wins over the Telegram app's
        server.push(TestUpdates.privateText(ru, "/lang en", "ru"));
        awaitMessage(ru, "Language: English.");
        server.push(TestUpdates.privateText(ru, "/status", "ru"));
        String english = awaitMessage(ru, "Knowledge: ");
        assertTrue(english.contains(" passages.\nLast reload: "), english);

        // the audit log stays in English whatever the moderator's language
        List<String> audit = Files.readAllLines(tmp.resolve("data/audit.jsonl"));
        assertTrue(audit.stream().anyMatch(l -> l.contains("\"user_id\":99") && l.contains("kz/kz-ru-note.en.md")
                && l.contains("added; Answerable now: reloaded in ")), audit.toString());
    }

    @Test
    void aStrangerIsRefusedInTheirOwnLanguageOnly() throws Exception {
        server.push(TestUpdates.privateText(6601, "/reload", "ru"));
        String ru = awaitMessage(6601, "Извините");
        assertEquals("Извините, это только для модераторов бота. Задайте мне любой вопрос о законах о реабилитации.", ru);
        server.push(TestUpdates.privateText(6602, "/validate", "en"));
        String en = awaitMessage(6602, "Sorry");
        assertEquals("Sorry, this is for the bot's moderators only. You can ask me any question about the rehabilitation"
                + " laws.", en);
    }

    @Test
    void aBrokenFileIsReportedToTheModerators() throws Exception {
        Files.writeString(knowledge.resolve("kg/broken.en.md"), "no front matter here\n");
        String notice = awaitMessage(MODERATOR, "broken.en.md:1: ");
        assertTrue(notice.startsWith("Knowledge problems;"), notice);
        // every moderator id gets the notice
        server.await(a -> messagesTo(a, 99).stream().anyMatch(r -> r.text().contains("broken.en.md")), WAIT,
                "notice to the second moderator");
    }

    @Test
    void theTokenNeverLeavesEvenWhenTheServerEchoesIt() throws Exception {
        // a self-hosted server or proxy that puts the request path into its error text
        server.failNext("getFile", 404, 1, null, "Not Found: /bot" + TOKEN + "/getfile");
        server.addFile("file-echo", "x".getBytes(StandardCharsets.UTF_8));
        server.push(TestUpdates.privateDocument(MODERATOR, "anna", "file-echo", "echo.en.md", 1));
        String reply = awaitMessage(MODERATOR, "/getfile");
        assertTrue(reply.contains("Not Found: /bot<secret>/getfile"), reply);
        assertFalse(reply.contains(TOKEN) || reply.contains("TEST-token"), reply);
        String audit = Files.readString(tmp.resolve("data/audit.jsonl"));
        assertTrue(audit.contains("echo.en.md") && audit.contains("Not Found"), audit);
        assertFalse(audit.contains("TEST-token"), audit);
        for (Request r : server.requests()) {
            if (r.method().equals("sendMessage")) {
                assertFalse(r.text().contains("TEST-token"), r.text());
            }
        }
    }
}
