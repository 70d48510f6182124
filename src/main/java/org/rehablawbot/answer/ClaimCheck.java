package org.rehablawbot.answer;

import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.WrittenFigures;
import org.rehablawbot.retrieve.FollowUp;
import org.rehablawbot.retrieve.Terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim the asker wants checked ("Is it true that Kyrgyzstan's law was signed by Atambayev?", "правда ли что в
 * казахстане максимальная компенсация 1 миллион тенге?"), read into its checkable details: the people it names, the
 * years and the exact figures it states. A detail the knowledge never states is checked by asking for it instead
 * ({@link #slotQuestion}: "who signed Kyrgyzstan's law", "сколько максимальная компенсация"); when the sources give a
 * different person, year or figure for it, the answer says so first.
 *
 * <p>Only exact details are checked: a figure with "more than", "about", "почти", "до" (unless it says a change to
 * it: "выплаты подняли до 1 миллиона") or a document's number ("№ 82") is no detail, nor is a word at the start of
 * the claim or a country's name. Immutable.
 *
 * @param claim   the claimed statement, the claim frame ("is it true that") taken off
 * @param details its checkable details, in order of appearance; never empty
 */
public record ClaimCheck(String claim, List<Detail> details) {

    /** The kind of a checked detail, and the question word that asks for it. */
    public enum Type {
        PERSON("who", "кто"), YEAR("when", "когда"), FIGURE("how many", "сколько");

        private final String en;
        private final String ru;

        Type(String en, String ru) {
            this.en = en;
            this.ru = ru;
        }
    }

    /**
     * One checked detail.
     *
     * @param type  person, year or figure
     * @param text  as the claim writes it ("Atambayev", "2024", "1 миллион")
     * @param start where it starts in {@link ClaimCheck#claim}, with a preposition or unit word that goes with it
     * @param end   where it ends there (exclusive)
     * @param value a figure's value (scale words applied: "1 миллион" is 1,000,000), a year's number; 0 for a person
     * @param bound for a year, {@code 1} when the claim writes it as an upper bound ("до 2000 года", "before 2000",
     *              "until 1961"), {@code -1} as a lower bound ("после 1991", "since 1991", "с 1991"), else {@code 0}
     */
    public record Detail(Type type, String text, int start, int end, long value, int bound) {

        /** A detail that is no bound. */
        public Detail(Type type, String text, int start, int end, long value) {
            this(type, text, start, end, value, 0);
        }
    }

    /** Words that make the year after them an upper bound ("до 2000 года") or a lower one ("после 1991"). */
    private static final Pattern UPPER_BOUND = Pattern.compile("(?<![\\p{L}])(?:до|вплоть до|по|before|until|till"
            + "|up to|prior to|by)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LOWER_BOUND = Pattern.compile("(?<![\\p{L}])(?:после|с|со|начиная с|after|since"
            + "|from)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public ClaimCheck {
        details = List.copyOf(details);
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The frame of a claim to check, before it ("is it true that …") or after it ("…, is that right?"). */
    private static final Pattern FRAME = Pattern.compile("(?<![\\p{L}])(?:is it (?:really )?(?:true|right|correct|so)"
            + "|is (?:this|that) (?:really )?(?:true|right|correct|so)|it'?s true|true that|am i right that"
            + "|правда ли|правда,? что|правда|верно ли|верно,? что|это правда|действительно ли|так ли,? что"
            + "|так ли это)(?![\\p{L}])(?:,?\\s*(?:that|что)(?![\\p{L}]))?"
            // a tag after the claim, right before its question mark: "…, right?", "…, correct?", "… вроде?", "…, так?"
            + "|(?<=[\\p{L}\\d)»\"'’])(?:,\\s*|\\s+)(?:right|correct|true|is(?:n'?t)? (?:it|that) (?:so|right|true|correct)"
            + "|(?:was|is|did|does)n'?t (?:it|he|she|they)|так|верно|вроде|да|не так ли|ведь так|правильно|так ведь)"
            + "\\s*(?=\\?)", FLAGS);

    private static final Pattern YEAR = Pattern.compile("(?:(?<![\\p{L}])(?:in|в)\\s+)?(?<![\\d./-])"
            + "(1[89]\\d\\d|20\\d\\d)(?![\\d/-])(?:\\s*(?:году|год|года|г\\.|year)(?![\\p{L}]))?", FLAGS);

    /**
     * A year written in two digits: after a month ("oct 91", "окт. 91"), where it is no day (32 and above), or with an
     * apostrophe or a Russian ending ("'91", "в 91-м", "в 37м", "91-го года"): 19xx from 30 on, else 20xx.
     */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?:(?<![\\p{L}])(?:jan|feb|mar|apr|may|jun|jul|aug|sept?"
            + "|oct|nov|dec|янв|фев|мар|апр|мая|июн|июл|авг|сент?|окт|ноя|дек)\\p{L}*\\.?\\s+(3[2-9]|[4-9]\\d)"
            + "|(?:(?<![\\p{L}])(?:in|в)\\s+)?['’](\\d\\d)|(?<![\\p{L}])(?:в|in)\\s+(\\d\\d)-?(?:м|ом|е)"
            + "|(?<![\\d\\p{L}])(\\d\\d)-?(?:го|м) год\\p{L}*)(?![\\d\\p{L}])", FLAGS);

    /** Words that make a figure approximate or a bound, so no exact detail: "more than 400", "почти миллион". */
    private static final Pattern APPROXIMATE = Pattern.compile("(?:more than|over|at least|almost|nearly|about|around"
            + "|up to|less than|fewer than|under|some|roughly|approximately|больше|более|свыше|почти|около|примерно"
            + "|до|менее|меньше|не менее|порядка|под)\\s*$", FLAGS);

    /**
     * A change to a new value, whose "до" / "to" states it exactly: "выплаты подняли до 1 миллиона", "raised to 1
     * million"; "до 1 миллиона человек" alone is a bound.
     */
    private static final Pattern CHANGED_TO = Pattern.compile("(?:подняли|поднял\\p{L}*|подняты|повысили|повысил\\p{L}*"
            + "|повышены|увеличили|увеличил\\p{L}*|увеличены|выросл\\p{L}*|вырос|raised|increased|went up|gone up|rose"
            + "|risen|grew|grown)(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:до|to)\\s*$", FLAGS);

    /** A document's or an article's number, no figure: "№ 82", "No. 1538", "article 70", "статья 58". */
    private static final Pattern NUMBERED = Pattern.compile("(?:№|no\\.?|nr\\.?|number|номер|article|art\\.|стать\\p{L}*"
            + "|ст\\.|пункт\\p{L}*|part|часть|decree|указ\\p{L}*|постановлени\\p{L}*|resolution)\\s*$", FLAGS);

    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}{2,}(?:-\\p{L}+)?)"
            + "(?:'s|’s)?(?![\\p{L}])");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "январ", "феврал", "март", "апрел", "ма",
            "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр");

    /**
     * The claim a question asks to check, or null when it asks none or names no checkable detail.
     *
     * @param question the question as asked (any language)
     */
    public static ClaimCheck of(String question) {
        if (question == null || question.isBlank()) {
            return null;
        }
        Matcher m = FRAME.matcher(question);
        if (!m.find()) {
            return null;
        }
        String after = question.substring(m.end());
        int q = after.indexOf('?');
        String claim = (q >= 0 ? after.substring(0, q) : after).strip();
        if (Terms.words(claim).size() < 2) {
            // "…, is that true?": the claim is the sentence before the frame
            // "говорят, что … 1916 года. это правда?": the sentence's own stop before the frame ends no claim
            String before = question.substring(0, m.start()).replaceAll("[\\s,.;:—-]+$", "");
            int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "));
            claim = before.substring(stop < 0 ? 0 : stop + 2).strip();
        }
        claim = claim.replaceAll("^[\\s,:;—-]+", "");
        if (Terms.words(claim).size() < 2) {
            return null;
        }
        List<Detail> details = details(claim);
        return details.isEmpty() ? null : new ClaimCheck(claim, details);
    }

    private static List<Detail> details(String claim) {
        List<Detail> out = new ArrayList<>();
        Matcher y = YEAR.matcher(claim);
        while (y.find()) {
            String before = claim.substring(0, y.start(1));
            int bound = UPPER_BOUND.matcher(before).find() ? 1 : LOWER_BOUND.matcher(before).find() ? -1 : 0;
            out.add(new Detail(Type.YEAR, y.group(1), y.start(), y.end(), Long.parseLong(y.group(1)), bound));
        }
        Matcher sy = SHORT_YEAR.matcher(claim);
        while (sy.find()) {
            String two = sy.group(1) != null ? sy.group(1) : sy.group(2) != null ? sy.group(2)
                    : sy.group(3) != null ? sy.group(3) : sy.group(4);
            int start = sy.start(sy.group(1) != null ? 1 : sy.group(2) != null ? 2 : sy.group(3) != null ? 3 : 4);
            if (overlaps(out, start, sy.end())) {
                continue;
            }
            int v = Integer.parseInt(two);
            long year = v >= 30 ? 1900 + v : 2000 + v;
            out.add(new Detail(Type.YEAR, Long.toString(year), start, sy.end(), year, 0));
        }
        Matcher f = WrittenFigures.FIGURE.matcher(claim);
        while (f.find()) {
            String before = claim.substring(0, f.start());
            if (overlaps(out, f.start(), f.end())
                    || APPROXIMATE.matcher(before).find() && !CHANGED_TO.matcher(before).find()
                    || NUMBERED.matcher(before).find()) {
                continue;
            }
            long value = WrittenFigures.value(f, 1);
            if (value > 0) {
                out.add(new Detail(Type.FIGURE, f.group().strip(), f.start(), f.end(), value));
            }
        }
        Matcher c = CAPITALISED.matcher(claim);
        while (c.find()) {
            String word = c.group(1);
            if (c.start() == 0 || overlaps(out, c.start(), c.end()) || !FollowUp.countries(word).isEmpty()
                    || isMonth(word) || Terms.isStopword(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(new Detail(Type.PERSON, word, c.start(), c.end(), 0));
        }
        out.sort(java.util.Comparator.comparingInt(Detail::start));
        return out;
    }

    private static boolean isMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String m : MONTHS) {
            if (w.equals(m) || (m.length() > 2 && w.startsWith(m) && w.length() <= m.length() + 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Detail> details, int start, int end) {
        return details.stream().anyMatch(d -> start < d.end() && end > d.start());
    }

    /**
     * Whether a text states the detail: the person's name in any form ("Japarov's", "Жапарова"), the year, or the
     * figure's value however it is written.
     */
    public static boolean states(String text, Detail d) {
        return switch (d.type()) {
            case PERSON -> Terms.matchesAny(Terms.stem(d.text().toLowerCase(Locale.ROOT)), Terms.stems(text));
            case YEAR -> Pattern.compile("(?<!\\d)" + d.value() + "(?!\\d)").matcher(text).find();
            case FIGURE -> WrittenFigures.figures(text).contains(d.value());
        };
    }

    /** The least share of a claim's other content words a sentence stating its year holds to state it of the claim. */
    static final double CLAIM_WORDS_SHARE = 2.0 / 3;

    /**
     * Whether a text states the detail of this claim: a person or a figure as {@link #states(String, Detail)}; a year
     * in a sentence that holds at least {@link #CLAIM_WORDS_SHARE} of the claim's other content words. "2 января
     * 2024 года движение осудило решение комиссии по полной реабилитации" names 2024, but not as the year
     * "Казахстан принял новый закон о полной реабилитации".
     *
     * @param text a passage's text; never null
     * @param d    one of this claim's details
     */
    public boolean statesOfClaim(String text, Detail d) {
        if (d.type() != Type.YEAR) {
            return states(text, d);
        }
        Set<String> claimed = new java.util.HashSet<>(Terms.stems(claim));
        claimed.remove(Long.toString(d.value()));
        if (claimed.isEmpty()) {
            return states(text, d);
        }
        for (String sentence : Sentences.split(text)) {
            if (states(sentence, d)) {
                Set<String> said = Terms.stems(sentence);
                long held = claimed.stream().filter(c -> Terms.matchesAny(c, said)).count();
                if (held >= CLAIM_WORDS_SHARE * claimed.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a text (an answer's sentence) says every content word of the claim other than the detail itself and
     * who passed the claim on ({@link org.rehablawbot.retrieve.Situation#claimOf}): "the Supreme Soviet of
     * Kazakhstan adopted the rehabilitation law on 14 April 1993" says all of "the Kazakh rehabilitation law was
     * adopted in 1991".
     *
     * @param text a sentence; never null
     * @param d    one of this claim's details
     */
    public boolean allSaidIn(String text, Detail d) {
        Set<String> said = Terms.stems(text);
        String claimed = org.rehablawbot.retrieve.Situation.claimOf(claim).replace(d.text(), " ");
        return Terms.stems(claimed).stream().filter(c -> !Terms.hasDigit(c))
                .allMatch(c -> Terms.matchesAny(c, said));
    }

    /**
     * Whether a text states another detail of the same type than {@code d}, in the answer to {@link #slotQuestion}:
     * another person's name (a capitalised word that is not the question's own, a country's or a month's), another
     * year, another figure.
     *
     * @param slotQuestion the question the text answers, whose own words are no other detail
     */
    public static boolean statesOther(String text, Detail d, String slotQuestion) {
        if (states(text, d)) {
            return false;
        }
        return switch (d.type()) {
            case YEAR -> d.bound() == 0 ? YEAR.matcher(text).find() : otherBound(text, d);
            case FIGURE -> !WrittenFigures.figures(text.replaceAll("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)", "")).isEmpty();
            case PERSON -> {
                Set<String> asked = Terms.stems(slotQuestion);
                Matcher c = CAPITALISED.matcher(text);
                boolean found = false;
                while (c.find() && !found) {
                    String w = c.group(1);
                    found = c.start() > 0 && FollowUp.countries(w).isEmpty() && !isMonth(w)
                            && !Terms.isStopword(w.toLowerCase(Locale.ROOT))
                            && !asked.contains(Terms.stem(w.toLowerCase(Locale.ROOT)));
                }
                yield found;
            }
        };
    }

    /**
     * Whether a text's years say another bound than the claim's: "до 2000 года" (before 2000) is borne out by a
     * period that ends in 1999 or 2000, "после 1991" by one that starts in 1991 or 1992; "вплоть до 1961" is not by
     * one that ends in 1953.
     */
    private static boolean otherBound(String text, Detail d) {
        Matcher y = YEAR.matcher(text);
        boolean any = false;
        while (y.find()) {
            long year = Long.parseLong(y.group(1));
            any = true;
            long gap = d.bound() > 0 ? d.value() - year : year - d.value();
            if (gap == 0 || gap == 1) {
                return false;
            }
        }
        return any;
    }

    /**
     * The question that asks for a detail instead of stating it: the claim with the detail (and its preposition or
     * unit) taken out, after the detail type's question word in the claim's language: "who Kyrgyzstan's
     * rehabilitation law was signed by", "когда казахстан принял новый закон о полной реабилитации".
     */
    public String slotQuestion(Detail d) {
        Language language = Language.detect(claim);
        String rest = (claim.substring(0, d.start()) + " " + claim.substring(d.end())).replaceAll("\\s+", " ").strip();
        if (d.type() == Type.PERSON) {
            rest = rest.replaceAll("(?iu)(?<![\\p{L}])(by|кем)\\s*$", "").strip();
        }
        String word = language == Language.RU ? d.type().ru : d.type().en;
        return word + " " + rest + "?";
    }

    private static final Set<String> OPENERS = Set.of("according", "under", "after", "before", "during", "in", "on",
            "the", "a", "an", "by", "from", "since", "as", "согласно", "по", "в", "во", "на", "с", "со", "после", "до",
            "как", "при");

    /**
     * A verdict joined to the sentence that bears it out: the sentence's first letter made small when its first
     * word is a common one ("According to …" → "according to …"), kept for a name.
     *
     * @param verdict ends with ": "
     */
    public static String withVerdict(String verdict, String sentence) {
        List<String> words = Terms.words(sentence);
        if (!words.isEmpty() && OPENERS.contains(words.get(0).toLowerCase(Locale.ROOT))
                && Character.isUpperCase(sentence.charAt(0))) {
            sentence = Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        }
        return verdict + sentence;
    }
}
