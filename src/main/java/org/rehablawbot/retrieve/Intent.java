package org.rehablawbot.retrieve;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, from its question words in English or Russian: a date ("when",
 * "когда", "what year"), a number ("how many", "сколько"), a person or body ("who", "кто"), a place, a reason
 * ("why", "почему"), or anything else. The first question word of the text decides, so a follow-up put before the previous question
 * keeps its own intent.
 */
public enum Intent {
    WHEN, HOW_MANY, WHO, WHERE, WHY, OTHER;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String B = "(?<![\\p{L}\\p{N}])";
    /** The end of a question word: not "кто-то", "какие-нибудь", "где-либо", which are no question words. */
    private static final String E = "(?![\\p{L}\\p{N}]|-(?:то|нибудь|либо)(?![\\p{L}]))";

    private record Cue(Intent intent, Pattern pattern) {
    }

    /**
     * Which of two things came first: "which came first", "which remembrance day was set up first", "which is older",
     * "какой закон приняли раньше", "какой из них первым". Asked by the date of each.
     */
    private static final String FIRST = "which(?: \\p{L}+){0,3} (?:came|was|is|were)(?: \\p{L}+){0,2} (?:first|earlier"
            + "|older)|which (?:\\p{L}+ )?first|(?:что|кто|какой|какая|какое|где) (?:\\p{L}+ ){0,5}(?:раньше|первым"
            + "|первой|первее)|" + Intent.SPAN;

    /**
     * How much time lies between two things: "how many years passed between Russia's law and the Kazakh one", "how
     * long between", "сколько лет прошло между", "сколько лет прошло до указа" (from the thing named before), "how many
     * years apart", "на сколько лет раньше". Asked, like which came first, by the date of each.
     */
    private static final String SPAN = "(?:how many (?:years|months)|how long|how much time|сколько (?:лет|месяцев"
            + "|времени))(?: \\p{L}+){0,3}? (?:between|между"
            // "в каком году казахстан принял закон и сколько лет прошло до указа про 31 мая?": from the thing named
            // before to the one after
            + "|(?:passed|went by|elapsed|прошло|прошёл|прошел|минуло) (?:before|until|till|до))"
            // "how many years apart", "на сколько лет раньше", "какая разница в годах"
            + "|(?:how many (?:years|months)|how far) apart|на сколько (?:лет|месяцев) (?:раньше|позже)"
            + "|разниц\\p{L}* (?:в|во) (?:сколько )?(?:лет|годах|времени)";

    /** A question on how much time lies between two things ({@link #SPAN}). */
    public static final Pattern SPAN_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:" + SPAN + ")(?!\\p{L})");

    /** A question on which of two things came first ({@link #FIRST}). */
    public static final Pattern FIRST_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:" + FIRST + ")(?!\\p{L})");

    private static final List<Cue> CUES = List.of(
            new Cue(WHEN, Pattern.compile(B + "(when|since when|what year|which year|what date|which date|in what year"
                    + "|what period|which period|what years|which years|how long ago|how long|for how long|как долго|сколько времени|dates?"
                    // a duration: "сколько лет работала комиссия", "for how many years did it work"
                    + "|(?:for )?how many years|сколько лет"
                    // a deadline: "до какого срока можно подать?", "until when can we apply?"
                    + "|до какого срока|в какой срок|до каких пор|until when|by when|what is the deadline"
                    + "|what month|which month|what day|which day|в каком месяце|какого месяца|в какой день"
                    + "|когда|с каких пор|в каком году|какого числа|какого года|в какие годы|каким годом|какой период"
                    + "|какие годы|дата|даты|датой"
                    // which of two came first is asked by the date of each: "which came first, Russia's law or
                    // Kazakhstan's?", "какой закон приняли раньше"
                    + "|" + FIRST + ")" + E, FLAGS)),
            new Cue(HOW_MANY, Pattern.compile(B + "(how many|how much"
                    + "|number of(?!\\s+(?:the\\s+|this\\s+|that\\s+)?(?:[\\p{L}\\d'’]+\\s+){0,3}"
                    + "(?:law|decree|order|resolution|act|bill|article)\\b)"
                    + "|what number|what share|what percentage"
                    // a lookup's noun ("russia rehabilitations 2023 count"), not the verb ("does she count as …")
                    + "|(?<!(?:do|does|did|would|will|can|could|should|might|may)\\b[^?.!]{0,30})count(?!\\s+as)"
                    + "|what figure|сколько|скольких|скольким|сколькими|скока|скоко|скок|число|числа|количество|количества"
                    + "|какое число|какая доля"
                    // an amount asked in other words: "what would those payments cost", "what is the amount of",
                    // "какая сумма", "какой размер"
                    + "|what(?=\\s+(?:would|will|does|did|do|might|could|should)\\s+(?:[\\p{L}'’]+\\s+){0,4}cost"
                    + "(?![\\p{L}]))|what (?:is|was|are|were) the (?:amount|sum|size|cost)|what amount|what sum"
                    + "|какая сумма|какой размер|каков размер|какова сумма|какова стоимость|во что обойд\\p{L}*"
                    // a limit asked: "compensation cap in MRP", "максимум единовременной компенсации"
                    + "|cap|maximum|max|upper limit|максимум|максимальн\\p{L}*|потол\\p{L}*|предел\\p{L}*"
                    // a total asked in a lookup: "kz one-time compensation total paid since 2003"
                    + "|total|итого|суммарно"
                    // an amount asked in a lookup's noun: "kz special allowance monthly amount?", "пособие размер?"
                    + "|amount(?!\\s+to)|rate(?=\\s*[?!.]*\\s*$)|размер|сумма(?=\\s*[?!.]*\\s*$)"
                    // a comparison of counts or sums: "в какой стране больше оправдали", "which country paid more"
                    + "|(?:в )?как\\p{L}* стран\\p{L}* (?:\\p{L}+ ){0,2}(?:больше|меньше)"
                    + "|где (?:\\p{L}+ ){0,2}(?:больше|меньше)"
                    + "(?= (?:\\p{L}+ )?(?:люд|человек|реабилит|оправд|репресс|выплат|плат))"
                    + "|which country (?:\\p{L}+ ){0,2}(?:more|fewer|less))" + E,
                    FLAGS)),
            new Cue(WHO, Pattern.compile(B + "(who|whom|whose|by whom|кто|кого|кем|кому|чей|чья|чьё|чье|чьи"
                    // a body asked by its kind: "which court do I go to", "в какой орган обращаться"
                    + "|(?:which|what) (?:office|body|bodies|authority|authorities|agency|court|institution"
                    + "|department)|(?:в )?(?:какой|какие) (?:суд|орган|органы)(?!\\p{L})"
                    // a lookup that ends on "by" asks who did it: "ru rehab law 1761-1 signed by"
                    + "|by(?=\\s*[?!.]*\\s*$))" + E, FLAGS)),
            new Cue(WHERE, Pattern.compile(B + "(where|в каком месте|где|куда|откуда)" + E, FLAGS)),
            new Cue(WHY, Pattern.compile(B + "(why|for what reason|what for|for what purpose|почему|зачем|отчего"
                    + "|по какой причине|с какой целью)" + E, FLAGS)));

    /**
     * Whether a text gives a reason or a purpose, what a "why" question asks for: "because", "due to", "objections
     * over", "потому что", "из-за", "причина", "касались" (the objections concerned …).
     *
     * @param text a sentence or a passage; never null
     */
    public static boolean statesReason(String text) {
        return REASON.matcher(text).find();
    }

    private static final Pattern REASON = Pattern.compile(
            "(?iu)(?<![\\p{L}])(because|due to|owing to|as a result of|on the grounds|in order to|so as to|for the sake of"
                    + "|aim(s|ed)? (at|to)|concern(s|ed|ing)?|reasons?|objections? (over|to|about|concerning)"
                    + "|потому что|так как|поскольку|из-за|в связи с|ради|чтобы|с целью|направлен\\p{L}*|причин\\p{L}*"
                    + "|касал\\p{L}*)(?![\\p{L}])");

    /**
     * Where the first question cue of the text ends ("How many| volumes …"), or -1 when it has none.
     */
    public static int cueEnd(String question) {
        int bestAt = Integer.MAX_VALUE;
        int end = -1;
        if (question == null) {
            return -1;
        }
        for (Cue c : CUES) {
            var m = c.pattern.matcher(question);
            if (found(c, m, question) && m.start() < bestAt) {
                bestAt = m.start();
                end = m.end();
            }
        }
        return end;
    }

    /**
     * Finds the cue's next match that asks: a "where" that opens a relative clause after a place ("get housing back in
     * St Petersburg <b>where</b> they lived", "в Петербурге, <b>где</b> они жили") asks for no place; the question is
     * the clause around it.
     */
    private static boolean found(Cue c, java.util.regex.Matcher m, String question) {
        while (m.find()) {
            if (c.intent == WHERE ? !relative(question, m.start(), m.end())
                    : c.intent != WHO || !relativeWho(question, m.start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the "where" at {@code [start, end)} follows a place name or a comma and is followed by its subject. */
    private static boolean relative(String q, int start, int end) {
        String before = q.substring(0, start).stripTrailing();
        String after = q.substring(end);
        boolean afterPlace = before.endsWith(",") || before.matches("(?s).*(?<![.?!:]\\s{0,3})\\b\\p{Lu}\\p{L}+$");
        return afterPlace && SUBJECT.matcher(after).lookingAt();
    }

    /**
     * Whether the "who" starting at {@code start} opens a relative clause on a person named just before it ("my
     * great-grandfather <b>who</b> was exiled", "people who were deported", "те, кто пострадал"): it asks for no
     * person; the question is the clause around it.
     */
    private static boolean relativeWho(String q, int start) {
        java.util.regex.Matcher m = WORD_BEFORE.matcher(q.substring(0, start));
        if (!m.find()) {
            return false;
        }
        String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return Situation.isKin(word) || ANTECEDENT.contains(word);
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}-]+)\\s*,?\\s*$");

    /** The words naming people that a relative "who" follows: "people who", "those who", "те, кто", "всем, кому". */
    private static final java.util.Set<String> ANTECEDENT = java.util.Set.of("people", "those", "person", "persons",
            "anyone", "someone", "everyone", "anybody", "somebody", "everybody", "victims", "man", "woman", "men",
            "women", "ones", "citizens", "relatives", "descendants", "те", "тех", "тем", "теми", "все", "всех",
            "всем", "тот", "того", "тому", "та", "люди", "людей", "людям");

    /**
     * A subject opening a relative clause: "where <b>they</b> lived", "где <b>они</b> жили", "where <b>his</b> family
     * was"; an interrogative "where" is followed by a verb ("where can", "где искать").
     */
    private static final Pattern SUBJECT = Pattern.compile("(?iu)\\s+(?:they|he|she|we|i|his|her|their|my|our|the"
            + "|family|они|он|она|мы|я|его|её|ее|их|мой|моя|мои|наш|наша|наши|семья)(?![\\p{L}])");

    /** Where the first question cue of the text starts, or {@link Integer#MAX_VALUE} when it has none. */
    public static int cueStart(String question) {
        int bestAt = Integer.MAX_VALUE;
        if (question == null) {
            return bestAt;
        }
        for (Cue c : CUES) {
            var m = c.pattern.matcher(question);
            if (found(c, m, question) && m.start() < bestAt) {
                bestAt = m.start();
            }
        }
        return bestAt;
    }

    /** The intent of a question: the cue that occurs first in it, or {@link #OTHER}. */
    public static Intent of(String question) {
        Intent best = OTHER;
        int bestAt = Integer.MAX_VALUE;
        if (question == null) {
            return best;
        }
        for (Cue c : CUES) {
            var m = c.pattern.matcher(question);
            if (found(c, m, question) && m.start() < bestAt) {
                bestAt = m.start();
                best = c.intent;
            }
        }
        return best;
    }
}
