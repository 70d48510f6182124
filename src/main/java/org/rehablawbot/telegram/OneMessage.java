package org.rehablawbot.telegram;

import org.rehablawbot.knowledge.Language;

/**
 * Cuts a plain-text reply to fit one Telegram message ({@value #MAX_CHARS} characters at most, counted as
 * Telegram counts them, in UTF-16 units). A long reply keeps its first whole lines and ends with "… and N more
 * lines"; a single line longer than a message is cut inside, never in the middle of a surrogate pair. For replies
 * to moderators, whose problem lists can run to hundreds of lines.
 */
final class OneMessage {

    /** Telegram's limit on a message's text. */
    static final int MAX_CHARS = 4096;

    private OneMessage() {
    }

    /** {@code text} as is when it fits in {@link #MAX_CHARS} characters, else cut as described above. */
    static String fit(String text, Language language) {
        return fit(text, language, MAX_CHARS);
    }

    /**
     * As {@link #fit(String, Language)} with another limit.
     *
     * @param max most characters of the result, at least 100
     */
    static String fit(String text, Language language, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            int more = lines.length - i - 1;
            String tail = more > 0 ? "\n" + Texts.moreLines(language, more) : "";
            String line = (kept.length() > 0 ? "\n" : "") + lines[i];
            if (kept.length() + line.length() + tail.length() > max) {
                break;
            }
            kept.append(line);
            i++;
        }
        if (i == 0) {
            // not even the first line fits: cut inside it
            String tail = "…\n" + Texts.moreLines(language, lines.length - 1);
            String cutTail = lines.length > 1 ? tail : "…";
            int cut = max - cutTail.length();
            if (Character.isHighSurrogate(lines[0].charAt(cut - 1))) {
                cut--;
            }
            return lines[0].substring(0, cut) + cutTail;
        }
        return i == lines.length ? kept.toString() : kept + "\n" + Texts.moreLines(language, lines.length - i);
    }
}
