package org.rehablawbot.telegram;

import static org.rehablawbot.telegram.FakeBotApiServer.messagesTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.render.HtmlChecks;
import org.rehablawbot.telegram.FakeBotApiServer.Request;

/**
 * A burst of 1,000 random updates (unicode, HTML, huge texts, stickers, photos, edits, channel posts, polls,
 * members joining, bad button data, inline queries) against the real bot: no crash, and exactly one answer for
 * each text question in a private chat. The answer service is a test double, and the overall flood limit is
 * raised so the burst takes seconds (the per-chat and per-group limits stay Telegram's).
 */
class TelegramBotRobustnessTest {

    @TempDir
    static Path data;

    static BotHarness harness;
    static FakeAnswerService service = new FakeAnswerService();

    @BeforeAll
    static void start() throws Exception {
        RateLimiter.Limits limits = new RateLimiter.Limits(1, Duration.ofSeconds(1), 20, Duration.ofMinutes(1),
                10_000, Duration.ofSeconds(1));
        harness = new BotHarness(service, data, Map.of("TELEGRAM_WORKERS", "8"),
                c -> c.withLimits(limits).withRetry(new BotApi.Retry(5, 20, 200, 5)));
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private static final String[] WORDS = {"law", "закон", "rehabilitation", "реабилитация", "<b>bold</b>", "&amp;",
            "<script>alert(1)</script>", "a & b", "\"quoted\"", "😀", "👍🏽", "日本語", "مرحبا", "\u200b", "Ω", "x<y>z",
            "</i>", "<a href=\"x\">", "Kyrgyzstan", "1937", "?", "\n", "\n\n", "Қазақстан", "Ўзбекистон"};

    static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(20) == 0 ? 800 : 1 + random.nextInt(12);
        while (sb.length() < 4000 && n-- > 0) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        String s = sb.toString().strip();
        if (s.isEmpty() || s.startsWith("/")) {
            s = "law " + s;
        }
        return s.length() > 4096 ? s.substring(0, 4000) : s;
    }

    @Test
    void aThousandRandomUpdatesCrashNothingAndEveryPrivateQuestionGetsExactlyOneAnswer() throws Exception {
        Random random = new Random(20241120);
        List<ObjectNode> updates = new ArrayList<>();
        Map<Long, Integer> questionsPerChat = new HashMap<>();
        Map<Long, Integer> textHintsPerChat = new HashMap<>();
        Map<Long, Integer> otherRepliesPerChat = new HashMap<>();
        List<String> expectedQuestions = new ArrayList<>();
        int groupAsks = 0;
        for (int i = 0; i < 1000; i++) {
            long chat = 10_000 + random.nextInt(300);
            long group = -500 - random.nextInt(5);
            int kind = random.nextInt(100);
            if (kind < 45) {
                String text = randomText(random);
                updates.add(TestUpdates.privateText(chat, text, random.nextBoolean() ? "ru" : "en"));
                questionsPerChat.merge(chat, 1, Integer::sum);
                expectedQuestions.add(text);
            } else if (kind < 50) {
                String[] commands = {"/start", "/help", "/lang", "/nonsense", "/lang xx"};
                updates.add(TestUpdates.privateText(chat, commands[random.nextInt(commands.length)]));
                otherRepliesPerChat.merge(chat, 1, Integer::sum);
            } else if (kind < 58) {
                if (random.nextBoolean()) {
                    updates.add(TestUpdates.sticker(chat, "private"));
                    textHintsPerChat.merge(chat, 1, Integer::sum);
                } else {
                    // a photo's caption is a question, as a text message is
                    String caption = randomText(random);
                    updates.add(TestUpdates.photo(chat, "private", caption));
                    questionsPerChat.merge(chat, 1, Integer::sum);
                    expectedQuestions.add(caption);
                }
            } else if (kind < 62) {
                updates.add(TestUpdates.edited(chat, "private", randomText(random)));
                otherRepliesPerChat.merge(chat, 1, Integer::sum);
            } else if (kind < 72) {
                updates.add(TestUpdates.groupText(group, 5, randomText(random)));
            } else if (kind < 74 && groupAsks < 15) {
                String q = "law " + randomText(random);
                updates.add(TestUpdates.groupText(group, 5, "/ask " + q));
                expectedQuestions.add(q.strip());
                groupAsks++;
            } else if (kind < 79) {
                updates.add(TestUpdates.channelPost(-100_900, randomText(random)));
            } else if (kind < 82) {
                updates.add(TestUpdates.poll());
            } else if (kind < 85) {
                updates.add(TestUpdates.myChatMember(group));
            } else if (kind < 88) {
                updates.add(TestUpdates.membersJoined(group));
            } else if (kind < 94) {
                String[] data = {"q:nope", "f:x:u", "garbage", "", "l:xx", "q:"};
                updates.add(TestUpdates.callback(chat, "private", 1, chat, data[random.nextInt(data.length)]));
            } else if (kind < 97) {
                String q = random.nextBoolean() ? "" : randomText(random);
                // one query per user: a user's query overtaken by a newer one is rightly skipped
                updates.add(TestUpdates.inline(50_000 + i, q, "en"));
                if (!q.isBlank()) {
                    expectedQuestions.add(q.strip());
                }
            } else {
                updates.add(TestUpdates.sticker(group, "supergroup"));
            }
        }
        FakeBotApiServer server = harness.server;
        while (harness.bot.pending() > 0) {
            Thread.sleep(10);
        }
        server.clearRequests();
        int before = service.questions.size();
        server.pushAll(updates);
        int expectedAnswers = (int) (expectedQuestions.size() - updates.stream().filter(u -> u.has("inline_query")
                && !u.get("inline_query").get("query").asText().isBlank()).count());
        try {
            server.await(all -> answers(all).size() >= expectedAnswers, Duration.ofSeconds(120), expectedAnswers + " answers");
        } catch (AssertionError e) {
            throw new AssertionError(answers(server.requests()).size() + " of " + expectedAnswers + " answers; pending "
                    + harness.bot.pending() + "; questions asked " + (service.questions.size() - before), e);
        }
        int privateReplies = questionsPerChat.values().stream().mapToInt(Integer::intValue).sum()
                + textHintsPerChat.values().stream().mapToInt(Integer::intValue).sum()
                + otherRepliesPerChat.values().stream().mapToInt(Integer::intValue).sum();
        server.await(all -> lastParts(all).stream().filter(r -> r.chatId() > 0).count() >= privateReplies,
                Duration.ofSeconds(120), privateReplies + " private replies");
        // the bot is still alive and answering after the burst
        server.push(TestUpdates.privateText(99_999, "one more question about the law"));
        List<Request> all = server.await(a -> a.stream().anyMatch(r -> r.method().equals("sendMessage") && r.chatId() == 99_999),
                Duration.ofSeconds(30), "an answer after the burst");

        List<Request> answers = answers(all);
        Map<Long, Integer> answersPerChat = new HashMap<>();
        for (Request r : answers) {
            if (r.chatId() > 0 && r.chatId() != 99_999) {
                answersPerChat.merge(r.chatId(), 1, Integer::sum);
            }
        }
        assertEquals(questionsPerChat, answersPerChat, "one answer per private question in every chat");
        Map<Long, Integer> hints = new HashMap<>();
        for (Request r : all) {
            if (r.method().equals("sendMessage") && "Please send me your question as text.".equals(r.text())) {
                hints.merge(r.chatId(), 1, Integer::sum);
            }
        }
        assertEquals(textHintsPerChat, hints, "one hint per sticker in private chats");
        List<String> asked = new ArrayList<>(service.questions).subList(before, service.questions.size());
        asked = new ArrayList<>(asked);
        asked.remove("one more question about the law");
        List<String> expected = new ArrayList<>(expectedQuestions);
        Collections.sort(asked);
        Collections.sort(expected);
        assertEquals(expected, asked, "every question asked exactly once");
        for (Request r : all) {
            if (r.method().equals("sendMessage") && r.status() == 200) {
                HtmlChecks.assertValid(r.text());
            }
        }
        assertEquals(0, all.stream().filter(r -> r.method().equals("sendMessage") && r.chatId() == -100_900).count(),
                "channel posts get nothing");
        for (Request r : all) {
            if (r.method().equals("sendMessage") && r.chatId() < 0) {
                assertTrue(r.body().has("reply_parameters"), "group replies are threaded");
            }
        }
        assertFalse(harness.logLines().stream().anyMatch(l -> l.contains("ERROR") && l.contains("o.r.t")),
                "no errors logged by the bot");
        while (harness.bot.pending() > 0) {
            Thread.sleep(10);
        }
    }

    @Test
    void aLongAnswerArrivesAsValidPartsEachUnderTheLimit() throws Exception {
        long chat = 1006;
        harness.server.push(TestUpdates.privateText(chat, "Give me the long story of the law"));
        List<Request> parts = messagesTo(harness.server.await(all -> messagesTo(all, chat).stream()
                .anyMatch(r -> r.body().has("reply_markup")), Duration.ofSeconds(30), "the last part"), chat);
        assertTrue(parts.size() >= 2, parts.size() + " parts");
        int total = 0;
        for (Request p : parts) {
            HtmlChecks.assertValid(p.text());
            total += p.text().length();
        }
        assertTrue(total > 6000, "total " + total);
        assertTrue(parts.get(parts.size() - 1).body().has("reply_markup"), "buttons under the last part");
        assertFalse(parts.get(0).body().has("reply_markup"));
        // Telegram's limit of one message a second in a chat
        for (int i = 1; i < parts.size(); i++) {
            assertTrue(parts.get(i).nanoTime() - parts.get(i - 1).nanoTime() >= 900_000_000L, "parts a second apart");
        }
    }


    static List<Request> awaitMessages(long chatId, int count) throws InterruptedException {
        return messagesTo(harness.server.await(all -> messagesTo(all, chatId).size() >= count, Duration.ofSeconds(30),
                count + " message(s) to chat " + chatId), chatId);
    }

    /** Messages that end an answer: the ones carrying the feedback buttons. */
    static List<Request> answers(List<Request> all) {
        List<Request> out = new ArrayList<>();
        for (Request r : all) {
            if (!r.method().equals("sendMessage") || r.status() != 200) {
                continue;
            }
            JsonNode kb = r.body().path("reply_markup").path("inline_keyboard");
            if (kb.isArray() && kb.toString().contains("\"callback_data\":\"f:")) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Sent messages that are the last (or only) part of a reply; the notice sent before the answer to an
     * over-long question is not a reply of its own.
     */
    static List<Request> lastParts(List<Request> all) {
        List<Request> out = new ArrayList<>();
        for (Request r : all) {
            if (r.method().equals("sendMessage") && r.status() == 200
                    && !r.text().startsWith("Your message has ") && !r.text().startsWith("Сообщение длиной ")
                    && (r.body().has("reply_markup") || !r.text().startsWith("Statement"))) {
                out.add(r);
            }
        }
        return out;
    }
}
