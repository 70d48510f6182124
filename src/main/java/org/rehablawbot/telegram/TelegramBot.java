package org.rehablawbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.render.TelegramHtmlRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The running Telegram bot: long polling (TelegramBots) against the configured Bot API server, updates answered
 * by an {@link AnswerService} on {@code workers} threads. {@link #start} returns once the bot knows who it is
 * ({@code getMe}) and polls; {@link #close} stops it. The token goes only into request addresses, never into logs.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    private final BotConfig config;
    private final BotIdentity identity;
    private final BotApi api;
    private final OkHttpClient http;
    private final OkHttpClient pollingHttp;
    private final KeyedSerialExecutor executor;
    private final ScheduledExecutorService ticker;
    private final List<ScheduledExecutorService> pollers = new ArrayList<>();
    private TelegramBotsLongPollingApplication polling;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private TelegramBot(BotConfig config, BotIdentity identity, BotApi api, OkHttpClient http, OkHttpClient pollingHttp,
                        KeyedSerialExecutor executor, ScheduledExecutorService ticker) {
        this.config = config;
        this.identity = identity;
        this.api = api;
        this.http = http;
        this.pollingHttp = pollingHttp;
        this.executor = executor;
        this.ticker = ticker;
    }

    /** Starts the bot with the bot's own handling only. */
    public static TelegramBot start(BotConfig config, AnswerService service) throws TelegramApiException {
        return start(config, service, List.of());
    }

    /**
     * Starts the bot: asks the server who the bot is, registers its commands in English and Russian (in the
     * background; a failure is only logged), and begins long polling.
     *
     * @param extraHandlers tried on each update before the bot's own handling
     * @throws TelegramApiException when the server cannot be reached or refuses the token
     */
    public static TelegramBot start(BotConfig config, AnswerService service, List<UpdateHandler> extraHandlers)
            throws TelegramApiException {
        SecretMasking.register(config.token());
        OkHttpClient http = httpClient(config.workers());
        // getUpdates holds a request open for up to 50 seconds
        OkHttpClient pollingHttp = http.newBuilder().readTimeout(75, TimeUnit.SECONDS).build();
        TelegramUrl url = config.api().telegramUrl();
        TelegramClient client = new OkHttpTelegramClient(http, config.token(), url);
        BotApi api = new BotApi(client, new RateLimiter(config.limits()), config.retry());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("telegram-ticker"));
        KeyedSerialExecutor executor = new KeyedSerialExecutor(config.workers(), config.capacity(),
                config.perChatCapacity(), "telegram-worker");
        TelegramBot bot = null;
        try {
            User me = api.call(new GetMe());
            BotIdentity identity = new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
            log.info("Telegram bot @{} connecting to {} with {} workers", identity.username(), config.api(), config.workers());
            bot = new TelegramBot(config, identity, api, http, pollingHttp, executor, ticker);
            ticker.execute(() -> registerCommands(api));
            // bounded: about 20 MB of previous questions and, for the buttons, the last 2,000 answers with quotes
            ChatMemory memory = new ChatMemory(config.defaultLanguage(), 10_000, 2_000);
            TelegramHtmlRenderer renderer = new TelegramHtmlRenderer();
            Responder responder = new Responder(api, service, renderer, memory, ticker);
            UpdateRouter router = new UpdateRouter(api, service, renderer, memory, new FeedbackLog(config.feedbackFile()),
                    responder, identity, extraHandlers, new UpdateHandler.Context(api, identity, config));
            bot.startPolling(new UpdateDispatcher(router, executor));
            return bot;
        } catch (TelegramApiException | RuntimeException e) {
            if (bot != null) {
                bot.close();
            } else {
                executor.shutdown(0);
                ticker.shutdownNow();
                shutdownHttp(http);
            }
            throw e;
        }
    }

    private void startPolling(UpdateDispatcher dispatcher) throws TelegramApiException {
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollingHttp, () -> {
            ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(daemon("telegram-poller"));
            synchronized (pollers) {
                pollers.add(s);
            }
            return s;
        });
        TelegramUrl url = config.api().telegramUrl();
        // registering deletes any webhook first; that one call is retried here on failure
        for (int attempt = 1; ; attempt++) {
            try {
                polling.registerBot(config.token(), () -> url, new DefaultGetUpdatesGenerator(), dispatcher);
                return;
            } catch (TelegramApiException e) {
                try {
                    polling.unregisterBot(config.token());
                } catch (TelegramApiException ignored) {
                    // not registered
                }
                if (attempt >= config.retry().maxAttempts()) {
                    throw e;
                }
                log.warn("could not start long polling ({}); retrying", BotApi.describe(e));
                try {
                    Thread.sleep(config.retry().baseDelayMillis() * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Registers the command menu: English by default, Russian for users whose Telegram is in Russian. */
    static void registerCommands(BotApi api) {
        for (Language l : Language.values()) {
            List<org.telegram.telegrambots.meta.api.objects.commands.BotCommand> commands = new ArrayList<>();
            for (String c : Texts.COMMANDS) {
                commands.add(org.telegram.telegrambots.meta.api.objects.commands.BotCommand.builder()
                        .command(c).description(Texts.commandDescription(c, l)).build());
            }
            SetMyCommands.SetMyCommandsBuilder<?, ?> b = SetMyCommands.builder().commands(commands);
            if (l != Language.EN) {
                b.languageCode(l.code());
            }
            api.optional(b.build());
        }
    }

    private static OkHttpClient httpClient(int workers) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(Math.max(64, workers * 4));
        dispatcher.setMaxRequestsPerHost(Math.max(64, workers * 4));
        // no logging interceptor: request addresses carry the token
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(Math.max(8, workers * 2), 60, TimeUnit.SECONDS))
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Who the bot is, as {@code getMe} said. */
    public BotIdentity identity() {
        return identity;
    }

    /** The rate-limited, retrying Bot API the bot sends with, e.g. for messages to moderators. */
    public BotApi api() {
        return api;
    }

    /** Updates waiting or being answered. */
    public int pending() {
        return executor.pending();
    }

    /** Blocks until {@link #close} has run. */
    public void awaitClosed() throws InterruptedException {
        stopped.await();
    }

    /** Stops polling, lets answers in progress finish for a few seconds, and releases connections. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        log.info("Telegram bot @{} stopping", identity.username());
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                log.debug("stopping long polling: {}", e.getMessage());
            }
        }
        synchronized (pollers) {
            // not interrupted: a getUpdates in flight ends on its own; updates it brings are not confirmed to
            // Telegram (that takes the next getUpdates) and come again at the next start
            pollers.forEach(ScheduledExecutorService::shutdown);
            for (ScheduledExecutorService p : pollers) {
                try {
                    p.awaitTermination(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        executor.shutdown(5_000);
        ticker.shutdownNow();
        shutdownHttp(pollingHttp);
        shutdownHttp(http);
        stopped.countDown();
    }

    private static void shutdownHttp(OkHttpClient client) {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
