package org.rehablawbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Telegram's flood limits on a fake clock. */
class RateLimiterTest {

    static final long SECOND = 1_000_000_000L;

    final AtomicLong now = new AtomicLong(1_000 * SECOND);
    final RateLimiter limiter = new RateLimiter(RateLimiter.Limits.TELEGRAM, now::get);

    @Test
    void oneMessagePerSecondPerChat() {
        assertEquals(0, limiter.tryAcquire(1, false));
        long wait = limiter.tryAcquire(1, false);
        assertEquals(SECOND, wait);
        assertEquals(0, limiter.tryAcquire(2, false), "another chat is not held up");
        now.addAndGet(SECOND / 2);
        assertEquals(SECOND / 2, limiter.tryAcquire(1, false));
        now.addAndGet(SECOND / 2);
        assertEquals(0, limiter.tryAcquire(1, false));
    }

    @Test
    void twentyMessagesPerMinutePerGroup() {
        for (int i = 0; i < 20; i++) {
            assertEquals(0, limiter.tryAcquire(-100, true), "message " + i);
            now.addAndGet(SECOND);
        }
        // 20 sent in the last 20 seconds: the 21st waits until the first is a minute old
        assertEquals(40 * SECOND, limiter.tryAcquire(-100, true));
        now.addAndGet(40 * SECOND);
        assertEquals(0, limiter.tryAcquire(-100, true));
    }

    @Test
    void thirtyMessagesPerSecondOverall() {
        for (int chat = 1; chat <= 30; chat++) {
            assertEquals(0, limiter.tryAcquire(chat, false));
        }
        assertEquals(SECOND, limiter.tryAcquire(31, false));
        now.addAndGet(SECOND);
        assertEquals(0, limiter.tryAcquire(31, false));
    }

    @Test
    void aRefusedMessageIsNotCounted() {
        assertEquals(0, limiter.tryAcquire(1, false));
        for (int i = 0; i < 100; i++) {
            assertTrue(limiter.tryAcquire(1, false) > 0);
        }
        now.addAndGet(SECOND);
        assertEquals(0, limiter.tryAcquire(1, false));
    }

    @Test
    void noLimitsLetEverythingThrough() {
        RateLimiter none = new RateLimiter(RateLimiter.Limits.NONE, now::get);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(0, none.tryAcquire(1, true));
        }
    }

    @Test
    void idleChatsAreForgotten() {
        for (int chat = 0; chat < 20_000; chat++) {
            limiter.tryAcquire(chat, chat % 2 == 0);
            if (chat % 30 == 29) {
                now.addAndGet(SECOND);
            }
        }
        now.addAndGet(120 * SECOND);
        limiter.tryAcquire(-1, false);
        assertTrue(limiter.trackedChats() <= 2, "tracked " + limiter.trackedChats());
    }
}
