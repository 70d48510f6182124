package org.rehablawbot.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rehablawbot.knowledge.Fact;
import org.rehablawbot.knowledge.Passage;

/**
 * The years a question asks about ("the compensation <b>in 2025</b>", "сколько расстреляли <b>в 1920-е</b>",
 * "<b>за 2023 год</b>"), and the years a passage speaks of. A question bound to a period is answered only from
 * passages that speak of a year in it: the knowledge's 1990s amount does not answer a question on 2025, and a
 * count for 1937–1953 does not answer one on the 1920s; when no passage speaks of the period the question is
 * refused rather than answered with a neighbouring year.
 *
 * <p>Only the asking part of a question binds ({@link Situation#asking}): "my grandfather was born in 1948, how can
 * he prove it?" asks about no year. A year a question gives a law by ("the 1993 law") or a starting point ("since
 * 2003", "с 2003 года", "after 1991") does not bind either: the first names a document, the second a total.
 *
 * @param from the first year asked about, inclusive
 * @param to   the last year asked about, inclusive; at least {@code from}
 */
public record Period(int from, int to) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String YEAR = "(1[89]\\d\\d|20\\d\\d)";
    private static final String DASH = "\\s*[-–—]\\s*";

    /**
     * A period in a question: a preposition of time, then a year, a range of years or a decade. English "in, for,
     * during, as of, by the end of"; Russian "в, во, за, на" with "год"/"г." or a decade ending ("1920-е",
     * "1930-х", "30-е годы").
     */
    private static final Pattern ASKED = Pattern.compile("(?<![\\p{L}\\p{N}])(?:in|for|during|as of|throughout"
            + "|в|во|за|на)\\s+(?:the\\s+)?(?:(?<decade>(?:1[89]|20)\\d0)(?:'?s|-?(?:е|х|ые|ых))(?![\\p{L}\\p{N}])"
            + "|(?<short>[1-9]0)-?(?:е|х|ые|ых)\\s+год|(?<year>" + YEAR + ")(?:" + DASH + "(?<end>" + YEAR + "))?"
            + "(?<after>\\s*(?:год\\p{L}*|гг?\\.?|г(?![\\p{L}])|-?м(?![\\p{L}])))?(?![\\p{L}\\p{N}]|\\s*(?:law|закон)))",
            FLAGS);

    /** A year, a range of years ("1937–1953", "1937-38") or a decade ("1930s", "1930-х") in a passage. */
    private static final Pattern STATED = Pattern.compile("(?<![\\p{N}])(?<decade>(?:1[89]|20)\\d0)(?:'?s|-?(?:е|х"
            + "|ые|ых))(?![\\p{L}\\p{N}])|(?<![\\p{N}])(?<year>" + YEAR + ")(?:" + DASH + "(?<end>" + YEAR
            + "|\\d\\d)(?![\\p{N}]))?(?![\\p{N}])", FLAGS);

    /**
     * A law named by its year: "the 1993 law", "Kyrgyzstan's 2024 rehabilitation law", "law of 27 May 1994",
     * "закон КР 2024 года", "закона от 14 апреля 1993 года".
     */
    private static final Pattern LAW_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<before>" + YEAR
            + ")(?:-?(?:го|г\\.?))?\\s+(?:\\p{L}+(?:'s)?\\s+){0,2}(?:law|закон\\p{L}*)(?![\\p{L}])"
            + "|(?:law|закон\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}(?:\\d{1,2}\\s+\\p{L}+\\s+)?(?<after>" + YEAR
            + ")(?![\\p{N}]))", FLAGS);

    /** A country's newest law asked by that word: "the new law", "новый закон", "по новому закону", "latest law". */
    private static final Pattern NEW_LAW = Pattern.compile("(?<![\\p{L}])(?:new|newest|latest|нов(?:ый|ого|ому|ом|ым"
            + "|ейш\\p{L}*)|последн(?:ий|его|ему|ем|им))\\s+(?:[\\p{L}'’]+\\s+){0,2}?(?:law|закон(?:а|у|ом|е)?)(?![\\p{L}])",
            FLAGS);

    /**
     * Whether a question asks of a country's newest law by that word ({@link #NEW_LAW}: "а номер у нового закона?",
     * "who does the new law cover?"), not by its year: the retriever takes the year of the newest law the
     * knowledge records the making of for that country.
     *
     * @param text a question or its asking part; may be null (then false)
     */
    public static boolean asksNewLaw(String text) {
        return text != null && NEW_LAW.matcher(text).find();
    }

    /**
     * A year asked as the span a count is made within, not as the date a total stands at: "in 2024 alone", "during
     * 2023", "за 2022 год", "в 2021 году". "by early 2023", "as of 2024", "на 2023 год" and "the 2023 declaration" ask
     * where a running total stood.
     */
    private static final Pattern WITHIN_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(?<!as of |by |на |к )(?:in|during"
            + "|throughout|за|в|во)\\s+(?:the\\s+(?:year\\s+)?)?" + YEAR + "(?![\\p{N}])(?!\\s*(?:law|закон))", FLAGS);

    /**
     * Whether a question's asking part asks a count made within a year ({@link #WITHIN_YEAR}: "how many in 2024
     * alone?", "сколько за 2022 год?"), so that the date a source spoke on ({@link ReportDates#withoutSayingDates})
     * dates no count of that year; a total asked as it stood ("by early 2023") is dated by its report.
     *
     * @param asking a question's asking part; may be null (then false)
     */
    public static boolean asksWithinYear(String asking) {
        return asking != null && WITHIN_YEAR.matcher(asking).find();
    }

    public Period {
        if (to < from) {
            throw new IllegalArgumentException("period ends before it starts: " + from + "–" + to);
        }
    }

    /**
     * The period a question asks about, or null when it asks about none.
     *
     * @param question the question as asked; may be null
     * @return the years its asking part binds it to (a single year, a range or a decade), or null
     */
    public static Period asked(String question) {
        if (question == null || question.isBlank()) {
            return null;
        }
        String asking = Situation.asking(question);
        Matcher m = ASKED.matcher(asking);
        while (m.find()) {
            if (m.group("decade") != null) {
                int d = Integer.parseInt(m.group("decade"));
                return new Period(d, d + 9);
            }
            if (m.group("short") != null) {
                int d = 1900 + Integer.parseInt(m.group("short"));
                return new Period(d, d + 9);
            }
            int from = Integer.parseInt(m.group("year"));
            boolean russian = m.group().matches("(?iu)^(в|во|за|на)\\s.*");
            if (russian && m.group("after") == null && m.group("end") == null) {
                continue; // "на 1993 закон", "в 2003 правилах": a year without "год" names, it does not bind
            }
            if (ofAPerson(asking, m.start(), m.end())) {
                continue; // "does the law clear a man convicted of treason in 1943?": when it befell him
            }
            if (claimsADate(asking, m.start())) {
                continue; // "Was it adopted in 2024?": the year is checked against the date the sources give
            }
            int to = m.group("end") == null ? from : Integer.parseInt(m.group("end"));
            return to >= from ? new Period(from, to) : null;
        }
        return null;
    }

    /**
     * Whether the year at {@code [start, end)} of an asking part dates what befell one person: a verb of a life's
     * event (convicted, exiled, born, died; "посадили", "умер") within {@value #EVENT_REACH} characters of it, in a
     * question that speaks of one person (a relative, "he", "его", "a man who"). "Does the law clear a man who was
     * convicted of treason in 1943?" asks of the law, not of 1943; "how many were shot in 1937?" speaks of no one
     * person and is bound to 1937.
     *
     * @param asking a question's asking part (or any text of a question)
     * @param start  where the year starts in it, inclusive
     * @param end    where it ends, exclusive
     * @return true when the year dates a life's event of one person
     */
    public static boolean ofAPerson(String asking, int start, int end) {
        if (!PERSON.matcher(asking).find()) {
            return false;
        }
        String near = asking.substring(Math.max(0, start - EVENT_REACH), Math.min(asking.length(), end + EVENT_REACH));
        return LIFE_EVENT.matcher(near).find();
    }

    /**
     * Whether the year at {@code start} of an asking part is a date a yes/no question puts forward for one event:
     * "Was it adopted in 2024?", "did parliament pass it in 2023?", "закон принят в 2024 году?", "был ли он подписан
     * в 1993?". The answer is the date the sources give, in whatever year; "were any people rehabilitated in
     * 2023?" names no such event and stays bound to 2023.
     *
     * @param asking a question's asking part
     * @param start  where the year's phrase starts in it
     */
    static boolean claimsADate(String asking, int start) {
        int from = 0;
        for (int i = start - 1; i >= 0; i--) {
            char ch = asking.charAt(i);
            if (ch == '?' || ch == '!' || ch == '.' || ch == ';') {
                from = i + 1;
                break;
            }
        }
        String clause = asking.substring(from, start).strip();
        return DATED_EVENT.matcher(clause).find() && (YES_NO_OPENING.matcher(clause).find()
                || RUSSIAN_YES_NO.matcher(clause).find() || ENDS_ASKING.matcher(asking.substring(start)).lookingAt()
                && !QUESTION_WORD.matcher(clause).find());
    }

    /** The rest of a clause that ends with a question mark: "в 2024 году?". */
    private static final Pattern ENDS_ASKING = Pattern.compile("[^?.!]*\\?");

    /** A question word: the clause asks for a thing, not whether a date is right. */
    private static final Pattern QUESTION_WORD = Pattern.compile("(?<!\\p{L})(?:when|what|which|who|how|why|where"
            + "|когда|что|какой|какая|какие|какое|кто|как|сколько|почему|зачем|где|куда)(?!\\p{L})", FLAGS);

    /** A verb of an event that happens once on a date: a law adopted, signed or enacted, a memorial opened. */
    private static final Pattern DATED_EVENT = Pattern.compile("(?<![\\p{L}])(?:adopted|passed|signed|enacted|approved"
            + "|opened|founded|established|created|issued|ratified|introduced|принят\\p{L}*|приняли|подписан\\p{L}*"
            + "|подписал\\p{L}*|открыт\\p{L}*|открыли|утвержд[её]н\\p{L}*|утвердили|создан\\p{L}*|создали"
            + "|учрежд[её]н\\p{L}*|издан\\p{L}*)(?![\\p{L}])", FLAGS);

    /** An English yes/no question's opening: an auxiliary verb first ("Was it …", "and did they …"). */
    private static final Pattern YES_NO_OPENING = Pattern.compile("^(?:(?:and|so|but|or)\\s+)?(?:was|were|did|has|have"
            + "|had|is|are|will)(?![\\p{L}])", FLAGS);

    /** A Russian yes/no question's particle: "был ли", "принят ли". */
    private static final Pattern RUSSIAN_YES_NO = Pattern.compile("(?<![\\p{L}])ли(?![\\p{L}])", FLAGS);

    /** How far from a year (characters, either side) a verb of a life's event dates it. */
    static final int EVENT_REACH = 30;

    /** One person the question speaks of: a relative, a personal pronoun, "a man who", "человек, который". */
    private static final Pattern PERSON = Pattern.compile("(?<![\\p{L}])(?:he|she|him|his|her|man|woman|person who"
            + "|(?:great-?)*grand(?:father|mother|pa|ma|son|daughter)|father|mother|uncle|aunt|dad|mom|mum"
            + "|он|она|его|её|ее|ему|ей|(?:пра)*(?:дед|дедушк|бабушк|бабк|внук|внучк)\\p{L}*|отец|отца|отцу|мать|мама"
            + "|маму|мамы|дяд\\p{L}*|тёт\\p{L}*|тет\\p{L}*)(?![\\p{L}])", FLAGS);

    /** A verb of what befalls a person: conviction, arrest, exile, death, birth, call-up. */
    private static final Pattern LIFE_EVENT = Pattern.compile("(?<![\\p{L}])(?:convicted|sentenced|arrested|jailed"
            + "|imprisoned|exiled|deported|shot|executed|born|died|drafted|dekulakized|taken|посадил\\p{L}*"
            + "|осудил\\p{L}*|осужд[её]н\\p{L}*|арестова\\p{L}*|сосла\\p{L}*|сослан\\p{L}*|высла\\p{L}*|выслан\\p{L}*"
            + "|расстреля\\p{L}*|родил\\p{L}*|умер\\p{L}*|погиб\\p{L}*|забрал\\p{L}*|призва\\p{L}*|раскулач\\p{L}*"
            + "|репрессирова\\p{L}*)(?![\\p{L}])", FLAGS);

    /**
     * The first year, range or decade a text names at all, bound by a preposition or not ("kz compensation max
     * 2023 tenge"), other than the year of a law it names ({@link #lawYear}) or one a total starts from ("since
     * 2003", "с 2003"); null when it names none. Unlike {@link #asked}, which binds retrieval, this only says which
     * value of a timeline a lookup asks for.
     *
     * @param text a question's asking part; may be null
     */
    public static Period named(String text) {
        if (text == null) {
            return null;
        }
        Integer law = lawYear(text);
        Matcher m = STATED.matcher(text);
        while (m.find()) {
            if (m.group("decade") != null) {
                int d = Integer.parseInt(m.group("decade"));
                return new Period(d, d + 9);
            }
            int from = Integer.parseInt(m.group("year"));
            String before = text.substring(0, m.start()).toLowerCase(java.util.Locale.ROOT);
            if (law != null && law == from || before.matches("(?s).*(?<![\\p{L}])(since|с|со|from|после|after)\\s+$")) {
                continue;
            }
            String end = m.group("end");
            int to = end == null ? from : end.length() == 2 ? from / 100 * 100 + Integer.parseInt(end)
                    : Integer.parseInt(end);
            return to >= from ? new Period(from, to) : null;
        }
        return null;
    }

    /**
     * Whether a passage speaks of a year in this period: a year, a range or a decade in its text, heading or
     * document title that overlaps it, or its fact's date value or as-of date in it.
     *
     * @param p a passage
     */
    public boolean spokenOfIn(Passage p) {
        return overlaps(spans(p));
    }

    /**
     * Whether a text (a sentence) states a year, a range or a decade that overlaps this period.
     *
     * @param text a sentence or passage; never null
     */
    public boolean statedIn(String text) {
        List<int[]> spans = new ArrayList<>();
        addSpans(text, spans);
        return overlaps(spans);
    }

    /** Whether one of the spans of years (inclusive pairs) overlaps this period. */
    private boolean overlaps(List<int[]> spans) {
        return spans.stream().anyMatch(span -> span[0] <= to && span[1] >= from);
    }

    /** The spans of years (inclusive pairs) a passage speaks of. */
    static List<int[]> spans(Passage p) {
        List<int[]> out = new ArrayList<>();
        addSpans(p.text(), out);
        if (p.heading() != null) {
            addSpans(p.heading(), out);
        }
        addSpans(p.source().title(), out);
        Fact f = p.fact();
        if (f != null) {
            if (f.value() != null && f.value().matches("\\d{4}(-\\d\\d){0,2}")) {
                int y = Integer.parseInt(f.value().substring(0, 4));
                out.add(new int[] {y, y});
            }
            if (f.asOf() != null) {
                out.add(new int[] {f.asOf().year(), f.asOf().year()});
            }
            if (f.about() != null) {
                addSpans(f.about(), out);
            }
        }
        return out;
    }

    /** The spans of years stated in knowledge texts, kept: every question bound to a period reads them again. */
    private static final Lru<Long, List<int[]>> STATED_SPANS = new Lru<>(RememberedPattern.DEFAULT_CAPACITY);

    /**
     * Whether a text states a year, a range of years or a decade (read as {@link #spokenOfIn} reads a passage's
     * text).
     *
     * @param text a sentence or passage; never null
     */
    public static boolean statesYear(String text) {
        List<int[]> spans = new ArrayList<>();
        addSpans(text, spans);
        return !spans.isEmpty();
    }

    private static void addSpans(String text, List<int[]> out) {
        out.addAll(STATED_SPANS.get(RememberedPattern.fingerprint(text), k -> {
            List<int[]> spans = new ArrayList<>();
            addStatedSpans(text, spans);
            return List.copyOf(spans);
        }));
    }

    private static void addStatedSpans(String text, List<int[]> out) {
        Matcher m = STATED.matcher(text);
        while (m.find()) {
            if (m.group("decade") != null) {
                int d = Integer.parseInt(m.group("decade"));
                out.add(new int[] {d, d + 9});
                continue;
            }
            int from = Integer.parseInt(m.group("year"));
            int to = from;
            String end = m.group("end");
            if (end != null) {
                to = end.length() == 2 ? from / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
            }
            out.add(new int[] {from, Math.max(from, to)});
        }
    }

    /**
     * The year of the law a question names by its year ("the number of Kyrgyzstan's <b>2024</b> rehabilitation
     * law", "закон кр <b>2024</b> года"), or null when it names none. Kyrgyzstan has a 1994 and a 2024 law,
     * Kazakhstan a 1993 law and rules of 2003 and 2023: a passage on another of them does not answer.
     *
     * @param question the question as asked; may be null
     */
    public static Integer lawYear(String question) {
        if (question == null) {
            return null;
        }
        Matcher m = LAW_YEAR.matcher(question);
        if (!m.find()) {
            return null;
        }
        return lawYearOf(m);
    }

    /**
     * Whether a passage speaks of a law of another year than the one given and never of that year: its text,
     * heading or title names a law by a year ({@link #lawYear}'s forms) and none of its years is {@code year}.
     *
     * @param p    a passage
     * @param year the year of the law asked about
     */
    public static boolean namesOtherLaw(Passage p, int year) {
        String text = p.text() + " | " + (p.heading() == null ? "" : p.heading()) + " | " + p.source().title();
        Matcher m = LAW_YEAR.matcher(text);
        boolean other = false;
        while (m.find()) {
            other |= lawYearOf(m) != year;
        }
        return other && !new Period(year, year).spokenOfIn(p);
    }

    /** The year of a {@code LAW_YEAR} match, before the law word or after it. */
    private static int lawYearOf(Matcher m) {
        return Integer.parseInt(m.group("before") != null ? m.group("before") : m.group("after"));
    }
}
