package org.rehablawbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehablawbot.config.ConfigException;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.rehablawbot.knowledge.Language;
import org.slf4j.LoggerFactory;

/** Commands, callback data, the API address, configuration and log masking. */
class SmallPartsTest {

    @Test
    void commandsAreParsedWithTargetAndArguments() {
        Command c = Command.parse("/ask@RehabBot  When was it?\nDetails").orElseThrow();
        assertEquals("ask", c.name());
        assertEquals("RehabBot", c.target());
        assertEquals("When was it?\nDetails", c.args());
        assertTrue(c.isFor("rehabbot"));
        assertFalse(c.isFor("OtherBot"));
        assertEquals("", Command.parse("/START").orElseThrow().args());
        assertEquals("start", Command.parse("/START").orElseThrow().name());
        assertTrue(Command.parse("hello /ask").isEmpty());
        assertTrue(Command.parse("/").isEmpty());
        assertTrue(Command.parse("/ask,now").isEmpty());
    }

    @Test
    void callbackDataRoundTripsAndStaysUnder64Bytes() {
        assertEquals(new Callbacks.Parsed(Callbacks.Action.QUOTES, "ab12", null), Callbacks.parse(Callbacks.quotes("ab12")).orElseThrow());
        assertEquals(Callbacks.Action.VOTE_UP, Callbacks.parse(Callbacks.vote("x", true)).orElseThrow().action());
        assertEquals(Callbacks.Action.VOTE_DOWN, Callbacks.parse(Callbacks.vote("x", false)).orElseThrow().action());
        assertEquals(Language.RU, Callbacks.parse(Callbacks.language(Language.RU)).orElseThrow().language());
        assertTrue(Callbacks.parse("f:x:maybe").isEmpty());
        assertTrue(Callbacks.parse("l:de").isEmpty());
        assertTrue(Callbacks.parse(null).isEmpty());
        assertThrows(IllegalStateException.class, () -> Callbacks.quotes("x".repeat(63)));
        ChatMemory memory = new ChatMemory(Language.EN, 10, 3);
        String id = memory.storeAnswer(new ChatMemory.StoredAnswer("q", null, "private"));
        assertTrue(Callbacks.vote(id, true).length() < 20, id);
    }

    @Test
    void answerMemoryIsBounded() {
        ChatMemory memory = new ChatMemory(Language.EN, 10, 3);
        String first = memory.storeAnswer(new ChatMemory.StoredAnswer("q1", null, "private"));
        for (int i = 0; i < 3; i++) {
            memory.storeAnswer(new ChatMemory.StoredAnswer("q", null, "private"));
        }
        assertTrue(memory.answer(first).isEmpty());
    }

    @Test
    void apiAddressTakesSchemeHostAndPort() {
        assertEquals(new ApiAddress("https", "api.telegram.org", 443), ApiAddress.parse("https://api.telegram.org"));
        assertEquals(new ApiAddress("http", "127.0.0.1", 8081), ApiAddress.parse("http://127.0.0.1:8081/"));
        assertEquals(new ApiAddress("http", "bot-api", 80), ApiAddress.parse("http://bot-api"));
        assertEquals("http://bot-api:80/file/bot1:x/documents/a.md",
                ApiAddress.parse("http://bot-api").fileUrl("1:x", "documents/a.md"));
        assertEquals("api.telegram.org", ApiAddress.parse("https://api.telegram.org").telegramUrl().getHost());
        ConfigException e = assertThrows(ConfigException.class, () -> ApiAddress.parse("http://host/prefix"));
        assertTrue(e.getMessage().contains("telegram.api_url"));
        assertThrows(ConfigException.class, () -> ApiAddress.parse("ftp://host"));
    }

    @Test
    void configurationComesFromSettingsAndNeverShowsTheToken() {
        Settings settings = SettingsLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", "123456:SECRET-token-value-abcdefghijkl",
                "TELEGRAM_API_URL", "http://127.0.0.1:9999", "TELEGRAM_WORKERS", "3", "DATA_DIR", "/tmp/d"), Map.of());
        BotConfig config = BotConfig.from(settings);
        assertEquals(new ApiAddress("http", "127.0.0.1", 9999), config.api());
        assertEquals(3, config.workers());
        assertEquals(Path.of("/tmp/d/feedback.jsonl"), config.feedbackFile());
        assertEquals(RateLimiter.Limits.TELEGRAM, config.limits());
        assertFalse(config.toString().contains("SECRET"), config.toString());
        Settings noToken = SettingsLoader.load(null, Map.of(), Map.of());
        ConfigException e = assertThrows(ConfigException.class, () -> BotConfig.from(noToken));
        assertTrue(e.getMessage().contains("TELEGRAM_BOT_TOKEN"));
    }

    @Test
    void theLogPatternMasksTokensInMessagesAndStackTraces() {
        String token = "987654321:AAHsecretPartOfTheToken_0123456789ab";
        SecretMasking.register(token);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender("STDERR");
        @SuppressWarnings("unchecked")
        LayoutWrappingEncoder<ILoggingEvent> encoder = (LayoutWrappingEncoder<ILoggingEvent>) console.getEncoder();
        LoggingEvent event = new LoggingEvent("x", root, Level.WARN, "calling https://api.telegram.org/bot{}/getMe",
                new IOException("failed: /bot" + token + "/sendMessage"), new Object[] {token});
        String line = encoder.getLayout().doLayout(event);
        assertFalse(line.contains("AAHsecretPartOfTheToken"), line);
        assertTrue(line.contains("/bot<secret>/getMe"), line);
        assertTrue(line.contains("IOException"), line);
        assertEquals("id 12345:abcdefghijklmnopqrstuvwxyz01234 end".replace("12345:abcdefghijklmnopqrstuvwxyz01234", "<secret>"),
                SecretMasking.mask("id 12345:abcdefghijklmnopqrstuvwxyz01234 end"));
        assertEquals("plain 12:30 text", SecretMasking.mask("plain 12:30 text"));
    }

    @Test
    void tokenShapedTextIsMaskedWhereverItSitsAndAnswersWithColonsAreLeftAlone() {
        // the shortest shape: 3 digits, a colon, 20 token characters, at the very end and at the very start
        assertEquals("x <secret>", SecretMasking.mask("x 123:abcdefghijklmnopqrst"));
        assertEquals("<secret> y", SecretMasking.mask("123:abcdefghij-klmnopqr_st y"));
        assertEquals("a: <secret>, b", SecretMasking.mask("a: 123456789:AAbbCCddEEffGGhhIIjj, b"));
        // one character short of the shape
        assertEquals("x 123:abcdefghijklmnopqrs", SecretMasking.mask("x 123:abcdefghijklmnopqrs"));
        assertEquals("x 12:abcdefghijklmnopqrstuvwxyz", SecretMasking.mask("x 12:abcdefghijklmnopqrstuvwxyz"));
        String answer = "Sources:\n[1] 24.kg, news, 2024-11-20: https://24.kg/english/312345_Kyrgyzstan_passes_law\n"
                + "Time 10:30:45; ratio 3:2; see 2024:rehabilitation, law 1991:Article_1_and_more_words";
        assertEquals(answer.replace("1991:Article_1_and_more_words", "<secret>"), SecretMasking.mask(answer));
    }
}
