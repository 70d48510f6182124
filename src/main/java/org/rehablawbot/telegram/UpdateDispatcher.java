package org.rehablawbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Takes the batches the {@link UpdatePoller} fetches, records the updates the bot acts on in the
 * {@link UpdateJournal} (forced to disk before the batch is confirmed to Telegram), and hands each to the
 * {@link UpdateRouter} on a worker thread: concurrently across chats, in order within a chat
 * ({@link KeyedSerialExecutor}). An update is finished, and marked so in the journal, when its handling has ended
 * and every message it sent went out (or failed for good); an update whose messages were still waiting when the
 * bot stopped stays unfinished and is handled again by {@link #replay} after the restart.
 *
 * <p>At most {@code capacity} updates are in the bot at once (waiting, being answered, or with messages waiting
 * to be sent); past that, accepting a batch blocks the poller, so the rest of a burst waits on Telegram's servers
 * instead of in memory. An update id seen before is dropped. One failing update is logged and the others go on.
 */
final class UpdateDispatcher {

    private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many recent update ids are remembered for dropping repeats. */
    private static final int SEEN_IDS = 100_000;

    private final UpdateRouter router;
    private final KeyedSerialExecutor executor;
    private final UpdateJournal journal;
    private final int capacity;
    private final Semaphore inBot;
    private final LinkedHashSet<Integer> seen = new LinkedHashSet<>();
    private volatile boolean stopping;

    /**
     * @param journal where accepted updates are recorded, or null to keep nothing (tests)
     * @param capacity most updates in the bot at once
     */
    UpdateDispatcher(UpdateRouter router, KeyedSerialExecutor executor, UpdateJournal journal, int capacity) {
        this.router = router;
        this.executor = executor;
        this.journal = journal;
        this.capacity = capacity;
        this.inBot = new Semaphore(capacity);
    }

    /**
     * Journals the updates of a batch the bot acts on, dispatches them, and forces the journal to disk before
     * returning (so before the batch is confirmed). Blocks while the bot is full.
     *
     * @throws IOException when the journal cannot be written: nothing of the batch was dispatched, and it must
     *                     not be confirmed
     */
    void accept(List<UpdateReader.Read> batch, int maxId) throws IOException, InterruptedException {
        List<UpdateJournal.Entry> entries = new ArrayList<>();
        List<Object[]> work = new ArrayList<>();
        for (UpdateReader.Read r : batch) {
            if (seenBefore(r.id())) {
                log.debug("dropping update {}: already seen", r.id());
                continue;
            }
            String key = keyOf(r.update());
            if (key == null) {
                continue;
            }
            entries.add(new UpdateJournal.Entry(r.id(), r.json()));
            work.add(new Object[] {r, key});
        }
        if (journal != null) {
            // written before any of them is handled, so a "finished" mark never precedes its update in the file
            journal.append(entries, maxId);
        }
        for (Object[] w : work) {
            UpdateReader.Read r = (UpdateReader.Read) w[0];
            remember(r.id());
            if (!dispatch(r.id(), r.update(), (String) w[1])) {
                break;
            }
        }
        if (journal != null) {
            // on disk before the next getUpdates confirms the batch to Telegram
            journal.force();
        }
    }

    /**
     * Handles again the updates the journal holds unfinished from before a stop or a crash; called before
     * polling starts. An entry that can no longer be read is logged and marked finished.
     *
     * @return how many were handed on
     */
    int replay() throws InterruptedException {
        if (journal == null) {
            return 0;
        }
        int n = 0;
        for (UpdateJournal.Entry e : journal.unfinished()) {
            UpdateReader.Read r;
            try {
                r = UpdateReader.read(JSON.readTree(e.json()));
            } catch (IOException ex) {
                r = new UpdateReader.Read(e.id(), null, ex.getMessage(), null);
            }
            String key = r.readable() ? keyOf(r.update()) : null;
            if (key == null) {
                log.warn("update {} in the journal cannot be handled again ({}); dropped", e.id(),
                        r.readable() ? "the bot does not act on it" : r.problem());
                journal.done(e.id());
                continue;
            }
            remember(e.id());
            if (!dispatch(e.id(), r.update(), key)) {
                break;
            }
            n++;
        }
        if (n > 0) {
            log.info("handling {} update(s) left unfinished when the bot last stopped", n);
        }
        return n;
    }

    private String keyOf(Update u) {
        try {
            String key = router.keyOf(u);
            if (key == null) {
                log.debug("ignoring update {}", u.getUpdateId());
            }
            return key;
        } catch (RuntimeException e) {
            log.warn("skipping update {}: it cannot be routed ({})", u.getUpdateId(), BotApi.describe(e));
            return null;
        }
    }

    /** Queues one update; false when the bot is stopping (the update stays unfinished). */
    private boolean dispatch(int id, Update u, String key) throws InterruptedException {
        while (!inBot.tryAcquire(200, TimeUnit.MILLISECONDS)) {
            if (stopping) {
                return false;
            }
        }
        if (stopping) {
            inBot.release();
            return false;
        }
        try {
            router.arrived(u);
        } catch (RuntimeException e) {
            log.warn("update {}: {}", id, BotApi.describe(e));
        }
        Delivery delivery = new Delivery(complete -> {
            if (complete && journal != null) {
                journal.done(id);
            }
            inBot.release();
        });
        KeyedSerialExecutor.Outcome outcome = executor.submit(key, () -> run(u, delivery, false),
                () -> run(u, delivery, true));
        if (outcome == KeyedSerialExecutor.Outcome.DROPPED) {
            if (stopping) {
                inBot.release();
                return false;
            }
            log.warn("chat queue full: update {} dropped", id);
            delivery.seal();
        } else if (outcome == KeyedSerialExecutor.Outcome.OVERFLOW) {
            log.warn("chat queue full: update {} gets a busy notice", id);
        }
        return true;
    }

    private void run(Update u, Delivery delivery, boolean busy) {
        if (stopping) {
            // not started before the stop: left unfinished in the journal, handled after the restart
            delivery.markAbandoned();
            delivery.seal();
            return;
        }
        delivery.enter();
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
            log.warn("update {}: a Bot API call failed: {}", u.getUpdateId(), BotApi.describe(e));
        } catch (Exception e) {
            if (stopping && (e instanceof InterruptedException || Thread.currentThread().isInterrupted())) {
                delivery.markAbandoned();
            } else {
                log.error("handling update {} failed: {}", u.getUpdateId(), BotApi.describe(e), e);
            }
        } finally {
            Delivery.leave();
            delivery.seal();
        }
    }

    /** Updates in the bot: waiting, being answered, or with messages waiting to be sent. */
    int pending() {
        return capacity - inBot.availablePermits();
    }

    /** Stops taking updates: a blocked {@link #accept} returns, and unfinished work stays in the journal. */
    void stop() {
        stopping = true;
    }

    private synchronized boolean seenBefore(Integer id) {
        return id != null && seen.contains(id);
    }

    private synchronized void remember(int updateId) {
        if (seen.add(updateId) && seen.size() > SEEN_IDS) {
            var it = seen.iterator();
            it.next();
            it.remove();
        }
    }
}
