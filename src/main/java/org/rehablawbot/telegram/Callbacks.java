package org.rehablawbot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.rehablawbot.knowledge.Language;

/**
 * The callback data of the bot's buttons, each well under Telegram's 64-byte limit: {@code q:<id>} (show quotes),
 * {@code f:<id>:u} / {@code f:<id>:d} (feedback), {@code l:en} / {@code l:ru} (language), {@code s:<page>} (a
 * page of {@code /sources}, from 0). {@code <id>} is the short id of a remembered answer.
 */
final class Callbacks {

    static final int MAX_BYTES = 64;

    enum Action { QUOTES, VOTE_UP, VOTE_DOWN, LANGUAGE, SOURCES_PAGE }

    /**
     * @param answerId for QUOTES and votes, else null
     * @param language for LANGUAGE, else null
     * @param page     for SOURCES_PAGE, from 0; else 0
     */
    record Parsed(Action action, String answerId, Language language, int page) {
        Parsed(Action action, String answerId, Language language) {
            this(action, answerId, language, 0);
        }
    }

    private Callbacks() {
    }

    static String quotes(String id) {
        return check("q:" + id);
    }

    static String vote(String id, boolean up) {
        return check("f:" + id + (up ? ":u" : ":d"));
    }

    static String language(Language l) {
        return check("l:" + l.code());
    }

    /** A page of the document list, from 0. */
    static String sourcesPage(int page) {
        return check("s:" + page);
    }

    static Optional<Parsed> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        String[] p = data.split(":", -1);
        if (p.length == 2 && p[0].equals("q") && !p[1].isEmpty()) {
            return Optional.of(new Parsed(Action.QUOTES, p[1], null));
        }
        if (p.length == 3 && p[0].equals("f") && !p[1].isEmpty() && (p[2].equals("u") || p[2].equals("d"))) {
            return Optional.of(new Parsed(p[2].equals("u") ? Action.VOTE_UP : Action.VOTE_DOWN, p[1], null));
        }
        if (p.length == 2 && p[0].equals("s") && p[1].matches("\\d{1,6}")) {
            return Optional.of(new Parsed(Action.SOURCES_PAGE, null, null, Integer.parseInt(p[1])));
        }
        if (p.length == 2 && p[0].equals("l")) {
            return Language.fromCode(p[1]).map(l -> new Parsed(Action.LANGUAGE, null, l));
        }
        return Optional.empty();
    }

    private static String check(String data) {
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalStateException("callback data over " + MAX_BYTES + " bytes: " + data);
        }
        return data;
    }
}
