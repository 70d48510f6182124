package org.rehablawbot.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What sort of document a source is. Opinion kinds are always voiced as "according to …". */
public enum Kind {
    LAW("law", "закон", false),
    DECREE("decree", "указ", false),
    OFFICIAL("official", "официальный документ", false),
    COURT("court", "судебное решение", false),
    NEWS("news", "новости", false),
    STATEMENT("statement", "заявление", true),
    COMMENTARY("commentary", "комментарий", true),
    RESEARCH("research", "исследование", false),
    REFERENCE("reference", "справка", false);

    private final String code;
    private final String russian;
    private final boolean opinion;

    Kind(String code, String russian, boolean opinion) {
        this.code = code;
        this.russian = russian;
        this.opinion = opinion;
    }

    /** The word used in front matter and JSON. */
    public String code() {
        return code;
    }

    /** The kind's name in the given language, for answers. */
    public String label(Language language) {
        return language == Language.RU ? russian : code;
    }

    public boolean isOpinion() {
        return opinion;
    }

    public static Optional<Kind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(c)).findFirst();
    }

    /** The allowed codes, comma separated, for error messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(Kind::code).collect(Collectors.joining(", "));
    }
}
