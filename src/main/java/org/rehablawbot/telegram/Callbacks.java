package org.rehablawbot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.rehablawbot.knowledge.Language;

/**
 * The callback data of the bot's buttons, each well under Telegram's 64-byte limit: {@code q:<id>} (show quotes),
 * {@code f:<id>:u} / {@code f:<id>:d} (feedback), {@code l:en} / {@code l:ru} (language). {@code <id>} is the short
 * id of a remembered answer.
 */
final class Callbacks {

    static final int MAX_BYTES = 64;

    enum Action { QUOTES, VOTE_UP, VOTE_DOWN, LANGUAGE }

    record Parsed(Action action, String answerId, Language language) {
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
