package org.rehablawbot.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.cli.BotCommand;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.SourceMeta;

/**
 * The bot as a process of its own, for crash tests: started as {@code bot} starts it ({@link BotCommand#start},
 * a shutdown hook that closes it on SIGTERM) against the Bot API server at {@code args[0]}, with its data folder
 * at {@code args[1]}, answering with {@link FakeAnswerService} after {@code args[2]} milliseconds of "composing"
 * each answer. Prints {@code READY} once polling.
 */
public final class BotProcess {

    private BotProcess() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path data = Path.of(args[1]);
        long delay = Long.parseLong(args[2]);
        Settings settings = SettingsLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", BotHarness.TOKEN,
                "TELEGRAM_API_URL", url, "DATA_DIR", data.toString(), "TELEGRAM_WORKERS", "4"), Map.of());
        FakeAnswerService fake = new FakeAnswerService();
        AnswerService slow = new AnswerService() {
            @Override
            public Answer answer(String question, String previousQuestion, Language preferred) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return fake.answer(question, previousQuestion, preferred);
            }

            @Override
            public List<SourceMeta> sources() {
                return fake.sources();
            }
        };
        BotConfig config = BotConfig.from(settings)
                .withLimits(new RateLimiter.Limits(1, Duration.ofSeconds(1), 20, Duration.ofMinutes(1), 10_000, Duration.ofSeconds(1)))
                .withRetry(new BotApi.Retry(5, 50, 400, 10))
                .withPolling(new BotConfig.Polling(1, 100, 800));
        TelegramBot bot = BotCommand.start(config, slow);
        Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "telegram-shutdown"));
        System.out.println("READY");
        System.out.flush();
        bot.awaitClosed();
    }
}
