package org.rehablawbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long polling of {@code getUpdates}, written on OkHttp instead of TelegramBots' long-polling application so that
 * one unreadable update cannot block the others: the result array is read as JSON and each update is read on its
 * own ({@link UpdateReader}); an unreadable one is logged with its id and the reason, and skipped (its id still
 * moves the offset on).
 *
 * <p>Each batch is handed to a {@link Batch} handler (which journals and dispatches it) before the next request
 * confirms it through its {@code offset}. When a request fails the poller waits 1 s, doubling each time up to
 * 60 s (longer when a 429's {@code retry_after} says so), and goes back to 1 s after a success; it logs one line
 * when it starts failing or the kind of failure changes (naming the HTTP status and Telegram's description: a
 * 409 says another instance is polling with this token), and one when it works again. A failing handler (the
 * journal cannot be written) is such a failure too: the batch is not confirmed and is fetched again.
 *
 * <p>Polling never dies silently: an unexpected error in the loop is logged and reported to {@code onFatal}
 * (the bot then stops and the process exits non-zero so that a supervisor restarts it).
 */
final class UpdatePoller implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final long FIRST_DELAY_MILLIS = 1_000;
    static final long MAX_DELAY_MILLIS = 60_000;

    /** Takes each fetched batch; throws to refuse it (it is then fetched again). */
    interface Batch {
        /**
         * @param updates the readable updates, in order
         * @param maxId   the highest update id in the batch, readable or not
         */
        void accept(List<UpdateReader.Read> updates, int maxId) throws Exception;
    }

    /** Why a request failed, for deciding whether to log. */
    private record Failure(int status, String description, Integer retryAfter) {
        String kind() {
            return status + " " + description;
        }
    }

    private final OkHttpClient http;
    private final String url;
    private final int timeoutSeconds;
    private final Batch batch;
    private final Consumer<Throwable> onFatal;
    private final ScheduledExecutorService thread;
    private final long firstDelay;
    private final long maxDelay;
    private volatile int offset;
    private volatile boolean stopped;
    private volatile okhttp3.Call current;
    private int failures;
    private long failingSince;
    private String lastFailureKind;

    /**
     * @param http           the client; its read timeout must exceed {@code timeoutSeconds}
     * @param api            the Bot API server
     * @param token          the bot token (only in the request address, never logged)
     * @param timeoutSeconds how long Telegram may hold each request open waiting for updates
     * @param offset         the first update id to ask for (the one after the last confirmed), or 0
     */
    UpdatePoller(OkHttpClient http, ApiAddress api, String token, int timeoutSeconds, int offset, Batch batch,
                 Consumer<Throwable> onFatal) {
        this(http, api, token, timeoutSeconds, offset, batch, onFatal, FIRST_DELAY_MILLIS, MAX_DELAY_MILLIS);
    }

    /** With the backoff's first and longest delays given (for tests). */
    UpdatePoller(OkHttpClient http, ApiAddress api, String token, int timeoutSeconds, int offset, Batch batch,
                 Consumer<Throwable> onFatal, long firstDelayMillis, long maxDelayMillis) {
        this.http = http;
        this.url = api + "/bot" + token + "/getUpdates";
        this.timeoutSeconds = timeoutSeconds;
        this.offset = offset;
        this.batch = batch;
        this.onFatal = onFatal;
        this.firstDelay = firstDelayMillis;
        this.maxDelay = maxDelayMillis;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-poller");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts polling in the background. */
    void start() {
        schedule(0);
    }

    /** The offset the next request sends: one past the last update handed to the batch handler. */
    int offset() {
        return offset;
    }

    private void schedule(long millis) {
        if (stopped) {
            return;
        }
        try {
            thread.schedule(this::pollSafely, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            if (!stopped) {
                fatal(e);
            }
        }
    }

    private void pollSafely() {
        if (stopped) {
            return;
        }
        long next;
        try {
            next = pollOnce();
        } catch (Throwable t) {
            if (stopped) {
                return;
            }
            fatal(t);
            return;
        }
        schedule(next);
    }

    private void fatal(Throwable t) {
        stopped = true;
        log.error("polling Telegram stopped on an unexpected error ({}: {}); the bot stops and the process exits"
                + " with a failure status so that a supervisor can restart it", t.getClass().getName(),
                SecretMasking.mask(String.valueOf(t.getMessage())), t);
        onFatal.accept(t);
    }

    /** One request and its batch; returns the milliseconds to wait before the next request. */
    long pollOnce() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("offset", offset);
        body.put("timeout", timeoutSeconds);
        body.put("limit", 100);
        Request request = new Request.Builder().url(url).post(RequestBody.create(body.toString(), JSON_TYPE)).build();
        int status;
        String text;
        okhttp3.Call call = http.newCall(request);
        current = call;
        if (stopped) {
            return 0;
        }
        try (Response response = call.execute()) {
            status = response.code();
            ResponseBody rb = response.body();
            text = rb == null ? "" : rb.string();
        } catch (IOException e) {
            if (stopped) {
                return 0;
            }
            return failed(new Failure(0, "the connection failed: " + SecretMasking.mask(e.toString()), null));
        }
        JsonNode reply;
        try {
            reply = JSON.readTree(text);
        } catch (IOException e) {
            reply = null;
        }
        if (reply == null || !reply.isObject()) {
            return failed(new Failure(status, "HTTP " + status + " with a reply that is not the Bot API's JSON ("
                    + snippet(text) + ")", null));
        }
        if (!reply.path("ok").asBoolean(false) || !reply.path("result").isArray()) {
            int code = reply.path("error_code").asInt(status);
            String description = reply.path("description").asText("no description");
            JsonNode after = reply.path("parameters").path("retry_after");
            return failed(new Failure(code, SecretMasking.mask(description), after.isInt() ? after.asInt() : null));
        }
        JsonNode result = reply.get("result");
        List<UpdateReader.Read> readable = new ArrayList<>();
        int maxId = offset - 1;
        int unreadable = 0;
        for (JsonNode node : result) {
            UpdateReader.Read r = UpdateReader.read(node);
            if (r.id() != null) {
                maxId = Math.max(maxId, r.id());
            }
            if (r.readable()) {
                readable.add(r);
            } else {
                unreadable++;
                if (r.id() == null) {
                    log.warn("skipping an update without a usable update_id: {}", r.problem());
                } else {
                    log.warn("skipping update {}: it cannot be read ({})", r.id(), SecretMasking.mask(r.problem()));
                }
            }
        }
        if (result.size() > 0 && maxId < offset) {
            // nothing in the batch has an id: it cannot be confirmed, and the same batch would come back at once
            return failed(new Failure(status, "a batch of " + result.size() + " update(s) none of which has an"
                    + " update_id; it cannot be confirmed", null));
        }
        try {
            batch.accept(readable, maxId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (IOException e) {
            return failed(new Failure(-1, "the batch could not be journaled (" + e.getMessage()
                    + "); it is not confirmed and will be fetched again", null));
        }
        offset = maxId + 1;
        recovered();
        return 0;
    }

    private void recovered() {
        if (failures > 0) {
            log.info("getUpdates works again after {} failed attempt(s) over {} s", failures,
                    (System.nanoTime() - failingSince) / 1_000_000_000L);
        }
        failures = 0;
        lastFailureKind = null;
    }

    private long failed(Failure f) {
        if (stopped) {
            return 0;
        }
        if (failures == 0) {
            failingSince = System.nanoTime();
        }
        failures++;
        long delay = Math.min(maxDelay, firstDelay << Math.min(failures - 1, 20));
        if (f.retryAfter() != null) {
            delay = Math.max(delay, f.retryAfter() * 1000L);
        }
        if (!Objects.equals(f.kind(), lastFailureKind)) {
            lastFailureKind = f.kind();
            log.warn("getUpdates failed: {}; retrying in {} ms, then backing off up to {} s until it works",
                    describe(f), delay, maxDelay / 1000);
        } else {
            log.debug("getUpdates failed again ({} times): {}; retrying in {} ms", failures, describe(f), delay);
        }
        return delay;
    }

    private static String describe(Failure f) {
        if (f.status() == 409) {
            return "409 Conflict: another instance of the bot is polling with this token (\"" + f.description()
                    + "\"); stop the other instance, or this one";
        }
        if (f.status() == 0 || f.status() == -1) {
            return f.description();
        }
        if (f.description().startsWith("HTTP ")) {
            return f.description();
        }
        return "HTTP " + f.status() + ": " + f.description() + (f.retryAfter() == null ? "" : " (retry_after " + f.retryAfter() + " s)");
    }

    private static String snippet(String text) {
        String one = text == null ? "" : text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (one.isEmpty()) {
            return "empty";
        }
        return "\"" + SecretMasking.mask(one.length() <= 80 ? one : one.substring(0, 80) + "…") + "\"";
    }

    /** True once {@link #close} was called or polling failed fatally. */
    boolean stopped() {
        return stopped;
    }

    /** Stops polling; a request in flight is abandoned (its updates are not confirmed and come again). */
    @Override
    public void close() {
        stopped = true;
        okhttp3.Call call = current;
        if (call != null) {
            call.cancel();
        }
        // not interrupted at first: an interrupt would close the journal's file channel mid-write
        thread.shutdown();
        try {
            if (!thread.awaitTermination(3, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
