package org.rehablawbot.moderation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.rehablawbot.knowledge.Language;

/**
 * The moderators' replies in their language, from the interface texts' resource bundle ({@code messages.properties}
 * for English, {@code messages_ru.properties} for Russian), keys {@code moderation.*}. Each value is a
 * {@link MessageFormat} pattern; a missing Russian text falls back to the English one. Thread-safe.
 */
final class ModerationTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ModerationTexts() {
    }

    /**
     * The text under {@code moderation.<key>} in {@code language} (English when null), formatted with {@code args}.
     *
     * @throws java.util.MissingResourceException when no bundle has the key (a programming error)
     */
    static String get(Language language, String key, Object... args) {
        Language l = language == null ? Language.EN : language;
        Locale locale = Locale.forLanguageTag(l.code());
        String pattern = ResourceBundle.getBundle("messages", locale, NO_FALLBACK).getString("moderation." + key);
        return new MessageFormat(pattern, locale).format(args);
    }
}
