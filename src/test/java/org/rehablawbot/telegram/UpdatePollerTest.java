package org.rehablawbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The polling loop against the fake Bot API server: batches are handed on in order and confirmed; a batch the
 * handler refuses (the journal cannot be written) is fetched again; an unexpected error stops polling loudly
 * (reported to the bot, which exits non-zero) instead of silently; the default backoff is 1 s doubling to 60 s.
 */
class UpdatePollerTest {

    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(10, TimeUnit.SECONDS).retryOnConnectionFailure(false).build();

    @Test
    void theDefaultBackoffStartsAtASecondAndStopsAtAMinute() {
        assertEquals(1_000, BotConfig.Polling.DEFAULT.firstDelayMillis());
        assertEquals(60_000, BotConfig.Polling.DEFAULT.maxDelayMillis());
        assertEquals(1_000, UpdatePoller.FIRST_DELAY_MILLIS);
        assertEquals(60_000, UpdatePoller.MAX_DELAY_MILLIS);
    }

    @Test
    void aRefusedBatchIsFetchedAgainAndAnUnexpectedErrorStopsPollingLoudly() throws Exception {
        try (FakeBotApiServer server = new FakeBotApiServer(BotHarness.TOKEN, 100)) {
            List<Integer> handed = new CopyOnWriteArrayList<>();
            CompletableFuture<Throwable> fatal = new CompletableFuture<>();
            int[] calls = {0};
            UpdatePoller poller = new UpdatePoller(http, ApiAddress.parse(server.url()), BotHarness.TOKEN, 1, 0,
                    (batch, maxId) -> {
                        calls[0]++;
                        if (calls[0] == 1) {
                            throw new java.io.IOException("disk full");
                        }
                        for (UpdateReader.Read r : batch) {
                            handed.add(r.id());
                        }
                        if (handed.size() >= 2) {
                            throw new OutOfMemoryError("simulated");
                        }
                    }, fatal::complete, 50, 200);
            int a = server.push(TestUpdates.privateText(1, "one"));
            int b = server.push(TestUpdates.privateText(1, "two"));
            poller.start();
            Throwable t = fatal.get(20, TimeUnit.SECONDS);
            assertTrue(t instanceof OutOfMemoryError, t.toString());
            assertEquals(List.of(a, b), handed, "the refused batch came again, whole and in order");
            assertTrue(poller.stopped());
            int requests = server.requests().size();
            Thread.sleep(500);
            assertEquals(requests, server.requests().size(), "no polling after the fatal error");
            poller.close();
        }
    }
}
