package org.rehablawbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yes/no question bound by a year or a figure: "Was Kazakhstan's state rehabilitation commission set up before
 * 2021?", "Did the commission rehabilitate more than 300,000 people?", "Правда ли, что рассекретили больше 2
 * миллионов дел?". Its answer's first sentence states the date or the count; whether that value is within the bound
 * is the yes or the no the asker wants first ({@link Messages#withinBound}, {@link Messages#outsideBound}).
 *
 * <p>The rule: the question opens a sentence with an auxiliary verb ("was", "did", "is", "has" …), holds "ли", frames
 * a claim ("is it true", "правда ли", "…, right?") or holds no question word at all ("so more than 400,000 tenge is
 * possible?"), and names exactly one bound: a year after "before",
 * "until", "by", "after", "since", "до", "после", or a figure after "more than", "over", "at least", "less than",
 * "больше", "более", "свыше", "меньше", "менее". The first sentence's values of the same kind are read (years
 * other than the date a source reported on; figures of at least a tenth of the bound that are no years, read only
 * upwards, since a count may be a part of the total asked: one above the bound says "more than" yes and "less than"
 * no, one below it says nothing; a figure said as the most there is, a limit or a range's upper end, is read only
 * downwards: one below the bound says "more than" no and "less than" yes); the verdict
 * is given only when all of them fall on one side, and only when the sentence names every name the question's sentence
 * that holds the bound names
 * ("signed by Atambayev before 2025?" gets no yes from "Japarov signed it on 31 December 2024"). Immutable.
 *
 * @param year      whether the bound is a year (else a figure)
 * @param value     the bound's value
 * @param direction {@code 1} when the question asks for a value above it ("after 1991", "more than 300,000"),
 *                  {@code -1} below it ("before 2021", "less than 1,000")
 * @param inclusive whether a value equal to the bound may be within it ("by 2021", "until 1961", "since 1991",
 *                  "at least 1,000"): then an equal value decides nothing; "before 2024" excludes 2024
 * @param names     the names the question's sentence that holds the bound writes with a capital inside it, countries
 *                  and months aside ("Atambayev", "Supreme", "Court"), lower-cased
 */
public record BoundCheck(boolean year, long value, int direction, boolean inclusive, List<String> names) {

    public BoundCheck {
        names = List.copyOf(names);
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * A sentence asked yes or no: an auxiliary verb first, or "ли" anywhere. A question with no question word that
     * states its bound ("so more than 400,000 tenge is possible?") is one too ({@link #of}).
     */
    private static final Pattern YES_NO = Pattern.compile("(?:^|[.?!]\\s+)(?:was|were|did|does|do|is|are|has|have|had"
            + "|will|would|could|can)(?![\\p{L}])|(?<![\\p{L}])ли(?![\\p{L}])|(?<![\\p{L}])(?:правда|верно|true|right"
            + "|correct)(?![\\p{L}])", FLAGS);

    private static final Pattern YEAR_BOUND = Pattern.compile("(?<![\\p{L}])(before|prior to|until|till|by|earlier than"
            + "|after|since|later than|до|раньше|ранее|после|позже|позднее)\\s+(?:the end of\\s+|конца\\s+)?"
            + "((?:18|19|20)\\d{2})(?!\\d)", FLAGS);

    private static final Pattern FIGURE_BOUND = Pattern.compile("(?<![\\p{L}])("
            + org.rehablawbot.retrieve.Situation.BOUND_WORDS + ")\\s+" + org.rehablawbot.knowledge.WrittenFigures.FIGURE.pattern(), FLAGS);

    /** A bound of a million said in a word alone: "больше миллиона", "more than a million", "over one million". */
    private static final Pattern MILLION_BOUND = Pattern.compile("(?<![\\p{L}])("
            + org.rehablawbot.retrieve.Situation.BOUND_WORDS + ")\\s+(?:a\\s+|one\\s+|одного\\s+)?(?:million|миллиона"
            + "|миллион)(?![\\p{L}])", FLAGS);

    private static final Pattern YEAR = Pattern.compile("(?<![\\d./-])((?:18|19|20)\\d{2})(?![\\d/])");

    /**
     * A figure said as the most there is: a limit ("up to 369,200", "не более 100", "capped at 100") or the upper end of
     * a range whose lower end is a figure too ("from 2,588 tenge (3/4 MCI) to 345,000 tenge", "от 9230 до 38 448").
     */
    private static final Pattern SAID_MOST = Pattern.compile("(?:(?<![\\p{L}])(?:up to|at most|no more than|not more than"
            + "|maximum of|a maximum of|capped at|не более|не больше|не свыше|максимум|вплоть до)"
            + "|(?<![\\p{L}])(?:from|от)\\s+\\d[^.;!?]{0,80}?(?<![\\p{L}])(?:to|до))\\s*$", FLAGS);

    /** What opens a range before its lower end: "from 856 to …", "от 9230 до …". */
    private static final Pattern RANGE_START = Pattern.compile("(?<![\\p{L}])(?:from|от)\\s*$", FLAGS);

    /** A figure said as a lower bound in the answer itself: "over 300,000", "более 2,4 миллиона". */
    private static final Pattern SAID_ABOVE = Pattern.compile("(?:more than|over|above|at least|больше|более|свыше"
            + "|не менее)\\s*$", FLAGS);

    /**
     * The bound a yes/no question names, or null when it is no yes/no question or names no bound or more than one.
     *
     * @param question the question's asking part (any language); null gives null
     */
    public static BoundCheck of(String question) {
        if (question == null || !YES_NO.matcher(question.strip()).find()
                && org.rehablawbot.retrieve.Intent.cueStart(question) != Integer.MAX_VALUE) {
            return null;
        }
        List<BoundCheck> found = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        Matcher y = YEAR_BOUND.matcher(question);
        while (y.find()) {
            at.add(y.start());
            String word = y.group(1).toLowerCase(Locale.ROOT);
            boolean upper = word.startsWith("before") || word.startsWith("prior") || word.startsWith("until")
                    || word.startsWith("till") || word.equals("by") || word.startsWith("earlier") || word.equals("до")
                    || word.equals("раньше") || word.equals("ранее");
            boolean inclusive = word.equals("by") || word.startsWith("until") || word.startsWith("till")
                    || word.startsWith("since");
            found.add(new BoundCheck(true, Long.parseLong(y.group(2)), upper ? -1 : 1, inclusive, List.of()));
        }
        Matcher f = FIGURE_BOUND.matcher(question);
        while (f.find()) {
            long v = org.rehablawbot.knowledge.WrittenFigures.value(f, 2);
            if (v > 0 && !(v >= 1800 && v <= 2099 && f.group(4) == null)) {
                at.add(f.start());
                found.add(figureBound(f.group(1), v));
            }
        }
        Matcher m = MILLION_BOUND.matcher(question);
        while (m.find()) {
            // "больше миллиона человек?", "over a million?": a million said in a word alone
            at.add(m.start());
            found.add(figureBound(m.group(1), 1_000_000L));
        }
        if (found.size() != 1) {
            return null;
        }
        BoundCheck b = found.get(0);
        return new BoundCheck(b.year, b.value, b.direction, b.inclusive, names(sentenceAt(question, at.get(0))));
    }

    /**
     * The bound a figure's bound word sets ("more than", "under", "at least", "не более"): below the figure for "less
     * than", "under", "меньше", "не более", else above it; inclusive for "at least", "at most", "не менее", "не более".
     */
    private static BoundCheck figureBound(String boundWord, long value) {
        String word = boundWord.toLowerCase(Locale.ROOT);
        boolean upper = word.startsWith("less") || word.startsWith("fewer") || word.equals("under")
                || word.equals("below") || word.equals("at most") || word.startsWith("меньше")
                || word.startsWith("менее") || word.equals("не более");
        return new BoundCheck(false, value, upper ? -1 : 1, word.startsWith("at ") || word.startsWith("не "), List.of());
    }

    /**
     * The sentence of a question that holds a position: "Was it more than 1,000?" of "How many had Uzbekistan's
     * Supreme Court rehabilitated by May 2024? Was it more than 1,000?".
     */
    private static String sentenceAt(String question, int position) {
        int start = 0;
        Matcher end = SENTENCE_END.matcher(question);
        while (end.find()) {
            if (end.end() > position) {
                return question.substring(start, end.end());
            }
            start = end.end();
        }
        return question.substring(start);
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.?!]+(?=\\s|$)");

    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}+)(?:'s|’s)?(?![\\p{L}])");

    private static final Pattern MONTH = Pattern.compile("(?iu)(january|february|march|april|may|june|july|august"
            + "|september|october|november|december|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяе]"
            + "|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*)");

    /** The capitalised words inside the question's sentences, countries, months and stop words aside. */
    private static List<String> names(String question) {
        List<String> out = new ArrayList<>();
        Matcher c = CAPITALISED.matcher(question);
        while (c.find()) {
            String word = c.group(1);
            String before = question.substring(0, c.start()).stripTrailing();
            boolean opens = before.isEmpty() || ".?!:;«\"(".indexOf(before.charAt(before.length() - 1)) >= 0;
            String lower = word.toLowerCase(Locale.ROOT);
            if (!opens && org.rehablawbot.retrieve.FollowUp.countries(word).isEmpty() && !MONTH.matcher(word).matches()
                    && !org.rehablawbot.retrieve.Terms.isStopword(lower)) {
                out.add(lower);
            }
        }
        return out;
    }

    /**
     * Whether a sentence's values of this bound's kind are all within it ({@code TRUE}), all outside it
     * ({@code FALSE}), or neither, or none is stated ({@code null}).
     *
     * @param sentence the answer's first sentence; never null
     */
    public Boolean verdict(String sentence) {
        java.util.Set<String> said = org.rehablawbot.retrieve.Terms.allStems(sentence);
        for (String name : names) {
            if (!org.rehablawbot.retrieve.Terms.matchesAny(org.rehablawbot.retrieve.Terms.stem(name), said)) {
                return null;
            }
        }
        String text = org.rehablawbot.retrieve.ReportDates.withoutReportDates(sentence);
        int within = 0;
        int outside = 0;
        if (year) {
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                long v = Long.parseLong(m.group(1));
                if (v == value && inclusive) {
                    return null; // "by 2021" against "in 2021": which side depends on the day
                }
                if ((v - value) * direction > 0) {
                    within++;
                } else {
                    outside++;
                }
            }
        } else {
            Matcher m = org.rehablawbot.knowledge.WrittenFigures.FIGURE.matcher(text);
            while (m.find()) {
                long v = org.rehablawbot.knowledge.WrittenFigures.value(m, 1);
                boolean isYear = v >= 1800 && v <= 2099 && m.group(3) == null;
                if (v <= 0 || isYear || v * 10 < value) {
                    continue;
                }
                boolean saidAbove = SAID_ABOVE.matcher(text.substring(0, m.start())).find();
                if (RANGE_START.matcher(text.substring(0, m.start())).find()) {
                    continue; // "from 856 to 1,031": the lower end of a range, read with its upper end
                }
                if (SAID_MOST.matcher(text.substring(0, m.start())).find()) {
                    // the most there is: below the bound, nothing reaches it; at or above it, some may or may not
                    if (v < value) {
                        within += direction < 0 ? 1 : 0;
                        outside += direction > 0 ? 1 : 0;
                        continue;
                    }
                    return null;
                }
                if (v == value && !(saidAbove && direction > 0) && !inclusive) {
                    return null; // "300,000" against "more than 300,000": the sources' figure is a round one
                }
                // a sentence's count may be one part of the total asked (a batch of 240 of over 1,200): a part above
                // the bound says the total is above it too, a part below it says nothing
                if (v >= value) {
                    within += direction > 0 ? 1 : 0;
                    outside += direction < 0 ? 1 : 0;
                } else {
                    return null;
                }
            }
        }
        if (within > 0 && outside == 0) {
            return Boolean.TRUE;
        }
        return outside > 0 && within == 0 ? Boolean.FALSE : null;
    }
}
