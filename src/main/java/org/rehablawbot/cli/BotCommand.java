package org.rehablawbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.config.Settings;
import org.rehablawbot.index.Embedder;
import org.rehablawbot.index.IndexProgress;
import org.rehablawbot.index.KnowledgeIndex;
import org.rehablawbot.index.MiniLmEmbedder;
import org.rehablawbot.llm.LlmConfig;
import org.rehablawbot.moderation.DeferredNotifier;
import org.rehablawbot.llm.LlmComposer;
import org.rehablawbot.moderation.KnowledgeWatcher;
import org.rehablawbot.moderation.LiveKnowledge;
import org.rehablawbot.telegram.BotConfig;
import org.rehablawbot.telegram.ModerationHandler;
import org.rehablawbot.telegram.SecretMasking;
import org.rehablawbot.telegram.TelegramBot;
import org.rehablawbot.telegram.TelegramModeratorNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs the Telegram bot until the process is stopped: long polling against {@code telegram.api_url} with the
 * token from {@code TELEGRAM_BOT_TOKEN}, answering with the same pipeline as the console chat, from an index
 * reloaded live when the knowledge folder changes, with moderator commands and uploads.
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
     * (server unreachable, token refused), 2 when the index cannot be opened, 3 when polling stopped on an
     * unexpected error (so that a supervisor restarts the bot); a missing token or a bad setting throws a
     * configuration error.
     */
    public static int run(Settings settings) {
        BotConfig config = BotConfig.from(settings);
        settings.llmApiKey().ifPresent(SecretMasking::register);
        Running running;
        try {
            running = startLive(settings, config);
        } catch (IOException e) {
            System.err.println("bot: " + e.getMessage());
            return Cli.PROBLEM; // a runtime problem (the index or data folder), not a usage error
        } catch (TelegramApiException e) {
            System.err.println("bot: cannot start: " + startFailure(e));
            return 1;
        }
        try (running) {
            TelegramBot bot = running.bot();
            Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "telegram-shutdown"));
            try {
                bot.awaitClosed();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                bot.close();
            }
            Throwable failure = bot.failed();
            if (failure != null) {
                System.err.println("bot: polling Telegram stopped on an unexpected error ("
                        + SecretMasking.mask(String.valueOf(failure)) + "); exiting with status 3");
                return 3;
            }
            return 0;
        }
    }

    /**
     * The bot as {@link #run} runs it: the answer engine over an index that is reloaded live when the knowledge
     * folder changes, moderator commands and uploads, and notices to the moderators. Closing stops all of it.
     */
    public record Running(TelegramBot bot, AnswerEngine engine, LiveKnowledge live, TelegramModeratorNotifier notices)
            implements AutoCloseable {
        @Override
        public void close() {
            bot.close();
            notices.close();
            live.close();
            engine.close();
        }
    }

    /**
     * Starts the bot with live knowledge: opens the index as it was last committed (so that polling starts at once
     * after a restart, even when the knowledge folder changed or a reload was cut short by a crash), starts the
     * bot with the moderator commands ({@code telegram.moderator_ids}), and brings the index up to date in the
     * background (the live reload's first run), answering from the previous index meanwhile. Only when there is
     * no index yet is it built before the bot starts.
     *
     * @throws IOException          when the knowledge folder is missing or the index cannot be built or read
     * @throws TelegramApiException when the Bot API server cannot be reached or refuses the token
     */
    public static Running startLive(Settings settings, BotConfig config) throws IOException, TelegramApiException {
        LlmConfig.from(settings);
        Embedder embedder = MiniLmEmbedder.shared();
        KnowledgeIndex index;
        boolean previous = false;
        try {
            if (!Files.isDirectory(settings.knowledgeDir())) {
                throw new NoSuchFileException(settings.knowledgeDir().toString());
            }
            try {
                index = KnowledgeIndex.open(settings.indexDir());
                previous = true;
                log.info("answering from the index as last committed in {}; bringing it up to date in the background",
                        settings.indexDir());
            } catch (NoSuchFileException | org.apache.lucene.index.IndexFormatTooOldException
                     | org.apache.lucene.index.IndexFormatTooNewException e) {
                index = KnowledgeIndex.openUpdated(settings, embedder, IndexProgress.NONE);
            }
        } catch (NoSuchFileException e) {
            throw new IOException("knowledge folder not found: " + settings.knowledgeDir()
                    + " (give --knowledge DIR or set knowledge.dir)", e);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot open the index in " + settings.indexDir() + ": " + e.getMessage(), e);
        }
        AnswerEngine engine = AnswerEngine.create(settings, index, embedder, index);
        DeferredNotifier notices = new DeferredNotifier();
        KnowledgeIndex opened = index;
        LiveKnowledge live = previous
                ? LiveKnowledge.start(settings.knowledgeDir(), settings.dataDir(), settings.moderatorIds(),
                        () -> opened.update(settings.knowledgeDir(), embedder, IndexProgress.NONE, false), notices,
                        KnowledgeWatcher.QUIET_PERIOD, KnowledgeWatcher.MAX_DELAY, KnowledgeWatcher.SCAN_INTERVAL)
                : LiveKnowledge.start(settings, index, notices);
        if (engine.composer() instanceof LlmComposer llm) {
            live.moderation().addStatusLine(() -> "Language model answers, " + llm.stats());
        }
        TelegramBot bot;
        try {
            bot = TelegramBot.start(config, engine, List.of(new ModerationHandler(live.moderation())));
        } catch (TelegramApiException | RuntimeException e) {
            live.close();
            engine.close();
            throw e;
        }
        TelegramModeratorNotifier telegram = new TelegramModeratorNotifier(bot.api(), settings.moderatorIds());
        notices.connect(telegram);
        log.info("bot @{} running with live knowledge and {} moderator(s); stop with Ctrl+C", bot.identity().username(),
                settings.moderatorIds().size());
        return new Running(bot, engine, live, telegram);
    }

    /** Why the bot could not start, for the user; never contains the token. */
    static String startFailure(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null
                && (r.getErrorCode() == 401 || r.getErrorCode() == 404)) {
            return "the Bot API server refused the token (" + r.getErrorCode() + " "
                    + SecretMasking.mask(r.getApiResponse()) + "); check " + Settings.TOKEN_ENV;
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
