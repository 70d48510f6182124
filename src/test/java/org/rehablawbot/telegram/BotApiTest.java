package org.rehablawbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Retries: 429 waits retry_after, 5xx and dropped connections back off, other errors fail at once. */
class BotApiTest {

    final TelegramClient client = mock(TelegramClient.class);
    final List<Long> sleeps = new ArrayList<>();
    final BotApi api = new BotApi(client, new RateLimiter(RateLimiter.Limits.NONE), new BotApi.Retry(4, 100, 1000, 60), sleeps::add);
    final SendMessage message = SendMessage.builder().chatId(1L).text("hi").build();

    static TelegramApiRequestException apiError(int code, Integer retryAfter) {
        ApiResponse<Object> r = ApiResponse.builder().ok(false).errorCode(code).errorDescription("error " + code)
                .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter)).build();
        return new TelegramApiRequestException("Error executing query", r);
    }

    @Test
    void tooManyRequestsWaitsRetryAfterSecondsThenRetries() throws Exception {
        Message ok = new Message();
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(429, 3)).thenReturn(ok);
        assertSame(ok, api.send(message, 1, false));
        assertEquals(List.of(3000L), sleeps);
        verify(client, times(2)).execute(any(SendMessage.class));
    }

    @Test
    void serverErrorsAndDroppedConnectionsBackOffExponentially() throws Exception {
        Message ok = new Message();
        when(client.execute(any(SendMessage.class)))
                .thenThrow(apiError(500, null))
                .thenThrow(new TelegramApiException("Unable to execute sendMessage method", new IOException("unexpected end of stream")))
                .thenThrow(new TelegramApiRequestException("Unable to deserialize response", new IOException("not JSON")))
                .thenReturn(ok);
        assertSame(ok, api.send(message, 1, false));
        assertEquals(3, sleeps.size());
        // backoff doubles from the base (100 ms), with jitter in the upper half
        assertTrue(sleeps.get(0) >= 50 && sleeps.get(0) <= 100, sleeps.toString());
        assertTrue(sleeps.get(1) >= 100 && sleeps.get(1) <= 200, sleeps.toString());
        assertTrue(sleeps.get(2) >= 200 && sleeps.get(2) <= 400, sleeps.toString());
    }

    @Test
    void attemptsAreBounded() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(502, null));
        TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> api.send(message, 1, false));
        assertEquals(502, e.getErrorCode());
        verify(client, times(4)).execute(any(SendMessage.class));
        assertEquals(3, sleeps.size());
    }

    @Test
    void clientErrorsAreNotRetried() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(403, null));
        assertThrows(TelegramApiRequestException.class, () -> api.send(message, 1, false));
        verify(client, times(1)).execute(any(SendMessage.class));
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void aRetryAfterBeyondTheCapIsNotWaitedFor() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(429, 3600));
        assertThrows(TelegramApiRequestException.class, () -> api.send(message, 1, false));
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void optionalCallsTryOnceAndNeverThrow() throws Exception {
        SendChatAction typing = SendChatAction.builder().chatId(1L).action("typing").build();
        when(client.execute(any(SendChatAction.class))).thenThrow(apiError(500, null));
        assertFalse(api.optional(typing).isPresent());
        when(client.execute(any(SendChatAction.class))).thenThrow(new IllegalStateException("boom"));
        assertFalse(api.optional(typing).isPresent());
        verify(client, times(2)).execute(any(SendChatAction.class));
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void describeNamesTheCauseButNoAddress() {
        String d = BotApi.describe(new TelegramApiException("Unable to execute sendMessage method", new IOException("timeout")));
        assertEquals("Unable to execute sendMessage method (IOException: timeout)", d);
    }
}
