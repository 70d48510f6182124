package org.rehablawbot.knowledge;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures as people and the knowledge write them, in English or Russian, read into their values: "1,031", "1 000
 * 000", "311 000", "2,4 млн", "2.4 million", "18,4 млрд", "500k", "1.5m", "1 миллион 200 тысяч". The one reader
 * that question analysis, claim checks and answer composition share, so a figure the asker typed and a figure a
 * passage states compare by value. A document's number written against letters ("PP-270", "№82") is no figure.
 * Stateless.
 */
public final class WrittenFigures {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * A written figure: five groups, the whole part (digit groups of three joined by a space, a no-break space, a
     * comma or a point, or a plain digit run), the fraction, the scale word, and a compound's smaller part and its
     * scale ("1 миллион 200 тысяч"); read by {@link #value(Matcher, int)}.
     */
    public static final Pattern FIGURE = Pattern.compile("(?<![\\d\\p{L}.,№])(?<!\\p{L}-)(\\d{1,3}(?:[ \\u00a0\\u202f,.]\\d{3})+|\\d+)"
            + "(?:[.,](\\d+))?(?:\\s*(million|mln|billion|bn|thousand|миллион\\p{L}*|млн\\.?|миллиард\\p{L}*|млрд\\.?"
            + "|тысяч\\p{L}*|тыс\\.?|(?<=\\d)[kк]|(?<=\\d)m)(?![\\p{L}])"
            // "1 миллион 200 тысяч", "2 million 400 thousand": the smaller part of a compound figure
            + "(?:\\s+(\\d{1,3})\\s*(thousand|тысяч\\p{L}*|тыс\\.?)(?![\\p{L}]))?)?", FLAGS);

    private WrittenFigures() {
    }

    /**
     * The value of a figure {@link #FIGURE} matched, alone or within a larger pattern whose groups for it start at
     * {@code first} (1 for {@link #FIGURE} itself), its compound's smaller part added ("1 миллиона 200 тысяч" is
     * 1,200,000).
     *
     * @param f     a matcher that has just found a match
     * @param first the number of the group holding the figure's whole part, 1 or more
     * @return the value, rounded to a whole number; 0 when it cannot be read
     */
    public static long value(Matcher f, int first) {
        long v = figure(f.group(first), f.group(first + 1), f.group(first + 2));
        return f.group(first + 3) == null || v <= 0 ? v : v + figure(f.group(first + 3), null, f.group(first + 4));
    }

    /**
     * The value of one written figure's parts.
     *
     * @param whole    the whole part, separators allowed ("1 000", "1,031")
     * @param fraction the digits after the decimal mark, or null
     * @param scale    the scale word ("млн", "thousand", "k", "m", "bn"), or null for none
     * @return the value, rounded to a whole number; 0 when it cannot be read
     */
    public static long figure(String whole, String fraction, String scale) {
        try {
            double v = Double.parseDouble(whole.replaceAll("[ \\u00a0\\u202f,.]", "")
                    + (fraction == null ? "" : "." + fraction));
            if (scale != null) {
                String s = scale.toLowerCase(Locale.ROOT);
                if (s.startsWith("милли") && !s.startsWith("миллиард") || s.startsWith("mil") || s.startsWith("mln")
                        || s.startsWith("млн") || s.equals("m")) {
                    v *= 1e6;
                } else if (s.startsWith("b") || s.startsWith("миллиард") || s.startsWith("млрд")) {
                    v *= 1e9;
                } else {
                    v *= 1e3;
                }
            }
            return Math.round(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The values of the figures a text states, scale words applied ("18,4 млрд" is 18,400,000,000); years, days
     * and numbers of documents or articles included.
     *
     * @param text any text; may be empty
     * @return the positive values found, in no order; empty when none
     */
    public static Set<Long> figures(String text) {
        Set<Long> out = new HashSet<>();
        Matcher f = FIGURE.matcher(text);
        while (f.find()) {
            long v = value(f, 1);
            if (v > 0) {
                out.add(v);
            }
        }
        return out;
    }
}
