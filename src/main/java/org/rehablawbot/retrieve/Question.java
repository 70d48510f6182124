package org.rehablawbot.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehablawbot.knowledge.Language;

/**
 * A question analysed once, read by retrieval and by composition alike: what was asked, in which language, what
 * kind of answer it wants, about which countries and years, and, for a follow-up, the question it completes.
 *
 * <p>What is asked comes from the question's asking part ({@link Situation#asking}), never from the story told
 * before it: "my parents were exiled to Karaganda, where do I apply?" asks a place to apply, not of Karaganda.
 * For a follow-up ("and in Uzbekistan?") the asking part of the completed query says what is asked.
 *
 * @param text         the question as asked (trimmed); never null
 * @param previous     the previous question of the conversation, or null
 * @param query        the text searched: {@code text}, completed from {@code previous} when it is a follow-up
 *                     ({@link FollowUp#merge})
 * @param language     the language to answer in
 * @param asking       the asking part of {@code text}
 * @param askingQuery  the asking part of {@code query}: what a follow-up asks, completed
 * @param intent       the kind of answer asked ({@link Intent#of} of {@code askingQuery})
 * @param countries    the countries {@code query} asks about, as codes ({@link FollowUp#askedCountries}); may be
 *                     empty
 * @param countriesAsked the countries it asks of one by one ({@link #countriesAsked(String, String)}); may be empty
 * @param period       the years the question is bound to ({@link Period#asked}), or null
 * @param lawYear      the year of the law {@code query} names ({@link Period#lawYear}), or null
 * @param perPerson    a "how much" question on what one person receives ({@link AmountQuestion#perPerson}), not a
 *                     total paid out, nor how many people receive it (no "how many" of a thing)
 * @param moneyCounts  whether a sum of money, a share or a number of times answers it: it asks about money or how
 *                     often, and counts no persons or things ("how many pensioners"); otherwise "180 rubles"
 *                     counts nothing it asks for
 * @param event        for a "how many" question, the one event family it counts ({@link CountedEvent#askedIn}),
 *                     or null
 * @param peopleAsked  a "how many" question on people ("how many people", "сколько человек"): "2.4 million cases"
 *                     counts no people
 * @param opinionAsked whether it asks what someone claims or thinks (a claim to check, critics, motives, sides)
 *                     or why; other questions ask what the law or the record says
 * @param sidesAsked   whether it (a remark after it included) asks who gives which figure or date ("какая
 *                     официальная цифра и кто называет больше", "у кого какая цифра", "who says what", "different
 *                     estimates"): the sources' sides are its answer
 * @param compared     the two things a comparison compares ("the difference between A and B", "чем отличается A
 *                     от B", "A vs B"), in order; empty for any other question
 * @param entitlementAsked whether its asking part asks what one is entitled to ("что нам положено?", "что
 *                     полагается", "what are we entitled to", "что дают"): what the law gives answers it
 * @param totalAsked   whether a question on money asks a total ({@link AmountQuestion#asksTotal}: "total paid
 *                     since 2003", "сколько всего выплатили"): a sum paid out in all answers it, not a rate or a cap
 * @param excluded     what a "how many" or "how much" question, or one on money, sets aside ({@link #excluded(String)}:
 *                     "one-time compensations alone, not allowances", "без учёта пособий"): a figure that counts
 *                     it in does not answer; empty for other questions
 * @param bodyAsked    whether it asks which body acts in a procedure ({@link ProcedureQuestion#asksBody}: "who
 *                     decides?", "куда писать?"): a sentence naming a body doing a step of it answers
 * @param stepsAsked   whether its asking part asks how the procedure goes ({@link ProcedureQuestion#asksProcedure}:
 *                     "How does a family get a relative rehabilitated?", "Как в Узбекистане его реабилитировать?"),
 *                     or it asks a body after telling the family wants a relative rehabilitated
 *                     ({@link ProcedureQuestion#wantsRehabilitation}: "Мы хотим добиться её реабилитации … куда
 *                     писать?"): the steps of one source answer it
 * @param procedureWords the stems of the words of procedure inside the phrase that asks a body or the steps
 *                     ({@link ProcedureQuestion#askedProcedureStems}: "application", "file", "идти"); a passage
 *                     telling a step answers them in whatever words it tells it
 * @param formulaAsked whether its asking part asks how a payment is worked out ({@link AmountQuestion#asksFormula}:
 *                     "whats the formula", "как рассчитывается"): a rule per month answers it, not a cap
 * @param laterParts   the parts after the first that ask a count, a date or what one gets when the first asks
 *                     something else ({@link AskedPart}: "When did the commission start and end, and how many
 *                     people did it rehabilitate?"); each gets a statement of its own after the lead
 */
public record Question(String text, String previous, String query, Language language, String asking,
                       String askingQuery, Intent intent, List<String> countries, List<String> countriesAsked,
                       Period period, Integer lawYear,
                       boolean perPerson, boolean moneyCounts, CountedEvent event, boolean peopleAsked,
                       boolean opinionAsked, boolean sidesAsked, List<String> compared, boolean entitlementAsked,
                       boolean totalAsked, List<List<String>> excluded, boolean bodyAsked, boolean stepsAsked,
                       java.util.Set<String> procedureWords, boolean formulaAsked, int premisedYear,
                       List<AskedPart> laterParts) {

    public Question {
        excluded = List.copyOf(excluded);
        procedureWords = java.util.Set.copyOf(procedureWords);
        countries = List.copyOf(countries);
        countriesAsked = List.copyOf(countriesAsked);
        compared = List.copyOf(compared);
        laterParts = List.copyOf(laterParts);
    }

    /**
     * A yes/no question on what a person may or must do, opening the asking part: "can i apply too", "may we ask",
     * "should my mother apply", "могу ли я подать", "можно ли мне", "а я могу". A follow-up asking it asks its own
     * thing, not the kind of answer the previous question asked for.
     */
    private static final Pattern PERSON_ASKS = Pattern.compile("(?iu)^(?:and\\s+|but\\s+|so\\s+|а\\s+|и\\s+|но\\s+)?(?:"
            + "(?:can|could|may|should|must|do|does)\\s+(?:i|we|he|she|they|you|my\\s+\\p{L}+|his\\s+\\p{L}+|her\\s+\\p{L}+)"
            + "\\s+(?!be\\b|get\\b|have\\b|receive\\b)\\p{L}+"
            + "|(?:могу|можем|может|могут|должен|должна|должны)\\s+ли|можно\\s+ли\\s+(?:мне|нам|ему|ей|им)"
            + "|(?:я|мы|он|она|они|мне|нам)\\s+(?:могу|можем|может|могут|можно)(?!\\p{L}))");

    /**
     * Analyses a question of a conversation.
     *
     * @param text      the question as asked; null reads as empty
     * @param previous  the previous question of the conversation, or null; completes a follow-up
     * @param preferred the answer language when the question's letters do not decide; may be null (English)
     */
    public static Question analyse(String text, String previous, Language preferred) {
        // "пишу материал к 31 мая. подскажите дату принятия закона": what the asker writes is not what is asked
        String t = Situation.withoutPurpose(text);
        return of(t, previous, FollowUp.merge(t, previous), HybridRetriever.languageOf(t, preferred));
    }

    /**
     * Analyses a question whose searched text is already known (a follow-up completed elsewhere, a test).
     *
     * @param text     the question as asked; null reads as empty
     * @param previous the previous question, or null
     * @param query    the text searched; null reads as {@code text}
     * @param language the answer language; null reads as English
     */
    public static Question of(String text, String previous, String query, Language language) {
        String t = text == null ? "" : text;
        String q = query == null ? t : query;
        if (previous != null && !q.equals(t) && FollowUp.asksSource(t)) {
            // "who says so?", "источник?": the previous question asked again as it was asked ("who" asks no person
            // here, "says" no opinion); only the text is the follow-up's, so that the answer names every source
            Question again = of(q, null, q, language);
            return new Question(t, previous, q, again.language, again.asking, again.askingQuery, again.intent,
                    again.countries, again.countriesAsked, again.period, again.lawYear, again.perPerson,
                    again.moneyCounts, again.event, again.peopleAsked, again.opinionAsked, again.sidesAsked,
                    again.compared, again.entitlementAsked, again.totalAsked, again.excluded, again.bodyAsked,
                    again.stepsAsked, again.procedureWords, again.formulaAsked, again.premisedYear, again.laterParts);
        }
        String asking = Situation.asking(t);
        String askingQuery = Situation.asking(q);
        // "im his son … can i apply too or only him" after "how much do you get?": a person asking whether they may
        // do something asks that, whatever the previous question asked
        boolean ownQuestion = !q.equals(t) && PERSON_ASKS.matcher(asking).find();
        // a follow-up's own question word decides ("а в узбекистане какого числа?" asks a date, though the merged text
        // reads "числа когда день памяти …"); one without asks what the merged text asks
        Intent own = Intent.of(asking);
        Intent intent = ownQuestion || own != Intent.OTHER ? own : Intent.of(askingQuery);
        if (intent == Intent.OTHER && !q.equals(t) && previous != null && !Synonyms.asksForNamedThing(asking)
                && !onlyCountriesAdded(t, q) && !ownQuestion) {
            // "and in tenge in 2020?" after "compensation cap in MRP": a follow-up without a question word of its
            // own asks what the previous question asked; "and the remembrance day, which decree set it?" after
            // "when was the museum opened?" asks for a decree, not a date
            intent = Intent.of(Situation.asking(previous));
        }
        if (intent == Intent.OTHER && Situation.boundsFigure(asking)) {
            // "Has Uzbekistan's Supreme Court rehabilitated more than 1,000 people by now?": the count is asked, and
            // the answer says on which side of the bound it falls
            intent = Intent.HOW_MANY;
        }
        if (intent == Intent.OTHER && AMOUNT_IN_UNIT.matcher(asking).find()) {
            // "whats the rehab compensation in rubles today?": a sum in a unit is asked, as "how much" asks it
            intent = Intent.HOW_MANY;
        }
        if (intent == Intent.OTHER && !datesOffered(asking).isEmpty()) {
            // "закон рф о реабилитации — 18 или 19 октября 91?": of two dates offered, which is right is a date asked
            intent = Intent.WHEN;
        }
        boolean formulaAsked = AmountQuestion.asksFormula(asking);
        if (intent == Intent.OTHER && formulaAsked && AmountQuestion.asksMoney(q)) {
            // "kz one-off comp formula?": what a person receives, worked out, is asked as "how much" is
            intent = Intent.HOW_MANY;
        }
        boolean howMany = intent == Intent.HOW_MANY;
        boolean peopleAsked = howMany && (PEOPLE_ASKED.matcher(askingQuery).find()
                || PEOPLE_BOUNDED.matcher(askingQuery).find()
                // "which country rehabilitated fewer people?"; "who pays rehabilitated people more?" counts money
                || PEOPLE_COMPARED.matcher(askingQuery).find() && !AmountQuestion.asksMoney(askingQuery));
        boolean thingsCounted = peopleAsked || howMany && THINGS_COUNTED.matcher(askingQuery).find();
        // "сколько ей положено", "а скока это?" after "что ей положено?": how much is due to one person, in money
        boolean totalAsked = AmountQuestion.asksTotal(askingQuery);
        boolean dueAsked = howMany && !thingsCounted && ENTITLEMENT_ASKED.matcher(askingQuery).find() && !totalAsked;
        boolean moneyCounts = !thingsCounted && (AmountQuestion.asksMoney(q) || TIMES_ASKED.matcher(q).find()
                || dueAsked);
        // "а кто это решает?", "куда писать?": a body doing a step, not a sentence with "decisions" in it
        boolean bodyAsked = intent != Intent.WHEN && !howMany && (ProcedureQuestion.asksBody(asking)
                // "а в Узбекистане?" after "кто решает?" asks the same; "а выплаты?" asks something else
                || !q.equals(t) && namesOnlyCountries(asking) && ProcedureQuestion.asksBody(askingQuery));
        // "and who qualifies in each one?" after three countries' laws: each of them is asked
        List<String> each = FollowUp.refersToCountries(t, previous) ? FollowUp.countries(q) : countriesAsked(t, asking);
        List<String> countries = FollowUp.askedCountries(q);
        if (!countries.containsAll(each)) {
            // "what years did kazakhstan, kyrgyzstan and uzbekistan adopt theirs? is uzbekistan's even a law?": the
            // law named after a list does not narrow the countries the list asks of
            List<String> named = countries;
            countries = FollowUp.countries(q).stream().filter(c -> named.contains(c) || each.contains(c)).toList();
        }
        return new Question(t, previous, q, language == null ? Language.EN : language, asking, askingQuery, intent,
                countries, each,
                Period.asked(t), Period.lawYear(q),
                // "how many people receive the allowance" asks a count of them, not what each receives
                AmountQuestion.perPerson(intent, t) && !thingsCounted || dueAsked
                        || howMany && formulaAsked && !thingsCounted,
                // "how many people receive the allowance" counts persons: no sum of money answers it
                moneyCounts,
                howMany ? CountedEvent.askedIn(askingQuery) : null,
                peopleAsked,
                intent == Intent.WHY || OPINION_ASKED.matcher(askingQuery).find() || CLAIM_MET.matcher(t).find(),
                SIDES_ASKED.matcher(t).find(),
                compared(asking),
                // "а в кр?" after "что мне положено по закону рк?" asks what is due in the other country
                asksEntitlement(asking) || !q.equals(t) && namesOnlyCountries(asking) && asksEntitlement(askingQuery),
                moneyCounts && totalAsked,
                // "one-time compensations total excluding the allowance": a count or a sum set apart from a thing
                howMany || moneyCounts ? excluded(askingQuery) : List.of(),
                bodyAsked,
                // "Мы хотим добиться её реабилитации … куда писать?": the body asked after the wish told asks the steps
                ProcedureQuestion.asksProcedure(asking) || bodyAsked && ProcedureQuestion.wantsRehabilitation(t),
                ProcedureQuestion.askedProcedureStems(asking),
                formulaAsked,
                premisedYear(t),
                laterPartsOf(asking, intent, language == null ? Language.EN : language));
    }

    /**
     * Whether it asks, yes or no, whether a law covers a case or gives a person its status ({@link
     * CoverageQuestion#asksStatus}: "считаюсь ли я пострадавшей?", "will the new kyrgyz law clear his name?"), and
     * asks no date, count, place, person or reason.
     */
    public boolean statusAsked() {
        return intent == Intent.OTHER && CoverageQuestion.asksStatus(asking);
    }

    /** Whether it asks which body acts or how the procedure goes ({@link #bodyAsked} or {@link #stepsAsked}). */
    public boolean procedureAsked() {
        return bodyAsked || stepsAsked;
    }

    /**
     * Whether a follow-up was completed with nothing but the country of the conversation ("её признают
     * пострадавшей?" searched as "… пострадавшей? Казахстан"): it is a question of its own, and asks nothing the
     * previous question asked.
     */
    private static boolean onlyCountriesAdded(String text, String query) {
        java.util.Set<String> own = new java.util.HashSet<>(Terms.contentWords(text));
        return Terms.contentWords(query).stream().filter(w -> !own.contains(w))
                .allMatch(w -> !FollowUp.countries(w).isEmpty());
    }

    /** Whether the content words of a follow-up's asking part are all countries ("а в Узбекистане?", "and KZ?"). */
    private static boolean namesOnlyCountries(String asking) {
        return Terms.contentWords(asking).stream().allMatch(w -> !FollowUp.countries(w).isEmpty());
    }

    /**
     * The things a question sets aside, each as the stems of its content words that the rest of the question does
     * not say: up to three content words after "without", "excluding", "not counting", "not including", "except",
     * "(not", "без", "без учёта", "не считая", "не включая", "за исключением", "кроме", up to a punctuation mark or a
     * stop word. "How much was paid in one-time compensations alone (not allowances)?" sets aside
     * {@code [[allow]]}; "без учёта спецпособий" {@code [[спецпособ]]}.
     *
     * @param asking a question's asking part; never null
     * @return the things, in order, each a non-empty list of stems; empty when it sets nothing aside
     */
    public static List<List<String>> excluded(String asking) {
        List<List<String>> out = new ArrayList<>();
        Matcher m = EXCLUDING.matcher(asking);
        while (m.find()) {
            String window = m.group(1);
            List<String> thing = new ArrayList<>();
            for (String w : Terms.words(window)) {
                if (Terms.isStopword(w)) {
                    if (thing.isEmpty()) {
                        continue;
                    }
                    break;
                }
                thing.add(Terms.stem(w));
                if (thing.size() == 3) {
                    break;
                }
            }
            Set<String> elsewhere = Terms.allStems(asking.substring(0, m.start()) + " " + asking.substring(m.end()));
            thing.removeIf(elsewhere::contains);
            if (!thing.isEmpty()) {
                out.add(List.copyOf(thing));
            }
        }
        return out;
    }

    /**
     * The text searched for this question: {@link #query} without what it sets aside ({@link #excluded}), whose
     * words would otherwise find the figures that count it in ("… alone (not allowances)" searches no allowances).
     */
    public String searched() {
        return withoutExcluded(query);
    }

    /**
     * The words that say what is asked, where a question's focus is looked for: the asking part, and for a follow-up
     * the previous question's asking part after it ("а скока это?" then "ей самой что-то положено?", not the family
     * story before it; "and in tenge in 2020?" then "kz compensation cap in MRP"), without what the question sets
     * aside ({@link #excluded}).
     */
    public String askedText() {
        String own = isFollowUp() && previous != null && !onlyCountriesAdded(text, query)
                ? asking + " " + Situation.asking(previous) : askingQuery;
        return withoutExcluded(own);
    }

    /**
     * A text of this question (its {@link #asking} or {@link #askingQuery} part) without the spans that set aside
     * what the question sets aside ({@link #excluded}); the text itself when it sets nothing aside.
     */
    public String withoutExcluded(String s) {
        return excluded.isEmpty() ? s : withoutSetAside(s).replaceAll("\\s+", " ").strip();
    }

    /**
     * A text without its spans that set a thing aside: the word that sets it aside and the thing, as {@link
     * #excluded} reads it (its first words up to a stop word, at most three), not the rest of the clause: "Ей кроме
     * пенсии ещё что-то ежемесячно полагается?" keeps "ещё что-то ежемесячно полагается".
     */
    private static String withoutSetAside(String s) {
        Matcher m = EXCLUDING.matcher(s);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            int end = m.start(1);
            int taken = 0;
            Matcher w = WORD.matcher(m.group(1));
            while (w.find()) {
                if (Terms.isStopword(w.group().toLowerCase(java.util.Locale.ROOT))) {
                    if (taken == 0) {
                        continue;
                    }
                    break;
                }
                end = m.start(1) + w.end();
                if (++taken == 3) {
                    break;
                }
            }
            out.append(s, from, m.start()).append(' ');
            from = end;
        }
        return out.append(s.substring(from)).toString();
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

    /**
     * Whether a sentence counts in a thing this question sets aside ({@link #excluded}): it names all the thing's
     * stems outside a span that sets them aside itself ("18.4 billion in one-time compensations and special state
     * allowances" counts allowances in; "one-time compensations (without allowances)" does not).
     *
     * @param sentence a sentence of a passage; never null
     */
    public boolean countsIn(String sentence) {
        if (excluded.isEmpty()) {
            return false;
        }
        Set<String> stems = Terms.allStems(withoutSetAside(sentence));
        // "спецпособий" set aside is counted in by "специальных государственных пособий"
        return excluded.stream().anyMatch(thing -> thing.stream()
                .allMatch(st -> stems.contains(st) || stems.contains(Terms.compoundHead(st))));
    }

    /** A word setting aside what follows it, then the words after it up to a punctuation mark. */
    private static final Pattern EXCLUDING = Pattern.compile("(?iu)(?:(?<!\\p{L})(?:without|excluding|not counting"
            + "|not including|except(?: for)?|без учёта|без учета|без|не считая|не включая|за исключением|кроме)"
            + "|\\(\\s*(?:not|no|не|без))(?!\\p{L})([^,.;:?!()\\[\\]]+)");

    /**
     * The countries a question asks of one by one: those its asking part lists ({@link FollowUp#listedCountries}:
     * "in Kazakhstan and in Russia", "казахстан узбекистан россия" after its question mark), or all it names when it
     * asks of "each" or "both"; not those of the story told before it, nor countries named apart ("the Kyrgyz bill …
     * the Socialist Movement of Kazakhstan"). Two or more ask for an answer on each.
     *
     * @param text   the question as asked
     * @param asking its asking part
     */
    static List<String> countriesAsked(String text, String asking) {
        // words after the last question mark that end no sentence of their own are the question's too: "где 31 мая,
        // где 31 августа? казахстан узбекистан россия"
        int mark = text.lastIndexOf('?');
        String tail = mark < 0 ? "" : text.substring(mark + 1);
        boolean appended = !tail.isBlank() && !tail.matches("(?s).*[.!].*")
                && Terms.contentWords(tail).size() <= FollowUp.countries(tail).size() + 1;
        String asked = appended ? asking + " " + tail : asking;
        // "what unit does each use?", "в обеих странах": every country named is asked one by one
        // "по какому закону, по российскому или по казахстанскому?": a choice between countries, which each one's
        // answer decides
        boolean choice = FollowUp.countries(asked).size() >= 2 && CHOICE.matcher(asked).find();
        // "did uzbekistan pass its own law before kazakhstan did?": one country's deed set in time against another's
        // asks of each
        boolean ordered = false;
        if (FollowUp.countries(asked).size() >= 2) {
            Matcher m = ORDERED_AGAINST.matcher(asked);
            while (!ordered && m.find()) {
                ordered = !FollowUp.countries(m.group(1)).isEmpty();
            }
        }
        return EACH.matcher(asked).find() || Intent.FIRST_ASKED.matcher(asked).find() || choice || ordered
                ? FollowUp.askedCountries(asked) : FollowUp.listedCountries(asked);
    }

    /**
     * A word asking of every thing named one by one: "each", "both", "каждая", "обе"; or a choice among countries
     * ("which country paid more", "в какой стране больше оправдали", "compare"), which each one's answer decides.
     */
    private static final Pattern EACH = Pattern.compile("(?iu)(?<!\\p{L})(each|every|both|respectively|кажд\\p{L}*"
            + "|обе|обеих|оба|обоих|соответственно|which country|what country|в как\\p{L}* стран\\p{L}*"
            + "|как\\p{L}* (?:из )?стран\\p{L}*|compar\\p{L}*|сравн\\p{L}*"
            + ")(?!\\p{L})");

    /**
     * A deed set in time against another's: "before", "after", "earlier than", "раньше", "позже (чем)", then up to
     * three words of the same clause, in which a country is looked for.
     */
    private static final Pattern ORDERED_AGAINST = Pattern.compile("(?iu)(?<!\\p{L})(?:before|after|earlier than"
            + "|later than|раньше|позже|позднее|прежде)(?:,?\\s+чем)?\\s+((?:[^\\s?!.,;:]+\\s+){0,2}[^\\s?!.,;:]+)");

    /** A choice between things named: "or", "или", "либо". */
    private static final Pattern CHOICE = Pattern.compile("(?iu)(?<!\\p{L})(?:or|или|либо)(?!\\p{L})");

    /**
     * Whether this question asks how a figure changed over time: "как по годам росло число реабилитированных",
     * "динамика по годам", "как менялась сумма", "how has the total grown", "year by year", "over time", "timeline".
     * Such a question is answered by a timeline of the figure, each point with its date and source.
     */
    public boolean trendAsked() {
        return TREND_ASKED.matcher(asking).find();
    }

    /** Words asking how a figure changed ({@link #trendAsked}). */
    private static final Pattern TREND_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:по годам|год за годом|динамик\\p{L}*"
            + "|как (?:\\p{L}+ ){0,3}?(?:менял\\p{L}*|изменял\\p{L}*|изменил\\p{L}*|рос(?:ло|ла|ли|)|вырос\\p{L}*"
            + "|увеличивал\\p{L}*|увеличил\\p{L}*|росл\\p{L}*)|year by year|by year|over time|over the years|timeline"
            + "|how (?:has|have|did|does) (?:\\p{L}+ ){0,4}?(?:grow|grown|change|changed|rise|risen|increase|increased"
            + "|evolve|evolved))(?!\\p{L})");

    /** Whether this question completes an earlier one: what is searched is not what was asked. */
    public boolean isFollowUp() {
        return !query.equals(text);
    }

    /**
     * Whether this follow-up asks only whose the previous answer is ("who says so?", "источник?",
     * {@link FollowUp#asksSource}): the previous question answered again, every statement naming its source.
     */
    public boolean sourceAsked() {
        return isFollowUp() && FollowUp.asksSource(text);
    }

    /**
     * "How many" before a noun that is no unit of money or time ("how many pensioners receive …", "how many cases"):
     * things are counted, not a sum.
     */
    private static final Pattern THINGS_COUNTED = Pattern.compile("(?iu)(?<![\\p{L}])how many\\s+(?!(?:mrp|mci|tenge"
            + "|rubles?|roubles?|som|soms|dollars?|units?|months?|years?|times|billions?|millions?|thousands?)"
            + "(?![\\p{L}]))\\p{L}+");

    /**
     * A question on what one is given: "что положено", "что полагается", "what are we entitled to", "что дают"; not
     * a regulation ("положение о комиссии").
     */
    private static final Pattern ENTITLEMENT_ASKED = Pattern.compile("(?iu)(?<![\\p{L}])(положен(?!и)\\p{L}*|полага\\p{L}*"
            + "|причита\\p{L}*|entitled|what (?:do|does|can|will|would) (?:we|i|she|he|they|my \\p{L}+) (?:\\p{L}+ly |even |then |now )?"
            + "(?:get|receive)"
            // "is there any money?", "are there payments for that?"
            + "|(?:is|are) there (?:any |some )?(?:money|payments?|compensation)"
            + "|что (?:нам |мне |ей |ему |им )?(?:дают|дадут|получ\\p{L}*)|(?:get|receive) anything"
            // "ей бы там что-то дали?", "нам что-нибудь заплатят?"
            + "|(?:нам|мне|ей|ему|им)\\s+(?:бы\\s+)?(?:там\\s+)?(?:что(?:-то|-нибудь)?\\s+)?(?:дали|дадут|дают|заплатили"
            + "|заплатят|платят)"
            // "а семье за это что то платят?", "do they pay anything to the family?"
            + "|что[- ]?(?:то|нибудь)\\s+(?:дают|дадут|платят|заплатят|выплачивают|платит|выплачивает)"
            // "does uzbekistan pay anything to descendants?", "узбекистан платит ли что-нибудь потомкам?"
            + "|(?:do|does|will|would)\\s+(?:[\\p{L}'’]+\\s+){1,3}?pay\\s+(?:anything|something)"
            + "|(?:платит|платят|выплачивает|выплачивают)\\s+(?:ли\\s+)?(?:\\p{L}+\\s+)?что[- ]?(?:то|нибудь)"
            // "do we get money?", "will she receive any payment?", "нам дадут деньги?", "получим ли какие-то деньги?"
            + "|(?:get|gets|receive|receives) (?:any |some )?(?:money|payments?|compensation)"
            + "|(?:дадут|дают|дали|получ\\p{L}*)(?:\\s+ли)?(?:\\s+(?:какие|хоть какие)[- ]?(?:то|нибудь))?\\s+(?:деньг\\p{L}*"
            + "|выплат\\p{L}*|компенсаци\\p{L}*))(?![\\p{L}])");

    /**
     * A payment asked in a unit of money: "whats the compensation in rubles", "какая компенсация в тенге", "what is
     * the allowance in MRP".
     */
    private static final Pattern AMOUNT_IN_UNIT = Pattern.compile("(?iu)(?<![\\p{L}])(?:what|whats|what's|каков\\p{L}*"
            + "|какая|какой|какую|какие)(?:\\s+[\\p{L}'’-]+){1,6}?\\s+(?:in|в)\\s+(?:rubles?|roubles?|tenge|som|soms"
            + "|dollars?|usd|mrp|mci|рубл\\p{L}*|тенге|сом\\p{L}*|доллар\\p{L}*|мрп)(?![\\p{L}])");

    /**
     * Two dates offered as alternatives, the question being which is right: "18 или 19 октября", "the 18th or the
     * 19th of October", "1991 or 1993?", "в 1993-м или в 1997-м". Two days of a month (groups 1, 2 and the month's
     * word, 3), or two years (groups 4 and 5), joined by "or".
     */
    private static final Pattern DATE_CHOICE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:(?:the )?(\\d{1,2})(?:st|nd|rd"
            + "|th)?\\s+(?:or|или)\\s+(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+((?:jan|feb|mar|apr|may|jun|jul"
            + "|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)\\p{L}*)"
            + "|(?:в\\s+|in\\s+)?((?:18|19|20)\\d\\d)(?:-?(?:м|году|г\\.?))?\\s+(?:or|или)\\s+(?:в\\s+|in\\s+)?"
            + "((?:18|19|20)\\d\\d)(?!\\d))");

    /**
     * The dates a question offers as alternatives ({@link #DATE_CHOICE}), in the ISO forms fact values take: "--10-18"
     * and "--10-19" for "18 или 19 октября" (a month and day, whatever the year), "1991" and "1993" for "1991 or
     * 1993?".
     *
     * @param asking the asking part of a question; null reads as empty
     * @return two dates, or an empty list when the question offers none
     */
    public static List<String> datesOffered(String asking) {
        java.util.regex.Matcher m = DATE_CHOICE.matcher(asking == null ? "" : asking);
        if (!m.find()) {
            return List.of();
        }
        if (m.group(4) != null) {
            return List.of(m.group(4), m.group(5));
        }
        int month = org.rehablawbot.knowledge.PartialDate.monthNamed(m.group(3));
        int d1 = Integer.parseInt(m.group(1));
        int d2 = Integer.parseInt(m.group(2));
        if (month < 1 || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) {
            return List.of();
        }
        return List.of(String.format("--%02d-%02d", month, d1), String.format("--%02d-%02d", month, d2));
    }

    /** A deed that makes a law: adopting, passing, signing or enacting it, in English or Russian. */
    private static final String ENACTING = "(?:принял\\p{L}*|приня[лт]\\p{L}*|adopt\\p{L}*|pass(?:ed)?|sign(?:ed)?"
            + "|подписа\\p{L}*|enact\\p{L}*)";

    /**
     * A year a question takes for the one a law was made in: "казахстан принял закон о реабилитации только в 2020
     * году", "the kyrgyz law was signed in 2023, right?". The deed and the law within a few words of each other, the
     * year after them.
     */
    private static final Pattern PREMISED_YEAR = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:закон\\p{L}*|law|act)(?!\\p{L})"
            + "[^.?!\\d]{0,40}?(?<!\\p{L})" + ENACTING + "|" + ENACTING + "\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:закон\\p{L}*"
            + "|law|act)(?!\\p{L})[^.?!\\d]{0,40}?)(?:\\s|[^.?!\\d]{0,20}?\\s)(?:in|в|during|at the end of|в конце)\\s+"
            + "((?:19|20)\\d\\d)(?!\\d)");

    /**
     * The year a question takes for the one a law was made in ({@link #PREMISED_YEAR}): "почему казахстан принял
     * закон о реабилитации только в 2020 году?" gives 2020. Whether the knowledge dates the law so is for the
     * retriever and the composer to find out.
     *
     * @param text the question as asked; null reads as empty
     * @return the year, or 0 when the question takes none
     */
    public static int premisedYear(String text) {
        java.util.regex.Matcher m = premise(text);
        return m == null ? 0 : Integer.parseInt(m.group(1));
    }

    /**
     * The countries whose law a question dates by the year it takes ({@link #premisedYear}): those named before that
     * year ("казахстанский закон … 1991 года, одновременно с российским?" dates Kazakhstan's law, not Russia's).
     *
     * @param text the question as asked; null reads as empty
     * @return country codes in order of mention; empty when the question takes no year or names no country before it
     */
    public static List<String> premisedCountries(String text) {
        java.util.regex.Matcher m = premise(text);
        return m == null ? List.of() : FollowUp.countries(text.substring(0, m.start(1)));
    }

    /**
     * The countries whose law this question takes a year for ({@link #premisedCountries}) among those it asks about,
     * or all it asks about when it names none before that year.
     */
    public List<String> premisedLawCountries() {
        List<String> premised = premisedCountries(text).stream().filter(countries::contains).toList();
        return premised.isEmpty() ? countries : premised;
    }

    /**
     * Whether a text speaks of amending or repealing a law ("repealed", "amendments", "поправки", "изменения",
     * "отменён"): a fact on such a law is not on the making of the law it changes.
     *
     * @param text a fact's subject or a question; null is none
     */
    public static boolean amends(String text) {
        return text != null && AMENDING.matcher(text).find();
    }

    private static final Pattern AMENDING = Pattern.compile("(?iu)(?<!\\p{L})(?:amend\\p{L}*|repeal\\p{L}*"
            + "|поправк\\p{L}*|изменени\\p{L}*|измен[её]н\\p{L}*|отмен\\p{L}*|дополнени\\p{L}*)");

    /** The match of a year a question takes for a law's ({@link #PREMISED_YEAR}, {@link #LAW_OF_YEAR}), or null. */
    private static java.util.regex.Matcher premise(String text) {
        String t = text == null ? "" : text;
        java.util.regex.Matcher m = PREMISED_YEAR.matcher(t);
        if (m.find()) {
            return m;
        }
        m = LAW_OF_YEAR.matcher(t);
        return m.find() ? m : null;
    }

    /**
     * A law dated by a year in the genitive a few words after it: "казахстанский закон о реабилитации жертв
     * репрессий он же 1991 года", "закон РК 1991 г."; a year right after a word of the repression or an event
     * ("жертв репрессий 1937 года", "депортации 1944 года"), or before "рождения", dates those, not the law.
     */
    private static final Pattern LAW_OF_YEAR = Pattern.compile("(?iu)(?<!\\p{L})закон\\p{L}*(?:\\s+[^\\s\\d.?!;:]+){0,6}?"
            + "(?<!репресси[йяи]|репрессированных|событий|депортации|высылки|выселения|восстания|рождения|года)"
            + "\\s+((?:19|20)\\d\\d)\\s*(?:года|г\\.|г(?!\\p{L}))(?!\\s*рождени)");

    /**
     * Whether a question asks when one country's law was made and nothing else: a "when" question whose every content
     * word names a country, a law, its subject (rehabilitation, victims, political repression), its making (adopted,
     * signed, passed), a date or its number: "дата закона кр о реабилитации?", "when was kyrgyzstan's rehabilitation law
     * signed?", "kz rehab law date and number?".
     * "when can I apply under the law?" asks something else.
     */
    public boolean lawDateAsked() {
        if (intent != Intent.WHEN || countries.size() != 1 || FollowUp.countries(asking).size() > 1) {
            return false; // two countries' laws compared ("which came first?") are dated each by its own sentences
        }
        boolean law = false;
        for (String w : Terms.contentWords(asking)) {
            if (LAW_ABOUT.matcher(w).matches()) {
                law = true;
            } else if (FollowUp.countries(w).isEmpty() && !LAW_DATE_WORD.matcher(w).matches()
                    && !w.matches("(?:18|19|20)\\d\\d")) {
                return false;
            }
        }
        return law;
    }

    /**
     * Whether the asking part asks a document's number, alone or beside another thing ("kz rehab law date and
     * number?", "дата и номер закона", "what's the decree's number", "под каким номером"): the sources' numbers for
     * it answer that part, whatever the question's first kind of answer ({@link #intent}). "number of people",
     * "число жертв" count, they ask no number of a document.
     */
    public boolean documentNumberAsked() {
        return DOCUMENT_NUMBER_ASKED.matcher(asking).find();
    }

    /**
     * A document's number asked ({@link #documentNumberAsked}): Russian "номер" (not a telephone's), English "number"
     * tied to a document ("the law's number", "number of the decree", "its number", "date and number", "what number
     * is it"); "the biggest number", "what number of people" ask a count.
     */
    private static final Pattern DOCUMENT_NUMBER_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:номер\\p{L}*(?!\\s+телефон)"
            + "|(?:law|decree|act|resolution|order|bill)(?:['’]s)?\\s+number|(?:its|their)\\s+number"
            + "|number\\s+of\\s+(?:the\\s+|its\\s+|this\\s+|that\\s+)?(?:[\\p{L}'’]+\\s+){0,3}?(?:law|decree|act"
            + "|resolution|order)s?(?!\\p{L})|(?:and|&)\\s+(?:the\\s+)?number(?!\\s+of)"
            + "|what\\s+number\\s+(?:is|was|does|did)(?!\\p{L}))(?!\\p{L})");

    /** The words of a law's date asked beside the law and its country ({@link #lawDateAsked}). */
    private static final Pattern LAW_DATE_WORD = Pattern.compile("(?iu)(?:rehab\\p{L}*|реабилит\\p{L}*|victims?"
            + "|жертв\\p{L}*|political|политическ\\p{L}*|repress\\p{L}*|репресс\\p{L}*|mass|массов\\p{L}*"
            + "|rights|guarantees|прав\\p{L}*|гаранти\\p{L}*|citizens|граждан\\p{L}*|new|нов\\p{L}*|first|перв\\p{L}*"
            + "|adopt\\p{L}*|pass(?:ed)?|sign(?:ed)?|enact\\p{L}*|принят\\p{L}*|принял\\p{L}*|подписа\\p{L}*"
            + "|date|дата|дату|year|год\\p{L}*|число|числа|day|день|официальн\\p{L}*|officially"
            // "date and number?": the number is asked beside ({@link #documentNumberAsked})
            + "|number|номер\\p{L}*)");

    /**
     * Whether a fact's subject ({@link org.rehablawbot.knowledge.Fact#about}) is the making of a law: its adoption,
     * passing, signing, enactment or date ("дата подписания российского закона о реабилитации", "adoption of
     * Kazakhstan's rehabilitation law", "date of Kyrgyzstan's 1994 law"); a decree's or an order's date is none.
     *
     * @param about a fact's subject; null is none
     */
    public static boolean aboutEnactment(String about) {
        return about != null && ENACTMENT_ABOUT.matcher(about).find() && LAW_ABOUT.matcher(about).find();
    }

    /**
     * The making of a document, or the law's own date: "adoption of", "signing", "date of Kyrgyzstan's 1994 law",
     * "принятие", "дата закона"; "дата, с которой закон охватывает …" is none.
     */
    private static final Pattern ENACTMENT_ABOUT = Pattern.compile("(?iu)(?<!\\p{L})(?:adopt\\p{L}*|passage|passing"
            + "|signing|signed|enact\\p{L}*|принят\\p{L}*|подписан\\p{L}*)(?!\\p{L})"
            // the date of the law itself, not the date from which it counts something
            + "|date of [^,;]{0,30}?(?<!\\p{L})law(?!\\p{L})|дата (?:\\p{L}+ ){0,2}?закона(?!\\p{L})");

    /** A law, not a decree, an order or rules: "law", "закона". */
    private static final Pattern LAW_ABOUT = Pattern.compile("(?iu)(?<!\\p{L})(?:law|закон\\p{L}*)(?!\\p{L})");

    /** A question on how often: "how many times", "сколько раз". */
    private static final Pattern TIMES_ASKED = Pattern.compile("(?iu)(?<![\\p{L}])(times|раз|раза)(?![\\p{L}])");

    /** "How many people", "сколько человек/людей": a count of persons is asked. */
    private static final Pattern PEOPLE_ASKED = Pattern.compile("(?iu)(?<![\\p{L}])(how many (?:people|persons"
            + "|individuals|victims|citizens|pensioners|recipients|children|families)|(?:сколько|скока|скоко|скок)\\s+"
            + "(?:\\p{L}+\\s+)?(?:человек|людей|граждан|жертв|пенсионеров|получателей|детей|семей))"
            + "(?![\\p{L}])");

    /**
     * A comparison of counts of people ("which country rehabilitated fewer people", "где больше реабилитировали?",
     * "в какой стране реабилитировали меньше людей"): "more", "fewer", "less", "больше" or "меньше" within two words of
     * a word for people or of the deed done to people (rehabilitated, acquitted, repressed); "16 или больше 20?" on a
     * law "о реабилитации жертв" compares no people.
     */
    private static final Pattern PEOPLE_COMPARED;

    static {
        String more = "(?:more|fewer|less|больше|меньше)";
        String people = "(?:people|persons|victims|citizens|человек|людей|граждан|жертв|rehabilitat\\p{L}*|acquit\\p{L}*"
                + "|repress\\p{L}*|реабилитир\\p{L}*|оправда\\p{L}*|репрессир\\p{L}*)";
        String gap = "\\s+(?:[\\p{L}-]+\\s+){0,2}?";
        PEOPLE_COMPARED = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + more + gap + people + "|" + people + gap + more
                + ")(?![\\p{L}])");
    }

    /**
     * A bound on a count of people ("more than 1,000 people", "свыше 300 тысяч человек"): a count of people is asked,
     * checked against it.
     */
    private static final Pattern PEOPLE_BOUNDED = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + Situation.BOUND_WORDS
            + ")\\s+\\d[\\d \\u00a0\\u202f,.]*(?:\\s*(?:thousand|million|тыс\\p{L}*|млн|миллион\\p{L}*)\\.?)?\\s+(?:people"
            + "|persons|individuals|victims|citizens|человек|людей|граждан|жертв)(?![\\p{L}])");

    /**
     * A question that asks what someone claims or thinks: a check of a claim ("is it true", "правда ли"), critics,
     * motives, sides, opinions, propaganda, the parties whose statements the knowledge holds. "Считается" asks a
     * legal status, not an opinion; nor does a controversy's subject named alone ("прадеда посадили как басмача,
     * его могут реабилитировать?" asks what the law says).
     */
    private static final Pattern OPINION_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(is it true|true that|really"
            + "|claim\\p{L}*|critic\\p{L}*|opinion\\p{L}*|view\\p{L}*|say|says|said|think\\p{L}*|argu\\p{L}*"
            + "|controvers\\p{L}*|debate\\p{L}*|sides?|motive\\p{L}*|propaganda"
            + "|правда|действительно|утвержда\\p{L}*|критик\\p{L}*|критику\\p{L}*|мнени\\p{L}*"
            + "|счита(?!(?:ет|ют)ся|лс[яь]|лась|лись|ться)\\p{L}*|говор\\p{L}*|пишут|заявля\\p{L}*|спор\\p{L}*|сторон\\p{L}*|мотив\\p{L}*"
            + "|пропаганд\\p{L}*|хизб|hizb"
            + "|коммунист\\p{L}*|communist\\p{L}*|islamist\\p{L}*|исламист\\p{L}*)(?!\\p{L})");

    /**
     * A claim the asker met in blogs, the media or online, told before the question ("Some blogs say the 311,000
     * were mostly Basmachi … Who were they?", "в телеграме пишут, что …"): the question is about that claim, and
     * what other sources say of the same thing belongs to its answer. A relative's words ("family always said") are
     * no such claim.
     */
    private static final Pattern CLAIM_MET = Pattern.compile("(?iu)(?<!\\p{L})(?:blogs?|bloggers?|sites?|websites?"
            + "|articles?|media|outlets?|posts?|telegram(?: channels?)?|online|the internet|блог\\p{L}*|сайт\\p{L}*"
            + "|стать(?:и|ях)|сми|канал\\p{L}*|в интернете|в сети|в телеграм\\p{L}*|в тг)\\s+(?:\\p{L}+\\s+)?(?:say|says"
            + "|said|claim|claims|claimed|write|writes|wrote|пишут|писали|утверждают|говорят)(?!\\p{L})");

    /** A question for the sources' sides on a figure or a date: who gives which, the official one and others. */
    private static final Pattern SIDES_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(who (?:else )?(?:says|say|names|gives"
            + "|claims|counts)|which (?:figure|number|estimate)s?|official (?:figure|number|count|estimate)s?"
            + "|different (?:official )?(?:figures|numbers|estimates|dates|counts)|estimates"
            + "|range of (?:figures|numbers|counts)"
            + "|who says which|кто (?:\\p{L}+ )?(?:называ\\p{L}*"
            + "|говор\\p{L}*|утвержда\\p{L}*|да[её]т|приводит|счита\\p{L}*)|у кого|официальн\\p{L}* (?:цифр\\p{L}*"
            + "|данн\\p{L}*|числ\\p{L}*|оценк\\p{L}*)|какая цифра|какие цифры|разн\\p{L}* (?:цифр\\p{L}*|данн\\p{L}*"
            + "|оценк\\p{L}*|дат\\p{L}*)|оценк\\p{L}*"
            // "цифры разные попадаются", "the numbers vary": the figures told after, differing
            + "|(?:цифр|данн)\\p{L}* (?:\\p{L}+ )?(?:разн\\p{L}*|расход\\p{L}*)"
            + "|(?:figures|numbers) (?:\\p{L}+ )?(?:vary|differ|are different|don'?t match)"
            // "three years or four? I keep seeing both", "видела и то и другое": the asker has met both sides
            + "|(?:seeing|seen|see|saw) both|both (?:figures|numbers|dates|years|versions|counts)"
            + "|(?:видел\\p{L}*|вижу|встреча\\p{L}*|попада\\p{L}*) (?:и )?(?:то и другое|обе|оба|обе цифры|разное)"
            + "|везде по-разному|в разных местах"
            // "в чате спорим", "we're arguing about it in the group": the asker has met more than one answer
            + "|спорим|спорят|спорили|(?:we|they|people)(?: are| were|'re)? (?:arguing|argue|disagree\\p{L}*)"
            // "I've seen November, December and even October in different outlets", "conflicting reports"
            + "|(?:in|across) different (?:outlets|sources|places|reports|media|articles|news|sites|websites)"
            + "|conflicting (?:dates|figures|numbers|reports|accounts|sources)|в разных (?:источниках|сми|статьях"
            + "|новостях|изданиях)|пишут по-разному|пишут разное"
            // "sources disagree on when …; what do the different sources say?", "which is the real number?": the
            // asker knows of a disagreement and asks its sides
            + "|sources (?:disagree|differ|conflict|contradict)\\p{L}*|what do (?:the )?(?:different |various |other )?"
            + "sources (?:say|tell|write)|which (?:one )?is (?:the )?(?:real|right|correct|true)|who(?:'s| is) right"
            + "|источники (?:расход\\p{L}*|противореч\\p{L}*)|(?:расход\\p{L}*|противореч\\p{L}*) (?:в )?источник\\p{L}*"
            + "|что (?:говорят|пишут) (?:разные |другие )?источники|кто (?:из них )?прав(?!\\p{L})|где правда"
            // "Google gives me different ones", "нахожу разные даты": the asker has met more than one value
            + "|different (?:ones|answers|results|versions|values)|разн(?:ые|ое) (?:ответы|версии|значения|результаты)"
            // "kg repressed count official vs akayev?", "официальная цифра или акаева": the official side against
            // another
            + "|official\\s+(?:\\p{L}+\\s+)?(?:vs\\.?|versus|or|against)|(?:vs\\.?|versus|or|against)\\s+(?:the\\s+)?official"
            + "|официальн\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:или|против|vs\\.?)|(?:или|против|vs\\.?)\\s+официальн\\p{L}*)(?!\\p{L})");

    private static final Pattern COMPARISON = Pattern.compile("(?iu)(?:differen\\p{L}*|distinguish\\p{L}*|compare\\p{L}*"
            + "|comparison|разниц\\p{L}*|различи\\p{L}*|отличи\\p{L}*)\\s+(?:is\\s+there\\s+)?(?:between|of|между)\\s+(.+?)"
            + "\\s+(?:and|with|и|с)\\s+(.+)|(?:отлича\\p{L}*|различа\\p{L}*)\\s+(.+?)\\s+от\\s+(.+)"
            + "|(.+?)\\s+(?:vs\\.?|versus|против)\\s+(.+)");

    /**
     * The two things a comparison question compares, each cut at its question mark: "the difference between
     * <b>A</b> and <b>B</b>", "чем отличается <b>A</b> от <b>B</b>", "<b>A</b> vs <b>B</b>"; empty for any other
     * question, and when either thing has no content word.
     *
     * @param asking a question's asking part; never null
     */
    public static List<String> compared(String asking) {
        Matcher m = COMPARISON.matcher(asking);
        if (!m.find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g += 2) {
            if (m.group(g) != null) {
                out.add(m.group(g).strip());
                out.add(m.group(g + 1).replaceAll("[?!.].*$", "").strip());
                break;
            }
        }
        return out.stream().allMatch(t -> Terms.contentWords(t).size() >= 1) ? out : List.of();
    }

    /**
     * Where a question asked in parts splits: at a question mark, or at "and" / "и" before a question word, which a
     * preposition may precede ("… and on what date?", "… и в каком году?", "… и какого числа?").
     */
    private static final Pattern PART_BREAK = Pattern.compile("(?iu)\\?\\s*|(?:[,;]\\s*|\\s+)(?:and|also|plus|or|и|а|или)"
            + "\\s+(?=(?:(?:on|in|at|from|since|в|во|на|с|со|до|по)\\s+)?(?:how|what|which|when|where|who|why|do|does|did"
            + "|is|are|can|could|will|would|should|как|что|кто|когда|где|куда|сколько|как(?:ие|ой|ая|ого|ом|ую|их)"
            + "|каков\\p{L}*|есть ли|можно|положен\\p{L}*)(?!\\p{L}))");

    /**
     * A word naming the unit of a date asked, not a thing: "date", "year", "day", "числа", "году", "дата". "… and on
     * what date?" asks the date of what the first part names.
     */
    private static final Pattern DATE_UNIT = Pattern.compile("(?iu)dates?|years?|days?|months?|time|числ\\p{L}*"
            + "|дат\\p{L}*|год\\p{L}*|день|дня|месяц\\p{L}*|время|времени");

    /**
     * The parts of a question's asking part ("Is he covered by the law, and how can he prove it?" has two), in
     * order; empty for a question in one part.
     *
     * @param asking an asking part ({@link Situation#asking}); never null
     */
    public static List<String> partsOf(String asking) {
        List<String> out = new ArrayList<>();
        for (String p : PART_BREAK.split(asking)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out.size() < 2 ? List.of() : out;
    }

    /**
     * The parts of a question after its first that ask a count or a date when the question as a whole asks
     * something else ("When did the commission start and end, <b>and how many people did it rehabilitate?</b>"),
     * or what one is entitled to when the first part asks something else ("Does that count as repression, <b>and
     * can he get anything for it?</b>"), each with the stems of its own content words (general words, countries and
     * numbers left out), in order; empty when there are none. The answer to the first part leads; each of these
     * gets a statement of its own.
     */
    private static List<AskedPart> laterPartsOf(String asking, Intent intent, Language language) {
        List<AskedPart> out = new ArrayList<>();
        List<String> parts = partsOf(asking);
        for (int i = 1; i < parts.size(); i++) {
            Intent partIntent = Intent.of(parts.get(i));
            if (asksEntitlement(parts.get(i)) && !asksEntitlement(parts.get(0))) {
                // "Does that count as repression in Kazakhstan, and can he get anything for it?"
                out.add(new AskedPart(parts.get(i), Intent.OTHER, Set.of(), of(parts.get(i), null, parts.get(i),
                        language)));
                continue;
            }
            // "When was the law adopted and what's its number?": a thing named after "what" is asked as well
            boolean attribute = partIntent == Intent.OTHER && intent != Intent.OTHER
                    && Synonyms.asksForNamedThing(parts.get(i));
            if (!attribute && (partIntent == intent || partIntent != Intent.HOW_MANY && partIntent != Intent.WHEN)) {
                continue;
            }
            Set<String> stems = new java.util.LinkedHashSet<>();
            for (String w : Terms.contentWords(parts.get(i))) {
                // a thing named is asked in whatever word names it: "what's its number?" asks the general "number"
                if ((attribute || !Synonyms.isGeneralWord(w)) && !Terms.hasDigit(w) && FollowUp.countries(w).isEmpty()
                        && !(partIntent == Intent.WHEN && DATE_UNIT.matcher(w).matches())) {
                    stems.add(Terms.stem(w));
                }
            }
            // "… and on what date?", "… и какого числа?": a date or a count of what the first part asks, in no words
            // of its own
            if (!stems.isEmpty() || !attribute) {
                out.add(new AskedPart(parts.get(i), partIntent, Set.copyOf(stems),
                        of(parts.get(i), null, parts.get(i), language)));
            }
        }
        return out;
    }

    /**
     * A later part of a question ({@link #laterParts}).
     *
     * @param text   the part as asked
     * @param intent what it asks: {@link Intent#HOW_MANY}, {@link Intent#WHEN}, or {@link Intent#OTHER} for what
     *               one is entitled to ({@link #entitlement}) or for a thing it names ({@link #attribute})
     * @param stems  the stems of its content words; empty for a part asking what one is entitled to
     * @param asked  the part analysed as a question of its own ("how many people …" asks a count of persons)
     */
    public record AskedPart(String text, Intent intent, Set<String> stems, Question asked) {

        /** Whether the part asks what one is entitled to: a rate or a payment answers it. */
        public boolean entitlement() {
            return intent == Intent.OTHER && stems.isEmpty();
        }

        /**
         * Whether the part asks for a thing it names after "what" ("and what's its number?", "и какой у него
         * номер?"): a text saying the part's words answers it, whatever kind of value it gives.
         */
        public boolean attribute() {
            return intent == Intent.OTHER && !stems.isEmpty();
        }

        /**
         * Whether a text says one of the part's content words, by {@link Terms#matchesAny}; any text for a part
         * with none.
         */
        public boolean saidIn(String text) {
            if (stems.isEmpty()) {
                return true;
            }
            Set<String> said = Terms.allStems(text);
            return stems.stream().anyMatch(st -> Terms.matchesAny(st, said));
        }
    }

    /**
     * Whether a question's asking part asks what one is entitled to ("ей что-нибудь положено?", "can he get anything
     * for it?", "do they pay anything to the family?").
     *
     * @param asking an asking part ({@link Situation#asking}) or one part of it; never null
     */
    public static boolean asksEntitlement(String asking) {
        return ENTITLEMENT_ASKED.matcher(asking).find();
    }

    /**
     * The stems of the words that ask what one is entitled to ("положено", "entitled", "get anything"), and of the
     * money it is asked in ("сколько примерно денег"), when its asking part asks that ({@link #entitlementAsked}); a
     * passage stating what a person receives at its rate answers them in whatever words it states it
     * ("выплачивается … 3/4 МРП за каждый месяц").
     *
     * @return the stems, stop words left out; empty when no entitlement is asked
     */
    public java.util.Set<String> entitlementWords() {
        if (!entitlementAsked) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = ENTITLEMENT_ASKED.matcher(asking);
        while (m.find()) {
            for (String w : Terms.words(m.group())) {
                if (!Terms.isStopword(w)) {
                    out.add(Terms.stem(w));
                }
            }
        }
        for (String w : Terms.words(asking)) {
            if (Synonyms.isMoneyWord(w)) {
                out.add(Terms.stem(w));
            }
        }
        return out;
    }
}
