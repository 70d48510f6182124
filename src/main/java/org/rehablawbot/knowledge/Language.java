package org.rehablawbot.knowledge;

import java.util.Locale;
import java.util.Optional;

/** A language the knowledge, the interface and the answers come in. */
public enum Language {
    EN("en"),
    RU("ru");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code used in front matter, configuration and JSON: {@code en} or {@code ru}. */
    public String code() {
        return code;
    }

    public Language other() {
        return this == EN ? RU : EN;
    }

    /** Parses a code such as {@code en}, {@code ru}, {@code ru-RU}; empty for anything else. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        if (dash > 0) {
            c = c.substring(0, dash);
        }
        for (Language l : values()) {
            if (l.code.equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * Detects the language of a piece of text by its script: text whose letters are mostly Cyrillic is
     * Russian, anything else is English.
     */
    public static Language detect(String text) {
        return cyrillicShare(text) >= 0.5 ? RU : EN;
    }

    /** Share of Cyrillic letters among all letters of {@code text}, 0 when it has no letters. */
    public static double cyrillicShare(String text) {
        if (text == null) {
            return 0;
        }
        int letters = 0;
        int cyrillic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                }
            }
        }
        return letters == 0 ? 0 : (double) cyrillic / letters;
    }
}
