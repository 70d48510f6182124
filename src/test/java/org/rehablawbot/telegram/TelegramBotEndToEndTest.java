package org.rehablawbot.telegram;

import static org.rehablawbot.telegram.FakeBotApiServer.messagesTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.cli.BotCommand;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.rehablawbot.render.HtmlChecks;
import org.rehablawbot.telegram.FakeBotApiServer.Request;

/**
 * The bot as it runs in production, against a fake Bot API server on loopback: settings from the environment,
 * the real answer pipeline over a fresh index of the shipped {@code knowledge/} folder (opened as {@code bot}
 * opens it), Telegram's flood limits, long polling with TelegramBots.
 */
class TelegramBotEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path data;

    static BotHarness harness;
    static FakeBotApiServer server;

    @BeforeAll
    static void start() throws Exception {
        harness = new BotHarness(BotCommand::answerService, data,
                Map.of("KNOWLEDGE_DIR", Path.of("knowledge").toAbsolutePath().toString()),
                c -> c.withRetry(new BotApi.Retry(5, 50, 400, 10)));
        server = harness.server;
    }

    @AfterAll
    static void stop() {
        if (harness == null) {
            return;
        }
        harness.close();
        List<String> lines = harness.logLines();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertFalse(line.contains(BotHarness.TOKEN), "token in log: " + line);
            assertFalse(line.contains("TEST-token"), "token in log: " + line);
        }
    }


    static List<Request> awaitMessages(long chatId, int count) throws InterruptedException {
        return messagesTo(server.await(all -> messagesTo(all, chatId).size() >= count, WAIT,
                count + " message(s) to chat " + chatId), chatId);
    }

    @Test
    void startUpAsksWhoTheBotIsAndRegistersCommandsInBothLanguages() throws Exception {
        assertEquals(FakeBotApiServer.BOT_USERNAME, harness.bot.identity().username());
        List<Request> all = server.await(a -> a.stream().filter(r -> r.method().equals("setMyCommands")).count() >= 2, WAIT,
                "setMyCommands twice");
        assertTrue(all.stream().anyMatch(r -> r.method().equals("getMe")));
        assertTrue(all.stream().anyMatch(r -> r.method().equals("deleteWebhook")));
        List<Request> commands = all.stream().filter(r -> r.method().equals("setMyCommands")).toList();
        assertTrue(commands.stream().anyMatch(r -> !r.body().has("language_code")
                && r.body().get("commands").toString().contains("\"command\":\"sources\"")));
        assertTrue(commands.stream().anyMatch(r -> "ru".equals(r.body().path("language_code").asText())
                && r.body().get("commands").toString().contains("Документы")));
    }

    @Test
    void aPrivateQuestionGetsACitedAnswer() throws Exception {
        long chat = 1001;
        server.push(TestUpdates.privateText(chat, "When did Kyrgyzstan adopt its rehabilitation law?"));
        Request answer = awaitMessages(chat, 1).get(0);
        String html = answer.text();
        HtmlChecks.assertValid(html);
        assertTrue(html.contains("[1]"), html);
        assertTrue(html.contains("<b>Sources</b>\n[1] "), html);
        assertTrue(html.contains("24.kg"), "cites the shipped knowledge: " + html);
        assertTrue("HTML".equalsIgnoreCase(answer.body().get("parse_mode").asText()));
        JsonNode buttons = answer.body().get("reply_markup").get("inline_keyboard").get(0);
        assertEquals("Quotes", buttons.get(0).get("text").asText());
        // the typing indicator went out before the answer
        List<Request> all = server.requests();
        int typing = indexOf(all, r -> r.method().equals("sendChatAction") && r.chatId() == chat
                && r.body().get("action").asText().equals("typing"));
        assertTrue(typing >= 0 && typing < all.indexOf(answer), "typing before the answer");

        // the quotes button shows the cited passages with path:line
        String quotesData = buttons.get(0).get("callback_data").asText();
        int answerMessageId = 1; // the quotes are threaded to this message; its id does not matter here
        server.push(TestUpdates.callback(chat, "private", answerMessageId, chat, quotesData));
        Request quotes = awaitMessages(chat, 2).get(1);
        HtmlChecks.assertValid(quotes.text());
        assertTrue(quotes.text().contains("<blockquote expandable>"), quotes.text());
        assertFalse(quotes.text().matches("(?s).*[\\w/-]+\\.md:\\d+.*"), "no knowledge paths for users: " + quotes.text());
        server.await(a -> a.stream().anyMatch(r -> r.method().equals("answerCallbackQuery")), WAIT, "answerCallbackQuery");

        // a vote goes to the feedback file
        String up = buttons.get(1).get("callback_data").asText();
        server.push(TestUpdates.callback(chat, "private", answerMessageId, chat, up));
        server.await(a -> a.stream().filter(r -> r.method().equals("answerCallbackQuery")
                && r.body().path("text").asText().startsWith("Thank you")).count() >= 1, WAIT, "feedback thanks");
        List<String> lines = java.nio.file.Files.readAllLines(data.resolve("feedback.jsonl"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"vote\":\"up\"")
                && l.contains("When did Kyrgyzstan adopt its rehabilitation law?")), lines.toString());
    }

    @Test
    void inGroupsOnlyAskMentionsAndRepliesToTheBotAreAnsweredThreaded() throws Exception {
        long group = -1002;
        ObjectNode chatter = TestUpdates.groupText(group, 5, "When did Kyrgyzstan adopt its rehabilitation law?");
        ObjectNode ask = TestUpdates.groupText(group, 5, "/ask When did Kyrgyzstan adopt its rehabilitation law?");
        ObjectNode mention = TestUpdates.groupMention(group, 6, "", " what does the law say?");
        ObjectNode otherBot = TestUpdates.groupText(group, 5, "/ask@SomeOtherBot law?");
        server.push(chatter);
        server.push(ask);
        server.push(otherBot);
        server.push(mention);
        List<Request> replies = awaitMessages(group, 2);
        assertEquals(ask.get("message").get("message_id").asInt(), replies.get(0).body().get("reply_parameters").get("message_id").asInt());
        assertEquals(mention.get("message").get("message_id").asInt(), replies.get(1).body().get("reply_parameters").get("message_id").asInt());
        replies.forEach(r -> HtmlChecks.assertValid(r.text()));

        // a reply to the bot's answer is a question too; a reply to someone else is not
        server.push(TestUpdates.groupReply(group, 7, "Is that the law of 2024?", 999, 12345));
        server.push(TestUpdates.groupReply(group, 7, "And the law in Uzbekistan?", 42, FakeBotApiServer.BOT_ID));
        List<Request> after = awaitMessages(group, 3);
        Thread.sleep(300);
        assertEquals(3, messagesTo(server.requests(), group).size(), "chatter, other bots' commands and replies to others get nothing");
        assertTrue(after.get(2).body().get("reply_parameters").get("message_id").asInt() > 0);
    }

    @Test
    void anInlineQueryGetsReadyToSendResults() throws Exception {
        server.push(TestUpdates.inline(3003, "When did Kyrgyzstan adopt its rehabilitation law?", "en"));
        List<Request> all = server.await(a -> a.stream().anyMatch(r -> r.method().equals("answerInlineQuery")), WAIT, "answerInlineQuery");
        Request inline = all.stream().filter(r -> r.method().equals("answerInlineQuery")).findFirst().orElseThrow();
        JsonNode results = inline.body().get("results");
        assertTrue(results.size() >= 1 && results.size() <= 3, results.toString());
        for (JsonNode r : results) {
            assertEquals("article", r.get("type").asText());
            JsonNode content = r.get("input_message_content");
            assertTrue("HTML".equalsIgnoreCase(content.get("parse_mode").asText()));
            HtmlChecks.assertValid(content.get("message_text").asText());
        }
        assertTrue(results.get(0).get("input_message_content").get("message_text").asText().contains("[1]"));
    }

    @Test
    void aTooManyRequestsReplyIsHonouredBeforeTheRetry() throws Exception {
        long chat = 1004;
        server.failNext("sendMessage", 429, 1, 1);
        server.push(TestUpdates.privateText(chat, "What does the rehabilitation law say?"));
        awaitMessages(chat, 1);
        List<Request> attempts = server.requests("sendMessage").stream().filter(r -> r.chatId() == chat).toList();
        assertEquals(2, attempts.size());
        assertEquals(429, attempts.get(0).status());
        assertEquals(200, attempts.get(1).status());
        long waited = attempts.get(1).nanoTime() - attempts.get(0).nanoTime();
        assertTrue(waited >= 1_000_000_000L, "retried after " + waited / 1_000_000 + " ms, retry_after was 1 s");
    }

    @Test
    void serverErrorsAndProxyPagesAreRetried() throws Exception {
        long chat = 1005;
        server.failNext("sendMessage", 500, 1, null);
        server.pageNext("sendMessage", 502, 1);
        server.push(TestUpdates.privateText(chat, "What does the rehabilitation law say?"));
        awaitMessages(chat, 1);
        List<Request> attempts = server.requests("sendMessage").stream().filter(r -> r.chatId() == chat).toList();
        assertEquals(List.of(500, 502, 200), attempts.stream().map(Request::status).toList());
        // getUpdates failing does not stop polling
        server.failNext("getUpdates", 502, 1, null);
        server.push(TestUpdates.privateText(chat, "And the law in Kazakhstan?"));
        awaitMessages(chat, 2);
    }

    @Test
    void failingOptionalCallsDoNotStopTheAnswer() throws Exception {
        long chat = 1008;
        server.failNext("sendChatAction", 500, 1, null);
        server.failNext("answerCallbackQuery", 400, 1, null);
        server.push(TestUpdates.privateText(chat, "When did Kyrgyzstan adopt its rehabilitation law?"));
        Request answer = awaitMessages(chat, 1).get(0);
        String quotes = answer.body().get("reply_markup").get("inline_keyboard").get(0).get(0).get("callback_data").asText();
        server.push(TestUpdates.callback(chat, "private", 1, chat, quotes));
        assertTrue(awaitMessages(chat, 2).get(1).text().contains("<blockquote expandable>"));
        assertEquals(500, server.requests("sendChatAction").stream().filter(r -> r.chatId() == chat).findFirst().orElseThrow().status());
    }

    @Test
    void nonTextUpdatesInPrivateGetAHintAndOthersNothing() throws Exception {
        long chat = 1007;
        server.push(TestUpdates.sticker(chat, "private"));
        server.push(TestUpdates.channelPost(-100777, "channel news"));
        server.push(TestUpdates.poll());
        server.push(TestUpdates.edited(chat, "private", "fixed"));
        List<Request> hints = awaitMessages(chat, 2);
        assertEquals("Please send me your question as text.", hints.get(0).text());
        assertTrue(hints.get(1).text().contains("new message"));
        assertEquals(0, messagesTo(server.requests(), -100777).size());
    }

    @Test
    void aRefusedTokenStopsTheBotCommandWithAClearMessage() throws Exception {
        Settings wrong = SettingsLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", "999999:WRONG-token-xxxxxxxxxxxxxxxxxxxxxxxx",
                "TELEGRAM_API_URL", server.url(), "DATA_DIR", data.toString(),
                "KNOWLEDGE_DIR", Path.of("knowledge").toAbsolutePath().toString()), Map.of());
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = BotCommand.run(wrong);
        } finally {
            System.setErr(err);
        }
        assertEquals(1, code);
        String out = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(out.contains("bot: cannot start: the Bot API server refused the token (401 Unauthorized); check TELEGRAM_BOT_TOKEN"), out);
        assertFalse(out.contains("WRONG-token"), out);
    }

    @Test
    void aTokenEchoedInTheServersErrorNeverReachesStandardError() throws Exception {
        Settings settings = SettingsLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", BotHarness.TOKEN,
                "TELEGRAM_API_URL", server.url(), "DATA_DIR", data.toString(),
                "KNOWLEDGE_DIR", Path.of("knowledge").toAbsolutePath().toString()), Map.of());
        server.failNext("getMe", 404, 1, null, "Not Found: /bot" + BotHarness.TOKEN + "/getme");
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = BotCommand.run(settings);
        } finally {
            System.setErr(err);
        }
        assertEquals(1, code);
        String out = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(out.contains("bot: cannot start: the Bot API server refused the token (404 Not Found: /bot<secret>/getme)"), out);
        assertFalse(out.contains("TEST-token"), out);
    }

    private static int indexOf(List<Request> all, java.util.function.Predicate<Request> p) {
        for (int i = 0; i < all.size(); i++) {
            if (p.test(all.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
