package org.rehablawbot.telegram;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a fixed pool of threads, concurrently across keys but one at a time and in submission order
 * within a key (a chat). Keys take turns: after each task a key goes to the back of the pool's queue.
 *
 * <p>Bounded: at most {@code capacity} tasks wait or run in all; {@link #submit} blocks the caller while that
 * many are pending (so a burst holds the long-polling thread, and the rest of the burst stays on Telegram's
 * servers). One key holds at most {@code perKeyCapacity} tasks; past that, a key gets its overflow task queued
 * once (the bot tells the user it is busy) and further tasks are dropped until the key's queue drains. A task that
 * throws is logged and the key goes on with its next task.
 */
public final class KeyedSerialExecutor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeyedSerialExecutor.class);

    /** What {@link #submit} did with a task. */
    public enum Outcome { QUEUED, OVERFLOW, DROPPED }

    private static final class KeyQueue {
        final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
        boolean overflowQueued;
    }

    private final ThreadPoolExecutor pool;
    private final Semaphore permits;
    private final int capacity;
    private final int perKeyCapacity;
    private final ConcurrentHashMap<String, KeyQueue> queues = new ConcurrentHashMap<>();

    public KeyedSerialExecutor(int threads, int capacity, int perKeyCapacity, String threadName) {
        if (threads < 1 || capacity < 1 || perKeyCapacity < 1) {
            throw new IllegalArgumentException("threads, capacity and perKeyCapacity must be positive");
        }
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, threadName + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.capacity = capacity;
        this.permits = new Semaphore(capacity);
        this.perKeyCapacity = perKeyCapacity;
    }

    /**
     * Queues {@code task} behind the other tasks of {@code key}, blocking while the executor is full.
     *
     * @param onOverflow run instead (once per overflow) when the key already holds {@code perKeyCapacity} tasks;
     *                   may be null
     * @return what was done with the task; {@link Outcome#DROPPED} also after {@link #shutdown}
     */
    public Outcome submit(String key, Runnable task, Runnable onOverflow) throws InterruptedException {
        while (!permits.tryAcquire(200, TimeUnit.MILLISECONDS)) {
            if (pool.isShutdown()) {
                return Outcome.DROPPED;
            }
        }
        if (pool.isShutdown()) {
            permits.release();
            return Outcome.DROPPED;
        }
        Outcome[] outcome = new Outcome[1];
        boolean[] start = new boolean[1];
        queues.compute(key, (k, q) -> {
            if (q == null) {
                q = new KeyQueue();
                start[0] = true;
            }
            if (q.tasks.size() < perKeyCapacity) {
                q.tasks.add(task);
                outcome[0] = Outcome.QUEUED;
            } else if (onOverflow != null && !q.overflowQueued) {
                q.overflowQueued = true;
                q.tasks.add(() -> {
                    queues.computeIfPresent(key, (k2, q2) -> {
                        q2.overflowQueued = false;
                        return q2;
                    });
                    onOverflow.run();
                });
                outcome[0] = Outcome.OVERFLOW;
            } else {
                outcome[0] = Outcome.DROPPED;
            }
            return q;
        });
        if (outcome[0] == Outcome.DROPPED) {
            permits.release();
        }
        if (start[0]) {
            schedule(key);
        }
        return outcome[0];
    }

    private void schedule(String key) {
        try {
            pool.execute(() -> drainOne(key));
        } catch (RejectedExecutionException e) {
            log.debug("executor closed; tasks of {} not run", key);
        }
    }

    /** Runs the key's next task, then puts the key at the back of the line if it has more. */
    private void drainOne(String key) {
        Runnable[] next = new Runnable[1];
        queues.computeIfPresent(key, (k, q) -> {
            next[0] = q.tasks.poll();
            return q;
        });
        if (next[0] != null) {
            try {
                next[0].run();
            } catch (Throwable t) {
                log.error("task for {} failed; going on with the next", key, t);
            } finally {
                permits.release();
            }
        }
        boolean[] more = new boolean[1];
        queues.computeIfPresent(key, (k, q) -> {
            if (q.tasks.isEmpty()) {
                return null;
            }
            more[0] = true;
            return q;
        });
        if (more[0]) {
            schedule(key);
        }
    }

    /** Tasks waiting or running. */
    public int pending() {
        return capacity - permits.availablePermits();
    }

    /** Stops taking tasks, lets running ones finish for up to {@code millis}, then interrupts them. */
    public void shutdown(long millis) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown(5_000);
    }
}
