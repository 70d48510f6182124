package org.rehablawbot.answer;

import java.util.regex.Matcher;

/**
 * A figure as written in a question or a sentence: digits grouped or not ("311,000", "311 000", "2,4"), with a scale
 * word ("2.4 million", "2,4 млн", "311 тысяч"). Read by {@link ClaimCheck#figure}.
 */
final class FigureText {

    /** Three groups: the whole part, the fraction, the scale word. */
    static final String PATTERN = "(?<![\\d\\p{L}.,№])(\\d{1,3}(?:[ \\u00a0\\u202f,.]\\d{3})+|\\d+)(?:[.,](\\d+))?"
            + "(?:\\s*(million|mln|billion|bn|thousand|миллион\\p{L}*|млн\\.?|миллиард\\p{L}*|млрд\\.?|тысяч\\p{L}*"
            + "|тыс\\.?)(?![\\p{L}]))?";

    private FigureText() {
    }

    /**
     * The value of a figure matched by {@link #PATTERN} within a larger pattern, its groups from {@code first}; 0
     * when it cannot be read.
     */
    static long value(Matcher m, int first) {
        return ClaimCheck.figure(m.group(first), m.group(first + 1), m.group(first + 2));
    }
}
