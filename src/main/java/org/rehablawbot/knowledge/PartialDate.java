package org.rehablawbot.knowledge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full or partial ISO date as sources give them: {@code 2024}, {@code 2024-12} or {@code 2024-12-31}.
 * {@code month} and {@code day} are 0 when unknown.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    /** Russian month names in the genitive, as used after a day number ("22 марта 2023"). */
    private static final String[] RU_MONTHS_GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря"};
    /** Russian month names in the nominative, as used without a day ("март 2023"). */
    private static final String[] RU_MONTHS = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day);
            }
        }
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text is not such a date. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new PartialDate(y, mo, d));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A day written out: "14 April 1993", "April 14, 1993", "18 октября 1991". Group 1, 2, 3 day, month, year; or
     * 4, 5, 6 month, day, year.
     */
    private static final Pattern DAY_WRITTEN = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\s+(?:of\\s+)?(\\p{L}+),?\\s+"
            + "(\\d{4})(?!\\d)|(?<!\\p{L})(\\p{L}+)\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)");

    /**
     * The year of a value written as a date ({@link #parse}: "1993-04-14", "2024-10", "1991").
     *
     * @param text a value; null reads as none
     * @return the year, or 0 when the value is no date
     */
    public static int yearOf(String text) {
        return text == null ? 0 : parse(text).map(PartialDate::year).orElse(0);
    }

    /**
     * The first full day a text writes out in English or Russian ("14 April 1993", "April 14, 1993", "18 октября
     * 1991 года"); empty when it writes none (a year or a month alone is no day).
     *
     * @param text any text; null holds none
     */
    public static Optional<PartialDate> firstDayIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DAY_WRITTEN.matcher(text);
        while (m.find()) {
            boolean dayFirst = m.group(1) != null;
            int month = monthOf(m.group(dayFirst ? 2 : 4));
            if (month == 0) {
                continue;
            }
            try {
                return Optional.of(new PartialDate(Integer.parseInt(m.group(dayFirst ? 3 : 6)), month,
                        Integer.parseInt(m.group(dayFirst ? 1 : 5))));
            } catch (IllegalArgumentException e) {
                // "31 April": no such day, read on
            }
        }
        return Optional.empty();
    }

    /**
     * The month (1 to 12) a word names: an English name or a Russian genitive in full ("October", "октября"), or their
     * first three letters or more as a question shortens them ("oct", "окт", "sept").
     *
     * @param word one word; null names none
     * @return the month, or 0 when the word names none or more than one
     */
    public static int monthNamed(String word) {
        if (word == null || word.length() < 3) {
            return 0;
        }
        int exact = monthOf(word);
        if (exact != 0) {
            return exact;
        }
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int found = 0;
        for (int i = 0; i < 12; i++) {
            if (EN_MONTHS[i].toLowerCase(java.util.Locale.ROOT).startsWith(w) || RU_MONTHS_GENITIVE[i].startsWith(w)) {
                if (found != 0 && found != i + 1) {
                    return 0;
                }
                found = i + 1;
            }
        }
        return found;
    }

    /** The month (1 to 12) an English name or a Russian genitive names, or 0. */
    private static int monthOf(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (w.equals(EN_MONTHS[i].toLowerCase(java.util.Locale.ROOT)) || w.equals(RU_MONTHS_GENITIVE[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The ISO form it was written in: {@code 2024}, {@code 2024-12} or {@code 2024-12-31}. */
    public String iso() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        if (day == 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** Human form in the given language: "22 March 2023", "March 2023", "2023"; "22 марта 2023", "март 2023". */
    public String display(Language language) {
        if (month == 0) {
            return Integer.toString(year);
        }
        if (language == Language.RU) {
            return day == 0 ? RU_MONTHS[month - 1] + " " + year : day + " " + RU_MONTHS_GENITIVE[month - 1] + " " + year;
        }
        return day == 0 ? EN_MONTHS[month - 1] + " " + year : day + " " + EN_MONTHS[month - 1] + " " + year;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c == 0 ? Integer.compare(day, o.day) : c;
    }

    @Override
    public String toString() {
        return iso();
    }
}
