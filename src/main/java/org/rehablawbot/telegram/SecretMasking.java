package org.rehablawbot.telegram;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Removes secrets from log text: every registered secret (the bot token is registered when the bot starts), any
 * text shaped like a bot token ({@code 123456789:AA...}), and the token segment of Bot API addresses
 * ({@code /bot<token>/}). Used by the log pattern ({@code %maskedMsg}, {@code %maskedEx} in logback.xml).
 */
public final class SecretMasking {

    private static final Set<String> SECRETS = new CopyOnWriteArraySet<>();
    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\b\\d{3,15}:[A-Za-z0-9_-]{20,}");
    private static final Pattern TOKEN_PATH = Pattern.compile("/bot[^/\\s]+/");
    static final String MASK = "<secret>";

    private SecretMasking() {
    }

    /** Masks this value wherever it appears in later log lines; blank and very short values are ignored. */
    public static void register(String secret) {
        if (secret != null && secret.strip().length() >= 6) {
            SECRETS.add(secret.strip());
        }
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = text;
        for (String secret : SECRETS) {
            if (s.contains(secret)) {
                s = s.replace(secret, MASK);
            }
        }
        if (mayHoldTokenShape(s)) {
            s = TOKEN_SHAPE.matcher(s).replaceAll(MASK);
        }
        if (s.contains("/bot")) {
            s = TOKEN_PATH.matcher(s).replaceAll("/bot" + MASK + "/");
        }
        return s;
    }

    /**
     * True when some ':' in {@code s} has 3 digits before it and 20 token characters after it: what
     * {@link #TOKEN_SHAPE} needs, checked without a regular expression since most texts (every answer sent) have
     * colons but nothing like a token.
     */
    private static boolean mayHoldTokenShape(String s) {
        for (int i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) {
            if (i < 3 || i + 20 >= s.length()) {
                continue;
            }
            boolean digits = true;
            for (int j = i - 3; j < i && digits; j++) {
                digits = s.charAt(j) >= '0' && s.charAt(j) <= '9';
            }
            if (!digits) {
                continue;
            }
            int run = 0;
            for (int j = i + 1; j < s.length() && run < 20 && isTokenChar(s.charAt(j)); j++) {
                run++;
            }
            if (run >= 20) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
