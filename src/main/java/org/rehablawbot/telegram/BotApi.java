package org.rehablawbot.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API on behalf of the bot: messages wait for the {@link RateLimiter}; every call is retried when
 * Telegram says to wait (429: after {@code retry_after} seconds) and when the server fails or the connection
 * drops (5xx or I/O error: exponential backoff, bounded attempts). Other errors (400, 403...) are thrown at once.
 * Thread-safe.
 */
public class BotApi {

    private static final Logger log = LoggerFactory.getLogger(BotApi.class);

    /** How failed calls are retried. */
    public record Retry(int maxAttempts, long baseDelayMillis, long maxDelayMillis, int maxRetryAfterSeconds) {
        public static final Retry DEFAULT = new Retry(5, 500, 8_000, 300);
    }

    /** Sleeps; replaceable in tests. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final TelegramClient client;
    private final RateLimiter limiter;
    private final Retry retry;
    private final Sleeper sleeper;

    public BotApi(TelegramClient client, RateLimiter limiter, Retry retry) {
        this(client, limiter, retry, Thread::sleep);
    }

    BotApi(TelegramClient client, RateLimiter limiter, Retry retry, Sleeper sleeper) {
        this.client = client;
        this.limiter = limiter;
        this.retry = retry;
        this.sleeper = sleeper;
    }

    /** Sends a message to a chat within the flood limits, retrying as described above. */
    public Message send(SendMessage message, long chatId, boolean group) throws TelegramApiException {
        return execute(message, chatId, group, true);
    }

    /** Edits a message of the bot's; counts as a message for the flood limits. */
    public Serializable edit(EditMessageText edit, long chatId, boolean group) throws TelegramApiException {
        return execute(edit, chatId, group, true);
    }

    /** Any other call (getMe, answerInlineQuery, setMyCommands...), retried but not rate limited. */
    public <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
        return execute(method, 0, false, false);
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

    private <T extends Serializable> T execute(BotApiMethod<T> method, long chatId, boolean group, boolean limited)
            throws TelegramApiException {
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                if (limited) {
                    limiter.acquire(chatId, group);
                }
                return client.execute(method);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TelegramApiException("interrupted while waiting to call " + method.getMethod(), e);
            } catch (TelegramApiException e) {
                long delay = retryDelay(e, attempt);
                if (delay < 0) {
                    throw e;
                }
                log.warn("{} failed ({}), retry {} of {} in {} ms", method.getMethod(), describe(e), attempt,
                        retry.maxAttempts() - 1, delay);
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Milliseconds to wait before retrying after {@code e}, or -1 when not to retry. */
    long retryDelay(TelegramApiException e, int attempt) {
        if (attempt >= retry.maxAttempts()) {
            return -1;
        }
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() != 0) {
            int code = r.getErrorCode();
            if (code == 429) {
                Integer after = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
                int seconds = after == null || after < 1 ? 1 : after;
                return seconds > retry.maxRetryAfterSeconds() ? -1 : seconds * 1000L;
            }
            return code >= 500 ? backoff(attempt) : -1;
        }
        return isTransient(e) ? backoff(attempt) : -1;
    }

    private long backoff(int attempt) {
        long exp = retry.baseDelayMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exp, retry.maxDelayMillis());
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }

    /**
     * An error without a Telegram error code is transient when an I/O error caused it: a dropped connection, a
     * timeout, or a reply that is not the Bot API's JSON (a proxy's error page).
     */
    private static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short description of a failure for logs: the message and its cause, never a request address. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable c = e.getCause();
        if (c != null && c != e) {
            sb.append(" (").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage()).append(')');
        }
        return sb.toString();
    }
}
