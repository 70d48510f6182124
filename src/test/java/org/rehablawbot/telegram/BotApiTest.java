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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Messages: sent at once when nothing waits; 429 waits retry_after on a timer (the caller goes on), 5xx and
 * garbled replies back off, a connection dropped after a sendMessage was written is not re-sent, a migrated group
 * is followed, other errors fail at once; errors that leave are masked.
 */
class BotApiTest {

    final TelegramClient client = mock(TelegramClient.class);
    final List<Long> sleeps = new ArrayList<>();
    final BotApi api = new BotApi(client, new RateLimiter(RateLimiter.Limits.NONE), new BotApi.Retry(4, 100, 1000, 5), sleeps::add);
    final SendMessage message = SendMessage.builder().chatId(1L).text("hi").build();

    @AfterEach
    void close() {
        api.close();
    }

    static TelegramApiRequestException apiError(int code, Integer retryAfter) {
        ApiResponse<Object> r = ApiResponse.builder().ok(false).errorCode(code).errorDescription("error " + code)
                .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter)).build();
        return new TelegramApiRequestException("Error executing query", r);
    }

    static Throwable failure(CompletableFuture<?> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("did not fail");
    }

    @Test
    void aMessageThatNeedsNoWaitGoesOutOnTheCallersThread() throws Exception {
        Message ok = new Message();
        when(client.execute(any(SendMessage.class))).thenReturn(ok);
        CompletableFuture<Message> f = api.send(message, 1, false);
        assertTrue(f.isDone());
        assertSame(ok, f.join());
    }

    @Test
    void tooManyRequestsIsWaitedOnATimerNotOnTheCaller() throws Exception {
        Message ok = new Message();
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(429, 1)).thenReturn(ok);
        long t0 = System.nanoTime();
        CompletableFuture<Message> f = api.send(message, 1, false);
        assertTrue(System.nanoTime() - t0 < 500_000_000L, "the caller did not wait");
        assertFalse(f.isDone());
        // another chat is not held up meanwhile
        SendMessage other = SendMessage.builder().chatId(2L).text("other").build();
        assertTrue(api.send(other, 2, false).isDone());
        assertSame(ok, f.get(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - t0 >= 1_000_000_000L, "retried after retry_after");
        assertTrue(sleeps.isEmpty(), "nothing slept");
    }

    @Test
    void serverErrorsAndGarbledRepliesBackOffThenSucceed() throws Exception {
        Message ok = new Message();
        when(client.execute(any(SendMessage.class)))
                .thenThrow(apiError(500, null))
                .thenThrow(new TelegramApiRequestException("Unable to deserialize response",
                        new com.fasterxml.jackson.core.JsonParseException(null, "Unexpected character '<'")))
                .thenThrow(new TelegramApiException("Unable to execute sendMessage method", new java.net.ConnectException("refused")))
                .thenReturn(ok);
        assertSame(ok, api.send(message, 1, false).get(5, TimeUnit.SECONDS));
        verify(client, times(4)).execute(any(SendMessage.class));
    }

    @Test
    void aSendMessageWhoseConnectionDroppedIsNotSentAgain() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(new TelegramApiException("Unable to execute sendMessage method", new IOException("unexpected end of stream")))
                .thenReturn(new Message());
        Throwable e = failure(api.send(message, 1, false));
        assertTrue(e instanceof TelegramApiException, e.toString());
        verify(client, times(1)).execute(any(SendMessage.class));
    }

    @Test
    void attemptsAreBounded() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(502, null));
        Throwable e = failure(api.send(message, 1, false));
        assertEquals(502, ((TelegramApiRequestException) e).getErrorCode());
        verify(client, times(4)).execute(any(SendMessage.class));
    }

    @Test
    void clientErrorsAreNotRetried() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(403, null));
        assertTrue(failure(api.send(message, 1, false)) instanceof TelegramApiRequestException);
        verify(client, times(1)).execute(any(SendMessage.class));
    }

    @Test
    void tooManyRequestsAreRetriedOnlyWithinTheTotalBudget() throws Exception {
        // the budget is 5 s: a retry_after of 3 s is honoured once, the next one would pass the budget
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(429, 3));
        assertTrue(failure(api.send(message, 1, false)) instanceof TelegramApiRequestException);
        verify(client, times(2)).execute(any(SendMessage.class));
    }

    @Test
    void aGroupUpgradedToASupergroupIsFollowed() throws Exception {
        ApiResponse<Object> migrated = ApiResponse.builder().ok(false).errorCode(400)
                .errorDescription("Bad Request: group chat was upgraded to a supergroup chat")
                .parameters(new ResponseParameters(-100777L, null)).build();
        Message ok = new Message();
        when(client.execute(any(SendMessage.class))).thenThrow(new TelegramApiRequestException("Error", migrated)).thenReturn(ok);
        SendMessage m = SendMessage.builder().chatId(-55L).text("answer").build();
        assertSame(ok, api.send(m, -55, true).get(5, TimeUnit.SECONDS));
        assertEquals("-100777", m.getChatId());
        SendMessage later = SendMessage.builder().chatId(-55L).text("later").build();
        api.send(later, -55, true).get(5, TimeUnit.SECONDS);
        assertEquals("-100777", later.getChatId(), "later messages go to the supergroup at once");
    }

    @Test
    void callsRetryOnlyShortWaits() throws Exception {
        org.telegram.telegrambots.meta.api.methods.GetMe getMe = new org.telegram.telegrambots.meta.api.methods.GetMe();
        when(client.execute(any(org.telegram.telegrambots.meta.api.methods.GetMe.class)))
                .thenThrow(apiError(500, null)).thenThrow(apiError(429, 3600));
        assertThrows(TelegramApiRequestException.class, () -> api.call(getMe));
        assertEquals(1, sleeps.size());
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
    void errorsAndTextsLeavingAreMasked() throws Exception {
        String token = "987654321:SECRET-token-zzYYxxWWvvUUttSSrrQQ";
        SecretMasking.register(token);
        ApiResponse<Object> r = ApiResponse.builder().ok(false).errorCode(404)
                .errorDescription("Not Found: /bot" + token + "/getfile").build();
        org.telegram.telegrambots.meta.api.methods.GetFile getFile = new org.telegram.telegrambots.meta.api.methods.GetFile("f");
        when(client.execute(any(org.telegram.telegrambots.meta.api.methods.GetFile.class)))
                .thenThrow(new TelegramApiRequestException("Error", r));
        TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> api.call(getFile));
        assertFalse(e.getMessage().contains(token), e.getMessage());
        assertFalse(e.getApiResponse().contains("SECRET"), e.getApiResponse());
        assertEquals(404, e.getErrorCode());
        when(client.execute(any(SendMessage.class))).thenReturn(new Message());
        SendMessage m = SendMessage.builder().chatId(1L).text("failed: " + token).build();
        api.send(m, 1, false).join();
        assertFalse(m.getText().contains("SECRET"), m.getText());
    }

    @Test
    void describeNamesTheCauseButNoAddress() {
        String d = BotApi.describe(new TelegramApiException("Unable to execute sendMessage method", new IOException("timeout")));
        assertEquals("Unable to execute sendMessage method (IOException: timeout)", d);
    }
}
