package org.rehablawbot.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.cli.BotCommand;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.slf4j.LoggerFactory;

/**
 * A fake Bot API server and the real bot started against it the way {@code bot} starts it
 * ({@link BotCommand#start}), with settings from the environment as in production. Captures every log line,
 * formatted with the production log pattern, to check that the token never appears.
 */
final class BotHarness implements AutoCloseable {

    static final String TOKEN = "123456789:TEST-token-AAbbCCddEEffGGhhIIjjKKll";

    /** Makes the answer service from the settings. */
    interface ServiceFactory {
        AnswerService open(Settings settings) throws Exception;
    }

    final FakeBotApiServer server;
    final TelegramBot bot;
    final Settings settings;
    final AnswerService service;
    private final boolean ownServer;
    private final CapturingAppender logs = new CapturingAppender();

    /** With an answer service made beforehand. */
    BotHarness(AnswerService service, Path dataDir, Map<String, String> extraEnv,
               java.util.function.UnaryOperator<BotConfig> adjust) throws Exception {
        this(s -> service, dataDir, extraEnv, adjust);
    }

    /**
     * @param factory makes the answer service from the settings, e.g. {@link BotCommand#answerService}
     * @param adjust  changes to the configuration the settings give (flood limits, retry delays), or null
     */
    BotHarness(ServiceFactory factory, Path dataDir, Map<String, String> extraEnv,
               java.util.function.UnaryOperator<BotConfig> adjust) throws Exception {
        this(factory, new FakeBotApiServer(TOKEN, 200), true, dataDir, extraEnv, adjust);
    }

    /**
     * Against a server that outlives the bot (to restart the bot against it); {@link #close} then leaves the
     * server running, and {@link #stopBot} stops only the bot.
     */
    BotHarness(AnswerService service, FakeBotApiServer server, Path dataDir, Map<String, String> extraEnv,
               java.util.function.UnaryOperator<BotConfig> adjust) throws Exception {
        this(s -> service, server, false, dataDir, extraEnv, adjust);
    }

    private BotHarness(ServiceFactory factory, FakeBotApiServer server, boolean ownServer, Path dataDir,
                       Map<String, String> extraEnv, java.util.function.UnaryOperator<BotConfig> adjust) throws Exception {
        this.ownServer = ownServer;
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        logs.setContext(context);
        logs.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logs);
        this.server = server;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_API_URL", server.url());
        env.put("DATA_DIR", dataDir.toString());
        env.putAll(extraEnv);
        settings = SettingsLoader.load(null, env, Map.of());
        service = factory.open(settings);
        BotConfig config = BotConfig.from(settings);
        if (adjust != null) {
            config = adjust.apply(config);
        }
        bot = BotCommand.start(config, service);
    }

    /** Every log line so far, formatted as on the console. */
    List<String> logLines() {
        return logs.lines();
    }

    @Override
    public void close() {
        bot.close();
        if (!ownServer) {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(logs);
            return;
        }
        server.close();
        if (service instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(logs);
    }

    /** Formats events with the console appender's layout (the production pattern). */
    static final class CapturingAppender extends AppenderBase<ILoggingEvent> {
        private final List<String> lines = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        protected void append(ILoggingEvent event) {
            Logger root = ((LoggerContext) getContext()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) root.getAppender("STDERR");
            String line = ((LayoutWrappingEncoder<ILoggingEvent>) console.getEncoder()).getLayout().doLayout(event);
            synchronized (lines) {
                lines.add(line);
            }
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }
    }
}
