package org.rehablawbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Per-key order, concurrency across keys, bounds. */
class KeyedSerialExecutorTest {

    KeyedSerialExecutor executor;

    @AfterEach
    void close() {
        if (executor != null) {
            executor.shutdown(1000);
        }
    }

    @Test
    void tasksOfOneKeyRunInOrderAndNeverTogether() throws Exception {
        executor = new KeyedSerialExecutor(4, 100, 1000, "t");
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        Map<String, AtomicBoolean> busy = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(2000);
        for (int i = 0; i < 2000; i++) {
            String key = "k" + (i % 7);
            int n = i;
            seen.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()));
            busy.computeIfAbsent(key, k -> new AtomicBoolean());
            executor.submit(key, () -> {
                if (!busy.get(key).compareAndSet(false, true)) {
                    overlaps.incrementAndGet();
                }
                seen.get(key).add(n);
                busy.get(key).set(false);
                done.countDown();
            }, null);
        }
        assertTrue(done.await(30, TimeUnit.SECONDS));
        assertEquals(0, overlaps.get());
        for (List<Integer> list : seen.values()) {
            List<Integer> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            assertEquals(sorted, list);
        }
        assertEquals(2000, seen.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void aSlowChatDoesNotHoldUpOthers() throws Exception {
        executor = new KeyedSerialExecutor(2, 100, 100, "t");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherDone = new CountDownLatch(1);
        executor.submit("slow", () -> await(release), null);
        executor.submit("slow", () -> { }, null);
        executor.submit("other", otherDone::countDown, null);
        assertTrue(otherDone.await(10, TimeUnit.SECONDS), "the other chat ran while the slow one was busy");
        release.countDown();
    }

    @Test
    void aFullExecutorBlocksTheSubmitterUntilATaskFinishes() throws Exception {
        executor = new KeyedSerialExecutor(1, 3, 100, "t");
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 3; i++) {
            executor.submit("k" + i, () -> await(release), null);
        }
        assertEquals(3, executor.pending());
        AtomicBoolean submitted = new AtomicBoolean();
        Thread submitter = new Thread(() -> {
            try {
                executor.submit("late", () -> { }, null);
                submitted.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        submitter.start();
        while (submitter.getState() != Thread.State.TIMED_WAITING && submitter.getState() != Thread.State.WAITING) {
            Thread.sleep(5);
        }
        assertFalse(submitted.get());
        assertEquals(3, executor.pending(), "pending never exceeds the capacity");
        release.countDown();
        submitter.join(10_000);
        assertTrue(submitted.get());
    }

    @Test
    void aFloodingChatGetsOneOverflowTaskAndTheRestIsDropped() throws Exception {
        executor = new KeyedSerialExecutor(1, 100, 2, "t");
        CountDownLatch release = new CountDownLatch(1);
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch started = new CountDownLatch(1);
        executor.submit("k", () -> {
            started.countDown();
            await(release);
            ran.add("1");
        }, null);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertEquals(KeyedSerialExecutor.Outcome.QUEUED, executor.submit("k", () -> ran.add("2"), () -> ran.add("busy2")));
        assertEquals(KeyedSerialExecutor.Outcome.QUEUED, executor.submit("k", () -> ran.add("3"), () -> ran.add("busy3")));
        assertEquals(KeyedSerialExecutor.Outcome.OVERFLOW, executor.submit("k", () -> ran.add("4"), () -> ran.add("busy4")));
        assertEquals(KeyedSerialExecutor.Outcome.DROPPED, executor.submit("k", () -> ran.add("5"), () -> ran.add("busy5")));
        CountDownLatch all = new CountDownLatch(1);
        release.countDown();
        executor.submit("other", all::countDown, null);
        assertTrue(all.await(10, TimeUnit.SECONDS));
        while (executor.pending() > 0) {
            Thread.sleep(5);
        }
        assertEquals(List.of("1", "2", "3", "busy4"), ran);
        // once drained, the chat is served again
        CountDownLatch again = new CountDownLatch(1);
        assertEquals(KeyedSerialExecutor.Outcome.QUEUED, executor.submit("k", again::countDown, null));
        assertTrue(again.await(10, TimeUnit.SECONDS));
    }

    @Test
    void aThrowingTaskDoesNotStopItsChat() throws Exception {
        executor = new KeyedSerialExecutor(1, 10, 10, "t");
        CountDownLatch next = new CountDownLatch(1);
        executor.submit("k", () -> {
            throw new IllegalStateException("boom");
        }, null);
        executor.submit("k", next::countDown, null);
        assertTrue(next.await(10, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
