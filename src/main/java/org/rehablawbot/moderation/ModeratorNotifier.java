package org.rehablawbot.moderation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the moderators about something they should act on (a knowledge file left out because of an error, a
 * failed reload). The Telegram adapter sends the text to each moderator; without a bot it is only logged.
 * Implementations are thread-safe and never throw.
 */
@FunctionalInterface
public interface ModeratorNotifier {

    /** Sends plain text (no markup) to every moderator. */
    void notifyModerators(String text);

    /** A notifier that writes the text to the log only, for the console chat and the command line. */
    static ModeratorNotifier logOnly() {
        Logger log = LoggerFactory.getLogger(ModeratorNotifier.class);
        return text -> log.info("for moderators: {}", text);
    }
}
