package org.rehablawbot.telegram;

import java.util.function.Function;
import org.rehablawbot.knowledge.Language;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Extra handling of updates, tried before the bot's own in the order given to {@link TelegramBot#start}; runs on
 * the update's chat worker thread, in order within the chat. For features such as moderator commands.
 */
@FunctionalInterface
public interface UpdateHandler {

    /**
     * What a handler may use: the rate-limited, retrying Bot API, who the bot is, its configuration (for
     * {@link ApiAddress#fileUrl} with {@link BotConfig#token()}), and the language to reply to a message in (the
     * one chosen in its chat with {@code /lang}, else its sender's Telegram language, else the default), as the
     * bot's own replies choose it.
     */
    record Context(BotApi api, BotIdentity identity, BotConfig config, Function<Message, Language> language) {
        @Override
        public String toString() {
            return "Context[identity=" + identity + "]";
        }
    }

    /** Returns true when it handled the update (the bot's own handling is then skipped). */
    boolean handle(Update update, Context context) throws Exception;
}
