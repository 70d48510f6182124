package org.rehablawbot.telegram;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Repeated update ids are dropped; a failing update does not stop the others; ignored updates are not queued. */
class UpdateDispatcherTest {

    final UpdateRouter router = mock(UpdateRouter.class);
    final KeyedSerialExecutor executor = new KeyedSerialExecutor(2, 100, 10, "test");
    final UpdateDispatcher dispatcher = new UpdateDispatcher(router, executor);

    @AfterEach
    void close() {
        executor.shutdown(1000);
    }

    @Test
    void anUpdateSeenTwiceIsHandledOnce() throws Exception {
        Update u = TestUpdates.parse(TestUpdates.privateText(1, "q"));
        when(router.keyOf(any())).thenReturn("c1");
        dispatcher.consume(List.of(u));
        dispatcher.consume(List.of(u, u));
        verify(router, timeout(5000)).handle(u);
        Thread.sleep(100);
        verify(router, timeout(5000).times(1)).handle(u);
    }

    @Test
    void aFailingUpdateIsLoggedAndTheNextOneIsHandled() throws Exception {
        Update bad = TestUpdates.parse(TestUpdates.privateText(1, "bad"));
        Update good = TestUpdates.parse(TestUpdates.privateText(1, "good"));
        when(router.keyOf(any())).thenReturn("c1");
        doThrow(new IllegalStateException("boom")).when(router).handle(bad);
        when(router.keyOf(null)).thenThrow(new NullPointerException());
        dispatcher.consume(Arrays.asList(bad, null, good));
        verify(router, timeout(5000)).handle(good);
    }

    @Test
    void updatesTheBotIgnoresAreNotQueued() throws Exception {
        Update poll = TestUpdates.parse(TestUpdates.poll());
        when(router.keyOf(poll)).thenReturn(null);
        dispatcher.consume(List.of(poll));
        verify(router, never()).arrived(poll);
        verify(router, never()).handle(poll);
    }
}
