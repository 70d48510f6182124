package org.rehablawbot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Extra handling of updates, tried before the bot's own in the order given to {@link TelegramBot#start}; runs on
 * the update's chat worker thread, in order within the chat. For features such as moderator commands.
 */
@FunctionalInterface
public interface UpdateHandler {

    /**
     * What a handler may use: the rate-limited, retrying Bot API, who the bot is, and its configuration (for
     * {@link ApiAddress#fileUrl} with {@link BotConfig#token()}).
     */
    record Context(BotApi api, BotIdentity identity, BotConfig config) {
        @Override
        public String toString() {
            return "Context[identity=" + identity + "]";
        }
    }

    /** Returns true when it handled the update (the bot's own handling is then skipped). */
    boolean handle(Update update, Context context) throws Exception;
}
