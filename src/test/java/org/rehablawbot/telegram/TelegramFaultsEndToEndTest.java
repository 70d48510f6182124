package org.rehablawbot.telegram;

import static org.rehablawbot.telegram.FakeBotApiServer.messagesTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.telegram.FakeBotApiServer.Request;

/**
 * The faults real bots meet, injected by the fake Bot API server into the real bot (answer service a test
 * double, Telegram's flood limits, short polling backoff so the test runs in seconds): unreadable updates, a
 * getUpdates outage, a second instance (409), 429s on busy groups, a series of 429s, a group upgraded to a
 * supergroup, a connection dropped after a message was delivered, and a stop while an answer waits.
 */
class TelegramFaultsEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path data;

    static BotHarness harness;
    static FakeBotApiServer server;
    static final FakeAnswerService service = new FakeAnswerService();

    static BotConfig adjust(BotConfig c) {
        return c.withRetry(new BotApi.Retry(5, 50, 400, 10)).withPolling(new BotConfig.Polling(1, 100, 800));
    }

    @BeforeAll
    static void start() throws Exception {
        harness = new BotHarness(service, data, Map.of("TELEGRAM_WORKERS", "2"), TelegramFaultsEndToEndTest::adjust);
        server = harness.server;
    }

    @AfterAll
    static void stop() {
        if (harness == null) {
            return;
        }
        harness.close();
        for (String line : harness.logLines()) {
            assertFalse(line.contains(BotHarness.TOKEN), "token in log: " + line);
        }
    }


    static List<Request> awaitMessages(FakeBotApiServer s, long chatId, int count) throws InterruptedException {
        return messagesTo(s.await(all -> messagesTo(all, chatId).size() >= count, WAIT,
                count + " message(s) to chat " + chatId), chatId);
    }

    static void awaitFaultsUsed(FakeBotApiServer s) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (s.faultsLeft() > 0) {
            if (System.nanoTime() > end) {
                throw new AssertionError(s.faultsLeft() + " faults not used");
            }
            Thread.sleep(10);
        }
    }

    List<String> linesSince(int from) {
        List<String> all = harness.logLines();
        return all.subList(Math.min(from, all.size()), all.size());
    }

    void awaitLog(int from, String text) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (linesSince(from).stream().noneMatch(l -> l.contains(text))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no log line with \"" + text + "\" in " + linesSince(from));
            }
            Thread.sleep(10);
        }
    }

    /** The update's JSON with {@code update_id} left to the server ({@code %ID%}). */
    static String raw(ObjectNode update) {
        update.put("update_id", 0);
        return update.toString().replace("\"update_id\":0", "\"update_id\":%ID%");
    }

    @Test
    void unreadableUpdatesAreLoggedAndSkippedWhileTheOthersAreAnswered() throws Exception {
        int from = harness.logLines().size();
        long chat = 2001;
        ObjectNode sticker = TestUpdates.sticker(2002, "private");
        ((ObjectNode) sticker.get("message").get("sticker")).put("mask_position", "forehead");
        ObjectNode noChatId = TestUpdates.privateText(2003, "law without a chat id");
        ((ObjectNode) noChatId.get("message").get("chat")).remove("id");
        ObjectNode botAsText = TestUpdates.privateText(2004, "law from a strange sender");
        ((ObjectNode) botAsText.get("message").get("from")).put("is_bot", "no");
        ObjectNode inline = TestUpdates.inline(2005, "law inline", "en");
        ((ObjectNode) inline.get("inline_query")).remove("offset");
        ObjectNode entity = TestUpdates.privateText(2006, "/help");
        ((ObjectNode) entity.get("message").get("entities").get(0)).remove("offset");
        ObjectNode chatIdText = TestUpdates.privateText(2007, "law with a text chat id");
        ((ObjectNode) chatIdText.get("message").get("chat")).put("id", "abc");
        int[] bad = {server.pushRaw(raw(sticker)), server.pushRaw(raw(noChatId)), server.pushRaw(raw(botAsText)),
                server.pushRaw(raw(inline)), server.pushRaw(raw(entity)), server.pushRaw(raw(chatIdText))};
        server.pushRaw("null");
        server.pushRaw(TestUpdates.privateText(2008, "law without update_id").toString());
        server.pushRaw("{\"update_id\":\"x\",\"message\":{}}");
        server.pushRaw("42");
        server.push(TestUpdates.privateText(chat, "What does the law say?"));
        awaitMessages(server, chat, 1);
        for (int id : bad) {
            awaitLog(from, "skipping update " + id + ": it cannot be read");
        }
        assertTrue(linesSince(from).stream().filter(l -> l.contains("skipping an update without a usable update_id")).count() >= 4);
        assertTrue(linesSince(from).stream().anyMatch(l -> l.contains("mask_position")), "the reason is named");
        // polling goes on, and nothing was sent for the unreadable updates
        server.push(TestUpdates.privateText(chat, "And the law in Kazakhstan?"));
        awaitMessages(server, chat, 2);
        for (long c = 2002; c <= 2008; c++) {
            assertEquals(0, messagesTo(server.requests(), c).size(), "nothing to chat " + c);
        }
    }

    @Test
    void anOutageOfGetUpdatesIsLoggedOnceAndTheBotAnswersSoonAfter() throws Exception {
        int from = harness.logLines().size();
        server.pageNext("getUpdates", 502, 6);
        awaitFaultsUsed(server);
        long t0 = System.nanoTime();
        long chat = 2010;
        server.push(TestUpdates.privateText(chat, "Is the law in force?"));
        awaitMessages(server, chat, 1);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 3_000, "answered " + ms + " ms after the outage (backoff capped at 0.8 s in this test)");
        awaitLog(from, "getUpdates works again after 6 failed attempt(s)");
        List<String> failing = linesSince(from).stream().filter(l -> l.contains("getUpdates failed")).toList();
        assertEquals(1, failing.size(), failing.toString());
        assertTrue(failing.get(0).contains("HTTP 502") && failing.get(0).contains("502 Bad Gateway"), failing.get(0));
        assertFalse(linesSince(from).stream().anyMatch(l -> l.contains("\tat ")), "no stack traces");
    }

    @Test
    void aSecondInstanceIsNamedAsSuch() throws Exception {
        int from = harness.logLines().size();
        server.failNext("getUpdates", 409, 4, null,
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        awaitFaultsUsed(server);
        awaitLog(from, "getUpdates works again after 4 failed attempt(s)");
        List<String> failing = linesSince(from).stream().filter(l -> l.contains("getUpdates failed")).toList();
        assertEquals(1, failing.size(), failing.toString());
        assertTrue(failing.get(0).contains("409 Conflict: another instance of the bot is polling with this token"), failing.get(0));
        assertTrue(failing.get(0).contains("terminated by other getUpdates request"), failing.get(0));
    }

    @Test
    void groupsWaitingOnFloodLimitsHoldNoWorker() throws Exception {
        // two workers; three groups each get a 429 with retry_after 4 s
        server.failNext("sendMessage", 429, 3, 4);
        long[] groups = {-2101, -2102, -2103};
        for (long g : groups) {
            server.push(TestUpdates.groupText(g, 5, "/ask what does the law say?"));
        }
        server.await(all -> all.stream().filter(r -> r.method().equals("sendMessage") && r.status() == 429
                && r.chatId() <= -2101 && r.chatId() >= -2103).count() >= 3, WAIT, "a 429 in each group");
        long t0 = System.nanoTime();
        long chat = 2104;
        server.push(TestUpdates.privateText(chat, "Quick: what does the law say?"));
        awaitMessages(server, chat, 1);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2_000, "a private question waited " + ms + " ms behind the groups' flood waits");
        for (long g : groups) {
            List<Request> attempts = server.await(all -> messagesTo(all, g).size() >= 1, WAIT, "the answer in " + g)
                    .stream().filter(r -> r.method().equals("sendMessage") && r.chatId() == g).toList();
            assertEquals(List.of(429, 200), attempts.stream().map(Request::status).toList());
            assertTrue(attempts.get(1).nanoTime() - attempts.get(0).nanoTime() >= 4_000_000_000L, "retry_after honoured");
        }
    }

    @Test
    void aSeriesOf429sIsRetriedAndAnAnswerThatCannotBeSentIsLoggedAsLost() throws Exception {
        long chat = 2201;
        server.failNext("sendMessage", 429, 5, 1);
        server.push(TestUpdates.privateText(chat, "What does the law say?"));
        awaitMessages(server, chat, 1);
        List<Integer> statuses = server.requests("sendMessage").stream().filter(r -> r.chatId() == chat).map(Request::status).toList();
        assertEquals(List.of(429, 429, 429, 429, 429, 200), statuses);
        int from = harness.logLines().size();
        long other = 2202;
        // retried for at most 10 s in this test (5 minutes by default): a retry_after of 60 s is not waited for
        server.failNext("sendMessage", 429, 1, 60);
        server.push(TestUpdates.privateText(other, "What does the law say?"));
        awaitLog(from, "message to chat " + other + " lost");
    }

    @Test
    void aGroupUpgradedToASupergroupGetsItsAnswerThere() throws Exception {
        int from = harness.logLines().size();
        server.migrate(-2300, -1002300);
        server.push(TestUpdates.groupText(-2300, 5, "/ask what does the law say?"));
        awaitMessages(server, -1002300, 1);
        awaitLog(from, "group -2300 was upgraded to supergroup -1002300");
        server.push(TestUpdates.groupText(-2300, 6, "/ask and when was it signed, the law?"));
        awaitMessages(server, -1002300, 2);
        assertEquals(1, server.requests("sendMessage").stream().filter(r -> r.chatId() == -2300).count(),
                "later answers go to the supergroup at once");
    }

    @Test
    void aMessageDeliveredBeforeTheConnectionDroppedIsNotSentTwice() throws Exception {
        int from = harness.logLines().size();
        long chat = 2401;
        server.acceptThenDropNext("sendMessage", 1);
        server.push(TestUpdates.privateText(chat, "What does the law say?"));
        awaitMessages(server, chat, 1);
        awaitLog(from, "message to chat " + chat + " lost: the connection dropped after the message was sent");
        Thread.sleep(1_500);
        assertEquals(1, messagesTo(server.requests(), chat).size(), "delivered once, never re-sent");
    }

    @Test
    void aBurstWithOneConnectionInTwentyDroppedAfterDeliveryGetsEveryAnswerExactlyOnce() throws Exception {
        int n = 100;
        long first = 2600;
        server.acceptThenDropNext("sendMessage", n / 20);
        List<ObjectNode> burst = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            burst.add(TestUpdates.privateText(first + i, "What does the law say? #" + i));
        }
        server.pushAll(burst);
        server.await(all -> all.stream().filter(r -> r.method().equals("sendMessage") && r.status() == 200
                && r.chatId() >= first && r.chatId() < first + n).map(Request::chatId).distinct().count() >= n, WAIT, "every answer");
        Thread.sleep(1_500);
        Map<Long, Long> perChat = server.requests().stream().filter(r -> r.method().equals("sendMessage") && r.status() == 200
                        && r.chatId() >= first && r.chatId() < first + n)
                .collect(java.util.stream.Collectors.groupingBy(Request::chatId, java.util.stream.Collectors.counting()));
        assertEquals(n, perChat.size(), "every question answered");
        assertTrue(perChat.values().stream().allMatch(c -> c == 1), "none twice: " + perChat);
    }

    @Test
    void anAnswerWaitingWhenTheBotStopsIsSentAfterTheRestartOnce(@TempDir Path dir) throws Exception {
        FakeAnswerService answers = new FakeAnswerService();
        try (FakeBotApiServer s = new FakeBotApiServer(BotHarness.TOKEN, 200)) {
            long chat = 2501;
            BotHarness first = new BotHarness(answers, s, dir, Map.of(), TelegramFaultsEndToEndTest::adjust);
            s.failNext("sendMessage", 429, 1, 8);
            s.push(TestUpdates.privateText(chat, "What does the law say?"));
            s.await(all -> all.stream().anyMatch(r -> r.method().equals("sendMessage") && r.status() == 429), WAIT, "the 429");
            first.close();
            assertEquals(0, messagesTo(s.requests(), chat).size());
            List<String> firstLog = first.logLines();
            assertTrue(firstLog.stream().anyMatch(l -> l.contains("answered when the bot starts again")), firstLog.toString());
            assertFalse(firstLog.stream().anyMatch(l -> l.contains("refused a call")), "no misleading refusal");
            BotHarness second = new BotHarness(answers, s, dir, Map.of(), TelegramFaultsEndToEndTest::adjust);
            try {
                awaitMessages(s, chat, 1);
                Thread.sleep(1_000);
                assertEquals(1, messagesTo(s.requests(), chat).size(), "answered once");
                assertEquals(2, answers.questions.size(), "asked once per run: before the stop and after");
            } finally {
                second.close();
            }
        }
    }
}
