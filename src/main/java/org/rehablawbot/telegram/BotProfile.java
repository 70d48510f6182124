package org.rehablawbot.telegram;

import org.rehablawbot.knowledge.Language;
import org.telegram.telegrambots.meta.api.methods.description.SetMyDescription;
import org.telegram.telegrambots.meta.api.methods.description.SetMyShortDescription;

/**
 * The bot's profile texts, set at start-up in every language of the bundle: the description Telegram shows in
 * an empty chat before the user presses Start ({@code setMyDescription}, at most 512 characters) and the short
 * description on the bot's profile page and in shared links ({@code setMyShortDescription}, at most 120). English
 * is set as the default (no language code), every other language for users whose Telegram is in it. Best effort:
 * a failure is logged and never stops the bot.
 */
public final class BotProfile {

    /** Telegram's limit on {@code setMyDescription}. */
    static final int MAX_DESCRIPTION = 512;
    /** Telegram's limit on {@code setMyShortDescription}. */
    static final int MAX_SHORT_DESCRIPTION = 120;

    private BotProfile() {
    }

    /**
     * Sends the description and the short description in each language (two calls a language), each once; a
     * failed call is logged by {@link BotApi#optional}.
     *
     * @return how many of the calls Telegram accepted
     */
    public static int register(BotApi api) {
        int accepted = 0;
        for (Language l : Language.values()) {
            String code = l == Language.EN ? null : l.code();
            SetMyDescription d = SetMyDescription.builder()
                    .description(cut(Texts.description(l), MAX_DESCRIPTION)).languageCode(code).build();
            SetMyShortDescription s = SetMyShortDescription.builder()
                    .shortDescription(cut(Texts.shortDescription(l), MAX_SHORT_DESCRIPTION)).languageCode(code).build();
            accepted += api.optional(d).filter(Boolean.TRUE::equals).isPresent() ? 1 : 0;
            accepted += api.optional(s).filter(Boolean.TRUE::equals).isPresent() ? 1 : 0;
        }
        return accepted;
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
