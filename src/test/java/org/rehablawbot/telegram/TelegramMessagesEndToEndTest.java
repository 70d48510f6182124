package org.rehablawbot.telegram;

import static org.rehablawbot.telegram.FakeBotApiServer.messagesTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.rehablawbot.render.HtmlChecks;
import org.rehablawbot.telegram.FakeBotApiServer.Request;

/**
 * What users see of the bot's messages, end to end: the bot started as {@code bot} starts it
 * ({@link BotCommand#startLive}) against the fake Bot API server on loopback, over a real index of a knowledge
 * folder of 24 documents, with one moderator. Anonymous admins, members posting as a channel, photo captions,
 * repeated "Quotes" taps, quotes for users and for moderators, {@code /sources} in pages, {@code /privacy},
 * commands in groups ({@code /sources@bot}, {@code /lang@bot}; {@code /sources@OtherBot} ignored), over-long
 * questions, over-long replies to a moderator, and the bot's description.
 */
class TelegramMessagesEndToEndTest {

    static final String TOKEN = "123456789:TEST-token-AAbbCCddEEffGGhhIIjjKKll";
    static final long MODERATOR = 4343;
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String QUESTION = "When did the Zhogorku Kenesh pass the rehabilitation law?";

    @TempDir
    static Path tmp;

    static FakeBotApiServer server;
    static BotCommand.Running running;

    static String doc(String id, String jurisdiction, int year, String paragraph) {
        return "---\nid: " + id + "\ntitle: Test document " + id + "\nkind: news\npublisher: Test Agency\n"
                + "date: " + year + "-11-20\njurisdiction: " + jurisdiction + "\nlanguage: en\n---\n\n# Test\n\n" + paragraph + "\n";
    }

    @BeforeAll
    static void start() throws Exception {
        Path knowledge = tmp.resolve("knowledge");
        Files.createDirectories(knowledge.resolve("kg"));
        Files.writeString(knowledge.resolve("kg/law.en.md"), doc("law", "KG", 2024,
                "The Zhogorku Kenesh of Kyrgyzstan passed the rehabilitation law on 20 November 2024."));
        String[] topics = {"archives", "monuments", "pensions", "housing", "museums", "schools", "courts", "lists",
            "memorials", "books", "films", "camps", "graves", "letters", "exiles", "deportations", "trials", "families",
            "witnesses", "historians", "journalists", "libraries", "teachers"};
        for (int i = 0; i < topics.length; i++) {
            Files.writeString(knowledge.resolve("kg/" + topics[i] + ".en.md"), doc(topics[i], "KG", 2000 + i,
                    "A report on the " + topics[i] + " of the repressed in Kyrgyzstan was published in " + (2000 + i) + "."));
        }
        server = new FakeBotApiServer(TOKEN, 200);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_API_URL", server.url());
        env.put("DATA_DIR", tmp.resolve("data").toString());
        env.put("KNOWLEDGE_DIR", knowledge.toString());
        env.put("MODERATOR_IDS", Long.toString(MODERATOR));
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


    static List<Request> awaitMessages(long chatId, int count) throws InterruptedException {
        return messagesTo(server.await(all -> messagesTo(all, chatId).size() >= count, WAIT,
                count + " message(s) to chat " + chatId), chatId);
    }

    static int messageId(ObjectNode update) {
        return update.get("message").get("message_id").asInt();
    }

    static JsonNode buttons(Request r) {
        return r.body().path("reply_markup").path("inline_keyboard");
    }

    /** Pushes a marker question to the chat afterwards and waits for its answer, so nothing else is still coming. */
    static void settle(long chat, int answersBefore) throws InterruptedException {
        server.push(TestUpdates.groupText(chat, 1, "/ask " + QUESTION));
        awaitMessages(chat, answersBefore + 1);
        Thread.sleep(200);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Who is answered in groups

    @Test
    void anonymousAdminsAndMembersPostingAsAChannelAreAnsweredLikePeople() throws Exception {
        long group = -100501;
        ObjectNode admin = TestUpdates.anonymousAdmin(group, "/ask " + QUESTION);
        ObjectNode channel = TestUpdates.asChannel(group, -100900, "@" + FakeBotApiServer.BOT_USERNAME + " " + QUESTION, false);
        server.push(admin);
        server.push(channel);
        List<Request> replies = awaitMessages(group, 2);
        assertEquals(messageId(admin), replies.get(0).body().path("reply_parameters").path("message_id").asInt());
        assertEquals(messageId(channel), replies.get(1).body().path("reply_parameters").path("message_id").asInt());
        for (Request r : replies) {
            HtmlChecks.assertValid(r.text());
            assertTrue(r.text().contains("20 November 2024") && r.text().contains("[1]"), r.text());
        }

        // another bot, and a channel's post forwarded into its discussion group, are not people
        server.push(TestUpdates.fromOtherBot(group, 5_000_001, "/ask " + QUESTION));
        server.push(TestUpdates.asChannel(group, -100900, "@" + FakeBotApiServer.BOT_USERNAME + " " + QUESTION, true));
        settle(group, 2);
        assertEquals(3, messagesTo(server.requests(), group).size(), "only the marker question was answered");
    }

    @Test
    void aQuestionInAPhotoCaptionIsHandledAsText() throws Exception {
        long group = -100502;
        ObjectNode ask = TestUpdates.captionedPhoto(group, "supergroup", 21, "/ask " + QUESTION);
        ObjectNode mention = TestUpdates.captionedPhoto(group, "supergroup", 22,
                "📷 @" + FakeBotApiServer.BOT_USERNAME + " " + QUESTION);
        server.push(TestUpdates.captionedPhoto(group, "supergroup", 23, "Our trip to Bishkek, " + QUESTION));
        server.push(ask);
        server.push(mention);
        List<Request> replies = awaitMessages(group, 2);
        assertEquals(messageId(ask), replies.get(0).body().path("reply_parameters").path("message_id").asInt());
        assertEquals(messageId(mention), replies.get(1).body().path("reply_parameters").path("message_id").asInt());
        replies.forEach(r -> assertTrue(r.text().contains("20 November 2024"), r.text()));

        // a captioned photo replying to the bot is a follow-up; in a private chat a caption is a question too
        ObjectNode reply = TestUpdates.captionedReplyToBot(group, 24, QUESTION, 77);
        server.push(reply);
        assertEquals(messageId(reply), awaitMessages(group, 3).get(2).body().path("reply_parameters").path("message_id").asInt());
        long chat = 502;
        server.push(TestUpdates.captionedPhoto(chat, "private", chat, QUESTION));
        assertTrue(awaitMessages(chat, 1).get(0).text().contains("20 November 2024"));
        settle(group, 3);
        assertEquals(4, messagesTo(server.requests(), group).size(), "a caption not addressed to the bot is ignored");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Quotes

    @Test
    void fifteenQuotesTapsGetOneQuotesMessageAndEveryTapIsAnswered() throws Exception {
        long chat = 503;
        server.push(TestUpdates.privateText(chat, QUESTION));
        Request answer = awaitMessages(chat, 1).get(0);
        String quotes = buttons(answer).get(0).get(0).get("callback_data").asText();
        for (int i = 0; i < 15; i++) {
            server.push(TestUpdates.callback(chat, "private", 4242, chat, quotes));
        }
        server.await(a -> a.stream().filter(r -> r.method().equals("answerCallbackQuery")).count() >= 15, WAIT,
                "15 callback answers");
        server.push(TestUpdates.privateText(chat, QUESTION));
        List<Request> sent = awaitMessages(chat, 3);
        assertTrue(sent.get(2).text().contains("20 November 2024"), "the next answer, after all the taps");
        String q = sent.get(1).text();
        HtmlChecks.assertValid(q);
        assertTrue(q.contains("<blockquote expandable>The Zhogorku Kenesh of Kyrgyzstan passed"), q);
        assertFalse(q.contains("law.en.md") || q.contains("<code>"), "no knowledge path for users: " + q);
        // the library names this method in lower case, which the fake server records as it comes
        List<Request> edits = server.requests().stream().filter(r -> r.method().equalsIgnoreCase("editMessageReplyMarkup"))
                .toList();
        assertEquals(1, edits.stream().filter(r -> r.chatId() == chat).count(), "the Quotes button is taken off once");
        JsonNode left = edits.get(0).body().path("reply_markup").path("inline_keyboard").get(0);
        assertEquals(2, left.size());
        assertTrue(left.toString().contains("👍") && !left.toString().contains("Quotes"), left.toString());
    }

    @Test
    void aModeratorSeesWhereEachQuoteIsInTheKnowledge() throws Exception {
        server.push(TestUpdates.privateText(MODERATOR, QUESTION));
        Request answer = awaitMessages(MODERATOR, 1).get(0);
        String quotes = buttons(answer).get(0).get(0).get("callback_data").asText();
        server.push(TestUpdates.callback(MODERATOR, "private", 5151, MODERATOR, quotes));
        String q = awaitMessages(MODERATOR, 2).get(1).text();
        HtmlChecks.assertValid(q);
        assertTrue(q.contains("</blockquote>\n<code>kg/law.en.md:"), q);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Commands

    @Test
    void sourcesComeInPagesTurnedWithButtonsThatEditTheMessage() throws Exception {
        long chat = 504;
        server.push(TestUpdates.privateText(chat, "/sources"));
        List<Request> first = awaitMessages(chat, 1);
        Request page1 = first.get(0);
        HtmlChecks.assertValid(page1.text());
        assertTrue(page1.text().startsWith("<b>Documents I know (24):</b>"), page1.text());
        assertTrue(page1.text().endsWith("<i>Page 1 of 3</i>"), page1.text());
        assertEquals(10, page1.text().lines().filter(l -> l.startsWith("• ")).count());
        JsonNode row = buttons(page1).get(0);
        assertEquals(1, row.size(), "only Next on the first page");
        assertEquals("Next ▶", row.get(0).get("text").asText());

        server.push(TestUpdates.callback(chat, "private", 8080, chat, row.get(0).get("callback_data").asText()));
        List<Request> edits = server.await(a -> a.stream().anyMatch(r -> r.method().equals("editMessageText")
                && r.chatId() == chat), WAIT, "the page edited").stream()
                .filter(r -> r.method().equals("editMessageText") && r.chatId() == chat).toList();
        Request page2 = edits.get(0);
        assertEquals(8080, page2.body().path("message_id").asInt());
        HtmlChecks.assertValid(page2.text());
        assertTrue(page2.text().endsWith("<i>Page 2 of 3</i>"), page2.text());
        JsonNode row2 = page2.body().path("reply_markup").path("inline_keyboard").get(0);
        assertEquals("◀ Back", row2.get(0).get("text").asText());
        assertEquals("Next ▶", row2.get(1).get("text").asText());
        assertEquals(1, messagesTo(server.requests(), chat).size(), "one message for all the documents");
        for (String line : page1.text().lines().filter(l -> l.startsWith("• ")).toList()) {
            assertFalse(page2.text().contains(line), "page 2 repeats " + line);
        }
    }

    @Test
    void privacySaysWhatIsKeptInPrivateAndInGroups() throws Exception {
        long chat = 505;
        server.push(TestUpdates.privateText(chat, "/privacy", "ru"));
        String ru = awaitMessages(chat, 1).get(0).text();
        assertTrue(ru.startsWith("Что я храню и как долго"), ru);
        assertTrue(ru.contains("feedback.jsonl") && ru.contains("журнал аудита"), ru);
        long group = -100505;
        server.push(TestUpdates.groupText(group, 9, "/privacy@" + FakeBotApiServer.BOT_USERNAME));
        String en = awaitMessages(group, 1).get(0).text();
        assertTrue(en.startsWith("What I keep, and for how long:"), en);
        assertTrue(en.contains("2,000 answers"), en);
    }

    @Test
    void groupCommandsAddressedToThisBotAreAnsweredAndThoseForAnotherBotAreNot() throws Exception {
        long group = -100507;
        String me = "@" + FakeBotApiServer.BOT_USERNAME;
        // other bots' commands first: had the bot taken them, their replies would come before the ones awaited below
        server.push(TestUpdates.groupText(group, 11, "/sources@OtherBot"));
        server.push(TestUpdates.groupText(group, 11, "/lang@OtherBot ru"));
        ObjectNode sources = TestUpdates.groupText(group, 11, "/sources" + me);
        server.push(sources);
        Request page1 = awaitMessages(group, 1).get(0);
        HtmlChecks.assertValid(page1.text());
        assertTrue(page1.text().startsWith("<b>Documents I know (24):</b>"), page1.text());
        assertTrue(page1.text().endsWith("<i>Page 1 of 3</i>"), page1.text());
        assertEquals(messageId(sources), page1.body().path("reply_parameters").path("message_id").asInt(),
                "a reply to the command");
        JsonNode next = buttons(page1).get(0).get(0);
        assertEquals("Next ▶", next.get("text").asText());
        server.push(TestUpdates.callback(group, "supergroup", 9090, 11, next.get("callback_data").asText()));
        Request edit = server.await(a -> a.stream().anyMatch(r -> r.method().equals("editMessageText")
                && r.chatId() == group), WAIT, "page 2 in the group").stream()
                .filter(r -> r.method().equals("editMessageText") && r.chatId() == group).findFirst().orElseThrow();
        assertTrue(edit.text().endsWith("<i>Page 2 of 3</i>"), edit.text());

        // /lang with the suffix sets the group's language: later replies in the group are Russian
        server.push(TestUpdates.groupText(group, 11, "/lang" + me + " ru"));
        assertEquals("Язык: русский.", awaitMessages(group, 2).get(1).text());
        server.push(TestUpdates.groupText(group, 12, "/help" + me));
        String help = awaitMessages(group, 3).get(2).text();
        assertTrue(help.startsWith("Напишите вопрос"), help);
        server.push(TestUpdates.groupText(group, 12, "/lang" + me));
        Request choose = awaitMessages(group, 4).get(3);
        assertTrue(choose.text().startsWith("Выберите язык"), choose.text());
        assertEquals(2, buttons(choose).get(0).size(), "a button for each language");
        server.push(TestUpdates.groupText(group, 12, "/start" + me));
        assertTrue(awaitMessages(group, 5).get(4).text().startsWith("Напишите вопрос"));
        server.push(TestUpdates.groupText(group, 12, "/privacy" + me));
        assertTrue(awaitMessages(group, 6).get(5).text().startsWith("Что я храню"));
        // nothing was sent for the commands naming another bot
        assertEquals(6, messagesTo(server.requests(), group).size());
    }

    @Test
    void aQuestionOverTheLimitGetsANoticeOfWhereItWasCutThenTheAnswer() throws Exception {
        long chat = 506;
        String question = QUESTION + " " + "Please also tell me everything else you know about it. ".repeat(90);
        server.push(TestUpdates.privateText(chat, question));
        List<Request> sent = awaitMessages(chat, 2);
        String notice = sent.get(0).text();
        assertTrue(notice.startsWith("Your message has " + String.format("%,d", question.strip().length())
                + " characters and was cut: this answers its first 1,000, up to \"…"), notice);
        assertTrue(notice.contains("were not read: send a question from there as a message of its own."), notice);
        HtmlChecks.assertValid(sent.get(1).text());
        assertTrue(sent.get(1).text().contains("20 November 2024"), sent.get(1).text());
    }

    @Test
    void everyReplyToAModeratorFitsOneMessage() throws Exception {
        // an upload whose id is far too long: the refusal names it and would pass 4,096 characters
        String id = "a" + "-very-long-id".repeat(400);
        byte[] content = doc(id, "KG", 2024, "Text.").getBytes(StandardCharsets.UTF_8);
        server.addFile("file-long-id", content);
        server.push(TestUpdates.privateDocument(MODERATOR, "anna", "file-long-id", "long.en.md", content.length));
        Request reply = server.await(a -> messagesTo(a, MODERATOR).stream().anyMatch(r -> r.text().contains("very-long-id")),
                WAIT, "the reply to the upload").stream()
                .filter(r -> r.method().equals("sendMessage") && r.chatId() == MODERATOR && r.text().contains("very-long-id"))
                .findFirst().orElseThrow();
        assertTrue(reply.text().length() <= 4096, "reply of " + reply.text().length() + " characters");
    }

    @Test
    void theDescriptionAndShortDescriptionAreSetInEnglishAndRussian() throws Exception {
        // the bot sets them itself at start-up, beside its command menu
        server.await(all -> all.stream().filter(r -> r.method().equals("setMyShortDescription")).count() >= 2,
                Duration.ofSeconds(10), "the descriptions set at start-up");
        List<Request> descriptions = server.requests("setMyDescription");
        List<Request> shorts = server.requests("setMyShortDescription");
        assertEquals(2, descriptions.size());
        assertEquals(2, shorts.size());
        assertTrue(descriptions.stream().anyMatch(r -> !r.body().has("language_code")
                && r.body().path("description").asText().startsWith("I answer questions")), descriptions.toString());
        assertTrue(descriptions.stream().anyMatch(r -> "ru".equals(r.body().path("language_code").asText())
                && r.body().path("description").asText().startsWith("Я отвечаю")), descriptions.toString());
        for (Request r : descriptions) {
            assertTrue(r.body().path("description").asText().length() <= 512);
        }
        for (Request r : shorts) {
            String s = r.body().path("short_description").asText();
            assertTrue(!s.isEmpty() && s.length() <= 120, s);
        }
    }
}
