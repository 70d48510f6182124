package org.rehablawbot.telegram;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What handling one update sent, and whether all of it is done: the dispatcher opens a delivery on the worker
 * thread that handles the update, every message {@link BotApi} queues meanwhile joins it, and {@link #seal} ends
 * the handling. When the handling is sealed and every joined message was sent (or finally failed), the delivery
 * is finished and its callback runs once with {@code true}; when a message was abandoned because the bot stopped,
 * the callback runs with {@code false}, so the update stays unfinished in the journal and is answered after the
 * restart. Thread-safe.
 */
final class Delivery {

    private static final ThreadLocal<Delivery> CURRENT = new ThreadLocal<>();

    /** Called once when the delivery ends: {@code true} when every message went out or finally failed. */
    interface Finished {
        void finished(boolean complete);
    }

    private final AtomicInteger outstanding = new AtomicInteger(1);
    private final AtomicBoolean abandoned = new AtomicBoolean();
    private final Finished callback;

    Delivery(Finished callback) {
        this.callback = callback;
    }

    /** The delivery of the update the calling thread handles, or null. */
    static Delivery current() {
        return CURRENT.get();
    }

    /** Makes this the calling thread's delivery until {@link #leave}. */
    void enter() {
        CURRENT.set(this);
    }

    /** The calling thread handles no update any more. */
    static void leave() {
        CURRENT.remove();
    }

    /** A message joins the delivery; it must later call {@link #sent} or {@link #abandoned}. */
    void join() {
        outstanding.incrementAndGet();
    }

    /** A joined message was sent, or failed for good (it will never be sent). */
    void sent() {
        release();
    }

    /** A joined message was dropped because the bot stops: the update is not finished. */
    void abandoned() {
        abandoned.set(true);
        release();
    }

    /** The handling was cut short because the bot stops: the update is not finished. */
    void markAbandoned() {
        abandoned.set(true);
    }

    /** The handling itself has ended (normally or with an error). */
    void seal() {
        release();
    }

    private void release() {
        if (outstanding.decrementAndGet() == 0) {
            callback.finished(!abandoned.get());
        }
    }
}
