package org.rehablawbot.telegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps sent messages within Telegram's flood limits: at most {@code perChat} messages per {@code perChatPeriod}
 * in one chat, {@code perGroup} per {@code perGroupPeriod} in one group, and {@code global} per
 * {@code globalPeriod} overall. Each limit is a sliding window: a message may go when fewer than the limit were
 * sent in the window before it. {@link #acquire} blocks the calling thread until all three allow it. Thread-safe;
 * memory holds only chats that sent within their window.
 */
public final class RateLimiter {

    /**
     * The limits. A count of 0 means no limit.
     */
    public record Limits(int perChat, Duration perChatPeriod, int perGroup, Duration perGroupPeriod,
                         int global, Duration globalPeriod) {

        /** Telegram's documented limits: 1 message/s per chat, 20/min per group, 30/s overall. */
        public static final Limits TELEGRAM = new Limits(1, Duration.ofSeconds(1), 20, Duration.ofMinutes(1),
                30, Duration.ofSeconds(1));

        /** No limits at all, for measuring the pipeline alone. */
        public static final Limits NONE = new Limits(0, Duration.ofSeconds(1), 0, Duration.ofMinutes(1),
                0, Duration.ofSeconds(1));
    }

    private final Limits limits;
    private final LongSupplier nanoClock;
    private final Window global;
    private final Map<Long, Window> chats = new HashMap<>();
    private final Map<Long, Window> groups = new HashMap<>();
    private long lastSweep;

    public RateLimiter(Limits limits) {
        this(limits, System::nanoTime);
    }

    /** With a clock for tests: {@code nanoClock} returns monotonic nanoseconds. */
    RateLimiter(Limits limits, LongSupplier nanoClock) {
        this.limits = limits;
        this.nanoClock = nanoClock;
        this.global = limits.global() > 0 ? new Window(limits.global(), limits.globalPeriod().toNanos()) : null;
        this.lastSweep = nanoClock.getAsLong();
    }

    public Limits limits() {
        return limits;
    }

    /** Blocks until a message to {@code chatId} may be sent, and counts it as sent. */
    public void acquire(long chatId, boolean group) throws InterruptedException {
        while (true) {
            long wait = tryAcquire(chatId, group);
            if (wait <= 0) {
                return;
            }
            long ms = Math.max(1, wait / 1_000_000);
            Thread.sleep(Math.min(ms, 1_000));
        }
    }

    /**
     * Counts a message to {@code chatId} as sent now and returns 0 when every limit allows it; otherwise counts
     * nothing and returns the nanoseconds until the tightest limit that refuses may allow it.
     */
    public synchronized long tryAcquire(long chatId, boolean group) {
        long now = nanoClock.getAsLong();
        sweep(now);
        Window chat = limits.perChat() > 0
                ? chats.computeIfAbsent(chatId, k -> new Window(limits.perChat(), limits.perChatPeriod().toNanos()))
                : null;
        Window grp = group && limits.perGroup() > 0
                ? groups.computeIfAbsent(chatId, k -> new Window(limits.perGroup(), limits.perGroupPeriod().toNanos()))
                : null;
        long wait = 0;
        for (Window w : new Window[] {chat, grp, global}) {
            if (w != null) {
                wait = Math.max(wait, w.waitAt(now));
            }
        }
        if (wait > 0) {
            return wait;
        }
        for (Window w : new Window[] {chat, grp, global}) {
            if (w != null) {
                w.record(now);
            }
        }
        return 0;
    }

    /**
     * Moves the time of the message last counted for {@code chatId} (by {@link #tryAcquire}) to now, once it has
     * actually been sent: the windows then run from when Telegram got it, not from when it was allowed, so a slow
     * first request never lets the next message follow too closely.
     */
    public synchronized void sent(long chatId, boolean group) {
        long now = nanoClock.getAsLong();
        Window chat = chats.get(chatId);
        if (chat != null) {
            chat.touch(now);
        }
        Window grp = group ? groups.get(chatId) : null;
        if (grp != null) {
            grp.touch(now);
        }
    }

    /** Number of chats and groups whose windows are held in memory. */
    synchronized int trackedChats() {
        return chats.size() + groups.size();
    }

    private void sweep(long now) {
        if (now - lastSweep < 10_000_000_000L && chats.size() + groups.size() < 10_000) {
            return;
        }
        lastSweep = now;
        for (Map<Long, Window> map : java.util.List.of(chats, groups)) {
            for (Iterator<Window> it = map.values().iterator(); it.hasNext(); ) {
                if (it.next().idleAt(now)) {
                    it.remove();
                }
            }
        }
    }

    /** The send times of the last {@code limit} messages, oldest first, in a ring. */
    private static final class Window {
        private final long[] times;
        private final long period;
        private int count;
        private int head;

        Window(int limit, long period) {
            this.times = new long[limit];
            this.period = period;
        }

        long waitAt(long now) {
            if (count < times.length) {
                return 0;
            }
            long oldest = times[head];
            return Math.max(0, oldest + period - now);
        }

        void record(long now) {
            if (count < times.length) {
                times[(head + count) % times.length] = now;
                count++;
            } else {
                times[head] = now;
                head = (head + 1) % times.length;
            }
        }

        void touch(long now) {
            if (count > 0) {
                int newest = (head + count - 1) % times.length;
                times[newest] = Math.max(times[newest], now);
            }
        }

        boolean idleAt(long now) {
            if (count == 0) {
                return true;
            }
            long newest = times[(head + count - 1) % times.length];
            return now - newest >= period;
        }
    }
}
