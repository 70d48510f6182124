package org.rehablawbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeated update ids are dropped; a failing update does not stop the others; ignored updates are neither
 * queued nor journaled; an update is marked finished in the journal once handled, and updates left unfinished
 * are handed on again by a new dispatcher.
 */
class UpdateDispatcherTest {

    static final AtomicInteger IDS = new AtomicInteger(1);

    @TempDir
    Path dir;

    final UpdateRouter router = mock(UpdateRouter.class);
    final KeyedSerialExecutor executor = new KeyedSerialExecutor(2, 100, 10, "test");

    @AfterEach
    void close() {
        executor.shutdown(1000);
    }

    static UpdateReader.Read read(ObjectNode update) {
        update.put("update_id", IDS.incrementAndGet());
        return UpdateReader.read(update);
    }

    @Test
    void anUpdateSeenTwiceIsHandledOnce() throws Exception {
        UpdateDispatcher dispatcher = new UpdateDispatcher(router, executor, null, 100);
        UpdateReader.Read r = read(TestUpdates.privateText(1, "q"));
        when(router.keyOf(any())).thenReturn("c1");
        dispatcher.accept(List.of(r), r.id());
        dispatcher.accept(List.of(r, r), r.id());
        verify(router, timeout(5000)).handle(r.update());
        Thread.sleep(100);
        verify(router, timeout(5000).times(1)).handle(r.update());
    }

    @Test
    void aFailingUpdateIsLoggedAndTheNextOneIsHandled() throws Exception {
        UpdateDispatcher dispatcher = new UpdateDispatcher(router, executor, null, 100);
        UpdateReader.Read bad = read(TestUpdates.privateText(1, "bad"));
        UpdateReader.Read good = read(TestUpdates.privateText(1, "good"));
        when(router.keyOf(any())).thenReturn("c1");
        doThrow(new IllegalStateException("boom")).when(router).handle(bad.update());
        dispatcher.accept(List.of(bad, good), good.id());
        verify(router, timeout(5000)).handle(good.update());
    }

    @Test
    void updatesTheBotIgnoresAreNotQueuedNorJournaled() throws Exception {
        UpdateJournal journal = UpdateJournal.open(dir.resolve("j"), 1 << 20);
        UpdateDispatcher dispatcher = new UpdateDispatcher(router, executor, journal, 100);
        UpdateReader.Read poll = read(TestUpdates.poll());
        when(router.keyOf(poll.update())).thenReturn(null);
        dispatcher.accept(List.of(poll), poll.id());
        verify(router, never()).arrived(poll.update());
        verify(router, never()).handle(poll.update());
        assertEquals(0, journal.openCount());
        assertEquals(poll.id(), journal.lastId(), "the batch's last id is kept for the offset");
        journal.close();
    }

    @Test
    void handledUpdatesAreMarkedFinishedAndUnfinishedOnesAreHandedOnAfterARestart() throws Exception {
        Path file = dir.resolve("updates.journal");
        UpdateJournal journal = UpdateJournal.open(file, 1 << 20);
        UpdateDispatcher dispatcher = new UpdateDispatcher(router, executor, journal, 100);
        UpdateReader.Read done = read(TestUpdates.privateText(1, "answered"));
        UpdateReader.Read stuck = read(TestUpdates.privateText(2, "stuck"));
        when(router.keyOf(any())).thenAnswer(inv -> "c" + ((org.telegram.telegrambots.meta.api.objects.Update) inv.getArgument(0))
                .getMessage().getChatId());
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        org.mockito.Mockito.doAnswer(inv -> {
            hold.await();
            return null;
        }).when(router).handle(stuck.update());
        dispatcher.accept(List.of(done, stuck), stuck.id());
        verify(router, timeout(5000)).handle(done.update());
        long end = System.nanoTime() + 5_000_000_000L;
        while (journal.openCount() > 1 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertEquals(1, journal.openCount());
        // the process dies here: the journal is read back by the next run
        UpdateJournal reopened = UpdateJournal.open(file, 1 << 20);
        assertEquals(List.of(stuck.id()), reopened.unfinished().stream().map(UpdateJournal.Entry::id).toList());
        assertEquals(stuck.id(), reopened.lastId());
        UpdateRouter second = mock(UpdateRouter.class);
        when(second.keyOf(any())).thenReturn("c2");
        KeyedSerialExecutor executor2 = new KeyedSerialExecutor(2, 100, 10, "test2");
        try {
            UpdateDispatcher next = new UpdateDispatcher(second, executor2, reopened, 100);
            assertEquals(1, next.replay());
            verify(second, timeout(5000)).handle(any());
            end = System.nanoTime() + 5_000_000_000L;
            while (reopened.openCount() > 0 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertEquals(0, reopened.openCount());
            // a repeat of the replayed update from Telegram is dropped
            next.accept(List.of(stuck), stuck.id());
            Thread.sleep(100);
            verify(second, timeout(5000).times(1)).handle(any());
        } finally {
            hold.countDown();
            executor2.shutdown(1000);
            reopened.close();
            journal.close();
        }
        assertTrue(java.nio.file.Files.size(file) > 0);
        assertFalse(java.nio.file.Files.exists(file.resolveSibling("updates.journal.tmp")));
    }
}
