package org.rehablawbot.telegram;

import java.io.IOException;
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
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The running Telegram bot: long polling of the configured Bot API server ({@link UpdatePoller}), accepted
 * updates journaled under the data folder ({@link UpdateJournal}) and answered by an {@link AnswerService} on
 * {@code workers} threads ({@link UpdateDispatcher}), messages sent within the flood limits ({@link BotApi}).
 * {@link #start} returns once the bot knows who it is ({@code getMe}), has handed on the updates left unfinished
 * by the previous run, and polls; {@link #close} stops it. Should polling ever stop on an unexpected error, the
 * bot closes itself and {@link #failed()} says so. The token goes only into request addresses, never into logs.
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
    private final UpdateJournal journal;
    private UpdateDispatcher dispatcher;
    private UpdatePoller poller;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Throwable failure;

    private TelegramBot(BotConfig config, BotIdentity identity, BotApi api, OkHttpClient http, OkHttpClient pollingHttp,
                        KeyedSerialExecutor executor, ScheduledExecutorService ticker, UpdateJournal journal) {
        this.config = config;
        this.identity = identity;
        this.api = api;
        this.http = http;
        this.pollingHttp = pollingHttp;
        this.executor = executor;
        this.ticker = ticker;
        this.journal = journal;
    }

    /** Starts the bot with the bot's own handling only. */
    public static TelegramBot start(BotConfig config, AnswerService service) throws TelegramApiException {
        return start(config, service, List.of());
    }

    /**
     * Starts the bot: asks the server who the bot is, registers its commands in English and Russian (in the
     * background; a failure is only logged), removes any webhook, opens the update journal and hands on the
     * updates it holds unfinished, and begins long polling.
     *
     * @param extraHandlers tried on each update before the bot's own handling
     * @throws TelegramApiException when the server cannot be reached or refuses the token, or the journal in the
     *                              data folder cannot be opened (message masked)
     */
    public static TelegramBot start(BotConfig config, AnswerService service, List<UpdateHandler> extraHandlers)
            throws TelegramApiException {
        SecretMasking.register(config.token());
        OkHttpClient http = httpClient(config.workers());
        // getUpdates holds a request open for up to the poll timeout
        OkHttpClient pollingHttp = http.newBuilder()
                .readTimeout(config.polling().timeoutSeconds() + 25L, TimeUnit.SECONDS).build();
        TelegramUrl url = config.api().telegramUrl();
        TelegramClient client = new OkHttpTelegramClient(http, config.token(), url);
        BotApi api = new BotApi(client, new RateLimiter(config.limits()), config.retry());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("telegram-ticker"));
        KeyedSerialExecutor executor = new KeyedSerialExecutor(config.workers(), config.capacity(),
                config.perChatCapacity(), "telegram-worker");
        TelegramBot bot = null;
        UpdateJournal journal = null;
        try {
            User me = api.call(new GetMe());
            BotIdentity identity = new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
            log.info("Telegram bot @{} connecting to {} with {} workers", identity.username(), config.api(), config.workers());
            try {
                journal = UpdateJournal.open(config.journalFile(identity.id()), UpdateJournal.DEFAULT_COMPACT_BYTES);
            } catch (IOException e) {
                throw new TelegramApiException("cannot open the update journal " + config.journalFile(identity.id()) + ": "
                        + e.getMessage(), e);
            }
            bot = new TelegramBot(config, identity, api, http, pollingHttp, executor, ticker, journal);
            ticker.execute(() -> registerCommands(api));
            ticker.execute(() -> BotProfile.register(api));
            // bounded: about 20 MB of previous questions and, for the buttons, the last 2,000 answers with quotes
            ChatMemory memory = new ChatMemory(config.defaultLanguage(), 10_000, 2_000);
            TelegramHtmlRenderer renderer = new TelegramHtmlRenderer(config.maxSources());
            Responder responder = new Responder(api, service, renderer, memory, ticker);
            UpdateRouter router = new UpdateRouter(api, service, renderer, memory, new FeedbackLog(config.feedbackFile()),
                    responder, identity, extraHandlers, new UpdateHandler.Context(api, identity, config,
                            m -> m.getChatId() == null ? memory.userLanguage(m.getFrom())
                                    : memory.language(m.getChatId(), m.getFrom())));
            bot.startPolling(new UpdateDispatcher(router, executor, journal, config.capacity()));
            return bot;
        } catch (TelegramApiException | RuntimeException e) {
            if (bot != null) {
                bot.close();
            } else {
                executor.shutdown(0);
                ticker.shutdownNow();
                api.close();
                if (journal != null) {
                    journal.close();
                }
                shutdownHttp(http);
            }
            if (e instanceof TelegramApiException t) {
                throw BotApi.masked(t);
            }
            throw e;
        }
    }

    private void startPolling(UpdateDispatcher dispatcher) throws TelegramApiException {
        this.dispatcher = dispatcher;
        // a webhook set earlier would make getUpdates fail with 409
        api.call(DeleteWebhook.builder().dropPendingUpdates(false).build());
        try {
            dispatcher.replay();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramApiException("interrupted while handing on unfinished updates", e);
        }
        int offset = journal.lastId() < 0 ? 0 : journal.lastId() + 1;
        poller = new UpdatePoller(pollingHttp, config.api(), config.token(), config.polling().timeoutSeconds(), offset,
                dispatcher::accept, this::pollingFailed, config.polling().firstDelayMillis(),
                config.polling().maxDelayMillis());
        poller.start();
    }

    private void pollingFailed(Throwable t) {
        failure = t;
        Thread stopper = new Thread(this::close, "telegram-stop");
        stopper.start();
    }

    /** The error polling stopped on, if it ever did (the bot is then closed); null otherwise. */
    public Throwable failed() {
        return failure;
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
                // idle connections are closed before servers close them (a request on a connection the server closed fails)
                .connectionPool(new ConnectionPool(Math.max(8, workers * 2), 20, TimeUnit.SECONDS))
                .connectTimeout(15, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                // never re-send a request on its own: a sendMessage whose connection dropped may have been
                // delivered, and sending it again would give the user the answer twice (BotApi decides instead)
                .retryOnConnectionFailure(false)
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

    /** Updates in the bot: waiting, being answered, or with messages waiting to be sent. */
    public int pending() {
        UpdateDispatcher d = dispatcher;
        return d == null ? 0 : d.pending();
    }

    /** Blocks until {@link #close} has run. */
    public void awaitClosed() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops polling, lets answers in progress finish for a few seconds, and releases connections. Updates whose
     * answers were not sent by then (waiting for a flood window or a 429) stay unfinished in the journal and are
     * answered at the next start.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        log.info("Telegram bot @{} stopping", identity.username());
        if (dispatcher != null) {
            dispatcher.stop();
        }
        if (poller != null) {
            poller.close();
        }
        executor.shutdown(5_000);
        api.close();
        ticker.shutdownNow();
        if (journal != null) {
            int open = journal.openCount();
            journal.close();
            if (open > 0) {
                log.info("{} update(s) not finished; they are answered when the bot starts again", open);
            }
        }
        shutdownHttp(pollingHttp);
        shutdownHttp(http);
        stopped.countDown();
    }

    private static void shutdownHttp(OkHttpClient client) {
        client.dispatcher().cancelAll();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
