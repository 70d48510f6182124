package org.rehablawbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.render.TelegramHtmlRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Answers one question in a chat: shows "typing…" while the answer is composed, renders it as HTML parts, sends
 * them (the first threaded to the asker's message when asked to), and puts the "Quotes" / 👍 / 👎 row under the
 * last part.
 */
final class Responder {

    private static final Logger log = LoggerFactory.getLogger(Responder.class);

    /** Telegram shows a chat action for about 5 seconds; it is repeated this often while composing. */
    private static final long TYPING_REPEAT_SECONDS = 4;

    /**
     * Where and how to answer.
     *
     * @param chatType         {@code private}, {@code group} or {@code supergroup}
     * @param replyTo          the message to thread the answer to, or null
     * @param threadId         the forum topic, or null
     * @param previousQuestion follow-up context, or null
     * @param preferred        the language to answer in when the question's script does not decide
     */
    record Question(long chatId, String chatType, Integer replyTo, Integer threadId, String text,
                    String previousQuestion, Language preferred) {
        boolean group() {
            return !"private".equals(chatType);
        }
    }

    private final BotApi api;
    private final AnswerService service;
    private final TelegramHtmlRenderer renderer;
    private final ChatMemory memory;
    private final ScheduledExecutorService ticker;

    Responder(BotApi api, AnswerService service, TelegramHtmlRenderer renderer, ChatMemory memory,
              ScheduledExecutorService ticker) {
        this.api = api;
        this.service = service;
        this.renderer = renderer;
        this.memory = memory;
        this.ticker = ticker;
    }

    /** Answers the question; a failure of the answer service gets the user a short apology. */
    void answer(Question q) throws TelegramApiException {
        Answer answer;
        SendChatAction typing = SendChatAction.builder().chatId(q.chatId()).action("typing").messageThreadId(q.threadId()).build();
        api.optional(typing);
        ScheduledFuture<?> repeat = ticker.scheduleWithFixedDelay(() -> api.optional(typing),
                TYPING_REPEAT_SECONDS, TYPING_REPEAT_SECONDS, TimeUnit.SECONDS);
        try {
            answer = service.answer(q.text(), q.previousQuestion(), q.preferred());
        } catch (RuntimeException e) {
            log.error("answering a question failed", e);
            sendText(q, Texts.failed(q.preferred()));
            return;
        } finally {
            repeat.cancel(false);
        }
        List<String> parts = renderer.render(answer);
        InlineKeyboardMarkup keyboard = null;
        if (answer.status() != Answer.Status.HELP) {
            String id = memory.storeAnswer(new ChatMemory.StoredAnswer(q.text(), answer, q.chatType()));
            keyboard = answerKeyboard(id, answer);
        }
        List<CompletableFuture<Message>> sent = sendParts(q, parts, keyboard);
        if (q.group()) {
            String context = UpdateRouter.context(q.text(), q.previousQuestion());
            for (CompletableFuture<Message> f : sent) {
                f.thenAccept(m -> {
                    if (m != null && m.getMessageId() != null) {
                        memory.rememberBotMessage(q.chatId(), m.getMessageId(), context);
                    }
                });
            }
        }
    }

    /** Sends a fixed text (escaped) as the reply to the question. */
    void sendText(Question q, String plainText) throws TelegramApiException {
        sendParts(q, TelegramHtmlRenderer.split(TelegramHtmlRenderer.escape(plainText), TelegramHtmlRenderer.MAX_MESSAGE), null);
    }

    /**
     * Sends HTML parts in order (queued in the chat's order by {@link BotApi}, never waiting on this thread); the
     * first is threaded to {@code q.replyTo()}, the last carries the keyboard. A part Telegram cannot parse as
     * HTML is sent as plain text instead.
     *
     * @return each part's result, complete when it was sent (or failed for good)
     */
    List<CompletableFuture<Message>> sendParts(Question q, List<String> parts, InlineKeyboardMarkup keyboard)
            throws TelegramApiException {
        List<CompletableFuture<Message>> sent = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder()
                    .chatId(q.chatId())
                    .text(parts.get(i))
                    .parseMode(ParseMode.HTML)
                    .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                    .messageThreadId(q.threadId());
            if (i == 0 && q.replyTo() != null) {
                b.replyParameters(ReplyParameters.builder().messageId(q.replyTo()).allowSendingWithoutReply(true).build());
            }
            if (i == parts.size() - 1 && keyboard != null) {
                b.replyMarkup(keyboard);
            }
            sent.add(api.send(b.build(), q.chatId(), q.group()));
        }
        return sent;
    }

    /**
     * Sends an HTML message (as plain text should Telegram refuse to parse it) and returns it when it went out at
     * once; null when it waits in the chat's queue or failed.
     */
    Message sendHtml(SendMessage message, long chatId, boolean group) throws TelegramApiException {
        CompletableFuture<Message> f = api.send(message, chatId, group);
        return f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
    }

    static InlineKeyboardMarkup answerKeyboard(String id, Answer answer) {
        Language l = answer.language();
        InlineKeyboardRow row = new InlineKeyboardRow();
        if (!answer.citations().isEmpty()) {
            row.add(InlineKeyboardButton.builder().text(Texts.quotesButton(l)).callbackData(Callbacks.quotes(id)).build());
        }
        row.add(InlineKeyboardButton.builder().text("👍").callbackData(Callbacks.vote(id, true)).build());
        row.add(InlineKeyboardButton.builder().text("👎").callbackData(Callbacks.vote(id, false)).build());
        return InlineKeyboardMarkup.builder().keyboardRow(row).build();
    }

    /** HTML made plain: tags dropped, the four entities this renderer writes decoded. */
    static String plain(String html) {
        return BotApi.plain(html);
    }
}
