package org.rehablawbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Serializable;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API on behalf of the bot. Every text that leaves through it, and every error it gives back, has
 * the bot token (and any other registered secret) masked ({@link SecretMasking}), whatever the server's error
 * text holds.
 *
 * <p><b>Messages</b> ({@link #send}, {@link #edit}) go through a queue per chat, in order, within the flood
 * limits of the {@link RateLimiter}. A message goes out at once on the calling thread when its chat has nothing
 * waiting and the limits allow it; otherwise it waits in the queue and the caller goes on: every wait (a flood
 * window, a 429's {@code retry_after}, a backoff after a 5xx) is scheduled on a timer, never slept on the caller's
 * thread, so a busy group never holds a worker that another chat needs. Retries:
 * <ul>
 *   <li>429: after {@code retry_after} seconds, again and again while the message has waited less than
 *       {@code maxRetryAfterSeconds} in all (5 minutes by default);</li>
 *   <li>5xx, a reply that is not the Bot API's JSON (a proxy's error page), a connection that could not be made:
 *       exponential backoff, {@code maxAttempts} attempts;</li>
 *   <li>400 with {@code migrate_to_chat_id} (a group upgraded to a supergroup): sent again at once to the new
 *       chat, and later messages to the old id go to the new one;</li>
 *   <li>400 "can't parse entities": sent again at once as plain text;</li>
 *   <li>a connection dropped after a {@code sendMessage} was written is <em>not</em> retried: the server may have
 *       delivered it, and the Bot API offers no way to tell, so the message is logged as possibly lost rather
 *       than risk the user getting it twice (edits, which are idempotent, are retried);</li>
 *   <li>anything else (403 blocked, 400 bad request) fails at once.</li>
 * </ul>
 * A message that finally cannot be sent is logged as lost, with its chat id. Each message joins the
 * {@link Delivery} of the update being handled on the calling thread, if any.
 *
 * <p><b>Other calls</b> ({@link #call}) run on the calling thread because the caller needs the result (getMe,
 * getFile, answerInlineQuery); they are retried only for short waits (up to {@code maxDelayMillis}), so they too
 * never hold a thread for long. {@link #optional} makes one attempt and never throws. Thread-safe.
 */
public class BotApi implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BotApi.class);

    /**
     * How failed calls are retried.
     *
     * @param maxAttempts          attempts at most after 5xx and connection failures (at least 1)
     * @param baseDelayMillis      first backoff delay, doubled each attempt
     * @param maxDelayMillis       longest backoff delay; also the longest wait {@link #call} accepts
     * @param maxRetryAfterSeconds how long in all a message keeps being retried after 429s
     */
    public record Retry(int maxAttempts, long baseDelayMillis, long maxDelayMillis, int maxRetryAfterSeconds) {
        public static final Retry DEFAULT = new Retry(5, 500, 8_000, 300);
    }

    /** Sleeps between the retries of {@link #call}; replaceable in tests. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /** Thrown into a message's result when the bot stops before the message could be sent. */
    static final class Stopping extends TelegramApiException {
        Stopping() {
            super("the bot stopped before the message could be sent; it is sent after the restart");
        }
    }

    private final TelegramClient client;
    private final RateLimiter limiter;
    private final Retry retry;
    private final Sleeper sleeper;
    private final ScheduledExecutorService timer;
    private final ExecutorService senders;
    private final Map<Long, ArrayDeque<Outgoing>> queues = new HashMap<>();
    private final Map<Long, Long> migrated = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public BotApi(TelegramClient client, RateLimiter limiter, Retry retry) {
        this(client, limiter, retry, Thread::sleep);
    }

    BotApi(TelegramClient client, RateLimiter limiter, Retry retry, Sleeper sleeper) {
        this.client = client;
        this.limiter = limiter;
        this.retry = retry;
        this.sleeper = sleeper;
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("telegram-send-timer"));
        this.senders = Executors.newFixedThreadPool(8, daemon("telegram-sender"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Sends a message to a chat as described above; never blocks for a wait.
     *
     * @return the sent message; already complete when it went out at once; completed exceptionally with a
     *         (masked) {@link TelegramApiException} when it finally could not be sent
     * @throws TelegramApiException never in practice; kept so callers handle a refused call in one place
     */
    public CompletableFuture<Message> send(SendMessage message, long chatId, boolean group) throws TelegramApiException {
        message.setText(SecretMasking.mask(message.getText()));
        return enqueue(message, chatId, group).thenApply(Message.class::cast);
    }

    /** Edits a message of the bot's; queued and retried as a message, and counted as one for the flood limits. */
    public CompletableFuture<Serializable> edit(EditMessageText edit, long chatId, boolean group) throws TelegramApiException {
        edit.setText(SecretMasking.mask(edit.getText()));
        return enqueue(edit, chatId, group).thenApply(Serializable.class::cast);
    }

    /**
     * Any other call (getMe, getFile, answerInlineQuery...) on the calling thread, not rate limited; retried after
     * 5xx and connection failures with backoff, and after a 429 whose {@code retry_after} is at most
     * {@code maxDelayMillis}.
     *
     * @throws TelegramApiException (masked) when the call fails or a retry would wait longer
     */
    public <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                return client.execute(method);
            } catch (TelegramApiException e) {
                long delay = callRetryDelay(e, attempt);
                if (delay < 0) {
                    throw masked(e);
                }
                log.warn("{} failed ({}), retry {} of {} in {} ms", method.getMethod(), describe(e), attempt,
                        retry.maxAttempts() - 1, delay);
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw masked(e);
                }
            }
        }
    }

    /**
     * A call whose failure must not stop anything (typing indicator, command registration, answering a callback):
     * one attempt; a failure is logged and gives an empty result.
     */
    public <T extends Serializable> Optional<T> optional(BotApiMethod<T> method) {
        try {
            return Optional.ofNullable(client.execute(method));
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("optional call {} failed: {}", method.getMethod(), describe(e));
            return Optional.empty();
        }
    }

    /** Milliseconds {@link #call} waits before retrying after {@code e}, or -1 when it does not retry. */
    long callRetryDelay(TelegramApiException e, int attempt) {
        if (attempt >= retry.maxAttempts()) {
            return -1;
        }
        Integer code = errorCode(e);
        if (code != null && code == 429) {
            long ms = retryAfterSeconds(e) * 1000L;
            return ms > retry.maxDelayMillis() ? -1 : ms;
        }
        if ((code != null && code >= 500) || (code == null && (notJson(e) || connectFailed(e) || isIo(e)))) {
            return backoff(attempt);
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The message queues

    /** A message waiting in its chat's queue. */
    private static final class Outgoing {
        final BotApiMethod<? extends Serializable> method;
        final boolean group;
        final CompletableFuture<Object> result = new CompletableFuture<>();
        final long firstTry = System.nanoTime();
        final Delivery delivery;
        final java.util.concurrent.atomic.AtomicBoolean settled = new java.util.concurrent.atomic.AtomicBoolean();
        volatile long chatId;
        int failures;

        /** Tells the delivery once: sent (or failed for good), or abandoned. */
        void settle(boolean abandoned) {
            if (delivery != null && settled.compareAndSet(false, true)) {
                if (abandoned) {
                    delivery.abandoned();
                } else {
                    delivery.sent();
                }
            }
        }

        Outgoing(BotApiMethod<? extends Serializable> method, long chatId, boolean group, Delivery delivery) {
            this.method = method;
            this.chatId = chatId;
            this.group = group;
            this.delivery = delivery;
        }
    }

    private CompletableFuture<Object> enqueue(BotApiMethod<? extends Serializable> method, long chatId, boolean group) {
        Long to = migrated.get(chatId);
        if (to != null) {
            setChat(method, to);
            chatId = to;
        }
        Delivery delivery = Delivery.current();
        Outgoing o = new Outgoing(method, chatId, group, delivery);
        if (delivery != null) {
            delivery.join();
        }
        boolean start;
        synchronized (queues) {
            if (closed) {
                abandon(o);
                return o.result;
            }
            ArrayDeque<Outgoing> q = queues.get(chatId);
            start = q == null;
            if (start) {
                q = new ArrayDeque<>();
                queues.put(chatId, q);
            }
            q.add(o);
        }
        if (start) {
            drain(chatId);
        }
        return o.result;
    }

    /**
     * Sends the chat's messages in order until one must wait (then a timer resumes the chat) or none is left
     * (then the chat's queue is removed). Exactly one thread drains a chat at a time: the one that created its
     * queue, or the sender a timer woke.
     */
    private void drain(long chatId) {
        while (true) {
            Outgoing o;
            synchronized (queues) {
                ArrayDeque<Outgoing> q = queues.get(chatId);
                if (q == null) {
                    return;
                }
                o = q.peek();
                if (o == null) {
                    queues.remove(chatId);
                    return;
                }
                if (closed) {
                    return;
                }
            }
            long wait = limiter.tryAcquire(o.chatId, o.group);
            if (wait > 0) {
                resumeLater(chatId, wait);
                return;
            }
            long next = attempt(o);
            if (next > 0) {
                resumeLater(chatId, next);
                return;
            }
            if (next < 0) {
                synchronized (queues) {
                    ArrayDeque<Outgoing> q = queues.get(chatId);
                    if (q != null) {
                        q.poll();
                    }
                }
                o.settle(false);
            }
        }
    }

    private void resumeLater(long chatId, long nanos) {
        try {
            timer.schedule(() -> {
                try {
                    senders.execute(() -> drain(chatId));
                } catch (RejectedExecutionException e) {
                    log.debug("stopping: chat {} not resumed", chatId);
                }
            }, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("stopping: chat {} not resumed", chatId);
        }
    }

    /**
     * One attempt at sending {@code o}. Returns -1 when {@code o} is finished (sent, or failed for good: its result
     * is complete), 0 to try again at once, or the nanoseconds to wait before trying again.
     */
    private long attempt(Outgoing o) {
        try {
            Object r = execute(o.method);
            limiter.sent(o.chatId, o.group);
            o.result.complete(r);
            return -1;
        } catch (TelegramApiException e) {
            return failed(o, e);
        } catch (RuntimeException e) {
            lost(o, "an unexpected error", e);
            return -1;
        }
    }

    private <T extends Serializable> T execute(BotApiMethod<T> method) throws TelegramApiException {
        return client.execute(method);
    }

    private long failed(Outgoing o, TelegramApiException e) {
        String name = o.method.getMethod();
        Integer code = errorCode(e);
        if (code != null && code == 429) {
            int after = retryAfterSeconds(e);
            long waited = System.nanoTime() - o.firstTry;
            if (waited + after * 1_000_000_000L > retry.maxRetryAfterSeconds() * 1_000_000_000L) {
                lost(o, "Telegram still said 429 Too Many Requests after " + waited / 1_000_000_000L
                        + " s of retries (retry_after " + after + " s, retried for at most "
                        + retry.maxRetryAfterSeconds() + " s)", e);
                return -1;
            }
            log.warn("{} to chat {}: 429 Too Many Requests; retrying in {} s", name, o.chatId, after);
            return after * 1_000_000_000L;
        }
        if (code != null && code == 400) {
            Long to = e instanceof TelegramApiRequestException r && r.getParameters() != null
                    ? r.getParameters().getMigrateToChatId() : null;
            if (to != null && to != o.chatId) {
                log.info("group {} was upgraded to supergroup {}; sending there", o.chatId, to);
                migrate(o.chatId, to);
                return 0;
            }
            if (isHtml(o.method) && description(e).toLowerCase(Locale.ROOT).contains("entit")) {
                log.warn("Telegram could not parse a message to chat {} as HTML ({}); sending it as plain text",
                        o.chatId, SecretMasking.mask(description(e)));
                toPlain(o.method);
                return 0;
            }
        }
        boolean idempotent = !(o.method instanceof SendMessage);
        boolean retriable = (code != null && code >= 500)
                || (code == null && (notJson(e) || connectFailed(e) || (idempotent && isIo(e))));
        if (retriable) {
            o.failures++;
            if (o.failures >= retry.maxAttempts()) {
                lost(o, "failed " + o.failures + " times", e);
                return -1;
            }
            long delay = backoff(o.failures);
            log.warn("{} to chat {} failed ({}), retry {} of {} in {} ms", name, o.chatId, describe(e), o.failures,
                    retry.maxAttempts() - 1, delay);
            return delay * 1_000_000L;
        }
        if (code == null && isIo(e)) {
            lost(o, "the connection dropped after the message was sent, so Telegram may or may not have delivered it;"
                    + " not sent again, to never send it twice", e);
            return -1;
        }
        log.warn("chat {}: the Bot API refused {}: {}", o.chatId, name, describe(e));
        o.result.completeExceptionally(masked(e));
        return -1;
    }

    private void lost(Outgoing o, String why, Throwable e) {
        String what = o.method instanceof SendMessage ? "message" : o.method.getMethod();
        log.warn("{} to chat {} lost: {} ({})", what, o.chatId, why, describe(e));
        o.result.completeExceptionally(e instanceof TelegramApiException t ? masked(t)
                : new TelegramApiException(SecretMasking.mask(String.valueOf(e.getMessage()))));
    }

    /** Messages to {@code from} now go to {@code to}: the waiting ones and all later ones. */
    private void migrate(long from, long to) {
        migrated.put(from, to);
        synchronized (queues) {
            ArrayDeque<Outgoing> q = queues.get(from);
            if (q != null) {
                for (Outgoing w : q) {
                    setChat(w.method, to);
                    w.chatId = to;
                }
            }
        }
    }

    private static void setChat(BotApiMethod<?> method, long chatId) {
        if (method instanceof SendMessage m) {
            m.setChatId(chatId);
        } else if (method instanceof EditMessageText m) {
            m.setChatId(chatId);
        }
    }

    private static boolean isHtml(BotApiMethod<?> method) {
        String mode = method instanceof SendMessage m ? m.getParseMode()
                : method instanceof EditMessageText m ? m.getParseMode() : null;
        return mode != null && mode.equalsIgnoreCase("html");
    }

    private static void toPlain(BotApiMethod<?> method) {
        if (method instanceof SendMessage m) {
            m.setParseMode(null);
            m.setText(plain(m.getText()));
        } else if (method instanceof EditMessageText m) {
            m.setParseMode(null);
            m.setText(plain(m.getText()));
        }
    }

    /** HTML made plain: tags dropped, the four entities the renderers write decoded. */
    static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    private void abandon(Outgoing o) {
        o.result.completeExceptionally(new Stopping());
        o.settle(true);
    }

    /** Messages waiting in the queues (for a flood window, a retry, or their turn in their chat). */
    public int waiting() {
        synchronized (queues) {
            return queues.values().stream().mapToInt(ArrayDeque::size).sum();
        }
    }

    /**
     * Stops sending: messages still waiting are not sent (their updates stay unfinished and are answered after a
     * restart); a message being sent right now may finish. Idempotent.
     */
    @Override
    public void close() {
        List<Outgoing> dropped = new ArrayList<>();
        synchronized (queues) {
            if (closed) {
                return;
            }
            closed = true;
            for (ArrayDeque<Outgoing> q : queues.values()) {
                dropped.addAll(q);
            }
            queues.clear();
        }
        timer.shutdownNow();
        senders.shutdown();
        try {
            senders.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        senders.shutdownNow();
        int n = 0;
        for (Outgoing o : dropped) {
            if (!o.result.isDone()) {
                n++;
                abandon(o);
            }
        }
        if (n > 0) {
            log.info("stopping with {} message(s) not yet sent (waiting for a flood window or a retry); their"
                    + " updates stay in the journal and are answered after the restart", n);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Errors

    private long backoff(int attempt) {
        long exp = retry.baseDelayMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exp, retry.maxDelayMillis());
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }

    /** Telegram's error code, or null when the failure carries none (a connection or parse failure). */
    static Integer errorCode(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() != 0) {
            return r.getErrorCode();
        }
        return null;
    }

    private static int retryAfterSeconds(TelegramApiException e) {
        Integer after = e instanceof TelegramApiRequestException r && r.getParameters() != null
                ? r.getParameters().getRetryAfter() : null;
        return after == null || after < 1 ? 1 : after;
    }

    private static String description(TelegramApiException e) {
        return e instanceof TelegramApiRequestException r && r.getApiResponse() != null ? r.getApiResponse() : "";
    }

    /** The reply could not be read as JSON: a proxy's error page, not Telegram's answer. */
    static boolean notJson(Throwable e) {
        return causeOf(e, JsonProcessingException.class);
    }

    /** The connection could not be made, so nothing was sent. */
    static boolean connectFailed(Throwable e) {
        return causeOf(e, ConnectException.class) || causeOf(e, NoRouteToHostException.class)
                || causeOf(e, UnknownHostException.class);
    }

    /** An I/O error: a dropped connection, a timeout. */
    static boolean isIo(Throwable e) {
        return causeOf(e, IOException.class);
    }

    private static boolean causeOf(Throwable e, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copy of {@code e} whose message, Telegram description and causes have every secret masked, for
     * exceptions that leave this class (and may end up in a reply, an audit line or standard error).
     */
    static TelegramApiException masked(TelegramApiException e) {
        if (e instanceof Stopping) {
            return e;
        }
        TelegramApiException copy;
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
            ApiResponse<Object> response = new ApiResponse<>(false, r.getErrorCode(),
                    SecretMasking.mask(r.getApiResponse()), r.getParameters(), null);
            copy = new TelegramApiRequestException("Error executing request", response);
        } else {
            Throwable cause = e.getCause();
            Throwable maskedCause = cause == null ? null : maskedCopy(cause);
            copy = e instanceof TelegramApiRequestException
                    ? new TelegramApiRequestException(SecretMasking.mask(e.getMessage()), maskedCause)
                    : new TelegramApiException(SecretMasking.mask(e.getMessage()), maskedCause);
        }
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    private static Throwable maskedCopy(Throwable t) {
        IOException copy = new IOException(t.getClass().getSimpleName() + ": " + SecretMasking.mask(t.getMessage()),
                t.getCause() == null || t.getCause() == t ? null : maskedCopy(t.getCause()));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** A short description of a failure for logs: the message and its cause, masked, never a request address. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable c = e.getCause();
        if (c != null && c != e) {
            sb.append(" (").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage()).append(')');
        }
        return SecretMasking.mask(sb.toString());
    }
}
