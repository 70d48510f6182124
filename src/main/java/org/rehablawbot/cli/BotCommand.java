package org.rehablawbot.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.config.Settings;
import org.rehablawbot.telegram.BotConfig;
import org.rehablawbot.telegram.SecretMasking;
import org.rehablawbot.telegram.TelegramBot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs the Telegram bot until the process is stopped: long polling against {@code telegram.api_url} with the
 * token from {@code TELEGRAM_BOT_TOKEN}, answering with the same pipeline as the console chat.
 */
@Command(name = "bot", description = "Run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
public final class BotCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(BotCommand.class);

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return run(common.settings());
    }

    /**
     * Runs the bot until the JVM is asked to stop. Returns 0 after a clean stop, 1 when the bot cannot start
     * (server unreachable, token refused); a missing token or a bad setting throws a configuration error.
     */
    public static int run(Settings settings) {
        BotConfig config = BotConfig.from(settings);
        settings.llmApiKey().ifPresent(SecretMasking::register);
        AnswerEngine engine;
        try {
            engine = answerService(settings);
        } catch (IOException e) {
            System.err.println("bot: " + e.getMessage());
            return 2;
        }
        try (engine) {
            TelegramBot bot;
            try {
                bot = start(config, engine);
            } catch (TelegramApiException e) {
                System.err.println("bot: cannot start: " + startFailure(e));
                return 1;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "telegram-shutdown"));
            try {
                bot.awaitClosed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                bot.close();
            }
            return 0;
        }
    }

    /** Why the bot could not start, for the user; never contains the token. */
    static String startFailure(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null
                && (r.getErrorCode() == 401 || r.getErrorCode() == 404)) {
            return "the Bot API server refused the token (" + r.getErrorCode() + " " + r.getApiResponse()
                    + "); check " + Settings.TOKEN_ENV;
        }
        return SecretMasking.mask(String.valueOf(e.getMessage()))
                + (e.getCause() == null ? "" : " (" + SecretMasking.mask(String.valueOf(e.getCause().getMessage())) + ")");
    }

    /** Starts the bot on an answer service: the code path {@link #run} takes, for tests and benchmarks. */
    public static TelegramBot start(BotConfig config, AnswerService service) throws TelegramApiException {
        TelegramBot bot = TelegramBot.start(config, service);
        log.info("bot @{} running; stop with Ctrl+C", bot.identity().username());
        return bot;
    }

    /**
     * The answer pipeline the bot runs on, opened as the console chat opens it: the index in the data folder
     * brought up to date with the knowledge folder, the embedding model loaded, and the configured composer.
     */
    public static AnswerEngine answerService(Settings settings) throws IOException {
        try {
            return Engines.open(settings);
        } catch (Engines.OpenFailure e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
