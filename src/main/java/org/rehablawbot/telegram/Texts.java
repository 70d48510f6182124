package org.rehablawbot.telegram;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.rehablawbot.knowledge.Language;

/**
 * Every fixed text the bot sends, from the resource bundle {@code messages} ({@code src/main/resources/
 * messages.properties} for English, {@code messages_ru.properties} for Russian; read as UTF-8). Each value is a
 * {@link MessageFormat} pattern. Texts that depend on a count get the count and its remainders modulo 10 and 100
 * ({@link #plural}), so each language's file writes its own plural rules with choice formats and a language is
 * added with a file, without code. Plain text: callers escape it for HTML. Thread-safe.
 */
final class Texts {

    /** The base name of the bundle. */
    static final String BUNDLE = "messages";

    /** Commands in the menu, in order; each has a {@code command.<name>} description in the bundle. */
    static final String[] COMMANDS = {"start", "help", "sources", "lang", "ask", "privacy"};

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Each language's parsed patterns, by key: parsed once, formatted under their own lock (a format is not thread-safe). */
    private static final java.util.Map<Language, java.util.concurrent.ConcurrentHashMap<String, MessageFormat>> FORMATS =
            new java.util.EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            FORMATS.put(l, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    private Texts() {
    }

    /** The locale of a language's bundle. */
    static Locale locale(Language l) {
        return Locale.forLanguageTag(l.code());
    }

    /**
     * The bundle of a language: its own file, falling back key by key to the English base file (never to the
     * JVM's default locale).
     */
    static ResourceBundle bundle(Language l) {
        return ResourceBundle.getBundle(BUNDLE, locale(l), NO_FALLBACK);
    }

    /**
     * The text under {@code key} in language {@code l}, formatted with {@code args}.
     *
     * @throws MissingResourceException when no bundle has the key (a programming error)
     */
    static String get(Language l, String key, Object... args) {
        MessageFormat format = FORMATS.get(l).computeIfAbsent(key, k -> new MessageFormat(bundle(l).getString(k), locale(l)));
        synchronized (format) {
            return format.format(args);
        }
    }

    /**
     * A text that depends on a count: the pattern gets {@code {0}} = {@code n}, {@code {1}} = {@code n mod 10},
     * {@code {2}} = {@code n mod 100}, then {@code extra} as {@code {3}}, {@code {4}}…
     *
     * @param n a count, 0 or more
     */
    static String plural(Language l, String key, long n, Object... extra) {
        Object[] args = new Object[3 + extra.length];
        long abs = Math.abs(n);
        args[0] = n;
        args[1] = abs % 10;
        args[2] = abs % 100;
        System.arraycopy(extra, 0, args, 3, extra.length);
        return get(l, key, args);
    }

    static String start(Language l) {
        return get(l, "start");
    }

    static String help(Language l, String username) {
        return get(l, "help", username == null || username.isEmpty() ? "bot" : username);
    }

    /**
     * What the bot keeps and for how long.
     *
     * @param feedbackFile the name of the feedback file as the user should read it
     * @param maxAnswers   answers kept in memory for their buttons
     */
    static String privacy(Language l, String feedbackFile, int maxAnswers) {
        return get(l, "privacy", feedbackFile, maxAnswers);
    }

    static String textOnly(Language l) {
        return get(l, "text_only");
    }

    static String editedHint(Language l) {
        return get(l, "edited_hint");
    }

    static String unknownCommand(Language l) {
        return get(l, "unknown_command");
    }

    static String askUsage(Language l) {
        return get(l, "ask_usage");
    }

    static String busy(Language l) {
        return get(l, "busy");
    }

    static String failed(Language l) {
        return get(l, "failed");
    }

    static String chooseLanguage(Language l) {
        return get(l, "choose_language");
    }

    static String languageSet(Language l) {
        return get(l, "language_set");
    }

    static String languageUsage(Language l) {
        return get(l, "language_usage");
    }

    static String languageName(Language l) {
        return get(l, "language_name");
    }

    /**
     * The notice for a question longer than the pipeline reads, worded as the console chat's.
     *
     * @param length    characters in the question as sent
     * @param read      the most characters read
     * @param lastRead  the last words of the part that is answered
     * @param unread    characters not read
     * @param firstUnread the first words of the part not read
     */
    static String questionCut(Language l, int length, int read, String lastRead, int unread, String firstUnread) {
        return plural(l, "question_cut", length, read, lastRead, unread, firstUnread);
    }

    static String quotesButton(Language l) {
        return get(l, "quotes_button");
    }

    static String quotesSent(Language l) {
        return get(l, "quotes_sent");
    }

    static String feedbackThanks(Language l) {
        return get(l, "feedback_thanks");
    }

    static String feedbackAgain(Language l) {
        return get(l, "feedback_again");
    }

    static String expired(Language l) {
        return get(l, "expired");
    }

    static String sourcesPrevious(Language l) {
        return get(l, "sources_previous");
    }

    static String sourcesNext(Language l) {
        return get(l, "sources_next");
    }

    /** "Page 2 of 5", pages numbered from 1. */
    static String sourcesPage(Language l, int page, int pages) {
        return get(l, "sources_page", page, pages);
    }

    static String inlineHintTitle(Language l) {
        return get(l, "inline_hint_title");
    }

    static String inlineHintDescription(Language l) {
        return get(l, "inline_hint_description");
    }

    static String inlineAnswerDescription(Language l, int sources) {
        return plural(l, "inline_answer_description", sources);
    }

    static String inlineNoAnswerTitle(Language l) {
        return get(l, "inline_no_answer_title");
    }

    /** "… and 12 more lines", for a reply cut to fit one message. */
    static String moreLines(Language l, int n) {
        return plural(l, "more_lines", n);
    }

    /** The bot's description for {@code setMyDescription} (at most 512 characters). */
    static String description(Language l) {
        return get(l, "description");
    }

    /** The bot's short description for {@code setMyShortDescription} (at most 120 characters). */
    static String shortDescription(Language l) {
        return get(l, "short_description");
    }

    /** A command's description for setMyCommands; the command's own name when the bundle has none. */
    static String commandDescription(String command, Language l) {
        try {
            return get(l, "command." + command);
        } catch (MissingResourceException e) {
            return command;
        }
    }
}
