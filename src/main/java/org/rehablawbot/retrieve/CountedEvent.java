package org.rehablawbot.retrieve;

import java.util.regex.Pattern;

/**
 * What a count is of: the families of events the knowledge counts people by. "311,000 victims of repressions were
 * rehabilitated" counts the rehabilitated, not the repressed; "100,000 were convicted, 25,000 of them shot" counts
 * both the repressed and the shot. A "how many" question asks for the one family its asking part names.
 *
 * <p>The families and their wordings (English and Russian, with the verb forms the knowledge and users write) come
 * from the counts the knowledge holds: convictions and arrests, rehabilitations, executions, deportations, and
 * the recipients of payments ("28,316 … receiving state allowances" counts no repressed).
 */
public enum CountedEvent {

    /**
     * Repressed: convicted, arrested, sentenced, persecuted ("осуждены", "посадили"); an English question's bare verb
     * too ("how many did the NKVD arrest?"), as for the events below.
     */
    REPRESSED("repressed|convicted|arrested|sentenced|persecuted|repress|convict|arrest|persecute"
            + "|репрессирован\\p{L}*|репрессировал\\p{L}*"
            + "|репрессирова(?:ть|но)|осужден\\p{L}*|осуждён\\p{L}*|осудил\\p{L}*|арестован\\p{L}*|арестовал\\p{L}*"
            + "|приговорен\\p{L}*|приговорён\\p{L}*|посадил\\p{L}*"),
    /** Rehabilitated: acquitted, exonerated, cleared ("оправданы"). */
    REHABILITATED("rehabilitated|acquitted|exonerated|cleared|rehabilitate|acquit|exonerate"
            + "|реабилитирован\\p{L}*|реабилитировал\\p{L}*"
            + "|оправдан\\p{L}*|оправдал\\p{L}*"),
    /** Shot: executed ("расстреляны", "казнены"). */
    SHOT("shot|executed|shoot|execute|расстрелян\\p{L}*|расстрелял\\p{L}*|казн[её]н\\p{L}*"),
    /** Deported: exiled, resettled ("высланы", "сосланы", "переселены"). */
    DEPORTED("deported|exiled|resettled|deport|exile|resettle|депортирован\\p{L}*|депортировал\\p{L}*"
            + "|выслан\\p{L}*|выслал\\p{L}*"
            + "|сослан\\p{L}*|сослал\\p{L}*|переселен\\p{L}*|переселён\\p{L}*"),
    /** Paid: recipients of a payment or an allowance ("28,316 … receiving state allowances", "получателей"). */
    PAID("recipients?|receiving|receive|receives|received|получател\\p{L}*|получающ\\p{L}*|получают|получает"
            + "|получили|получал\\p{L}*");

    private final Pattern words;

    CountedEvent(String alternatives) {
        this.words = Pattern.compile("(?iu)(?<![\\p{L}])(" + alternatives + ")(?![\\p{L}])");
    }

    /** Whether {@code text} names this event in any of its wordings; false for null. */
    public boolean namedIn(String text) {
        return text != null && words.matcher(text).find();
    }

    /**
     * The one event family {@code asking} (a question's asking part) names; null when it names none, or several
     * ("how many of the repressed were rehabilitated" asks of both, so neither binds).
     */
    public static CountedEvent askedIn(String asking) {
        CountedEvent found = null;
        for (CountedEvent e : values()) {
            if (e.namedIn(asking)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * Whether {@code sentence} counts another event than this one: it names another family and not this one's
     * own ("311,000 … were rehabilitated" for a question on the repressed).
     */
    public boolean otherNamedIn(String sentence) {
        if (namedIn(sentence)) {
            return false;
        }
        for (CountedEvent e : values()) {
            if (e != this && e.namedIn(sentence)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number, its scale word if any ("2.4 million", "100 тысяч", "1 миллиона 200 тысяч"), and at most one word
     * after it.
     */
    public static final String COUNTED = "(?iu)\\d(?:[\\d,.\\u00a0 ]*\\d)?(?:\\s*(?:million"
            + "|thousand|млн|тыс\\p{L}*|миллион\\p{L}*|тысяч\\p{L}*)(?:\\s+\\d+\\s*(?:thousand|тыс\\p{L}*"
            + "|тысяч\\p{L}*))?)?\\s+(?:[\\p{L}-]+\\s+)?";

    /** A count of persons: a number, then people, next to it or one word on ("311,000 victims", "100 тысяч человек"). */
    private static final Pattern COUNT_OF_PEOPLE = Pattern.compile(COUNTED + "(?:people|persons"
            + "|individuals|victims|citizens|residents|men|women|children|participants|kazakhstanis|kyrgyzstanis"
            + "|uzbekistanis|человек|людей|лиц|жертв\\p{L}*|граждан\\p{L}*|участник\\p{L}*|казахстанц\\p{L}*"
            + "|кыргызстанц\\p{L}*|узбекистанц\\p{L}*|мужчин|женщин|детей)(?![\\p{L}])");

    /**
     * Whether a text counts persons: a number, then people, next to it or one word on ("311,000 victims", "100
     * тысяч человек").
     *
     * @param text a sentence or passage; never null
     */
    public static boolean countsPeople(String text) {
        return COUNT_OF_PEOPLE.matcher(text).find();
    }

    /**
     * The text with its counts of persons blanked out ("более 5 миллионов человек" goes): what is left counts
     * things, if anything.
     *
     * @param text a sentence or passage; never null
     */
    public static String withoutCountsOfPeople(String text) {
        return COUNT_OF_PEOPLE.matcher(text).replaceAll(" ");
    }
}
