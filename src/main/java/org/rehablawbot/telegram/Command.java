package org.rehablawbot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bot command at the start of a message: {@code /name}, {@code /name@botname}, then its argument text.
 *
 * @param name   lower case, without the slash
 * @param target the bot named after {@code @}, or null
 * @param args   the text after the command, trimmed; "" when none
 */
record Command(String name, String target, String args) {

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+([\\s\\S]*))?$");

    static Optional<Command> parse(String text) {
        if (text == null || !text.startsWith("/")) {
            return Optional.empty();
        }
        Matcher m = COMMAND.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String args = m.group(3) == null ? "" : m.group(3).trim();
        return Optional.of(new Command(m.group(1).toLowerCase(Locale.ROOT), m.group(2), args));
    }

    /** True when the command names no bot or names this one. */
    boolean isFor(String username) {
        return target == null || target.equalsIgnoreCase(username);
    }
}
