package org.rehablawbot.telegram;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.moderation.ModeratorNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Sends moderator notices as plain text to each moderator's private chat, in the background so that a slow or
 * failing Bot API never holds up a reload; the text passes through {@link BotApi}, which masks any secret in it.
 * A moderator who has not started a chat with the bot cannot be messaged; that is logged. The notice is always
 * logged as well. A long notice is cut to one message, its last lines replaced by "… and N more lines"
 * ({@link OneMessage}).
 */
public final class TelegramModeratorNotifier implements ModeratorNotifier, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramModeratorNotifier.class);

    private final BotApi api;
    private final List<Long> moderators;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "moderator-notices");
        t.setDaemon(true);
        return t;
    });

    public TelegramModeratorNotifier(BotApi api, Set<Long> moderators) {
        this.api = api;
        this.moderators = List.copyOf(moderators);
    }

    @Override
    public void notifyModerators(String text) {
        log.debug("for moderators: {}", text);
        String body = OneMessage.fit(text, Language.EN);
        try {
            sender.execute(() -> {
                for (long id : moderators) {
                    try {
                        api.send(SendMessage.builder().chatId(id).text(body).build(), id, false).whenComplete((m, e) -> {
                            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                                    ? e.getCause() : e;
                            if (cause != null && !(cause instanceof BotApi.Stopping)) {
                                log.warn("cannot message moderator {} (has the moderator started a chat with the bot?): {}",
                                        id, BotApi.describe(cause));
                            }
                        });
                    } catch (TelegramApiException | RuntimeException e) {
                        log.warn("cannot message moderator {} (has the moderator started a chat with the bot?): {}",
                                id, BotApi.describe(e));
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("notice not sent: shutting down");
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
