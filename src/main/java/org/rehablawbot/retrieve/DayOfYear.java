package org.rehablawbot.retrieve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day of a month named without its year: "31 мая", "31 May", "May 31", "30 октября". A question that names one
 * ("указ про день памяти 31 мая") asks about that day: a passage saying "31 августа" and, elsewhere, "1 мая 2001"
 * holds both of its words and none of its meaning, so the words of a day count for a passage only where it names
 * that very day.
 *
 * @param month the month, 1–12
 * @param day   the day of the month, 1–31
 */
public record DayOfYear(int month, int day) {

    /**
     * A month's name in English or Russian, any case ending ("may", "мая", "августе"), as a regular expression's
     * alternatives with no group: for patterns that read a month and a year.
     */
    public static final String MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяею]|июн\\p{L}*|июл\\p{L}*"
            + "|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*";

    private static final List<String> EN = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final List<String> RU = List.of("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
            "сентябр", "октябр", "ноябр", "декабр");
    private static final String MONTH = "(?<month>january|february|march|april|may|june|july|august|september"
            + "|october|november|december|январ[яье]|феврал[яье]|марта?|марте|апрел[яье]|ма[яйе]|июн[яье]|июл[яье]"
            + "|августа?|августе|сентябр[яье]|октябр[яье]|ноябр[яье]|декабр[яье])";
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\p{N}])(?<day>[1-9]|[12]\\d|3[01])(?:st|nd|rd"
            + "|th|-?го|-?е)?\\s+(?:of\\s+)?" + MONTH + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_FIRST = Pattern.compile("(?<![\\p{L}])" + MONTH + "\\s+(?<day>[1-9]|[12]\\d"
            + "|3[01])(?![\\p{N}])(?:st|nd|rd|th)?(?!\\s*\\d{3})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public DayOfYear {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new IllegalArgumentException("no such day: " + day + "." + month);
        }
    }

    /**
     * The days of a month a text names ("31 мая 2016", "on May 31", "30 October"), in any order.
     *
     * @param text any text; may be null (then empty)
     */
    public static Set<DayOfYear> in(String text) {
        Set<DayOfYear> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        for (Pattern p : List.of(DAY_FIRST, MONTH_FIRST)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new DayOfYear(monthOf(m.group("month")), Integer.parseInt(m.group("day"))));
            }
        }
        return out;
    }

    /**
     * The stems of the words that name days in a text: the day's number and the month's word ("31", "ма"), as
     * {@link Terms#stem} gives them.
     *
     * @param text any text; may be null (then empty)
     */
    public static Set<String> wordStems(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        for (Pattern p : List.of(DAY_FIRST, MONTH_FIRST)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(Terms.stem(m.group("day")));
                out.add(Terms.stem(m.group("month").toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /**
     * The number of the month a word names: an English month's full name, or a Russian one in any case ("мая",
     * "маю", "августе").
     *
     * @return 1..12
     * @throws IllegalArgumentException when the word names no month
     */
    public static int monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int en = EN.indexOf(w);
        if (en >= 0) {
            return en + 1;
        }
        for (int i = 0; i < RU.size(); i++) {
            String stem = RU.get(i);
            if (w.startsWith(stem) && (i != 4 || w.length() == 3)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }
}
