package org.rehablawbot.telegram;

import static org.rehablawbot.telegram.FakeBotApiServer.messagesTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.render.HtmlChecks;
import org.rehablawbot.telegram.FakeBotApiServer.Request;

/**
 * The setting {@code answer.max_citations} bounds the sources a Telegram answer shows: the bot started from settings
 * with {@code ANSWER_MAX_CITATIONS=2} against the fake Bot API server on loopback, answering with a test double
 * whose answer cites four sources.
 */
class TelegramCitationLimitEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path data;

    static BotHarness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = new BotHarness(new FakeAnswerService(), data, Map.of("ANSWER_MAX_CITATIONS", "2"),
                c -> c.withRetry(new BotApi.Retry(5, 50, 400, 10)));
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void theSettingComesThroughToTheBot() {
        assertEquals(2, BotConfig.from(harness.settings).maxSources());
    }

    @Test
    void anAnswerCitingFourSourcesShowsTwoAndSaysHowManyMore() throws Exception {
        long chat = 3001;
        harness.server.push(TestUpdates.privateText(chat, "Which outlets reported the law? Many sources did."));
        List<Request> sent = messagesTo(harness.server.await(a -> messagesTo(a, chat).size() >= 1, WAIT, "the answer"), chat);
        String html = sent.get(0).text();
        HtmlChecks.assertValid(html);
        Matcher sourceLine = Pattern.compile("(?m)^\\[(\\d+)] ").matcher(html.substring(html.indexOf("<b>Sources</b>")));
        int sources = 0;
        while (sourceLine.find()) {
            sources++;
            assertTrue(Integer.parseInt(sourceLine.group(1)) <= 2, html);
        }
        assertEquals(2, sources, html);
        assertTrue(html.contains("Outlet 1 reports") && html.contains("Outlet 2 reports"), html);
        assertFalse(html.contains("Outlet 3") || html.contains("Outlet 4") || html.contains("[3]"),
                "statements citing only sources past the limit are left out: " + html);
        assertTrue(html.endsWith("… and 2 more sources"), html);

        // the quotes follow the same limit
        String quotes = sent.get(0).body().path("reply_markup").path("inline_keyboard").get(0).get(0)
                .path("callback_data").asText();
        harness.server.push(TestUpdates.callback(chat, "private", 1, chat, quotes));
        String shown = messagesTo(harness.server.await(a -> messagesTo(a, chat).size() >= 2, WAIT, "the quotes"), chat)
                .get(1).text();
        assertEquals(2, shown.split("<blockquote", -1).length - 1, shown);
    }
}
