package org.rehablawbot.llm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates and numbers a piece of English or Russian text states, in one normal form, so that a sentence of a
 * model's answer can be checked against the passages it cites whatever way each writes them.
 *
 * <p>Each figure is a string: {@code d:2024-11-20} for a full date ("20 November 2024", "November 20, 2024",
 * "2024-11-20", "20.11.2024", "20 ноября 2024 года"), {@code m:2024-11} for a month ("November 2024",
 * "в ноябре 2024"), {@code y:1937} for a year, {@code n:18000} for any other number ("18,000", "18 000",
 * "18000"; "1,5" and "1.5" are both {@code n:1.5}). A number with a scale word is read as its value: "250 thousand",
 * "250 тысяч", "250 тыс." and "250,000" are all {@code n:250000}; "2.4 million", "2,4 млн", "2,4 миллиона" are
 * {@code n:2400000}; "1,2 млрд" and "1.2 billion" are {@code n:1200000000}. Small numbers written as words ("four",
 * "четыре", "fifteen", "пятнадцать") are read as numbers too.
 */
final class Figures {

    private static final String EN_MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final String RU_MONTH = "(январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяе]"
            + "|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|-?го|-?е)?";
    private static final String YEAR = "(\\d{4})(?!\\d)";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO_DAY = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern DOTTED_DAY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern EN_DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)" + DAY + "\\s+(?:of\\s+)?" + EN_MONTH + ",?\\s+" + YEAR, FLAGS);
    private static final Pattern EN_MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})" + EN_MONTH + "\\s+" + DAY + ",?\\s+" + YEAR, FLAGS);
    private static final Pattern RU_DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)" + DAY + "\\s+" + RU_MONTH + "\\s+" + YEAR, FLAGS);
    private static final Pattern ISO_MONTH = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})(?![\\d-])");
    private static final Pattern EN_MONTH_YEAR = Pattern.compile(
            "(?<!\\p{L})" + EN_MONTH + ",?\\s+(?:of\\s+)?" + YEAR, FLAGS);
    private static final Pattern RU_MONTH_YEAR = Pattern.compile("(?<!\\p{L})" + RU_MONTH + "\\s+" + YEAR, FLAGS);

    /**
     * A number: digit groups of three joined by one kind of separator (thousands), or a plain digit run, then
     * an optional decimal part.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:([ \\u00A0\\u202F\\u2009,.])\\d{3})(?:\\2\\d{3})*|\\d+)(?:([.,])(\\d+))?(?![\\d])");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** A number followed by a scale word: thousand, million, billion in English or Russian, full or short. */
    private static final Pattern SCALED = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{1,3})?|\\d+)\\s*(thousand|million|billion|mln|bn"
                    + "|тысяч\\p{L}*|тыс\\.?|миллион\\p{L}*|млн\\.?|миллиард\\p{L}*|млрд\\.?)(?!\\p{L})", FLAGS);
    /** Numbers from two to twenty and the tens written as words, in English and Russian (any case ending). */
    private static final Pattern WORD_NUMBER = Pattern.compile(
            "(?<!\\p{L})(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                    + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                    + "|дв[аеу]\\p{L}*|тр[ие]\\p{L}*|четыр\\p{L}*|четвер\\p{L}*|пят[иь]\\p{L}*|шест[иь]\\p{L}*"
                    + "|сем[иь]\\p{L}*|восьм\\p{L}*|восем\\p{L}*|девят[иь]\\p{L}*|десят[иь]\\p{L}*"
                    + "|одиннадцат\\p{L}*|двенадцат\\p{L}*|пятнадцат\\p{L}*|двадцат\\p{L}*|тридцат\\p{L}*)(?!\\p{L})",
            FLAGS);

    private static final String[] EN_MONTH_PREFIX = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec"};
    private static final String[] RU_MONTH_PREFIX = {"янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен",
            "окт", "ноя", "дек"};

    private Figures() {
    }

    /** The figures a sentence states: what its cited passages must contain. */
    static Set<String> stated(String text) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder(text);
        extractDates(rest, out);
        extractWords(rest, out);
        Matcher m = NUMBER.matcher(rest);
        while (m.find()) {
            out.add(number(m));
        }
        return out;
    }

    /**
     * Everything a passage's text allows a sentence to state: its dates at every precision (a full date also
     * allows its month and year), its numbers, and every digit run in it.
     */
    static Set<String> allowed(String text) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder(text);
        List<String> dates = new ArrayList<>();
        extractDates(rest, dates);
        extractWords(rest, out);
        for (String d : dates) {
            String iso = d.substring(2);
            out.add(d);
            if (iso.length() >= 7) {
                out.add("m:" + iso.substring(0, 7));
            }
            out.add("y:" + iso.substring(0, 4));
        }
        Matcher m = NUMBER.matcher(rest);
        while (m.find()) {
            String n = number(m);
            out.add(n);
            if (n.startsWith("y:")) {
                out.add("n:" + n.substring(2));
            }
        }
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            String run = digits.group();
            out.add("n:" + new BigDecimal(run).toPlainString());
            if (run.length() == 4 && isYear(Integer.parseInt(run))) {
                out.add("y:" + run);
            }
        }
        return out;
    }

    /** Finds numbers with scale words and numbers written as words, adds them and blanks them out. */
    private static void extractWords(StringBuilder text, java.util.Collection<String> out) {
        find(text, SCALED, out, m -> {
            String digits = m.group(1).replace(',', '.');
            BigDecimal value = new BigDecimal(digits).multiply(BigDecimal.TEN.pow(scale(m.group(2))));
            return "n:" + value.stripTrailingZeros().toPlainString();
        });
        find(text, WORD_NUMBER, out, m -> {
            Integer v = wordValue(m.group(1).toLowerCase(Locale.ROOT));
            return v == null ? null : "n:" + v;
        });
    }

    private static int scale(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("тыс") || w.startsWith("thousand")) {
            return 3;
        }
        if (w.startsWith("милли") && !w.startsWith("миллиард") || w.startsWith("млн") || w.startsWith("million")
                || w.equals("mln")) {
            return 6;
        }
        return 9;
    }

    private static final String[] EN_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty"};
    private static final String[] EN_TENS = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    /** The value of a number word, or null for a word that only looks like one ("трибунал", "девятый"...). */
    private static Integer wordValue(String w) {
        for (int i = 0; i < EN_WORDS.length; i++) {
            if (w.equals(EN_WORDS[i])) {
                return i + 2;
            }
        }
        for (int i = 0; i < EN_TENS.length; i++) {
            if (w.equals(EN_TENS[i])) {
                return 30 + 10 * i;
            }
        }
        String[][] ru = {{"два", "две", "двух", "двум", "двумя"}, {"три", "трех", "трёх", "трем", "трём", "тремя"},
                {"четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя"}, {"пять", "пяти", "пятью"},
                {"шесть", "шести", "шестью"}, {"семь", "семи", "семью"}, {"восемь", "восьми", "восемью"},
                {"девять", "девяти", "девятью"}, {"десять", "десяти", "десятью"}};
        for (int i = 0; i < ru.length; i++) {
            for (String f : ru[i]) {
                if (w.equals(f)) {
                    return i + 2;
                }
            }
        }
        String[][] ruTeens = {{"одиннадцат", "11"}, {"двенадцат", "12"}, {"пятнадцат", "15"}, {"двадцат", "20"},
                {"тридцат", "30"}};
        for (String[] t : ruTeens) {
            if (w.startsWith(t[0]) && w.matches(t[0] + "(?:ь|и|ью)")) {
                return Integer.parseInt(t[1]);
            }
        }
        return null;
    }

    /** Finds dates, most precise forms first, adds them to {@code out} and blanks them out of {@code text}. */
    private static void extractDates(StringBuilder text, java.util.Collection<String> out) {
        find(text, ISO_DAY, out, m -> day(m.group(1), m.group(2), m.group(3)));
        find(text, DOTTED_DAY, out, m -> day(m.group(3), m.group(2), m.group(1)));
        find(text, EN_DAY_MONTH_YEAR, out, m -> day(m.group(3), enMonth(m.group(2)), m.group(1)));
        find(text, EN_MONTH_DAY_YEAR, out, m -> day(m.group(3), enMonth(m.group(1)), m.group(2)));
        find(text, RU_DAY_MONTH_YEAR, out, m -> day(m.group(3), ruMonth(m.group(2)), m.group(1)));
        find(text, ISO_MONTH, out, m -> month(m.group(1), m.group(2)));
        find(text, EN_MONTH_YEAR, out, m -> month(m.group(2), enMonth(m.group(1))));
        find(text, RU_MONTH_YEAR, out, m -> month(m.group(2), ruMonth(m.group(1))));
    }

    private static void find(StringBuilder text, Pattern p, java.util.Collection<String> out,
                             java.util.function.Function<Matcher, String> read) {
        Matcher m = p.matcher(text.toString());
        while (m.find()) {
            String figure = read.apply(m);
            if (figure != null) {
                out.add(figure);
                for (int i = m.start(); i < m.end(); i++) {
                    text.setCharAt(i, ' ');
                }
            }
        }
    }

    private static String day(String year, String month, String day) {
        if (month == null) {
            return null;
        }
        try {
            java.time.LocalDate d = java.time.LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(day));
            return "d:" + d;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String month(String year, String month) {
        if (month == null) {
            return null;
        }
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12) {
            return null;
        }
        return String.format(Locale.ROOT, "m:%s-%02d", year, mo);
    }

    private static String enMonth(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (n.startsWith(EN_MONTH_PREFIX[i])) {
                return Integer.toString(i + 1);
            }
        }
        return null;
    }

    private static String ruMonth(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (n.startsWith(RU_MONTH_PREFIX[i])) {
                return Integer.toString(i + 1);
            }
        }
        return null;
    }

    /** One {@link #NUMBER} match in normal form: {@code y:} for a plain four-digit year, else {@code n:}. */
    private static String number(Matcher m) {
        String whole = m.group(1);
        String groupSeparator = m.group(2);
        String decimalSeparator = m.group(3);
        String fraction = m.group(4);
        String digits = groupSeparator == null ? whole : whole.replace(groupSeparator, "");
        if (decimalSeparator != null && decimalSeparator.equals(groupSeparator)) {
            // "1.234.5" cannot be grouped and decimal with the same mark; read the tail as one more group.
            digits += fraction;
            fraction = null;
        }
        if (groupSeparator == null && fraction == null && whole.length() == 4 && isYear(Integer.parseInt(whole))) {
            return "y:" + whole;
        }
        BigDecimal value = new BigDecimal(fraction == null ? digits : digits + "." + fraction);
        return "n:" + value.stripTrailingZeros().toPlainString();
    }

    private static boolean isYear(int n) {
        return n >= 1000 && n <= 2100;
    }
}
