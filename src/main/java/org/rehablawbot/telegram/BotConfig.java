package org.rehablawbot.telegram;

import java.nio.file.Path;
import org.rehablawbot.config.ConfigException;
import org.rehablawbot.config.Settings;
import org.rehablawbot.knowledge.Language;

/**
 * How the bot runs. {@link #toString()} never shows the token.
 *
 * @param token           the bot token from {@code TELEGRAM_BOT_TOKEN}
 * @param api             the Bot API server ({@code telegram.api_url})
 * @param workers         threads answering updates ({@code telegram.workers})
 * @param capacity        most updates waiting or being answered at once; when reached, polling waits
 * @param perChatCapacity most updates of one chat waiting at once; past that the user is told the bot is busy
 * @param dataDir         where {@code feedback.jsonl} goes ({@code data.dir})
 * @param defaultLanguage interface language when the user's Telegram language says nothing
 * @param limits          flood limits for sending messages
 * @param retry           how failed Bot API calls are retried
 * @param polling         how {@code getUpdates} is called and backs off when it fails
 * @param maxSources      most sources one answer shows, 1 or more ({@code answer.max_citations}): sentences and
 *                        sides of a disagreement citing only sources past it are left out, and the list of sources
 *                        ends with how many more there are
 */
public record BotConfig(String token, ApiAddress api, int workers, int capacity, int perChatCapacity, Path dataDir,
                        Language defaultLanguage, RateLimiter.Limits limits, BotApi.Retry retry, Polling polling,
                        int maxSources) {

    /**
     * Long polling.
     *
     * @param timeoutSeconds   how long Telegram may hold a {@code getUpdates} open (1..50)
     * @param firstDelayMillis wait after the first failed {@code getUpdates}, doubled after each further failure
     * @param maxDelayMillis   longest wait between failed {@code getUpdates}
     */
    public record Polling(int timeoutSeconds, long firstDelayMillis, long maxDelayMillis) {
        /** 50 s long polls; 1 s doubling to 60 s after failures. */
        public static final Polling DEFAULT = new Polling(50, 1_000, 60_000);
    }

    public static final int DEFAULT_CAPACITY = 1_000;
    public static final int DEFAULT_PER_CHAT_CAPACITY = 20;

    public BotConfig {
        if (token == null || token.isBlank()) {
            throw new ConfigException(Settings.TOKEN_ENV + " is not set; get a token from @BotFather and set it in the environment");
        }
        if (token.chars().anyMatch(ch -> ch <= ' ' || ch == '/')) {
            throw new ConfigException(Settings.TOKEN_ENV + " is not a bot token (it contains spaces or slashes)");
        }
        if (maxSources < 1) {
            throw new ConfigException("answer.max_citations must be at least 1, not " + maxSources);
        }
    }

    /**
     * The configuration the settings describe, with Telegram's flood limits and the default retries.
     *
     * @throws ConfigException when the token is missing or malformed
     */
    public static BotConfig from(Settings settings) {
        String token = settings.telegramToken().orElseThrow(() -> new ConfigException(
                Settings.TOKEN_ENV + " is not set; get a token from @BotFather and set it in the environment"));
        return new BotConfig(token, ApiAddress.parse(settings.get("telegram.api_url")),
                settings.intValue("telegram.workers"), DEFAULT_CAPACITY, DEFAULT_PER_CHAT_CAPACITY, settings.dataDir(),
                settings.defaultLanguage(), RateLimiter.Limits.TELEGRAM, BotApi.Retry.DEFAULT, Polling.DEFAULT,
                settings.intValue("answer.max_citations"));
    }

    public BotConfig withLimits(RateLimiter.Limits newLimits) {
        return new BotConfig(token, api, workers, capacity, perChatCapacity, dataDir, defaultLanguage, newLimits, retry, polling,
                maxSources);
    }

    public BotConfig withRetry(BotApi.Retry newRetry) {
        return new BotConfig(token, api, workers, capacity, perChatCapacity, dataDir, defaultLanguage, limits, newRetry, polling,
                maxSources);
    }

    public BotConfig withCapacity(int newCapacity, int newPerChatCapacity) {
        return new BotConfig(token, api, workers, newCapacity, newPerChatCapacity, dataDir, defaultLanguage, limits, retry, polling,
                maxSources);
    }

    public BotConfig withWorkers(int newWorkers) {
        return new BotConfig(token, api, newWorkers, capacity, perChatCapacity, dataDir, defaultLanguage, limits, retry, polling,
                maxSources);
    }

    public BotConfig withPolling(Polling newPolling) {
        return new BotConfig(token, api, workers, capacity, perChatCapacity, dataDir, defaultLanguage, limits, retry, newPolling,
                maxSources);
    }

    /** The same with another most sources an answer shows (1 or more). */
    public BotConfig withMaxSources(int newMaxSources) {
        return new BotConfig(token, api, workers, capacity, perChatCapacity, dataDir, defaultLanguage, limits, retry,
                polling, newMaxSources);
    }

    /**
     * The journal of accepted, unfinished updates of the bot with id {@code botId} (from {@code getMe}):
     * {@code <data.dir>/telegram/updates-<botId>.journal}. One per bot, since update ids (and so the offset kept
     * there) belong to one bot: a data folder reused with another token starts its own journal.
     */
    public Path journalFile(long botId) {
        return dataDir.resolve("telegram").resolve("updates-" + botId + ".journal");
    }

    /** The feedback file. */
    public Path feedbackFile() {
        return dataDir.resolve("feedback.jsonl");
    }

    @Override
    public String toString() {
        return "BotConfig[token=(set), api=" + api + ", workers=" + workers + ", capacity=" + capacity
                + ", perChatCapacity=" + perChatCapacity + ", dataDir=" + dataDir + ", defaultLanguage=" + defaultLanguage
                + ", limits=" + limits + ", retry=" + retry + ", polling=" + polling + ", maxSources=" + maxSources + "]";
    }
}
