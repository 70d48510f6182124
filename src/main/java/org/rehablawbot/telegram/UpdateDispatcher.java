package org.rehablawbot.telegram;

import java.util.LinkedHashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Takes the batches long polling fetches and hands each update to the {@link UpdateRouter} on a worker thread:
 * concurrently across chats, in order within a chat ({@link KeyedSerialExecutor}). An update whose id was already
 * seen is dropped, so no update is handled twice. When the executor is full this blocks the polling thread, so the
 * rest of a burst waits on Telegram's servers instead of in memory. Never throws: one bad update is logged and the
 * others go on.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

    /** How many recent update ids are remembered for dropping repeats. */
    private static final int SEEN_IDS = 100_000;

    private final UpdateRouter router;
    private final KeyedSerialExecutor executor;
    private final LinkedHashSet<Integer> seen = new LinkedHashSet<>();

    UpdateDispatcher(UpdateRouter router, KeyedSerialExecutor executor) {
        this.router = router;
        this.executor = executor;
    }

    @Override
    public void consume(List<Update> updates) {
        if (updates == null) {
            return;
        }
        for (Update u : updates) {
            try {
                dispatch(u);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.info("stopped while dispatching updates");
                return;
            } catch (Throwable t) {
                log.error("could not dispatch update {}", u == null ? null : u.getUpdateId(), t);
            }
        }
    }

    private void dispatch(Update u) throws InterruptedException {
        if (u == null || u.getUpdateId() == null) {
            return;
        }
        if (!firstTime(u.getUpdateId())) {
            log.debug("dropping update {}: already seen", u.getUpdateId());
            return;
        }
        String key = router.keyOf(u);
        if (key == null) {
            log.debug("ignoring update {}", u.getUpdateId());
            return;
        }
        router.arrived(u);
        KeyedSerialExecutor.Outcome outcome = executor.submit(key, () -> run(u, false), () -> run(u, true));
        if (outcome != KeyedSerialExecutor.Outcome.QUEUED) {
            log.warn("chat queue full: update {} {}", u.getUpdateId(),
                    outcome == KeyedSerialExecutor.Outcome.OVERFLOW ? "gets a busy notice" : "dropped");
        }
    }

    private void run(Update u, boolean busy) {
        try {
            if (busy) {
                router.busy(u);
            } else {
                router.handle(u);
            }
        } catch (TelegramApiRequestException e) {
            // the Bot API refused a call: blocked by the user, removed from the group, a bad request...
            log.warn("update {}: the Bot API refused a call: {}", u.getUpdateId(), BotApi.describe(e));
        } catch (TelegramApiException e) {
            log.warn("update {}: a Bot API call failed after retries: {}", u.getUpdateId(), BotApi.describe(e));
        } catch (Exception e) {
            log.error("handling update {} failed: {}", u.getUpdateId(), BotApi.describe(e), e);
        }
    }

    /** Nothing to release: the executor belongs to the bot, which shuts it down. */
    @Override
    public void close() {
    }

    private synchronized boolean firstTime(int updateId) {
        if (!seen.add(updateId)) {
            return false;
        }
        if (seen.size() > SEEN_IDS) {
            var it = seen.iterator();
            it.next();
            it.remove();
        }
        return true;
    }
}
