package org.rehablawbot.answer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;

/**
 * Reads and shows fact values: partial ISO dates ({@code 2024-11-20}), numbers ({@code 18000}), ranges
 * ({@code 1917..1953}) and short phrases for positions. Two values are the same when their normal forms are
 * equal: dates and numbers by value, phrases ignoring case and spacing.
 */
public final class FactValues {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d\\s,_\u00a0]*(?:\\.\\d+)?");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s*\\.\\.\\s*(.+)");

    private FactValues() {
    }

    /** What a value is: a date, a number, a range (or list of ranges) of either, or a phrase (a position). */
    public enum Type { DATE, NUMBER, DATE_RANGE, NUMBER_RANGE, PHRASE }

    private static final Pattern DATE_RANGE = Pattern.compile(
            "\\d{4}(-\\d{2}){0,2}\\s*\\.\\.\\s*\\d{4}(-\\d{2}){0,2}(\\s*,\\s*\\d{4}(-\\d{2}){0,2}\\s*\\.\\.\\s*\\d{4}(-\\d{2}){0,2})*");

    public static Type type(String value) {
        String v = value == null ? "" : value.trim();
        if (DATE_RANGE.matcher(v).matches()) {
            return Type.DATE_RANGE;
        }
        if (v.contains("..") && v.matches("[\\d.\\s,-]+")) {
            return Type.NUMBER_RANGE;
        }
        if (PartialDate.parse(v).isPresent()) {
            return Type.DATE;
        }
        if (NUMBER.matcher(v).matches()) {
            return Type.NUMBER;
        }
        return Type.PHRASE;
    }

    /**
     * What a fact's value is, read with what the fact is about. A bare four-digit value ("1031", "2769",
     * "1937") parses as a year; read with its {@code about} it is:
     * <ul>
     *   <li>a year when the {@code about} starts with a time ("year until which…", "когда…", "date of…");</li>
     *   <li>a phrase when it is the number of an act ("number of the decree…", "номер указа…"): an act's
     *       number is neither a time nor a count;</li>
     *   <li>a number when the {@code about} speaks of a count or an amount ("total number of people…",
     *       "общее число…", "…, in tenge", "files on…");</li>
     *   <li>else a year, as read alone.</li>
     * </ul>
     *
     * @param fact a fact; its {@code about} may be null, and then the value is read alone as by {@link #type(String)}
     * @return the value's type
     */
    public static Type type(org.rehablawbot.knowledge.Fact fact) {
        Type t = type(fact.value());
        String about = fact.about();
        if (t != Type.DATE || about == null || !fact.value().trim().matches("\\d{4}")) {
            return t;
        }
        if (ABOUT_TIME.matcher(about).find()) {
            return Type.DATE;
        }
        if (ACT_NUMBER.matcher(about).find()) {
            return Type.PHRASE;
        }
        return ABOUT_COUNT.matcher(about).find() ? Type.NUMBER : Type.DATE;
    }

    /** An {@code about} that starts with a time: a year, a date, when, a day, a period. */
    private static final Pattern ABOUT_TIME = Pattern.compile("(?iu)^\\W*(the )?(years?|when|dates?|day|month"
            + "|period|год|года|когда|дата|день|месяц|период)(?![\\p{L}])");

    /** An {@code about} that names the number of an act: "number of the decree…", "номер указа…". */
    private static final Pattern ACT_NUMBER = Pattern.compile("(?iu)^\\W*(номер(?![\\p{L}])|number of (the )?"
            + "(\\S+ ){0,3}?(decree|law|resolution|order|act)\\b)");

    /** An {@code about} that speaks of a count or an amount: "number of", "total", "число", a currency. */
    private static final Pattern ABOUT_COUNT = Pattern.compile("(?iu)\\b(number|total|count|amount|sum|files"
            + "|cases|people|persons|tenge|rubles?|soms?|sums?|MCI)\\b|(?<![\\p{L}])(числ|количеств|сумм|размер"
            + "|тенге|рубл|сом(?![\\p{L}])|дел[ао]?(?![\\p{L}])|человек|МРП)");

    /** Whether a fact's value can answer a question of this intent, its type read by {@link #type(Fact)}. */
    public static boolean fits(org.rehablawbot.knowledge.Fact fact, org.rehablawbot.retrieve.Intent intent) {
        return fits(type(fact), intent);
    }

    /**
     * Whether a value can answer a question of this intent: "when" wants dates or ranges of dates, "how many"
     * numbers or ranges of numbers, "who", "where" and "why" phrases (a reason is never a date or a number);
     * other questions take any value.
     */
    public static boolean fits(String value, org.rehablawbot.retrieve.Intent intent) {
        return fits(type(value), intent);
    }

    private static boolean fits(Type t, org.rehablawbot.retrieve.Intent intent) {
        return switch (intent) {
            case WHEN -> t == Type.DATE || t == Type.DATE_RANGE;
            case HOW_MANY -> t == Type.NUMBER || t == Type.NUMBER_RANGE;
            case WHO, WHERE, WHY -> t == Type.PHRASE;
            case OTHER -> true;
        };
    }

    /**
     * Whether a fact gives the number of an act: its {@code about} starts with "number of the … law / decree /
     * resolution / order / act" or "номер".
     *
     * @param fact a fact; its {@code about} may be null (then false)
     */
    public static boolean numbersAct(org.rehablawbot.knowledge.Fact fact) {
        return fact.about() != null && ACT_NUMBER.matcher(fact.about()).find();
    }

    /** The value in a form where equal values compare equal. */
    public static String normal(String value) {
        if (value == null) {
            return "";
        }
        String v = value.trim();
        Matcher r = RANGE.matcher(v);
        if (r.matches()) {
            return normal(r.group(1)) + ".." + normal(r.group(2));
        }
        Optional<PartialDate> d = PartialDate.parse(v);
        if (d.isPresent()) {
            return d.get().iso();
        }
        if (NUMBER.matcher(v).matches()) {
            String digits = v.replaceAll("[\\s,_\u00a0+]", "");
            try {
                return new java.math.BigDecimal(digits).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return digits;
            }
        }
        return v.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** A number with a qualifier, as moderators write values: "more than 20", "about 3000000000". */
    private static final Pattern QUALIFIED = Pattern.compile("(?i)(more than|over|about|around|approximately|nearly"
            + "|almost|at least|up to|less than|fewer than)\\s+(\\d[\\d.,\\s]*)");

    /** The qualifiers of {@link #QUALIFIED} in Russian. */
    private static final Map<String, String> QUALIFIERS_RU = Map.ofEntries(Map.entry("more than", "более"),
            Map.entry("over", "более"), Map.entry("about", "около"), Map.entry("around", "около"),
            Map.entry("approximately", "около"), Map.entry("nearly", "почти"), Map.entry("almost", "почти"),
            Map.entry("at least", "не менее"), Map.entry("up to", "до"), Map.entry("less than", "менее"),
            Map.entry("fewer than", "менее"));

    /**
     * A fact's value as an answer shows it, its type read by {@link #type(Fact)}: a four-digit count or amount
     * is grouped in English ("1,031") and left whole in Russian ("1031", as Russian typography writes numbers
     * below 10 000); a four-digit act number is shown as written; every other value as {@link #display(String,
     * Language)} shows it.
     */
    public static String display(org.rehablawbot.knowledge.Fact fact, Language language) {
        String v = fact.value() == null ? "" : fact.value().trim();
        if (v.matches("\\d{4}")) {
            Type t = type(fact);
            if (t == Type.PHRASE) {
                return v;
            }
            if (t == Type.NUMBER) {
                return language == Language.RU ? v : Messages.number(Long.parseLong(v), language);
            }
        }
        return display(v, language);
    }

    /** The value as an answer shows it: "20 November 2024", "18,000", "1917–1953", or the phrase as written. */
    public static String display(String value, Language language) {
        if (value == null) {
            return "";
        }
        String v = value.trim();
        if (v.matches("[\\d.\\s-]+(,[\\d.\\s-]+)+")) {
            StringBuilder sb = new StringBuilder();
            for (String part : v.split(",")) {
                sb.append(sb.length() == 0 ? "" : ", ").append(display(part, language));
            }
            return sb.toString();
        }
        Matcher r = RANGE.matcher(v);
        if (r.matches()) {
            return Messages.range(display(r.group(1), language), display(r.group(2), language));
        }
        Matcher q = QUALIFIED.matcher(v);
        if (q.matches()) {
            // "more than 20" in a Russian answer is "более 20"
            String word = q.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String said = language == Language.RU ? QUALIFIERS_RU.getOrDefault(word, q.group(1)) : q.group(1);
            return said + " " + display(q.group(2), language);
        }
        Optional<PartialDate> d = PartialDate.parse(v);
        if (d.isPresent()) {
            return d.get().display(language);
        }
        if (v.matches("[-+]?\\d{5,18}")) {
            return Messages.number(Long.parseLong(v), language);
        }
        return v;
    }

    /**
     * Whether {@code fine} is a more precise form of the date {@code coarse}: "1993-04-14" refines "1993" and
     * "1993-04"; values that are not both partial ISO dates never refine each other.
     */
    public static boolean refines(String fine, String coarse) {
        return org.rehablawbot.knowledge.PartialDate.parse(fine).isPresent()
                && org.rehablawbot.knowledge.PartialDate.parse(coarse).isPresent()
                && fine.length() > coarse.length() && fine.startsWith(coarse + "-");
    }
}
