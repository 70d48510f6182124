package org.rehablawbot.telegram;

/**
 * Who the bot is, as {@code getMe} reported at start-up.
 *
 * @param id       the bot's user id
 * @param username the bot's username without {@code @}
 */
public record BotIdentity(long id, String username) {
}
