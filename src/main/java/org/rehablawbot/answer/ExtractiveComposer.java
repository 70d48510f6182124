package org.rehablawbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rehablawbot.index.ScoredPassage;
import org.rehablawbot.knowledge.Fact;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;
import org.rehablawbot.retrieve.AmountQuestion;
import org.rehablawbot.retrieve.CountedEvent;
import org.rehablawbot.retrieve.CoverageQuestion;
import org.rehablawbot.retrieve.SourceNames;
import org.rehablawbot.retrieve.FollowUp;
import org.rehablawbot.retrieve.Citizenship;
import org.rehablawbot.retrieve.HybridRetriever;
import org.rehablawbot.retrieve.Intent;
import org.rehablawbot.retrieve.LawArticles;
import org.rehablawbot.retrieve.LawDenial;
import org.rehablawbot.retrieve.Period;
import org.rehablawbot.retrieve.ProcedureQuestion;
import org.rehablawbot.retrieve.Question;
import org.rehablawbot.retrieve.RememberedPattern;
import org.rehablawbot.retrieve.ReportDates;
import org.rehablawbot.retrieve.Retrieval;
import org.rehablawbot.retrieve.Situation;
import org.rehablawbot.retrieve.Synonyms;
import org.rehablawbot.retrieve.TermWeights;
import org.rehablawbot.retrieve.Terms;

/**
 * The offline composer: answers with sentences taken word for word from the retrieved passages, each followed by
 * the marker of the passage it comes from. Deterministic; no model, no network.
 *
 * <ul>
 *   <li>Sentences are chosen by how many of the question's content words they contain (a word in the question's
 *       own form counts a little more than one sharing only its stem, which counts more than a prefix or typo
 *       match), how relevant their
 *       passage is, and whether they hold what the question asks for: a date for "when"/"когда", a number for
 *       "how many"/"сколько", a name for "who"/"кто". Later sentences must add words the earlier ones lack.</li>
 *   <li>Opinions (sources of kind statement or commentary) are stated in their author's name: "According to
 *       &lt;publisher&gt; (&lt;kind&gt;, &lt;date&gt;), …"; a fact with a claimant as "According to &lt;claimant&gt;,
 *       as relayed by &lt;publisher&gt; (…), …"; a sentence of a source on one side of a disagreement names its
 *       source too.</li>
 *   <li>When retrieved facts share a key but give different values, a {@link Disagreement} shows every value
 *       with the citations of the sources that give it, and the answer picks none.</li>
 *   <li>Citations are numbered 1..N in order of first use; at most {@code maxCitations} passages are cited,
 *       except that a disagreement always shows every side.</li>
 * </ul>
 */
public final class ExtractiveComposer implements Composer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExtractiveComposer.class);

    public static final String NAME = "extractive";

    /** Most sentences in an answer's body. */
    static final int MAX_STATEMENTS = 3;
    /** Most disagreements shown in one answer. */
    static final int MAX_DISAGREEMENTS = 2;
    /** Most citations one side of a disagreement shows (sources of different publishers first). */
    static final int MAX_CITATIONS_PER_POSITION = 3;
    /** Least share of the question's content words a disagreement's facts must hold to be shown. */
    static final double MIN_CONFLICT_OVERLAP = 0.5;
    /**
     * The least share of a question's concepts a disagreement's fact must state to be shown for a question that asks
     * for the sources' sides ("кто называет больше"), whose frame words no fact states.
     */
    static final double SIDES_MIN_OVERLAP = 0.25;
    /** A disagreement is shown when its overlap is within this margin of the best one's. */
    static final double CONFLICT_MARGIN = 0.15;
    /**
     * A disagreement is shown only when its facts hold nearly as much of the question as the best sentence outside
     * it: at most this much less. A sentence that answers the question far better means the facts that disagree
     * are about something next to it.
     */
    static final double SENTENCE_MARGIN = 0.3;
    /**
     * Extra score for a sentence that holds what a question without a question word is most specifically about
     * (its rarest concept).
     */
    static final double KEY_BONUS = 0.12;
    /** Words of a fact's text count less than words of its description ("about") when matching the question. */
    static final double TEXT_OVERLAP_WEIGHT = 0.8;
    /**
     * A sentence's coverage of a question word counts in full when it writes the word as the question does, this
     * much when it only shares its stem, and {@link #LOOSE_MATCH} when it matches by prefix or typo: between
     * sentences with the same words, the one closer to the question's wording comes first.
     */
    static final double SAME_STEM_MATCH = 0.9;
    static final double LOOSE_MATCH = 0.8;
    /** Sentences about the source document itself (its missing date) rather than the topic: a last resort. */
    private static final RememberedPattern ABOUT_THE_PAGE = RememberedPattern.of(Pattern.compile(
            "(?iu)" + ExtractiveComposer.PAGE_OWN_DATE_WORDS + "|без даты"
            // a sentence that announces what a page tells rather than telling it: "Informburo.kz рассказал, сколько
            // государство выплатило … и по какой формуле", "the article explains how the payment is counted"
            + "|(?<!\\p{L})(рассказал\\p{L}*|объяснил\\p{L}*|пояснил\\p{L}*|разъяснил\\p{L}*|описал\\p{L}*"
            + "|расскаж\\p{L}*|объясня\\p{L}*|explain(s|ed)?|describe(s|d)?|tells|told|sets out|set out|shows"
            // "Article 13 … says which courts decide …", "статья определяет, кто …": unless it goes on to tell it
            // after a colon, or says that a page does not say ("he did not say which foundations")
            + "|(?<!not |n't )(?:says|lists|determines|specifies|defines)|определяет|перечисляет|указывает"
            + "|устанавливает)"
            + ",?\\s+(?:\\p{L}+\\s+){0,2}?(сколько|как|какие|какой|каким|по какой|кому|кто|how|what|which|who"
            + "|whom)(?!\\p{L})(?![^:]*:)"));
    /**
     * Every sentence must score at least this share of the best candidate, even when the best one is left out as a
     * repeat of a disagreement's side.
     */
    static final double FOLLOWING_RATIO = 0.6;

    /**
     * Scores this close are all but alike: the second sentence leads when it says at least {@link #NEAR_TIE_OWN} more
     * of the asking part's own words.
     */
    static final double NEAR_TIE = 0.01;

    /** See {@link #NEAR_TIE}: a share of the asking part's weight (0 to 1). */
    static final double NEAR_TIE_OWN = 0.2;

    /**
     * A year: four digits from 1800 to 2099, not a sum or a count written with them ("2000 сомов", "1900 tenge",
     * "2000 people").
     */
    private static final Pattern YEAR = Pattern.compile("(?iu)(?<![\\d/.-])(18[0-9]{2}|19[0-9]{2}|20[0-9]{2})(?![\\d/])"
            + "(?!\\s*(?:сом\\p{L}*|som\\b|soms\\b|тенге|tenge|руб\\p{L}*|rub\\p{L}*|roubl\\p{L}*|доллар\\p{L}*|dollars?\\b"
            + "|usd\\b|человек|people|persons))");
    private static final Pattern MONTH = Pattern.compile("(?iu)(?<!\\p{L})(january|february|march|april|may|june|july"
            + "|august|september|october|november|december|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яй]"
            + "|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*)(?!\\p{L})");
    private static final Pattern NUMBER = Pattern.compile("(?iu)(?<![\\d\\p{L}.])\\d+(?:[,.\u00a0]\\d+)*(?![\\d\\p{L}]|\\.\\p{L})"
            + "|(?<!\\p{L})(thousand|million|hundred|dozens?|тысяч\\p{L}*|тыс|миллион\\p{L}*|млн|сотн\\p{L}*|десятк\\p{L}*)(?!\\p{L})");

    /** A question on how many times something happened: "how many times", "сколько раз". */
    private static final Pattern TIMES_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:how many times|сколько раз)(?!\\p{L})");

    /** A number of times in digits: "16 times", "16 раз", "более 20 раз". */
    private static final Pattern TIMES_IN_DIGITS = Pattern.compile("(?iu)(?<![\\d.,])\\d+\\s+(?:times|раз)(?!\\p{L})");

    /**
     * How many times something happened, the count written as a word: "only four times", "более двадцати раз". A
     * "how many times" question is answered by it; other counts are read in digits ({@link #NUMBER}).
     */
    private static final Pattern TIMES_IN_WORDS = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\\s+times|(?:дв\\p{L}*|тр\\p{L}*|четыр\\p{L}*|пят\\p{L}*"
            + "|шест\\p{L}*|сем\\p{L}*|восем\\p{L}*|девят\\p{L}*|десят\\p{L}*|двадцат\\p{L}*|тридцат\\p{L}*)\\s+раз)(?!\\p{L})");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=[\\p{L}\\d,;:)] )\\p{Lu}\\p{Ll}+");

    private final int maxCitations;
    private final TermWeights weights;
    private final Synonyms synonyms;
    /** The publisher names of a set of retrieved documents, by their paths: one pattern compiled per set. */
    private final org.rehablawbot.retrieve.Lru<List<String>, SourceNames> sourceNames =
            new org.rehablawbot.retrieve.Lru<>(256);

    /** A composer weighing every question word the same, with the built-in synonym map. */
    public ExtractiveComposer(int maxCitations) {
        this(maxCitations, TermWeights.UNIFORM);
    }

    /**
     * @param maxCitations most passages one answer cites (setting {@code answer.max_citations})
     * @param weights      how much each question word counts when matching sentences and disagreements (the
     *                     retriever's inverse document frequencies)
     */
    public ExtractiveComposer(int maxCitations, TermWeights weights) {
        this(maxCitations, weights, Synonyms.builtIn());
    }

    /**
     * @param maxCitations most passages one answer cites (setting {@code answer.max_citations})
     * @param weights      how much each question word counts when matching sentences and disagreements (the
     *                     retriever's inverse document frequencies)
     * @param synonyms     the domain synonym map: a sentence that says a question's phrase in other words
     *                     covers it
     * @throws IllegalArgumentException when {@code maxCitations} is below 1
     */
    public ExtractiveComposer(int maxCitations, TermWeights weights, Synonyms synonyms) {
        if (maxCitations < 1) {
            throw new IllegalArgumentException("maxCitations must be at least 1: " + maxCitations);
        }
        this.maxCitations = maxCitations;
        this.weights = weights == null ? TermWeights.UNIFORM : weights;
        this.synonyms = synonyms == null ? Synonyms.NONE : synonyms;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The refusal for a question the knowledge says nothing about: no citations. */
    public static Answer refusal(String question, Language language, String composer) {
        return new Answer(question, language, Answer.Status.REFUSED,
                List.of(new Statement(Messages.refusal(language), List.of())), List.of(), List.of(), composer, 0);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A question on a law of a country whose retrieved passages say it has none of its own ({@link LawDenial}:
     * "в каком году узбекистан принял закон о реабилитации?") is led by the sentence saying so, followed by what the
     * answer would say otherwise; where that answer would be a refusal (no date or signer of a law to give), the
     * sentence alone answers.
     */
    @Override
    public Answer compose(Retrieval retrieval) {
        Passage denial = LawDenial.asked(retrieval.asked()) ? denialOf(retrieval) : null;
        Answer answer = compose(retrieval, null);
        if (denial == null || !answer.refused() && !answer.statements().isEmpty()
                && LawDenial.deniedIn(answer.statements().get(0).text())) {
            return withDenialVerdict(answer, retrieval.asked());
        }
        LOG.debug("{} says {} has no law of its own", denial.id(), retrieval.asked().countries());
        Answer led = answer.refused() ? null : compose(retrieval, denial);
        if (led != null && !led.refused()) {
            return withDenialVerdict(led, retrieval.asked());
        }
        Numbering numbering = new Numbering();
        Statement only = new Statement(attributed(denial, LawDenial.sentenceOf(Sentences.split(denial.text())),
                retrieval.language(), false), List.of(numbering.number(denial)));
        return withDenialVerdict(new Answer(retrieval.question(), retrieval.language(), Answer.Status.ANSWERED,
                List.of(only), List.of(), numbering.citations(), NAME, 0), retrieval.asked());
    }

    /**
     * The answer opened with "No:" when the question asks, yes or no, whether a country has a law of its own ("в
     * узбекистане есть отдельный закон о реабилитации? да или нет") and its first sentence says the country has none
     * ({@link LawDenial#deniedIn}: "… реабилитирует Верховный суд, а не … отдельный закон"); any other answer as it is.
     */
    private static Answer withDenialVerdict(Answer answer, Question asked) {
        Language language = answer.language();
        if (answer.refused() || answer.statements().isEmpty() || !LawDenial.asked(asked)
                || !LAW_EXISTENCE_ASKED.matcher(asked.asking()).find() || WH_WORD.matcher(asked.asking()).find()
                || !LawDenial.deniedIn(answer.statements().get(0).text())
                || answer.statements().get(0).text().startsWith(Messages.outsideBound(language))) {
            return answer;
        }
        return answer.withVerdict(Messages.outsideBound(language));
    }

    /**
     * The first retrieved passage about the question's one country that says the country has no law of its own
     * ({@link LawDenial#deniedIn}), or null.
     */
    private static Passage denialOf(Retrieval retrieval) {
        List<String> countries = retrieval.asked().countries();
        return retrieval.passages().stream().map(ScoredPassage::passage)
                // the whole text is read first: most passages deny nothing, and need no splitting
                .filter(p -> LawDenial.deniedIn(p.text()) && HybridRetriever.about(p, countries)
                        && LawDenial.sentenceOf(Sentences.split(p.text())) != null)
                .findFirst().orElse(null);
    }

    /**
     * The answer, led by the sentence of {@code denial} that says the question's country has no law of its own
     * when it is not null.
     */
    private Answer compose(Retrieval retrieval, Passage denial) {
        Language language = retrieval.language();
        if (retrieval.isEmpty()) {
            return refusal(retrieval.question(), language, NAME);
        }
        List<ScoredPassage> passages = retrieval.passages();
        // who writes is no part of what is written: "«Курсив» подсчитал" says nothing of a rate ("курс")
        List<org.rehablawbot.knowledge.SourceMeta> sources = passages.stream().map(sp -> sp.passage().source())
                .distinct().toList();
        SourceNames names = sourceNames.get(sources.stream()
                .map(m -> m.path() + "\u0000" + m.publisher() + m.aliases()).toList(), k -> SourceNames.of(sources));
        // a remark after the question, and a figure it bounds by ("more than 1,000 people?"), count only where said
        Set<String> remarks = new HashSet<>(Situation.remarkStems(retrieval.question()));
        remarks.addAll(Situation.boundStems(retrieval.question()));
        // "is it true uzbekistan rehabilitated basmachi?": whether a claim is true is asked of what it claims, which
        // a report states without saying "true"
        remarks.addAll(truthStems(retrieval.asked().asking()));
        if (retrieval.asked().intent() == Intent.WHEN) {
            // "my great-grandfather was shot in 1938 … buried at ata-beyit. when did kyrgyzstan pass its
            // rehabilitation law?": a date asked is of the thing the asking part names; the story's words help a
            // sentence that says them and never sink one that does not, as the retriever weighs them
            remarks.addAll(Situation.stems(retrieval.question()));
        }
        QueryWords queryStems = QueryWords.of(retrieval.query(), language, weights, synonyms, remarks);
        // the asking part says what is asked ("where my parents were exiled" in the story asks nothing); a
        // follow-up's, completed from its question, says what a count is of ("and for Kazakhstan as a whole?")
        Question asked = retrieval.asked();
        Intent intent = asked.intent();
        Numbering numbering = new Numbering();

        List<FactGroup> allConflicts = conflicts(passages);
        Set<String> excluded = new HashSet<>();
        for (FactGroup g : allConflicts) {
            g.sides.values().forEach(side -> side.forEach(p -> excluded.add(p.id())));
        }
        double bestOutside = bestSentenceOverlap(passages, excluded, queryStems, asked);
        // "one-time compensations alone, not allowances": a timeline of totals with the allowances counted in is of
        // another figure
        List<FactGroup> askedConflicts = asked.excluded().isEmpty() ? allConflicts : allConflicts.stream()
                .filter(g -> g.sides.values().stream().flatMap(List::stream).noneMatch(p -> asked.countsIn(
                        p.fact().about() == null ? p.text() : p.fact().about()))).toList();
        // the asking part's own words, read once: disagreements shown and the final key-word check both ask of them
        OwnWords own = OwnWords.of(asked, language, weights, synonyms);
        java.util.function.Predicate<FactGroup> ofOwnWords = ofOwnWords(asked, own);
        Set<String> statedFigures = new HashSet<>();
        // "what does the official side say the 311,000 were?": a figure after "the" or "эти" names a group the
        // question speaks of, it states no figure to weigh
        figuresStated(asked.text()).forEach(v -> statedFigures.add(Long.toString(v)));
        int caseYear = intent == Intent.OTHER ? CoverageQuestion.caseYear(asked.text(), asked.asking()) : 0;
        // "18 или 19 октября?": the dates offered as alternatives name the values of the disagreement dated so
        namedDates(askedConflicts, Question.datesOffered(asked.asking()), statedFigures);
        List<FactGroup> shown = relevantConflicts(askedConflicts.stream()
                        .filter(g -> ofOwnWords.test(g) || coversYear(g, caseYear)
                                // "856 plus 205 is 1061 but the news says 1031": the figures name the timeline
                                || namesTwoOfItsValues(g, statedFigures)).toList(), queryStems,
                intent, bestOutside, asked.opinionAsked() ? claims(passages) : Set.of(), asked.sidesAsked(),
                asked.opinionAsked(), statedFigures, intent == Intent.WHEN ? eventAsked(asked.asking()) : Set.of(),
                intent == Intent.WHO ? org.rehablawbot.knowledge.WrittenFigures.figures(asked.asking()) : Set.of(), asked.perPerson(), caseYear,
                countriesCompared(asked), asked.trendAsked(), asked.documentNumberAsked());
        shown = sameCountry(shown, retrieval.query(), passages);
        if (intent == Intent.WHEN && asked.countriesAsked().size() >= 2 && Intent.FIRST_ASKED.matcher(asked.asking())
                .find()) {
            shown = ofTheFirst(shown, asked.countriesAsked(), passages);
        }
        // the thing asked is named in the asking part, not in the story before it
        Focus focus = Focus.of(synonyms.focus(asked.askedText()), retrieval.query(), names);
        // "one outlet says 1,031, the resolution over 1,200: who says what?": the disagreement on the figures the
        // question states comes before one on who the same people were; "госкомиссия итог реабилитировано скока":
        // the count of the thing asked (people rehabilitated) before a count of something else the same body made
        // (volumes), however close their scores
        boolean countOfFocus = intent == Intent.HOW_MANY && focus != null;
        // a group whose one value is the figure stated ("a blog says 311,000 were basmachi: true?", the 311,000 of
        // September and of December) only repeats it, and comes after one on what the question doubts
        shown = shown.stream().sorted(Comparator.comparing((FactGroup g) -> g.sides.values().stream()
                        .flatMap(List::stream).noneMatch(p -> statedFigures.contains(FactValues.normal(p.fact().value())))
                        || g.sides.values().stream().flatMap(List::stream)
                        .map(p -> FactValues.normal(p.fact().value())).distinct().count() == 1)
                .thenComparing(g -> countOfFocus && g.sides.values().stream().flatMap(List::stream)
                        .noneMatch(p -> p.fact().about() != null && focus.saidBy(Terms.stems(p.fact().about())))))
                .toList();
        CountedEvent askedEvent = asked.event();
        if (askedEvent != null) {
            // "how many were repressed": a disagreement on how many were shot counts another event
            shown = shown.stream().filter(g -> aboutOf(g) == null || !askedEvent.otherNamedIn(aboutOf(g))).toList();
        }
        if (intent == Intent.HOW_MANY && asked.peopleAsked()) {
            // "сколько людей в итоге реабилитировала госкомиссия?": a timeline of the volumes or archive cards the
            // same body produced counts things, not the people asked for
            shown = shown.stream().filter(g -> aboutOf(g) == null || !THINGS_COUNTED.matcher(aboutOf(g)).find())
                    .toList();
        }
        if (asked.perPerson()) {
            // what one person receives: a disagreement or a timeline on the sums paid out in all answers another
            // question ("18.4 billion tenge since 2003")
            shown = shown.stream().filter(g -> g.sides.values().stream().flatMap(List::stream)
                    .noneMatch(p -> AmountQuestion.statesAggregate(p.text()))).toList();
        }
        List<String> compared = asked.compared();
        if (!compared.isEmpty()) {
            // a comparison asks for each thing: a disagreement or a timeline on them together answers neither
            List<QueryWords> things = compared.stream().map(t -> QueryWords.of(t, language, weights, synonyms)).toList();
            shown = shown.stream().filter(g -> g.sides.values().stream().flatMap(List::stream).findFirst()
                    .map(p -> !things.stream().allMatch(t -> t.overlap(p.text()) >= PART_COVERAGE)).orElse(true))
                    .toList();
        }
        for (Question.AskedPart part : asked.laterParts()) {
            // "When did the commission start and end, and how many people did it rehabilitate?": the count asked
            // after the dates is a timeline or a disagreement of its own, shown with the dates' answer
            // "… and what's its number?": the sources' numbers of the law, whatever kind of value
            java.util.function.Predicate<FactGroup> answersPart = g -> g.sides.values().stream().flatMap(List::stream)
                    .findFirst().map(p -> (part.attribute() || FactValues.type(p.fact()) == (part.intent()
                            == Intent.HOW_MANY ? FactValues.Type.NUMBER : FactValues.Type.DATE))
                            && part.saidIn(p.fact().about() == null ? p.text() : p.fact().about())).orElse(false);
            if (shown.stream().noneMatch(answersPart)) {
                List<FactGroup> more = new ArrayList<>(shown);
                askedConflicts.stream().filter(answersPart).findFirst().ifPresent(more::add);
                shown = more;
            }
        }
        int perPosition = MAX_CITATIONS_PER_POSITION;
        // "which country rehabilitated more people, kazakhstan or uzbekistan?" is a question for each: two countries'
        // disagreements each get the citations one question's would (a timeline of one country's total no longer
        // pushes out the other country's count)
        List<String> groupCountries = shown.stream().map(g -> countryOf(g, asked.countriesAsked())).toList();
        int countriesShown = asked.countriesAsked().size() >= 2 && !groupCountries.contains(null)
                ? (int) Math.min(2, groupCountries.stream().distinct().count()) : 1;
        while (!shown.isEmpty()) {
            int positions = shown.stream().mapToInt(g -> g.sides.size()).sum();
            // one citation is kept for the answer's own sentence; every position keeps at least one
            perPosition = Math.min(MAX_CITATIONS_PER_POSITION, Math.max(1, (maxCitations - 1) / positions));
            if (positions * perPosition <= countriesShown * Math.max(maxCitations - 1, 2) || shown.size() == 1) {
                break;
            }
            shown = shown.subList(0, shown.size() - 1);
        }
        Map<String, Set<String>> conflictSources = new HashMap<>();
        // the values of disagreements alone: a timeline's point may be said again by the answer's first sentence
        // ("in 2023 it was from 2,588 to 345,000 tenge" before the timelines of both), a side never
        Map<String, Set<String>> disagreementSources = new HashMap<>();
        Set<String> voicedOpinions = new HashSet<>();
        List<String> positionTexts = new ArrayList<>();
        double bestShown = 0;
        if (asked.formulaAsked()) {
            // "whats the formula?": the caps year by year stand beside the rule per month that answers it
            shown.stream().filter(g -> g.sides.values().stream().flatMap(List::stream)
                    .noneMatch(p -> AmountQuestion.statesFormula(p.text()))).forEach(g -> g.beside = true);
        }
        for (FactGroup g : shown) {
            bestShown = g.beside ? bestShown : Math.max(bestShown, g.score);
            g.sides.values().forEach(side -> side.forEach(p -> {
                conflictSources.computeIfAbsent(p.source().id(), id -> new HashSet<>()).add(p.fact().value());
                if (!g.timeline) {
                    disagreementSources.computeIfAbsent(p.source().id(), id -> new HashSet<>()).add(p.fact().value());
                }
                if (g.timeline || side.size() == 1 || p.fact().claimant() == null) {
                    // a side several sources give shows who gives the value, not their sentences: a sentence saying
                    // more than the value ("the three deputies who sponsored the law were banned") is no repeat of it
                    positionTexts.add(p.text());
                }
                if (!g.timeline && p.source().isOpinion()) {
                    voicedOpinions.add(p.source().id());
                }
            }));
        }
        double minOwnCoverage = shown.stream().allMatch(g -> g.beside) ? 0 : Math.max(0.5, bestShown - 0.15);

        LOG.debug("intent {}, focus {}", intent, focus == null ? null : focus.words());
        if (asked.formulaAsked() && asked.perPerson()) {
            if (passages.stream().noneMatch(sp -> AmountQuestion.statesFormula(sp.passage().text()))) {
                // "whats the formula?": no passage found states so much for each month
                LOG.debug("no formula among the retrieved passages");
                return refusal(retrieval.question(), language, NAME);
            }
        } else if (intent == Intent.HOW_MANY && focus != null && saysFocus(passages, focus)
                && !anyCountOf(passages, focus, queryStems, periodAsked(asked),
                asked.moneyCounts(), asked.countries(), askedEvent, asked.peopleAsked(), asked.asking())) {
            LOG.debug("no count of {} among the retrieved passages", focus.words);
            return refusal(retrieval.question(), language, NAME);
        }
        Synonyms.Concept unheld = unheldConcept(retrieval);
        if (unheld != null) {
            LOG.debug("no passage about the question's countries says {}", unheld.words());
            return refusal(retrieval.question(), language, NAME);
        }
        if (asked.entitlementAsked() && passages.stream().noneMatch(sp -> GIVEN.matcher(sp.passage().text()).find()
                        && (asked.countries().isEmpty() || HybridRetriever.about(sp.passage(), asked.countries())))
                && !asksMoreThanEntitlement(asked.asking())) {
            // "нам как внукам что-то положено в узбекистане?": no passage found says of any payment, benefit or
            // right, so counts and museums around it would answer another question; "does uzbekistan pay anything
            // to descendants?" is not answered by what St Petersburg pays
            LOG.debug("no retrieved passage says what is given");
            return refusal(retrieval.question(), language, NAME);
        }
        List<Statement> statements = new ArrayList<>();
        String denied = denial == null ? null : LawDenial.sentenceOf(Sentences.split(denial.text()));
        if (denied != null) {
            statements.add(new Statement(attributed(denial, denied, language, false),
                    List.of(numbering.number(denial))));
        }
        FactGroup timeline = boundTimeline(shown, asked.asking());
        boolean perPerson = asked.perPerson();
        if (timeline == null && perPerson && passages.stream().noneMatch(sp -> !sp.passage().isFact()
                && AmountQuestion.statesRate(sp.passage().text()))) {
            // "а сколько это в тенге?" after a question on who may be paid: no passage found states the formula, and
            // the sums a person received year by year, shown beside the answer, are the answer itself
            timeline = shown.stream().filter(g -> g.timeline && g.beside).findFirst().orElse(null);
        }
        FactGroup ledBy = null;
        List<Passage> timelineLead = timeline == null ? null : latest(timeline, asked.period() != null
                ? asked.period() : org.rehablawbot.retrieve.Period.named(asked.asking()), asked.asking());
        if (timeline != null && LOG.isDebugEnabled()) {
            LOG.debug("timeline {} scores {} against {} outside it", timeline.key, String.format("%.3f",
                    timeline.score), String.format("%.3f", bestOutside));
        }
        // "how many had the Supreme Court rehabilitated by May 2024?": a running total up to a date is asked, which a
        // timeline of the total answers though a sentence on the last batch holds as many of the question's words
        // "Did the Supreme Court rehabilitate more than 1,000 people?": a bound on a count of people is set against
        // the total, never against one batch
        // "How many people has the Kazakh commission rehabilitated?": a count of the people of the event asked is the
        // running total of that event, however much a sentence on the commission's years says of the question
        // "для статьи нужна последняя официальная цифра: сколько …": the total may be named before the asking part
        boolean totalNamed = timeline != null && RUNNING_TOTAL_ASKED.matcher(asked.text()).find();
        boolean runningTotal = timeline != null && (totalNamed
                || asked.peopleAsked() && Situation.boundsFigure(asked.asking())
                || intent == Intent.HOW_MANY && asked.peopleAsked() && askedEvent != null && aboutOf(timeline) != null
                        && askedEvent.namedIn(aboutOf(timeline))
                        // "acquitted 408 people in one and a half years" counts the event itself, and leads
                        && bestEventCount(passages, excluded, conflictSources.keySet(), queryStems, asked,
                                askedEvent) < timeline.score)
                && timeline.sides.values().stream().flatMap(List::stream).anyMatch(p -> p.fact().about() != null
                        && RUNNING_TOTAL.matcher(p.fact().about()).find());
        if (timeline != null && intent != Intent.WHEN && timelineLead != null && (timeline.score >= bestOutside
                // "how has the number grown over time?": the figure's timeline is the answer, its latest point first
                || asked.trendAsked()
                || runningTotal && timeline.score >= (totalNamed ? TOTAL_NAMED_RATIO : RUNNING_TOTAL_RATIO)
                        * bestOutside)
                && !(perPerson && !AmountQuestion.statesRate(timelineLead.get(0).text())
                        && !AmountQuestion.statesPersonalSum(timelineLead.get(0).text()))
                && countsWhatIsAsked(timelineLead.get(0).text(), asked)
                // "whats the formula?" is answered by the rule per month, not by the cap year by year
                && !(asked.formulaAsked()
                        && !AmountQuestion.statesFormula(timelineLead.get(0).text()))
                // "is there a monthly payment?" is not answered by the yearly cap of the one-time compensation
                && !(AmountQuestion.asksPeriodic(asked.asking()) && aboutOf(timeline) != null
                        && AmountQuestion.statesOneTimeOnly(aboutOf(timeline)))) {
            // a running total or a yearly amount the question is about (its facts hold as much of the question as
            // any other sentence): its latest value (or its value of the year asked) answers first, the timeline
            // follows
            List<Passage> last = timelineLead;
            // its sentence, cited to the passage that holds it: a reported source's rather than an opinion's
            Passage first = last.stream().filter(p -> !p.source().isOpinion()).findFirst().orElse(last.get(0));
            // the same value as of several dates is said once, with the other publishers that say it too
            List<Passage> others = !unchanged(timeline) ? List.of()
                    : distinctPublishers(timeline.sides.values().stream().flatMap(List::stream).toList()).stream()
                            .filter(p -> !p.source().publisher().strip().equals(first.source().publisher().strip()))
                            .toList();
            if (intent == Intent.HOW_MANY && asked.countriesAsked().size() >= 2) {
                statements.addAll(leadEachCountry(timeline, last, first, others, shown, asked, language, numbering));
            } else {
                statements.add(citingAlso(first, attributed(first, first.text().strip(), language,
                        asked.sourceAsked()), others,
                        numbering, language));
            }
            ledBy = timeline;
        }
        Passage premise = statements.isEmpty() ? premiseCorrected(passages, asked, shown, language) : null;
        if (premise != null) {
            // "почему казахстан принял закон только в 2020 году?": the date the sources give the law opens the
            // answer, which the year taken is not; the other publishers of that date are cited beside it
            LOG.debug("the year {} taken for the law is corrected by {}", asked.premisedYear(), premise.id());
            List<Passage> same = passages.stream().map(ScoredPassage::passage).filter(p -> p.isFact()
                    && p.fact().key().equals(premise.fact().key())
                    && FactValues.normal(p.fact().value()).equals(FactValues.normal(premise.fact().value())))
                    .toList();
            same.forEach(p -> excluded.add(p.id()));
            List<Passage> others = distinctPublishers(same).stream().filter(p -> p.source().language() == language
                    && !p.source().publisher().strip().equals(premise.source().publisher().strip())).toList();
            statements.add(citingAlso(premise, attributed(premise, premise.text().strip(), language,
                    asked.sourceAsked()), others,
                    numbering, language));
        }
        statements.addAll(chooseStatements(retrieval, queryStems, intent, focus, excluded,
                conflictSources, disagreementSources, statements.isEmpty(),
                voicedOpinions, positionTexts, minOwnCoverage,
                countCited(shown, perPosition) + numbering.size(),
                numbering).stream().filter(st -> denied == null || !st.text().contains(denied)).toList());
        statements.addAll(lapses(passages, statements, numbering, language));
        statements.addAll(contrasts(passages, shown, numbering, language));
        if ((intent == Intent.WHEN || intent == Intent.HOW_MANY) && ledBy == null && !statements.isEmpty()
                && !shown.isEmpty() && statements.stream().noneMatch(st -> answersType(st.text(), asked, focus))
                && shown.stream().anyMatch(g -> !g.otherPart && g.sides.values().stream().flatMap(List::stream)
                        .anyMatch(p -> answersType(p.text(), asked, focus)))) {
            // "how many years did the commission work?": the spans the sources give, side by side, answer it; a
            // sentence on the documents it declassified answers nothing, however high it scores; "сколько всего
            // людей репрессировали в киргизии?": the counts each source gives, not whom the law covers
            LOG.debug("the sides answer; {} sentences of no date, length or count dropped", statements.size());
            statements.clear();
            numbering.clear();
        }
        // "when did kyrgyzstan pass its rehabilitation law?": the deed done to the document named ("26 years had
        // passed since the reburial" passes no law)
        String datedDeed = intent == Intent.WHEN && focus != null ? deedObject(asked.askedText(), focus) : null;
        java.util.function.Predicate<String> datesDeed = t -> answersType(t, asked, focus) && focus.saidIn(t)
                && (datedDeed == null || tellsDeed(t, focus, datedDeed));
        if (intent == Intent.WHEN && ledBy == null && focus != null && !statements.isEmpty() && !shown.isEmpty()
                && statements.stream().noneMatch(st -> datesDeed.test(st.text()))
                && shown.stream().anyMatch(g -> !g.otherPart && g.sides.values().stream().flatMap(List::stream)
                        .anyMatch(p -> datesDeed.test(p.text())))) {
            // "когда подписан закон рф о реабилитации?": the sides on the signing date answer it; the dates of a court
            // ruling or a prosecutor's note that name the law say when something else happened
            LOG.debug("the sides date the deed {}; {} sentences that do not dropped", focus.words(), statements.size());
            statements.clear();
            numbering.clear();
        }
        String deedAsked = intent == Intent.WHO && focus != null
                && ASKS_AGENT.matcher(asked.askingQuery()).find() ? deedObject(asked.askedText(), focus) : null;
        if (deedAsked != null && !statements.isEmpty()
                && statements.stream().noneMatch(st -> tellsDeed(st.text(), focus, deedAsked))
                && shown.stream().anyMatch(g -> g.sides.values().stream().flatMap(List::stream)
                        .anyMatch(p -> tellsDeed(p.text(), focus, deedAsked)))) {
            // "кто подписал российский закон и какого числа?": the sides on the signing date tell who signed it; an
            // article of the law that scores high tells nothing of the deed
            LOG.debug("the sides tell the deed; {} sentences that do not dropped", statements.size());
            statements.clear();
            numbering.clear();
        }
        if (Intent.SPAN_ASKED.matcher(asked.asking()).find() && asked.countriesAsked().size() <= 2) {
            String span = span(statements, asked.countriesAsked(), language);
            if (span != null) {
                // our arithmetic opens the first quoted sentence, whose citation follows both
                openFirst(statements, span);
            }
        }
        List<Disagreement> disagreements = new ArrayList<>();
        for (FactGroup g : shown) {
            if (g == ledBy && unchanged(g)) {
                continue; // one value as of several dates did not change: the answer's first sentence said it
            }
            // a timeline beside the answer cites one source a point: the answer's own sentences come first
            disagreements.add(disagreement(g, language, numbering, g.beside ? 1 : perPosition));
        }
        if (statements.isEmpty() && disagreements.isEmpty()) {
            return refusal(retrieval.question(), language, NAME);
        }
        List<Long> addends = askersSum(asked.text());
        if (addends.size() >= 2 && !statements.isEmpty()) {
            // "856 plus 205 is 1061 but the news says 1031": our arithmetic on the asker's sum, against the total a
            // shown source gives, opens the first quoted sentence
            long sum = addends.stream().mapToLong(Long::longValue).sum();
            long reported = reportedTotal(statements, disagreements, addends, sum);
            if (reported > 0) {
                openFirst(statements, Messages.sum(language, addends, sum, reported));
            }
        }
        if (intent == Intent.HOW_MANY && RECENT_ASKED.matcher(asked.asking()).find() && disagreements.isEmpty()
                && statements.get(0).citations().stream().map(numbering::passage)
                        .anyMatch(p -> p != null && NOT_CURRENT.matcher(p.text()).find())) {
            // "the compensation in rubles today?": the sums of the 1990s, which the source says are not today's
            LOG.debug("the figure found is of another time, which its own sentence says");
            return refusal(retrieval.question(), language, NAME);
        }
        if (ARTICLE_ASKED.matcher(asked.asking()).find()
                && !anyShown(statements, disagreements, t -> LawArticles.NUMBERED.matcher(t).find())) {
            // "which article of the law lets me ask for the file?": a sentence of the law's content that names no
            // article answers another question
            LOG.debug("no shown sentence names the article \"{}\" asks for", retrieval.question());
            return refusal(retrieval.question(), language, NAME);
        }
        // "а номер у него какой?" after a question on the new law asks its number as much as "номер закона" does
        if ((ASKS_DOCUMENT_NUMBER.matcher(retrieval.question()).find()
                || intent == Intent.OTHER && asked.documentNumberAsked())
                && !anyShown(statements, disagreements, t -> DOCUMENT_NUMBER.matcher(t).find())) {
            LOG.debug("no shown sentence gives the number of the document \"{}\" asks for", retrieval.question());
            return refusal(retrieval.question(), language, NAME);
        }
        if (ProcedureQuestion.asksArchive(asked.asking())
                && !anyShown(statements, disagreements, ProcedureQuestion::namesArchive)) {
            // "where in uzbekistan do i request the nkvd file? which archive": steps that read "the archives" name
            // no archive to write to
            LOG.debug("no shown sentence names the archive \"{}\" asks for", retrieval.question());
            return refusal(retrieval.question(), language, NAME);
        }
        if (ProcedureQuestion.asksDocumentsOnly(asked.asking())
                && !anyShown(statements, disagreements, ProcedureQuestion::listsDocuments)) {
            // "what documents do I need to apply in Kyrgyzstan?": the law's scope or the body that decides is a
            // neighbouring fact, not the papers asked for
            LOG.debug("no shown sentence lists the papers \"{}\" asks for", retrieval.question());
            return refusal(retrieval.question(), language, NAME);
        }
        RecordLookup lookup = RecordLookup.of(asked.asking(), retrieval.question());
        if (lookup != null && !lookup.namedIn(passages.stream().map(sp -> sp.passage().text()).toList())) {
            // "Is his name in the 72 volumes?": the knowledge holds no lists of names; the volumes' count is no answer
            LOG.debug("no passage names {}, whose own record is asked", lookup.names());
            return refusal(retrieval.question(), language, NAME);
        }
        List<String> askedPlaces = intent == Intent.HOW_MANY
                ? FollowUp.placesAsked(asked.asking()) : List.of();
        if (!askedPlaces.isEmpty() && !namesPlaces(askedPlaces, statements, disagreements, numbering)) {
            LOG.debug("no shown sentence counts for {}, the place asked about", askedPlaces);
            return refusal(retrieval.question(), language, NAME);
        }
        if (!saysKeyWord(retrieval, own, focus, statements, disagreements, names)) {
            LOG.debug("no shown sentence says what \"{}\" asks for", retrieval.question());
            return refusal(retrieval.question(), language, NAME);
        }
        if (intent == Intent.WHEN && !anyShown(statements, disagreements, t -> givesTime(t, asked))) {
            // "сколько времени комиссия рассматривает заявление?" answered by a sentence with no length of time, "when
            // was it adopted?" by one with no date: what is shown answers another question
            LOG.debug("no shown sentence gives the date or length \"{}\" asks for", retrieval.question());
            return refusal(retrieval.question(), language, NAME);
        }
        if (intent == Intent.WHEN && LawDenial.LAW_NAMED.matcher(retrieval.query()).find()
                && statements.stream().noneMatch(st -> LawDenial.LAW_NAMED.matcher(st.text()).find()
                        && givesTime(st.text(), asked))
                && disagreements.stream().noneMatch(d -> LawDenial.LAW_NAMED.matcher(d.about()).find()
                        || d.positions().stream().anyMatch(p -> LawDenial.LAW_NAMED.matcher(p.text()).find()))) {
            // "а в узбекистане?" after "в каком году россия приняла закон о реабилитации": the date of a decree on a
            // memorial dates no law; a country without one of its own has no date of it to give
            LOG.debug("no shown sentence dates a law, which \"{}\" asks of", retrieval.query());
            return refusal(retrieval.question(), language, NAME);
        }
        if (intent == Intent.WHEN && CHANGE_ASKED.matcher(asked.asking()).find()
                && !anyShown(statements, disagreements, t -> CHANGE_STATED.matcher(t).find())) {
            // "when did kazakhstan add 'and famine' to the day's name?": a report using the longer name dates the
            // report, not the change; a sentence that tells of no change dates none
            LOG.debug("no shown sentence tells the change \"{}\" asks the date of", retrieval.question());
            return refusal(retrieval.question(), language, NAME);
        }
        java.util.function.Predicate<String> statesSum = t -> AmountQuestion.statesRate(t) || hasCount(t, true);
        if (intent == Intent.HOW_MANY && asked.perPerson()
                && anyShown(statements, disagreements, t -> statesSum.test(t) && paysOtherGroup(t, asked.query()))
                && !anyShown(statements, disagreements, t -> statesSum.test(t) && !paysOtherGroup(t, asked.query()))) {
            // "mom is rehabilitated and a pensioner, how much compensation instead of benefits does she get a month":
            // the only sum shown is paid to another group (the labour army's 2,000 som), which tells nothing of hers
            LOG.debug("every sum shown is paid to a group \"{}\" does not ask of", retrieval.question());
            return refusal(retrieval.question(), language, NAME);
        }
        if (DEADLINE_ASKED.matcher(asked.asking()).find()
                && !anyShown(statements, disagreements, t -> DEADLINE_STATED.matcher(t).find())) {
            // "до какого срока можно подать? не опоздали ли мы": where to apply answers another question
            LOG.debug("no shown sentence states the time limit \"{}\" asks for", retrieval.question());
            return refusal(retrieval.question(), language, NAME);
        }
        int[] periodAsked = intent == Intent.HOW_MANY || asked.perPerson() ? periodAsked(asked) : null;
        if (periodAsked != null && !countsOfPeriod(statements, disagreements, periodAsked,
                Period.asksWithinYear(asked.asking()), asked.moneyCounts(),
                asked.peopleAsked(), asked.perPerson(), numbering)) {
            // "kz 31 may local one-off aid 2025 how many people got it": 2024's count answers another year
            LOG.debug("no shown sentence counts for {}-{}, the period asked", periodAsked[0], periodAsked[1]);
            return refusal(retrieval.question(), language, NAME);
        }
        if (ofAnotherCountry(asked, statements, disagreements, numbering)) {
            // "Положена ли реабилитированным в Казахстане квартира? В России вроде есть право вернуться": Russia's
            // housing right, named in a remark, tells nothing of Kazakhstan's
            LOG.debug("every passage shown is about another country than the one \"{}\" asks of", retrieval.question());
            return refusal(retrieval.question(), language, NAME);
        }
        Answer answer = new Answer(retrieval.question(), language, Answer.Status.ANSWERED, statements, disagreements,
                numbering.citations(), NAME, 0);
        // "а раскулачивание туда входит?" led by "К ним относятся решения … на основании признаков кулацких
        // хозяйств": the yes the asker wants first
        return !statements.isEmpty() && (coveredAsAsked(asked, statements.get(0).text(), language,
                storyWordsSaid(retrieval)) || mayApplyAsAsked(asked, statements.get(0).text(), language))
                ? answer.withVerdict(Messages.withinBound(language)) : answer;
    }

    /**
     * Whether every passage an answer cites is about a country other than the one its asking part names: the asking
     * part names exactly one country and compares nothing, and each cited passage names countries
     * ({@link HybridRetriever#countriesOf}) none of which is it. A passage that names no country is about any.
     */
    private static boolean ofAnotherCountry(Question asked, List<Statement> statements, List<Disagreement> disagreements,
                                            Numbering numbering) {
        List<String> named = FollowUp.countries(asked.asking()).stream().distinct().toList();
        if (named.size() != 1 || !asked.compared().isEmpty()) {
            return false;
        }
        List<Integer> cited = new ArrayList<>();
        statements.forEach(st -> cited.addAll(st.citations()));
        disagreements.forEach(d -> d.positions().forEach(p -> cited.addAll(p.citations())));
        List<Passage> passages = cited.stream().map(numbering::passage).filter(java.util.Objects::nonNull).toList();
        return !passages.isEmpty() && passages.stream().allMatch(p -> {
            List<String> scope = HybridRetriever.countriesOf(p);
            return !scope.isEmpty() && !scope.contains(named.get(0));
        });
    }

    /**
     * Whether a yes/no question whether a person may apply ({@link
     * org.rehablawbot.retrieve.ProcedureQuestion#asksApplicant}: "а внуку можно подать?", "can my grandson apply
     * too?") is answered yes by the answer's first sentence: the question asks only that, the sentence tells who may
     * apply with no negation, and it either leaves no one out ("любое другое лицо", "any other person") or names the
     * person asked. Every other word of the question (what is applied for, how: "онлайн", "online") must be said by
     * the sentence too. Never a no.
     */
    private boolean mayApplyAsAsked(Question asked, String lead, Language language) {
        String asking = yesOrNoAsking(asked, lead, language);
        if (asking == null || !ProcedureQuestion.asksApplicant(asking) || !ProcedureQuestion.statesApplicant(lead)
                || NEGATED_PERMISSION.matcher(lead).find()) {
            return false;
        }
        Set<String> leadStems = Terms.allStems(lead);
        List<String> persons = applicantWords(asking, true);
        boolean personSaid = ProcedureQuestion.anyoneMayApply(lead)
                || !persons.isEmpty() && persons.stream().allMatch(w -> Terms.matchesAny(Terms.stem(w), leadStems));
        return personSaid && applicantThing(asking, language).test(lead);
    }

    /**
     * The asking part of a question that asks one thing yes or no, with the "да или нет" offered after it left out;
     * null when it asks in parts ("Does that count as repression, and can he get anything for it?" may be led by the
     * answer to its other part), asks with a question word, or the first sentence already opens with a verdict.
     */
    private static String yesOrNoAsking(Question asked, String lead, Language language) {
        // "… считается репрессией? да или нет": the choice offered is of the answer, not a part of the question
        String asking = YES_OR_NO.matcher(asked.asking()).replaceAll(" ").strip();
        return Question.partsOf(asking).size() > 1 || WH_WORD.matcher(asking).find()
                || lead.startsWith(Messages.withinBound(language)) || lead.startsWith(Messages.outsideBound(language))
                ? null : asking;
    }

    /**
     * The content words of a question whether one may apply, less its frame ({@link #APPLICANT_FRAME}) and
     * countries: its persons ("внуку", "grandson") when {@code persons}, else every other word ("онлайн", "online").
     */
    private static List<String> applicantWords(String asking, boolean persons) {
        return Terms.contentWords(APPLICANT_FRAME.matcher(asking).replaceAll(" ")).stream()
                .filter(w -> FollowUp.countries(w).isEmpty() && Situation.isKin(w) == persons).toList();
    }

    /**
     * Whether a sentence says every word of a question whether one may apply other than its frame, countries and
     * persons, in any wording of the synonym map: "can i apply online?" is not answered by who may apply. The words
     * are read once, for every sentence tested.
     */
    private java.util.function.Predicate<String> applicantThing(String asking, Language language) {
        List<String> others = applicantWords(asking, false);
        if (others.isEmpty()) {
            return sentence -> true;
        }
        QueryWords thing = QueryWords.of(String.join(" ", others), language, weights, synonyms);
        return sentence -> thing.overlap(Terms.allStems(sentence)) >= 1.0 - 1e-9;
    }

    /** A sentence saying who may not apply: "cannot apply", "не может подать", "не вправе", "нельзя". */
    private static final Pattern NEGATED_PERMISSION = Pattern.compile("(?iu)(?<!\\p{L})(?:cannot|can't|may not|not allowed"
            + "|не (?:может|могут|вправе)|нельзя)(?!\\p{L})");

    /** The words of asking whether one may apply, of the application and of persons pointed at, which name no thing asked. */
    private static final Pattern APPLICANT_FRAME = Pattern.compile("(?iu)(?<!\\p{L})(?:можно|может|могут|могу|можем"
            + "|вправе|ли|подать|подавать|обратиться|обращаться|написать|заявлени\\p{L}*|реабилитаци\\p{L}*|тоже|также"
            + "|сам\\p{L}*|мне|нам|ему|ей|им|я|мы|он|она|они|can|could|may|apply|file|submit|allowed|entitled|eligible"
            + "|able|to|for|application|rehabilitation|also|too|themselves|himself|herself|myself|i|we|he|she|they|my|our"
            + "|his|her|their|is|are|a|an|the)(?!\\p{L})");

    /**
     * Whether a yes/no question on what a law covers ("а раскулачивание туда входит?", "does the new law cover
     * kulaks?") is answered yes by the answer's first sentence: the question, in one part, asks whether something is
     * covered (and not who is excluded), and the sentence states whom the law covers, with no exception word, and says every
     * concept of the thing asked (its content words less the words of coverage, the law, countries and pronouns,
     * in any wording of the synonym map). When the question asks only whether "это" counts as repression ("дед был в
     * трудармии … это считается репрессией?"), the thing is the story's case: the sentence must say one of the story's
     * rarest words ({@code storySaid}, a count of them in a text). Never a no: a sentence that does not name the thing
     * says nothing of it.
     */
    private boolean coveredAsAsked(Question asked, String lead, Language language,
                                   java.util.function.ToIntFunction<String> storySaid) {
        String asking = yesOrNoAsking(asked, lead, language);
        if (asking == null || !CoverageQuestion.asksCoverage(asking) || LawArticles.asksExclusion(asking)
                || !CoverageQuestion.statesCoverage(lead) || CoverageQuestion.statesExclusion(lead)) {
            return false;
        }
        String thing = COVERAGE_FRAME.matcher(asking).replaceAll(" ");
        List<String> words = Terms.contentWords(thing).stream().filter(w -> FollowUp.countries(w).isEmpty()).toList();
        if (words.isEmpty() || words.stream().allMatch(w -> REPRESSION_WORD.matcher(w).matches())) {
            // "дед был в трудармии … по казахскому закону это считается репрессией?": "это" is the story's case,
            // which the sentence must name ("трудовая армия") as well as what it is asked to count as
            return BACK_POINTER.matcher(asking).find() && storySaid.applyAsInt(lead) > 0
                    && (words.isEmpty() || QueryWords.of(String.join(" ", words), language, weights, synonyms)
                            .overlap(Terms.allStems(lead)) >= 1.0 - 1e-9);
        }
        QueryWords thingWords = QueryWords.of(String.join(" ", words), language, weights, synonyms);
        return thingWords.overlap(Terms.allStems(lead)) >= 1.0 - 1e-9;
    }

    /** Whether a law exists, asked yes or no: "есть ли закон", "есть отдельный закон?", "is there a law", "does … have a law". */
    private static final Pattern LAW_EXISTENCE_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:есть|существует|имеется"
            + "|is there|are there|does \\p{L}+(?:'s)? (?:\\p{L}+ )?have|has \\p{L}+ (?:got|passed|adopted))(?!\\p{L})");

    /** The answers offered after a yes/no question: "да или нет", "yes or no", "или нет", "or not". */
    private static final Pattern YES_OR_NO = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:да|yes)\\s+или\\s+нет|yes\\s+or\\s+no"
            + "|или\\s+нет|or\\s+not)(?!\\p{L})[?!.]*");

    /** What a case is asked to count as: "репрессией", "жертвой", "repression", "victim". */
    private static final Pattern REPRESSION_WORD = Pattern.compile("(?iu)репресси\\p{L}*|жертв\\p{L}*|repressions?"
            + "|victims?|political|политическ\\p{L}*");

    /** A word pointing back at the case told before the question: "это", "this", "that", "it". */
    private static final Pattern BACK_POINTER = Pattern.compile("(?iu)(?<!\\p{L})(?:это|такое|this|that|it)(?!\\p{L})");

    /** A question word that makes a question other than yes/no: "what", "who", "кто", "что", "какие" … */
    private static final Pattern WH_WORD = Pattern.compile("(?iu)(?<![\\p{L}-])(?:what|which|who|whom|whose|how|when"
            + "|where|why|кто|что|как|какие|какой|какая|каких|каков\\p{L}*|когда|где|куда|сколько|почему|зачем|чем"
            + "|кого|кому)(?![\\p{L}-])");

    /** The words of coverage, of the law and of pointing back, which name no thing asked. */
    private static final Pattern COVERAGE_FRAME = Pattern.compile("(?iu)(?<!\\p{L})(?:" + CoverageQuestion.COVERAGE_VERBS + "|apply|applies"
            + "|count(?:s|ed)?|закон\\p{L}*|law|laws|act|rehabilitation|реабилитаци\\p{L}*|new|новый|новому|новом"
            + "|туда|там|это|этот|эта|тоже|also|too|ли|it|this|that|there|he|she|him|her|they|them|он|она|они|его|её|ее|их"
            + "|does|do|is|are|was|were|под)(?!\\p{L})");

    /**
     * Whether the answer speaks of the places a count is asked for ("how many in <b>Almaty</b>"): a shown sentence,
     * or a passage it cites, names one of them. A country's count is no count of its city.
     */
    private static boolean namesPlaces(List<String> places, List<Statement> statements,
                                       List<Disagreement> disagreements, Numbering numbering) {
        List<String> texts = new ArrayList<>();
        statements.forEach(st -> texts.add(st.text()));
        disagreements.forEach(d -> d.positions().forEach(p -> texts.add(p.text())));
        numbering.citations().forEach(c -> texts.add(c.quote()));
        for (String t : texts) {
            for (String place : places) {
                if (FollowUp.namesPlace(t, place)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The stems of the query's content words, without repeats, each with its weight and the word forms the query
     * writes it in.
     */
    record QueryWords(List<String> stems, List<Double> weights, List<Set<String>> forms,
                      List<List<List<String>>> alternatives, double total, List<Boolean> remark) {

        static QueryWords of(String query, Language language, TermWeights termWeights) {
            return of(query, language, termWeights, Synonyms.NONE);
        }

        static QueryWords of(String query, Language language, TermWeights termWeights, Synonyms synonyms) {
            return of(query, language, termWeights, synonyms, Set.of());
        }

        /**
         * The query's concepts (content words, and phrases of the synonym map with their other wordings), each
         * weighing as its most common wording.
         */
        static QueryWords of(String query, Language language, TermWeights termWeights, Synonyms synonyms,
                             Set<String> remarks) {
            List<String> stems = new ArrayList<>();
            List<Double> ws = new ArrayList<>();
            List<Set<String>> forms = new ArrayList<>();
            List<List<List<String>>> alternatives = new ArrayList<>();
            double total = 0;
            for (Synonyms.Concept c : synonyms.concepts(query)) {
                List<List<String>> alts = new ArrayList<>();
                double weight = Double.MAX_VALUE;
                for (List<String> a : c.alternatives()) {
                    double altWeight = 0;
                    for (String w : a) {
                        altWeight = Math.max(altWeight, termWeights.weight(w, language));
                    }
                    weight = Math.min(weight, altWeight);
                    alts.add(a.stream().map(Terms::stem).toList());
                }
                String key = String.join(" ", alts.get(0));
                int at = stems.indexOf(key);
                if (at >= 0) {
                    forms.get(at).addAll(c.words());
                    continue;
                }
                weight = Math.max(1e-6, weight);
                stems.add(key);
                ws.add(weight);
                forms.add(new HashSet<>(c.words()));
                alternatives.add(alts);
            }
            // a word of the asker's remarks ("I've seen different dates", "в разных местах вижу разное") counts only
            // where a text says it; a question that is all remark is all asked
            List<Boolean> remark = new ArrayList<>();
            for (List<List<String>> alts : alternatives) {
                remark.add(!remarks.isEmpty() && !alts.get(0).isEmpty() && remarks.containsAll(alts.get(0)));
            }
            if (!remark.contains(false)) {
                remark.replaceAll(t -> false);
            }
            for (int i = 0; i < ws.size(); i++) {
                total += remark.get(i) ? 0 : ws.get(i);
            }
            return new QueryWords(stems, ws, forms, alternatives, total, remark);
        }

        /** The weight of the concepts the question says only in the asker's remarks after it. */
        double remarkTotal() {
            double n = 0;
            for (int i = 0; i < weights.size(); i++) {
                n += remark.get(i) ? weights.get(i) : 0;
            }
            return n;
        }

        /**
         * The weight a text's share of the query is taken of: the concepts asked, and the remarks' concepts the
         * text says ({@code saidRemarks}: their weight).
         */
        double total(double saidRemarks) {
            return Math.max(1e-9, total + saidRemarks);
        }

        /**
         * How closely a text matches the query concept at {@code i}: 1 when it has the question's own word form,
         * {@link #SAME_STEM_MATCH} when it holds a wording by exact stems ("declared" for "declaration", or a
         * synonym), {@link #LOOSE_MATCH} for a prefix or typo match, 0 for none.
         */
        double matchQuality(int i, Set<String> textWords, Set<String> textStems) {
            // a phrase ("came first", "special allowance") is said whole: one of its words ("first") is not it
            boolean phrase = alternatives.get(i).get(0).size() > 1;
            for (String f : forms.get(i)) {
                if (textWords.contains(f) && (!phrase || textWords.containsAll(forms.get(i)))) {
                    return 1;
                }
            }
            for (List<String> alt : alternatives.get(i)) {
                if (textStems.containsAll(alt)) {
                    return SAME_STEM_MATCH;
                }
            }
            return says(i, textStems) ? LOOSE_MATCH : 0;
        }

        /**
         * Whether the stems hold the concept at {@code i} in one of its wordings: a synonym by its exact stems, the
         * question's own words prefix and typo tolerant.
         */
        boolean says(int i, Set<String> textStems) {
            List<List<String>> alts = alternatives.get(i);
            for (int k = 1; k < alts.size(); k++) {
                if (!alts.get(k).isEmpty() && textStems.containsAll(alts.get(k))) {
                    return true; // a synonym, by its exact stems
                }
            }
            for (List<String> alt : alts.subList(0, 1)) {
                boolean all = !alt.isEmpty();
                for (String st : alt) {
                    if (!Terms.matchesAny(st, textStems)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }

        boolean isEmpty() {
            return stems.isEmpty();
        }

        /** The concepts' stems, as a set. */
        Set<String> stemsSet() {
            Set<String> out = new HashSet<>();
            alternatives.forEach(alts -> out.addAll(alts.get(0)));
            return out;
        }

        /**
         * The concept the question is most specifically about when it has no question word to say so ("Does the
         * law cover the <b>Basmachi</b>?"): the rarest one in the index that is not a country, among those the
         * passages hold ({@code said}: their stems); -1 for none.
         */
        int rarest(Set<String> said) {
            int best = -1;
            for (int i = 0; i < stems.size(); i++) {
                if (!says(i, said)) {
                    continue;
                }
                boolean country = forms.get(i).stream()
                        .anyMatch(f -> !org.rehablawbot.retrieve.FollowUp.countries(f).isEmpty());
                if (!country && !Terms.hasDigitOrEmpty(stems.get(i)) && (best < 0 || weights.get(i) > weights.get(best))) {
                    best = i;
                }
            }
            return best;
        }

        /** Weighted share of the query concepts found in the text. */
        double overlap(String text) {
            return overlap(Terms.stems(text));
        }

        double overlap(Set<String> textStems) {
            if (stems.isEmpty()) {
                return 0;
            }
            double n = 0;
            double saidRemarks = 0;
            for (int i = 0; i < stems.size(); i++) {
                if (says(i, textStems)) {
                    n += weights.get(i);
                    saidRemarks += remark.get(i) ? weights.get(i) : 0;
                }
            }
            return n / total(saidRemarks);
        }

        double weightOf(Set<String> someStems) {
            double n = 0;
            for (int i = 0; i < stems.size(); i++) {
                if (someStems.contains(stems.get(i))) {
                    n += weights.get(i);
                }
            }
            return n;
        }
    }

    // ---- statements ------------------------------------------------------------------------------------------

    /** A sentence that may go into the answer. */
    private record Candidate(Passage passage, String sentence, double score, double ownCoverage,
                             Set<String> coveredStems, int order) {
    }

    /**
     * Whether the sentences an answer would show say what the question asks for: its focus ({@link Synonyms#focus})
     * or one of the {@value #KEY_WORDS} weightiest words of its asking sentence (rarest in the knowledge; not a
     * country, not a number, not a word a follow-up carried over). When the shown sentences say none of them,
     * they state a neighbouring fact ("how many were acquitted" for "does the family get compensation") and the
     * answer would be a confident non-answer.
     */
    private static final int KEY_WORDS = 3;

    private boolean saysKeyWord(Retrieval retrieval, OwnWords ownWords, Focus focus, List<Statement> statements,
                                List<Disagreement> disagreements, SourceNames names) {
        StringBuilder shown = new StringBuilder();
        statements.forEach(st -> shown.append(st.text()).append(' '));
        disagreements.forEach(d -> {
            shown.append(d.about()).append(" ");
            d.positions().forEach(p -> shown.append(p.text()).append(" "));
        });
        String said = names.strip(shown.toString());
        Set<String> stems = Terms.allStems(said);
        Set<String> words = new HashSet<>(Terms.words(said));
        String own = ownWords.text();
        QueryWords q = ownWords.words();
        // kin is the asker's own ("мне как правнуку", "my grandson") or what is asked ("How much does Kazakhstan pay
        // to grandchildren of repressed people?"): only the first is no key word, and the second must be answered
        boolean askersKin = ownWords.askersKin();
        if (!askersKin) {
            boolean kinAsked = false;
            boolean kinSaid = false;
            for (int i = 0; i < q.stems().size(); i++) {
                if (q.forms().get(i).stream().anyMatch(Situation::isKinGroup)) {
                    kinAsked = true;
                    kinSaid |= q.matchQuality(i, words, stems) > 0;
                }
            }
            if (kinAsked && !kinSaid) {
                return false; // what is paid to victims does not answer what is paid to their grandchildren
            }
        }
        Intent intent = retrieval.asked().intent();
        if ((intent == Intent.WHO || intent == Intent.OTHER && NAME_ASKED.matcher(own).find())
                && ROLE.matcher(own).find() && !namesRoleOfAsked(own, statements, disagreements)) {
            // "кто сейчас возглавляет комиссию", "commission chairman name": the person in a role is asked, and a
            // text that names no head, chair or leader of the thing asked names someone else
            return false;
        }
        if (intent == Intent.WHO && focus != null && ASKS_AGENT.matcher(retrieval.asked().askingQuery()).find()
                && !deedOfAskedSaid(retrieval.asked().askedText(), focus, statements, disagreements)) {
            // "кто подписал закон о реабилитации в казахстане": who did a deed to a thing is answered by a sentence
            // that tells that deed done to that thing; "Tokayev signed the decree on the commission" tells who
            // signed something else
            return false;
        }
        List<String> speakers = speakersAsked(own);
        if (!speakers.isEmpty() && speakers.stream().noneMatch(sp -> speechOf(sp).matcher(shown).find())) {
            // "Did Japarov say anything when he signed the law? I need a direct quote": what a person said is
            // answered by a text that has that person say something; that he signed it says nothing he said
            return false;
        }
        List<String> choices = choices(own);
        if (!choices.isEmpty() && choices.stream().noneMatch(c -> saysWord(q, c, words, stems))) {
            // "can I apply online or do I have to go to Bishkek in person?": a choice is answered by one of its
            // sides; a text on who decides names neither
            return false;
        }
        List<String> thing = intent == Intent.OTHER && !retrieval.asked().procedureAsked() ? existenceAsked(own)
                : List.of();
        if (!thing.isEmpty() && !thing.stream().allMatch(w -> saysWord(q, w, words, stems))) {
            // "есть ли крайний срок, до которого надо подать?", "is there a deadline?": whether a thing exists is
            // answered by a text that names it; how to apply, said without it, answers another question. A question
            // that asks more ("есть ли закон и куда нам идти?") is answered by its other part too
            return false;
        }
        if (focus != null && focus.saidBy(stems)) {
            return true;
        }
        int cueEnd = Intent.cueEnd(retrieval.query());
        if (focus != null && (intent == Intent.WHEN || intent == Intent.WHO) && cueEnd >= 0
                && Terms.contentWords(retrieval.query().substring(cueEnd)).isEmpty()) {
            // a lookup with its cue last names the thing itself: "commission first <b>meeting</b> date", "law
            // <b>signed</b> by"; a date or a name of something else answers another lookup
            return false;
        }
        // "is there some application to file?": a sentence telling a body doing a step answers the words of procedure
        Set<String> procedureWords = org.rehablawbot.retrieve.ProcedureQuestion.namesBodyActing(shown.toString())
                ? retrieval.asked().procedureWords() : Set.of();
        List<Integer> keys = rarest(q, i -> org.rehablawbot.retrieve.FollowUp.countries(q.stems().get(i)).isEmpty()
                && !(askersKin && isKinship(q.forms().get(i)))
                && !procedureWords.contains(q.stems().get(i))
                && !q.forms().get(i).stream().allMatch(Synonyms::isGeneralWord));
        if (keys.size() < KEY_WORDS) {
            return true; // a short question's words are all the retriever had: its coverage bar has judged them
        }
        if (saysAny(q, keys.subList(0, KEY_WORDS), words, stems)) {
            return true;
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("key words {} unsaid in: {}", keys.subList(0, KEY_WORDS).stream().map(q.stems()::get).toList(),
                    said);
        }
        // an answer that speaks of the asker's story ("jailed for anti-Soviet agitation", "осуждён за измену")
        // answers it, however the question itself is worded ("even if he really did spread the leaflets?")
        return storyWordsSaid(retrieval).applyAsInt(said) > 0;
    }

    /**
     * How many of the rarest words of the asker's story that the knowledge uses ("Желтоксан", "labour army",
     * "treason"; kin aside) a text says: the {@value HybridRetriever#STORY_KEY_WORDS} rarest by their concepts and
     * the {@value HybridRetriever#STORY_KEY_WORDS} rarest by the asker's wording, 0 to twice that; always 0 for a
     * question with no story.
     */
    private java.util.function.ToIntFunction<String> storyWordsSaid(Retrieval retrieval) {
        java.util.function.ToDoubleFunction<String> weighed = storyWeightSaid(retrieval, true,
                HybridRetriever.STORY_KEY_WORDS);
        return text -> (int) Math.round(weighed.applyAsDouble(text));
    }

    /**
     * The weight of the {@code limit} rarest words of the asker's story that a text says, by their concepts and by
     * the asker's wording ({@link #storyWordsSaid}; all of them for a limit at least their number): each word
     * counts 1 when {@code counted}, else the weight of the asker's wording of it ({@link TermWeights}), so that a
     * rare word of the story ("taken prisoner", read as the Second World War) says more of the case than a common
     * one ("came back"). 0 for a question with no story.
     */
    private java.util.function.ToDoubleFunction<String> storyWeightSaid(Retrieval retrieval, boolean counted,
                                                                        int limit) {
        Set<String> story = Situation.stems(retrieval.question());
        if (story.isEmpty()) {
            return text -> 0;
        }
        QueryWords told = QueryWords.of(retrieval.question(), retrieval.language(), weights, synonyms);
        // a word of the story the knowledge never uses ("locked up", "complained") cannot show an answer speaks to it
        // held in any wording: "taken prisoner", which the knowledge never writes, is read as the Second World War
        List<Integer> storyKeys = rarest(told, i -> !told.alternatives().get(i).get(0).isEmpty()
                && story.containsAll(told.alternatives().get(i).get(0)) && !isKinship(told.forms().get(i))
                && !told.forms().get(i).stream().allMatch(Situation::isNarration)
                && weights.holds(java.util.stream.Stream.concat(told.forms().get(i).stream()
                        .map(f -> List.of(f.split(" "))), told.alternatives().get(i).stream().skip(1)).toList(),
                        List.of()));
        // the rarest by their concepts, and by the asker's own wording: "в плену" is read as the Second World War,
        // a common phrase, yet it tells the case
        Language language = retrieval.language();
        java.util.function.ToDoubleFunction<Integer> own = i -> told.forms().get(i).stream()
                .flatMap(f -> Terms.words(f).stream()).mapToDouble(w -> weights.weight(w, language)).max().orElse(0);
        List<Integer> keys = new ArrayList<>(storyKeys.subList(0, Math.min(limit, storyKeys.size())));
        List<Integer> byOwnWording = new ArrayList<>(storyKeys);
        byOwnWording.sort((a, b) -> Double.compare(own.applyAsDouble(b), own.applyAsDouble(a)));
        byOwnWording.stream().limit(limit).filter(i -> !keys.contains(i)).forEach(keys::add);
        return text -> {
            Set<String> words = new HashSet<>(Terms.words(text));
            Set<String> stems = Terms.allStems(text);
            return keys.stream().filter(i -> told.matchQuality(i, words, stems) > 0)
                    .mapToDouble(i -> counted ? 1 : own.applyAsDouble(i)).sum();
        };
    }

    /**
     * How many words of the case a status question asks about in its asking part a text says ("она же тоже
     * <b>родилась</b> на <b>спецпоселении</b>, её считают пострадавшей?"): the asking part's concepts, less the
     * words of status and of the law ({@link CoverageQuestion}), kin, countries and general words; 0 or more.
     */
    private java.util.function.ToIntFunction<String> caseWordsSaid(Retrieval retrieval) {
        String asking = retrieval.asked().asking();
        Set<String> status = CoverageQuestion.statusStems(asking);
        QueryWords q = QueryWords.of(asking, retrieval.language(), weights, synonyms);
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < q.stems().size(); i++) {
            Set<String> forms = q.forms().get(i);
            if (!Terms.hasDigitOrEmpty(q.stems().get(i))
                    && forms.stream().allMatch(f -> CoverageQuestion.namesCase(f, Terms.stem(f), status))) {
                keys.add(i);
            }
        }
        if (keys.isEmpty()) {
            return text -> 0;
        }
        return text -> {
            Set<String> words = new HashSet<>(Terms.words(text));
            Set<String> stems = Terms.allStems(text);
            return (int) keys.stream().filter(i -> q.matchQuality(i, words, stems) > 0).count();
        };
    }

    /**
     * How far below the best sentence a country's earliest dated sentence may score and still be said, for "which
     * came first" asked of several countries: a law dated in a database's words ("dates Kyrgyzstan's law … 27 May
     * 1994") says no "adopted", which the later law's reports say.
     */
    private static final double FIRST_OF_EACH_RATIO = 0.4;

    /**
     * Adds a sentence beside those chosen when it is not chosen yet, repeats none of them and its passage is cited
     * already or a citation is left ({@code reserved} kept for the parts still to come).
     *
     * @return whether it was added
     */
    private boolean chooseBeside(Candidate c, List<Candidate> chosen, List<String> chosenTexts,
                                 Set<String> citedPassages, int reserved) {
        if (chosen.contains(c) || isDuplicate(c.sentence, chosenTexts) || !citedPassages.contains(c.passage.id())
                && reserved + citedPassages.size() >= maxCitations) {
            return false;
        }
        chosen.add(c);
        chosenTexts.add(c.sentence);
        citedPassages.add(c.passage.id());
        return true;
    }

    /**
     * The fewest figures a "how many" question must state for each to be told with its source: "I've seen 2.4
     * million, 2.5 million and 2.6 million"; one figure is a claim to check ({@link ClaimCheck}), not figures met.
     */
    private static final int MET_FIGURES = 2;

    /** The smallest figure met ({@link #MET_FIGURES}): a day of the month or an age is none. */
    private static final long MET_FIGURE_MIN = 100;

    /** The years a figure met may not be: 1800 to 2100 read as a year. */
    private static final long YEAR_MIN = 1800;
    private static final long YEAR_MAX = 2100;

    /** The months, English and Russian in any case ending, as a regular expression's alternatives. */
    private static final String MONTHS = org.rehablawbot.retrieve.DayOfYear.MONTH_NAMES;

    /** A month and its year: "May 2024", "мая 2024", "к маю 2024 года". */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)(?<!\\p{L})(" + MONTHS + ")"
            + "\\s+((?:18|19|20)\\d\\d)(?!\\d)");

    /** The first month a text names with its year, as {year, month (1..12)}; null when it names none. */
    static int[] monthNamed(String text) {
        Matcher m = MONTH_YEAR.matcher(text == null ? "" : text);
        return m.find() ? new int[] {Integer.parseInt(m.group(2)),
                org.rehablawbot.retrieve.DayOfYear.monthOf(m.group(1))} : null;
    }

    /**
     * A total asked up to a date or so far: "by May 2024", "as of 2023", "so far", "к маю 2024", "на сегодня", "всего",
     * "over 1,000 people yet?", "уже больше тысячи?".
     */
    private static final Pattern RUNNING_TOTAL_ASKED = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:by|as of|к|на)\\s+"
            + "(?:(?:the end of|конц\\p{L}*)\\s+)?(?:\\p{L}+\\s+)?(?:1[89]|20)\\d\\d(?!\\d)|so far|to date|until now|by now"
            + "|in all|in total|altogether|всего|до сих пор|на сегодня\\p{L}*|к настоящему времени|на данный момент"
            + "|итого|(?:people|persons|victims|человек|людей)\\s+(?:yet|already)|уже\\s+(?:больше|более|свыше)"
            // "последняя официальная цифра", "the latest figure": the running total as last reported
            + "|(?:latest|newest|most recent|current|последн\\p{L}*|свеж\\p{L}*|актуальн\\p{L}*)\\s+(?:official\\s+"
            + "|официальн\\p{L}*\\s+)?(?:figures?|numbers?|count|total|tally|data|цифр\\p{L}*|данн\\p{L}*|числ\\p{L}*"
            + "|итог\\p{L}*))");

    /** A fact's {@code about} that says its value is a running total: "total … so far", "общее число … на тот момент". */
    private static final Pattern RUNNING_TOTAL = Pattern.compile("(?iu)(?<![\\p{L}])(?:total|so far|in all|running"
            + "|всего|общее число|на тот момент|итог\\p{L}*)(?![\\p{L}])");

    /**
     * How far below the best sentence outside it a timeline of a running total may score and still answer first
     * when a running total is asked ({@link #RUNNING_TOTAL_ASKED}): set so that the total's facts, which say
     * "Uzbekistan" but not "Supreme Court", lead over a sentence on the last batch that says both.
     */
    private static final double RUNNING_TOTAL_RATIO = 0.75;

    /**
     * How far below the best sentence outside it a running total's timeline may score and still lead when the
     * question names the total it asks ("всего", "so far", "the latest figure"): one batch's count, however many of
     * the question's words its sentence says, is no total.
     */
    private static final double TOTAL_NAMED_RATIO = 0.5;

    /**
     * Whether a question asks something besides what one is given, in another part: "Does that count as political
     * repression in Kazakhstan and can he get anything for it?" is answered by its first part though no passage
     * found says what is given.
     */
    private static boolean asksMoreThanEntitlement(String asking) {
        List<String> parts = Question.partsOf(asking);
        return parts.stream().anyMatch(p -> !Question.asksEntitlement(p) && Terms.contentWords(p).size() >= 2);
    }

    /** A figure that names a group: "the 311,000", "these 1,031", "эти 311 тысяч". */
    private static final Pattern NAMED_BY_FIGURE = Pattern.compile("(?iu)(?<![\\p{L}])(?:the|these|those|эти|этих|тех"
            + "|те|этим)\\s+\\d[\\d\\s\\u00a0\\u202f,.]*+(?:\\s*(?:тысяч\\p{L}*|тыс\\.?|thousand|million|миллион\\p{L}*))?"
            // "the 18,000 you mentioned": a value the answer gave, to weigh again
            + "(?!\\s*(?:you|вы|ты)\\s)");

    /**
     * The frame of a question on whether a thing exists: "is there a", "are there any", "есть ли", "существует ли".
     * Read only for a question that asks nothing else: no question word, no procedure.
     */
    private static final Pattern EXISTENCE = Pattern.compile("(?iu)(?<![\\p{L}])(?:is there|are there|was there"
            + "|were there|will there be|isn't there|is there no|есть ли|нет ли|существует ли|существуют ли|имеется ли"
            + "|имеются ли|бывает ли)"
            + "(?![\\p{L}])");

    /**
     * The thing a question asks whether it exists: the content words right after its frame ({@link #EXISTENCE}),
     * up to the next stop word or the end of the clause ("есть ли <b>крайний срок</b> до которого …", "is there a
     * <b>deadline</b> to apply", "есть ли у нас <b>право</b> на …"); at most three, none a country or a number.
     *
     * @param asking the question's asking part; never null
     * @return the words as written, or an empty list when the question asks no such thing
     */
    static List<String> existenceAsked(String asking) {
        Matcher m = EXISTENCE.matcher(asking);
        if (!m.find()) {
            return List.of();
        }
        String rest = asking.substring(m.end()).split("[,;:?!.]", 2)[0];
        List<String> out = new ArrayList<>();
        for (String w : Terms.words(rest)) {
            // "is there any money?": a sum is given in tenge or at a rate, never as "money" (Synonyms#isMoneyWord)
            boolean stop = Terms.isStopword(w) || Terms.isNegation(w) || Synonyms.isMoneyWord(w);
            if (stop || Terms.hasDigit(w) || !org.rehablawbot.retrieve.FollowUp.countries(w).isEmpty()) {
                if (!out.isEmpty()) {
                    break;
                }
                continue;
            }
            out.add(w);
            if (out.size() == 3) {
                break;
            }
        }
        return out;
    }

    /**
     * The words either side of an "or" a question offers to choose between: the last content word before it and the
     * first after it ("online or do I have to go" gives "online" and "go"; "в прокуратуру или в полицию" gives
     * "прокуратуру" and "полицию"). None when a side is a country, a number or missing, or for "or not" / "или
     * нет", which asks yes or no.
     *
     * @param asking the question's asking part; never null
     * @return the two words, or an empty list
     */
    static List<String> choices(String asking) {
        List<String> tokens = Terms.words(asking);
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).toLowerCase(java.util.Locale.ROOT);
            if (!t.equals("or") && !t.equals("или") && !t.equals("либо")) {
                continue;
            }
            String before = null;
            for (int k = i - 1; k >= 0 && before == null; k--) {
                before = choiceWord(tokens.get(k));
            }
            String after = null;
            for (int k = i + 1; k < tokens.size() && after == null; k++) {
                String w = tokens.get(k).toLowerCase(java.util.Locale.ROOT);
                if (w.equals("not") || w.equals("нет") || w.equals("no")) {
                    return List.of();
                }
                after = choiceWord(tokens.get(k));
            }
            if (before != null && after != null && !before.isEmpty() && !after.isEmpty()) {
                return List.of(before, after);
            }
            return List.of();
        }
        return List.of();
    }

    /** A token as a side of a choice: null to look further (a stop word), "" when no side can be told (a country, a number). */
    private static String choiceWord(String token) {
        if (TRUTH_WORD.matcher(token).matches()) {
            return ""; // "is that true or is the blogger making it up": a claim checked, answered by who says what
        }
        if (Terms.isStopword(token) || Terms.isNegation(token)) {
            return null;
        }
        return Terms.hasDigit(token) || !org.rehablawbot.retrieve.FollowUp.countries(token).isEmpty() ? "" : token;
    }

    /** The stems of the words of an asking part that judge a claim true or false ({@link #TRUTH_WORD}); may be empty. */
    private static List<String> truthStems(String asking) {
        return Terms.words(asking).stream().filter(w -> TRUTH_WORD.matcher(w).matches()).map(Terms::stem).toList();
    }

    /** A word judging a claim true or false ("true or made up?", "правда или выдумка?"): no side of a choice. */
    private static final Pattern TRUTH_WORD = Pattern.compile("(?iu)true|false|truth|correct|правда|неправда|верно"
            + "|неверно|ложь|истина|выдумка|вымысел|фейк|fake");

    /** What a disagreement or a timeline is about: its first position's fact's {@code about}, or null. */
    private static String aboutOf(FactGroup g) {
        return g.sides.values().stream().flatMap(List::stream).findFirst()
                .map(p -> p.fact() == null ? null : p.fact().about()).orElse(null);
    }

    /**
     * A fact's {@code about} that counts things, not people: "(number of) volumes of documents prepared", "число
     * рассекреченных архивных карточек", "число дел, переданных в архив", "number of declassified materials".
     */
    private static final Pattern THINGS_COUNTED = Pattern.compile("(?iu)^\\s*(?:(?:the )?total |общее )?"
            + "(?:(?:number|count|число|количество)\\s+(?:of\\s+)?)?(?:(?:the|declassified|archive|archival|ранее засекреченных"
            + "|рассекреченных|архивных)\\s+)*(?:volumes?|cards?|cases|case files|files|documents|materials|томов"
            + "|карточек|дел|документов|материалов)(?!\\p{L})");

    /** Whether the shown words say a word of the question, through its synonyms where the question's words hold it. */
    private static boolean saysWord(QueryWords q, String word, Set<String> words, Set<String> stems) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < q.stems().size(); i++) {
            if (q.forms().get(i).contains(lower)) {
                return q.matchQuality(i, words, stems) > 0;
            }
        }
        return Terms.matchesAny(Terms.stem(lower), stems);
    }

    /**
     * Whether a shown sentence names a role ({@link #ROLE}) beside the words of the thing the question asks of (at
     * least {@link #ROLE_THING_SHARE} of the content words of the part of its asking part that names the role, no
     * role, country or too general word among them; "госкомиссия" stands for "комиссия"): "chaired by State
     * Secretary Kusherbayev" in a sentence on the state commission for rehabilitation answers who chairs the
     * rehabilitation commission; "the head of an analytical centre" who criticised the rehabilitation law does not.
     * A place the part names (a region, a city) must be named by that sentence too: the chair of the national
     * commission's final meeting does not chair its Karaganda branch.
     */
    private static boolean namesRoleOfAsked(String asking, List<Statement> statements, List<Disagreement> disagreements) {
        // of a question in parts, the part that asks of the role: "Who chaired the final meeting …, and how many
        // volumes did it produce?"
        String part = Question.partsOf(asking).stream().filter(p -> ROLE.matcher(p).find()).findFirst()
                .orElse(asking);
        Set<String> thing = new HashSet<>();
        for (String w : Terms.contentWords(part)) {
            if (!ROLE.matcher(w).matches() && org.rehablawbot.retrieve.FollowUp.countries(w).isEmpty()
                    && !Synonyms.isGeneralWord(w)) {
                thing.add(Terms.stem(w));
            }
        }
        // "кто возглавляет <b>комиссию</b> при президенте рф по реабилитации": the thing whose head is asked is
        // named right after the role; "первый заместитель Председателя Верховного Совета" beside the name of the
        // rehabilitation law heads another body
        Matcher role = ROLE.matcher(part);
        List<String> headed = role.find() ? Terms.contentWords(part.substring(role.end())).stream()
                .filter(w -> org.rehablawbot.retrieve.FollowUp.countries(w).isEmpty()).limit(2)
                .map(Terms::stem).toList() : List.of();
        List<String> texts = new ArrayList<>();
        statements.forEach(st -> texts.add(st.text()));
        disagreements.forEach(d -> d.positions().forEach(p -> texts.add(p.text())));
        for (String t : texts) {
            for (String sentence : Sentences.split(t)) {
                if (!ROLE.matcher(sentence).find()) {
                    continue;
                }
                Set<String> stems = Terms.allStems(sentence);
                if (!headed.isEmpty() && headed.stream().noneMatch(st -> Terms.matchesAny(st, stems)
                        || Terms.matchesAny(Terms.compoundHead(st), stems))) {
                    continue;
                }
                long said = thing.stream().filter(st -> Terms.matchesAny(st, stems)
                        || Terms.matchesAny(Terms.compoundHead(st), stems)).count();
                // "who chaired the regional rehab commission in karaganda oblast?": a role of a place is held there
                if (said >= Math.ceil(ROLE_THING_SHARE * thing.size()) && FollowUp.placesAsked(part).stream()
                        .allMatch(place -> FollowUp.namesPlace(sentence, place))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a shown sentence tells the deed a "who" question asks (its focus, a deed of {@link #ENACTING}:
     * "подписал", "adopted") done to the document the question names right after it ("закон", "the bill",
     * {@link #DOCUMENT}): the sentence says the focus and that document's word (or its compound's head). True when
     * the question names no document right after the deed ("who signed?", "кто стоял за законопроектом") or asks
     * no such deed ("кто решает, признают его или нет?", "who promised a new law").
     *
     * @param askedText the question's asked text ({@link Question#askedText}), a follow-up's with its previous
     *                  question's
     */
    private static boolean deedOfAskedSaid(String askedText, Focus focus, List<Statement> statements,
                                           List<Disagreement> disagreements) {
        String object = deedObject(askedText, focus);
        if (object == null) {
            return true;
        }
        List<String> texts = new ArrayList<>();
        statements.forEach(st -> texts.add(st.text()));
        disagreements.forEach(d -> d.positions().forEach(p -> texts.add(p.text())));
        if (texts.stream().anyMatch(t -> tellsDeed(t, focus, object))) {
            return true;
        }
        LOG.debug("no shown sentence tells the deed {} done to \"{}\"", focus.words(), object);
        return false;
    }

    /**
     * The stem of the document a "who" question's deed is done to ("кто подписал <b>закон</b>" gives "закон"), or
     * null when the question asks no deed of {@link #ENACTING} or names no document right after it.
     */
    private static String deedObject(String askedText, Focus focus) {
        // the document is the deed's object, right after it but for articles, countries and the focus said again
        // ("кто подписывал? кто подписал закон", "who signed the kyrgyz law"); "кто стоял за законопроектом" (who
        // was behind the bill) does nothing to the bill itself
        List<String> words = Terms.words(askedText);
        String object = null;
        for (int i = 0; i < words.size() && object == null; i++) {
            if (!ENACTING.matcher(words.get(i)).matches() || !focus.saidBy(Set.of(Terms.stem(words.get(i))))) {
                continue;
            }
            int modifiers = 0;
            for (int j = i + 1; j < words.size(); j++) {
                String w = words.get(j);
                if (focus.saidBy(Set.of(Terms.stem(w))) || !org.rehablawbot.retrieve.FollowUp.countries(w).isEmpty()
                        || DEED_FILLERS.contains(w)) {
                    continue;
                }
                if (DOCUMENT.matcher(w).matches()) {
                    object = Terms.stem(w);
                } else if (!Terms.isStopword(w) && ++modifiers <= DEED_MODIFIERS) {
                    continue; // "signed the <b>rehabilitation</b> law"
                }
                break; // a preposition ("стоял <b>за</b> законопроектом") or a thing that is no document
            }
        }
        return object;
    }

    /** Whether a sentence of a text says the deed (the focus) and the document's word or its compound's head. */
    private static boolean tellsDeed(String text, Focus focus, String object) {
        for (String sentence : Sentences.split(text)) {
            Set<String> stems = Terms.allStems(sentence);
            if (focus.saidBy(stems) && (Terms.matchesAny(object, stems)
                    || Terms.matchesAny(Terms.compoundHead(object), stems))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How much time lies between the days the first two statements give ("how many years passed between Russia's
     * law and the Kazakh one?" answered by the date of each country's, earliest first; each statement names one of
     * the two countries asked and not the other; with one country or none asked, the two dates are of different
     * years): a sentence of our own arithmetic on the two cited days ({@link Messages#span}: "18 October 1991 and 14
     * April 1993 are 1 year, 5 months and 27 days apart."), which opens the first statement. Null when either states
     * no full day ({@link PartialDate#firstDayIn}) or both the same.
     */
    private static String span(List<Statement> statements, List<String> countries, Language language) {
        if (statements.size() < 2) {
            return null;
        }
        // two countries asked: one statement of each; two dates of one country's law span nothing asked
        List<String> first = FollowUp.countries(statements.get(0).text());
        List<String> second = FollowUp.countries(statements.get(1).text());
        if (countries.size() == 2 && !countries.stream().allMatch(c -> first.contains(c) != second.contains(c))) {
            return null;
        }
        // the day a report was written ("Kazinform wrote on 31 May 2016") dates no thing compared
        PartialDate a = PartialDate.firstDayIn(ReportDates.withoutReportDates(statements.get(0).text()))
                .orElse(null);
        PartialDate b = PartialDate.firstDayIn(ReportDates.withoutReportDates(statements.get(1).text()))
                .orElse(null);
        // one country's two laws ("between the 1994 law and the one Japarov signed"): two things of different years;
        // two dates of one year may be two steps of one law
        if (a == null || b == null || a.equals(b) || countries.size() < 2 && a.year() == b.year()) {
            return null;
        }
        PartialDate from = a.compareTo(b) < 0 ? a : b;
        PartialDate to = from == a ? b : a;
        java.time.Period p = java.time.Period.between(java.time.LocalDate.of(from.year(), from.month(), from.day()),
                java.time.LocalDate.of(to.year(), to.month(), to.day()));
        boolean ru = language == Language.RU;
        int[] counts = {p.getYears(), p.getMonths(), p.getDays()};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            int n = counts[i];
            if (n > 0) {
                String[] forms = (ru ? RU_UNITS : EN_UNITS)[i];
                parts.add(n + " " + (ru ? ruPlural(n, forms[0], forms[1], forms[2]) : n == 1 ? forms[0] : forms[1]));
            }
        }
        String amount = parts.size() == 1 ? parts.get(0) : String.join(", ", parts.subList(0, parts.size() - 1))
                + (ru ? " и " : " and ") + parts.get(parts.size() - 1);
        return Messages.span(language, from.display(language), to.display(language), amount);
    }

    /** Years, months and days in English: the singular, the plural. */
    private static final String[][] EN_UNITS = {{"year", "years"}, {"month", "months"}, {"day", "days"}};

    /** Years, months and days in Russian: after 1, after 2 to 4, after 5 and more. */
    private static final String[][] RU_UNITS = {{"год", "года", "лет"}, {"месяц", "месяца", "месяцев"},
            {"день", "дня", "дней"}};

    /** The Russian noun form for a count: 1 год, 2 года, 5 лет, 21 год. */
    private static String ruPlural(int n, String one, String few, String many) {
        int mod100 = n % 100;
        int mod10 = n % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return many;
        }
        return mod10 == 1 ? one : mod10 >= 2 && mod10 <= 4 ? few : many;
    }

    /**
     * A deed that makes a document law, which its sources state in its own words: "signed", "adopted", "passed",
     * "approved", "vetoed", "подписал", "принял", "одобрил", "утвердил". A promise or a proposal is told in many
     * wordings ("заявил: будут разработаны"), and is not checked.
     */
    private static final Pattern ENACTING = Pattern.compile("(?iu)sign\\p{L}*|adopt\\p{L}*|pass(?:ed|es)?"
            + "|enact\\p{L}*|approv\\p{L}*|veto\\p{L}*|подпис\\p{L}*|принял\\p{L}*|принят\\p{L}*|одобр\\p{L}*"
            + "|утверд\\p{L}*");

    /** The most words that may qualify a deed's document between them: "signed the rehabilitation law". */
    private static final int DEED_MODIFIERS = 2;

    /** Words between a deed and its object that name no object: articles, "кто" of a question said twice. */
    private static final Set<String> DEED_FILLERS = Set.of("the", "a", "an", "this", "that", "its", "their", "his",
            "her", "кто", "who", "этот", "этого", "эту", "этой");

    /** A word naming a legal document a deed is done to: "law", "bill", "decree", "закон", "указ". */
    private static final Pattern DOCUMENT = Pattern.compile("(?iu)laws?|bills?|decrees?|acts?|resolutions?"
            + "|закон\\p{L}*|законопроект\\p{L}*|указ\\p{L}*|постановлен\\p{L}*");

    /**
     * The share of the thing's words a sentence naming a role must say ({@link #namesRoleOfAsked}). Chosen on the
     * development sets: all of them refused "кто это был" after a story naming the Uzbek SSR's Supreme Court; half
     * let "the head of an analytical centre" who criticised the rehabilitation law answer who chairs the commission.
     */
    static final double ROLE_THING_SHARE = 0.6;

    /** A name asked for in a lookup: "commission chairman name", "как зовут председателя". */
    private static final Pattern NAME_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(names?|имя|имена|фамили\\p{L}*"
            + "|зовут)(?!\\p{L})");

    /**
     * A role a person holds: head, chair, leader, director; "возглавляет", "председатель", "руководитель". A question
     * asking who holds one is answered only by a text that names such a role.
     */
    private static final Pattern ROLE = Pattern.compile("(?iu)(?<!\\p{L})(heads?|headed|heading|chair|chairs|chaired"
            + "|chairman|chairwoman|chairperson|leads|leader|director|возглав\\p{L}*|председател\\p{L}*"
            + "|руковод\\p{L}*|глав[аеуы]|главой|директор\\p{L}*)(?!\\p{L})");

    /**
     * The span of a question that names whose words are asked: "what did <b>Tokayev</b> say", "did <b>Japarov</b>
     * say anything", "has <b>Russia's Constitutional Court</b> said anything", "что сказал <b>историк Сергей
     * Абашин</b>", "a quote from <b>Japarov</b>", "<b>Japarov</b>'s exact words". A question that reports what someone says ("X's declaration says
     * …") asks no words.
     */
    private static final Pattern SPEECH_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:what|did|does|do|has|have|had"
            + "|will|would)\\s+([^.?!,;]{1,60}?)\\s+(?:say|said|saying|state|stated|tell|told|write|wrote)(?!\\p{L})"
            + "|(?<!\\p{L})(?:сказал\\p{L}*|заявил\\p{L}*|говорил\\p{L}*|писал\\p{L}*|высказ\\p{L}*)\\s+((?:\\p{L}+\\s*){1,4})"
            + "|(?<!\\p{L})(?:quotes?|words|цитат\\p{L}*|слова)\\s+(?:from|of|by|\\p{L}+\\s+)?((?:\\p{L}+\\s*){1,3})"
            + "|((?:\\p{L}+\\s+){0,2}\\p{L}+)(?:'s|’s)\\s+(?:exact\\s+|own\\s+|direct\\s+)?(?:words|quotes?|statement"
            + "|remarks)(?!\\p{L})");

    /** A name written with a capital: "Japarov", "Sergei Abashin", "Абашин". */
    private static final Pattern CAPITALISED_NAME = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}{2,})(?:'s|’s)?"
            + "(?![\\p{L}])");

    /** What the person named says, in a text: "X said", "X's words", "according to X", "по словам X", "X заявил". */
    private static final String SPEECH_VERBS = "said|says|stated|states|told|tells|wrote|writes|noted|notes"
            + "|declared|called|calls|argued|argues|claimed|claims|warned|added|urged|promised|quoted|quote|words"
            + "|заявил\\p{L}*|сказал\\p{L}*|отметил\\p{L}*|написал\\p{L}*|пишет|говорил\\p{L}*|говорит"
            + "|подчеркнул\\p{L}*|назвал\\p{L}*|считает|призвал\\p{L}*|пообещал\\p{L}*|слова"
            // what was said, named: "President Tokayev's speech", "с возражениями"
            + "|speech|address|remarks|interview|objections?|objected|речь|речи|выступлени\\p{L}*|интервью"
            + "|обращени\\p{L}*|возражени\\p{L}*|возразил\\p{L}*"
            // a court says what it rules
            + "|ruled|rules|ruling|постановил\\p{L}*|постановлени\\p{L}*";

    /**
     * The people whose words a question asks ({@link #SPEECH_ASKED}): the names written with a capital in the span
     * naming whose words are asked, countries, months and the words of the law aside ("Did <b>Japarov</b> say
     * anything when he signed the law?"); empty for any other question.
     */
    private static List<String> speakersAsked(String asking) {
        Matcher asked = SPEECH_ASKED.matcher(asking);
        if (!asked.find()) {
            return List.of();
        }
        String span = asked.group(1) != null ? asked.group(1) : asked.group(2) != null ? asked.group(2)
                : asked.group(3) != null ? asked.group(3) : asked.group(4);
        List<String> out = new ArrayList<>();
        Matcher m = CAPITALISED_NAME.matcher(" " + span);
        while (m.find()) {
            String name = m.group(1);
            if (FollowUp.countries(name).isEmpty() && !MONTH_NAME.matcher(name).matches()
                    && !Terms.isStopword(name.toLowerCase(java.util.Locale.ROOT))
                    && !CoverageQuestion.isFrameWord(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static final Pattern MONTH_NAME = Pattern.compile("(?iu)(?:" + MONTHS + ")");

    /**
     * A text where the person of that name says something: the name (any ending: "Жапарова") before a verb or
     * a noun of speech in the same sentence, within 120 characters ("Жапаров вернул законопроект … с
     * возражениями"), a verb of speech right before it ("said Abashin"), or "according to", "as quoted by", "по
     * словам", "по мнению" before it.
     */
    private static Pattern speechOf(String name) {
        String stem = Pattern.quote(name.length() > 5 ? name.substring(0, name.length() - 2) : name);
        String n = stem + "\\p{L}*(?:'s|’s)?";
        return Pattern.compile("(?iu)(?<!\\p{L})" + n + "[^.!?;]{0,120}?(?<!\\p{L})(?:" + SPEECH_VERBS + ")(?!\\p{L})"
                + "|(?<!\\p{L})(?:" + SPEECH_VERBS + ")\\s+(?:\\p{L}+\\s+){0,2}?" + n
                + "|(?<!\\p{L})(?:according to|as quoted by|quoting|по словам|по мнению|цитирует)\\s+(?:\\p{L}+\\s+){0,3}?"
                + n);
    }

    /** The query's concepts that {@code keep} accepts and that are no number, rarest in the knowledge first. */
    private static List<Integer> rarest(QueryWords q, java.util.function.IntPredicate keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < q.stems().size(); i++) {
            if (!Terms.hasDigitOrEmpty(q.stems().get(i)) && keep.test(i)) {
                out.add(i);
            }
        }
        out.sort((a, b) -> Double.compare(q.weights().get(b), q.weights().get(a)));
        return out;
    }

    /** Whether a text (its words and stems) says one of the query's concepts at the given indices. */
    private static boolean saysAny(QueryWords q, List<Integer> concepts, Set<String> words, Set<String> stems) {
        for (int i : concepts) {
            if (q.matchQuality(i, words, stems) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A question's asking part without what it sets aside ({@link Question#withoutExcluded}): its text, its concepts
     * and whether the asker speaks of their own kin ({@link #ASKERS_KIN}).
     */
    private record OwnWords(String text, QueryWords words, boolean askersKin) {
        static OwnWords of(Question asked, Language language, TermWeights weights, Synonyms synonyms) {
            String text = asked.withoutExcluded(asked.asking());
            return new OwnWords(text, QueryWords.of(text, language, weights, synonyms),
                    ASKERS_KIN.matcher(text).find());
        }
    }

    /**
     * The asker speaking of their own kin: "my", "our", "мой", "мне как", "я внучка", "as a grandson", "мы внуки",
     * "we, his grandchildren".
     */
    private static final Pattern ASKERS_KIN = Pattern.compile("(?iu)(?<!\\p{L})(my|our|we|us|мо[йяеи]\\p{L}*|мне|меня"
            + "|я|мы|нам|нас|наш\\p{L}*|as an?|как)(?!\\p{L})");

    private static boolean isKinship(Set<String> forms) {
        return !forms.isEmpty() && forms.stream().allMatch(Situation::isKin);
    }


    /**
     * A concept of the thesaurus that the question's asking sentence names ("any <b>compensation</b>", "its
     * <b>descendants</b>") and that no passage of the knowledge about the question's countries states in any of
     * its wordings ({@link TermWeights#holds}); null when the knowledge holds every such concept. Such a question
     * asks about a thing the knowledge does not hold for that country, and whatever the passages say of the
     * country's neighbouring facts is not its answer. Only concepts of the synonym map count (their wordings are
     * listed, so a passage saying the thing in other words is unlikely); general words ("people", "total"),
     * countries and the asker's relatives read as the repressed person do not.
     */
    private Synonyms.Concept unheldConcept(Retrieval retrieval) {
        // a follow-up ("а в узбекистане?") of a topic asked in a few words ("кз компенсация формула") asks that
        // topic of its own country; one of a typed question ("When did parliament adopt the law?") asks for a date
        // or a name, whatever the previous question's agent ("parliament") is called in that country
        boolean carriedTopic = !retrieval.query().equals(retrieval.question())
                && Intent.of(retrieval.query()) == Intent.OTHER && !Synonyms.asksForNamedThing(retrieval.query());
        // "в каком архиве искать дело прадеда, который был раскулачен": the clause tells whose case, not what is asked
        String own = Situation.withoutKinClauses(carriedTopic ? retrieval.query() : retrieval.asked().asking());
        int cueStart = Intent.cueStart(own);
        int cueEnd = Intent.cueEnd(own);
        if (cueEnd > cueStart) {
            own = own.substring(0, cueStart) + " " + own.substring(cueEnd); // "what *month*" asks a date, no month
        }
        List<String> asked = FollowUp.askedCountries(retrieval.query());
        // "is there some application to file?" of a country whose sources tell its procedure in other words
        Set<String> procedureWords = retrieval.asked().procedureWords();
        for (Synonyms.Concept c : synonyms.concepts(own)) {
            if (c.plain() || c.reading() || Synonyms.isGeneral(c)
                    || !FollowUp.countries(String.join(" ", c.words())).isEmpty()
                    || c.words().stream().map(Terms::stem).allMatch(procedureWords::contains)) {
                continue;
            }
            if (!weights.holds(c.alternatives(), asked)) {
                return c;
            }
        }
        return null;
    }

    /**
     * What the question asks about ({@link Synonyms#focus}): its wordings as stems, and the question's words, whose
     * capitalised forms are not new names in a sentence.
     */
    record Focus(List<String> words, List<List<String>> alternatives, Set<String> questionWords, SourceNames names) {
        static Focus of(Synonyms.Concept c, String query, SourceNames names) {
            if (c == null) {
                return null;
            }
            List<List<String>> alts = c.alternatives().stream().map(a -> a.stream().map(Terms::stem).toList())
                    .toList();
            return new Focus(c.words(), alts, new HashSet<>(Terms.words(query)), names);
        }

        /** Whether a text says the focus outside the names of its publishers ("«Курсив»" says no "курс"). */
        boolean saidIn(String text) {
            return names.holdsOutside(text, t -> saidBy(Terms.allStems(t)));
        }

        boolean saidBy(Set<String> stems) {
            for (List<String> alt : alternatives) {
                if (!alt.isEmpty() && alt.stream().allMatch(a -> Terms.matchesAny(a, stems))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether some sentence of the passages gives a count of the thing a "how many" question asks about (a number
     * and the focus in one sentence, of the period the question names, if any): when the passages speak of the
     * thing but count none of it, any number in the answer would count something else.
     */
    /**
     * Whether some retrieved passage speaks of the focus at all: when none does, the passages may say it in words
     * the synonym map does not know, and no count check can be made.
     */
    private static boolean saysFocus(List<ScoredPassage> passages, Focus focus) {
        for (ScoredPassage sp : passages) {
            if (focus.saidIn(sp.passage().text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyCountOf(List<ScoredPassage> passages, Focus focus, QueryWords queryStems,
                                      int[] period, boolean moneyCounts, List<String> countries,
                                      CountedEvent event, boolean peopleAsked, String asking) {
        // "сколько лагерей гулага было": a count of persons ("в лагеря … сослано более 5 миллионов человек") is no
        // count of camps; a focus that is itself a word for persons is counted by them
        boolean thingsAsked = !peopleAsked && event == null && countsFocus(asking, focus)
                && !CountedEvent.countsPeople("2 " + String.join(" ", focus.words));
        // "сколько человек и сколько томов": the focus counted is documents or volumes, whatever else is counted
        peopleAsked &= !(countsFocus(asking, focus) && countsThings("2 " + String.join(" ", focus.words)));
        // "how many months does it take?": a length of time is counted in its unit ("4 years", "10 месяцев"); "a
        // monthly compensation of 1,500 som" says "month" and a number, and counts no months
        boolean lengthAsked = LENGTH_ASKED.matcher(asking).find()
                && TIME_UNIT.matcher(String.join(" ", focus.words)).matches(); // "сколько в месяц" asks a rate
        for (ScoredPassage sp : passages) {
            Passage p = sp.passage();
            if (!countries.isEmpty() && !HybridRetriever.about(p, countries)) {
                continue; // Kazakhstan's count is no count of Russia's
            }
            for (String s : p.isFact() ? List.of(p.text().strip()) : Sentences.split(p.text())) {
                // a sentence without a year is judged by its passage; a fact also by what it is about
                String context = p.isFact() && p.fact().about() != null ? p.text() + " " + p.fact().about() : p.text();
                if ((lengthAsked ? DURATION.matcher(s).find()
                        : hasCount(thingsAsked ? CountedEvent.withoutCountsOfPeople(s) : s, moneyCounts)
                        || TIMES_IN_WORDS.matcher(s).find())
                        && focus.saidIn(s) && focus.saidIn(withoutListsInBrackets(s))
                        && (event == null || !event.otherNamedIn(s))
                        // "how many Alash Orda members were rehabilitated?" counts people, not "a 12-volume edition"
                        && !((peopleAsked || event != null && !event.namedIn(s)) && countsThings(s))
                        && fitsPeriod(years(s) != null ? s : context, period)) {
                    return true;
                }
            }
            if (period != null) {
                continue; // a fact's value says nothing of its period: only its sentence does
            }
            if (p.isFact() && p.fact().about() != null && focus.saidBy(Terms.stems(p.fact().about()))
                    && FactValues.fits(p.fact(), Intent.HOW_MANY) && !lengthAsked
                    && !(thingsAsked && CountedEvent.countsPeople(p.text()))
                    && !((peopleAsked || event != null && !event.namedIn(p.fact().about()))
                            && THINGS_COUNTED.matcher(p.fact().about()).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence without its lists in brackets of three items or more: "about 1.2 million people of deported
     * peoples (Koreans in 1937; Germans, Greeks, Chechens … during the war)" counts the group, and a member named in
     * its list ("а корейцев конкретно сколько?") is not what it counts.
     */
    static String withoutListsInBrackets(String sentence) {
        return BRACKETED_LIST.matcher(sentence).replaceAll(" ");
    }

    /** A bracketed list: two commas or semicolons or more inside one pair of round brackets. */
    private static final Pattern BRACKETED_LIST = Pattern.compile("\\((?:[^()]*?[,;]){2,}[^()]*\\)");

    /**
     * Whether the focus is what a "how many" question counts: it follows the cue, at most two words after it and
     * no verb between ("how many Gulag labour <b>camps</b>", "сколько <b>лагерей</b>"), not the doer of a counted
     * act ("how many did its <b>Supreme</b> Court rehabilitate": persons are counted).
     */
    private static boolean countsFocus(String asking, Focus focus) {
        return Pattern.compile("(?iu)(?<!\\p{L})(?:how many|сколько|скока|скоко|скок|скольк\\p{L}*)\\s+(?:(?!(?:did|do|does|was"
                + "|were|have|has|had|is|are|will|would|can|could|было|были|был)(?!\\p{L}))[\\p{L}-]+\\s+){0,2}?"
                + Pattern.quote(focus.words.get(0)) + "(?!\\p{L})").matcher(asking).find();
    }

    private List<Statement> chooseStatements(Retrieval retrieval, QueryWords queryStems, Intent intent, Focus focus,
                                             Set<String> excluded, Map<String, Set<String>> conflictSources,
                                             Map<String, Set<String>> disagreementSources, boolean leadOpen,
                                             Set<String> voicedOpinions,
                                             List<String> positionTexts, double minOwnCoverage, int reserved,
                                             Numbering numbering) {
        List<ScoredPassage> passages = retrieval.passages();
        double top = passages.stream().mapToDouble(ScoredPassage::score).max().orElse(1);
        // among sentences, one that says the asker's remark too is the more relevant: the remark weighs in
        double allWeight = queryStems.total(queryStems.remarkTotal());
        boolean claimJudged = !truthStems(retrieval.asked().asking()).isEmpty();
        int key = -1;
        if (focus == null) {
            Set<String> said = new HashSet<>();
            for (ScoredPassage sp : passages) {
                if (!excluded.contains(sp.passage().id())) {
                    said.addAll(Terms.stems(sp.passage().text()));
                }
            }
            key = queryStems.rarest(said);
        }
        // a question that names its countries is answered from passages about them, when any is retrieved
        List<String> asked = FollowUp.askedCountries(retrieval.query());
        boolean askedHeld = !asked.isEmpty() && passages.stream()
                .anyMatch(sp -> !excluded.contains(sp.passage().id()) && HybridRetriever.about(sp.passage(), asked));
        Question question = retrieval.asked();
        boolean perPerson = question.perPerson();
        String asking = question.asking();
        boolean asksHow = ASKS_HOW.matcher(asking).find();
        boolean articleAsked = ARTICLE_ASKED.matcher(asking).find();
        boolean bodyAsked = question.bodyAsked() && intent != Intent.WHERE;
        boolean opinionAsked = question.opinionAsked();
        // a sentence added for a rule below (a relative's case, a part, a country asked of) tells what a law or the
        // record says; an opinion that meets its words ("a site claims the commission cleared legionnaires") does
        // not, unless opinions are asked
        java.util.function.Predicate<Candidate> mayTell = c -> opinionAsked || !c.passage.source().isOpinion();
        boolean asksAgent = intent == Intent.WHO && ASKS_AGENT.matcher(question.askingQuery()).find();
        Set<String> askedWords = new HashSet<>(Terms.words(retrieval.query()));
        Set<String> askedStems = new HashSet<>(queryStems.stems());
        List<String> compared = question.compared();
        List<String> parts = compared.isEmpty() ? Question.partsOf(asking) : compared;
        List<QueryWords> partWords = parts.stream()
                .map(part -> QueryWords.of(part, retrieval.language(), weights, synonyms)).toList();
        CountedEvent event = question.event();
        boolean moneyCounts = question.moneyCounts();
        boolean asksPeople = question.peopleAsked();
        List<String> askedPlaces = FollowUp.placesAsked(asking);
        List<Question.AskedPart> laterParts = question.laterParts();
        boolean amendmentAsked = AMENDMENT.matcher(asking).find();
        boolean attemptAsked = ATTEMPT.matcher(asking).find();
        // "who chaired the last meeting?": the first meeting is another one, and the other way round
        Pattern otherOrdinal = LAST_ORDINAL.matcher(asking).find() && !FIRST_ORDINAL.matcher(asking).find()
                ? FIRST_ORDINAL : FIRST_ORDINAL.matcher(asking).find() && !LAST_ORDINAL.matcher(asking).find()
                ? LAST_ORDINAL : null;
        Pattern askedOrdinal = otherOrdinal == null ? null : otherOrdinal == FIRST_ORDINAL ? LAST_ORDINAL
                : FIRST_ORDINAL;
        Period lookupYears = lookupYears(question);
        // "the stored text breaks off here" is no answer, and must not set the score other sentences are held to
        boolean notesThePage = !pageAsked(question);
        boolean periodicAsked = AmountQuestion.asksPeriodic(asking);
        // "and if she had never been rehabilitated?": the words the question says "not" of
        List<String> negated = queryStems.stems().stream().filter(st -> st.startsWith(Terms.NEGATED)).toList();
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (ScoredPassage sp : passages) {
            Passage p = sp.passage();
            if (excluded.contains(p.id()) || askedHeld && !HybridRetriever.about(p, asked)) {
                continue;
            }
            Set<String> context = Terms.stems(p.source().title() + " " + p.source().publisher() + " "
                    + (p.heading() == null ? "" : p.heading()));
            double prior = top <= 0 ? 0 : Math.max(0, sp.score()) / top;
            List<String> sentences = p.isFact() ? List.of(p.text().strip()) : withAntecedents(Sentences.split(p.text()));
            for (String s : sentences) {
                if (Terms.words(s).size() < 3 || question.countsIn(s)) {
                    continue; // "one-time compensations alone, not allowances": a total with them is another figure
                }
                if (perPerson && !question.totalAsked() && AmountQuestion.statesAggregate(s)
                        && !AmountQuestion.statesRate(s)) {
                    continue; // "the biggest one-time payment a person can get": 3 billion paid to all is no answer
                }
                Set<String> stems = Terms.stems(s);
                Set<String> words = new HashSet<>(Terms.words(s));
                Set<String> covered = new HashSet<>();
                double ownWeight = 0;
                double gradedWeight = 0;
                double ctxWeight = 0;
                double remarkWeight = 0;
                for (int i = 0; i < queryStems.stems().size(); i++) {
                    String q = queryStems.stems().get(i);
                    double quality = queryStems.matchQuality(i, words, stems);
                    if (quality > 0) {
                        covered.add(q);
                        ownWeight += queryStems.weights().get(i);
                        remarkWeight += queryStems.remark().get(i) ? queryStems.weights().get(i) : 0;
                        gradedWeight += quality * queryStems.weights().get(i);
                    } else if (queryStems.says(i, context)) {
                        ctxWeight += queryStems.weights().get(i);
                    }
                }
                double n = allWeight;
                double own = ownWeight / n;
                // a claim judged true or false ("is it true uzbekistan rehabilitated basmachi? my friend says its fake
                // news"): the bar is a disagreement's share of the question ({@link QueryWords#overlap}), whose remark
                // words count only where said; a court's acquittals of Basmachi say nothing of the friend
                if ((claimJudged ? ownWeight / queryStems.total(remarkWeight) : own) < minOwnCoverage
                        && (compared.isEmpty()
                        || partWords.stream().noneMatch(pw -> pw.overlap(stems) >= PART_COVERAGE))
                        && laterParts.stream().noneMatch(pt -> pt.saidIn(s))) {
                    continue; // a comparison's sentence on one of its things is one, however little else it says
                }
                double coverage = (gradedWeight + 0.5 * ctxWeight) / n;
                double score = 0.55 * coverage + 0.30 * prior
                        + intentBonus(intent, s, focus, stems, moneyCounts) * coverage
                        + (asksAgent && nameBesideAsked(s, askedWords, askedStems)
                                ? NAME_BESIDE_ASKED * coverage : 0)
                        + (perPerson ? amountBonus(s) : 0)
                        + (asksHow && PROCEDURE.matcher(s).find() ? PROCEDURE_BONUS * coverage : 0)
                        // "по какой статье их оправдывают?": a sentence naming an article by its number, not a news
                        // article ("напомнил socialbites.ca в статье о реабилитации")
                        + (articleAsked && LawArticles.NUMBERED.matcher(s).find() ? WHERE_BONUS * coverage : 0)
                        // "who decides if he counts as a victim?": a body deciding answers, a definition of a victim
                        // that says more of the question's words does not
                        + (bodyAsked && org.rehablawbot.retrieve.ProcedureQuestion.namesBodyActing(s)
                                ? WHERE_BONUS * coverage : 0)
                        + (key >= 0 && queryStems.says(key, stems) ? KEY_BONUS : 0)
                        - (ABOUT_THE_PAGE.findIn(s) || notesThePage && NOTES_THE_PAGE.findIn(s) ? 0.6 : 0)
                        // "… или нет? кто прав": the sides asked for include the sources that voice an opinion
                        - (!opinionAsked && !question.sidesAsked() && p.source().isOpinion() ? OPINION_PENALTY : 0)
                        - (event != null && event.otherNamedIn(s) ? OTHER_EVENT_PENALTY * coverage : 0)
                        - (asksPeople && (countsThings(s) || countsWorkersNotAsked(s, asking))
                                ? OTHER_EVENT_PENALTY * coverage : 0)
                        // "кр 2025 реабилитация что нового": a sentence dated in other years only tells another year
                        - (lookupYears != null && Period.statesYear(s) && !lookupYears.statedIn(s)
                                ? OTHER_EVENT_PENALTY * coverage : 0)
                        // "when was the Kazakh law signed?": the date of an amendment to it dates another act
                        - (intent == Intent.WHEN && !amendmentAsked && AMENDMENT.matcher(s).find()
                                ? OTHER_EVENT_PENALTY * coverage : 0)
                        // "кр закон о реабилитации когда приняли": the year of an earlier attempt dates no law
                        - (intent == Intent.WHEN && !attemptAsked && ATTEMPT.matcher(s).find()
                                ? OTHER_EVENT_PENALTY * coverage : 0)
                        // "rehabilitated people and their heirs may read the file" tells the case the question
                        // says is not hers
                        - (saysOnlyThePositive(negated, stems) ? OTHER_EVENT_PENALTY * coverage : 0)
                        // "is there a monthly payment?": the one-time compensation is another payment
                        - (periodicAsked && AmountQuestion.statesOneTimeOnly(s) ? OTHER_EVENT_PENALTY * coverage : 0)
                        // "who chaired the last meeting?": a sentence on the first meeting alone tells another one
                        - (otherOrdinal != null && otherOrdinal.matcher(s).find() && !askedOrdinal.matcher(s).find()
                                ? OTHER_EVENT_PENALTY * coverage : 0)
                        // "how much do they pay?" of the rehabilitated: 2,000 som a month to the labour army is paid
                        // to another group
                        - ((perPerson || moneyCounts) && paysOtherGroup(s, retrieval.query())
                                ? OTHER_EVENT_PENALTY * coverage : 0);
                candidates.add(new Candidate(p, s, score, own, covered, order++));
            }
        }
        // of two sentences scored alike, the one saying more of the asking part's own words comes first
        candidates.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score)
                : a.ownCoverage != b.ownCoverage ? Double.compare(b.ownCoverage, a.ownCoverage)
                : Integer.compare(a.order, b.order));
        if (candidates.size() >= 2 && candidates.get(1).score >= candidates.get(0).score - NEAR_TIE
                && candidates.get(1).ownCoverage >= candidates.get(0).ownCoverage + NEAR_TIE_OWN) {
            // "дети репрессированных тоже могут получить выплату?": of two sentences scored all but alike, the one
            // naming the children asked about leads, not the allowance of pensioners its passage's rank lifted
            candidates.add(0, candidates.remove(1));
        }
        // the first sentence gives what is asked: a date for "when", a count of the thing for "how many", a rate
        // for what a person receives; the rules after this one keep a lead that does
        // judged once a candidate: the rules below ask it again of the same sentences
        Map<Candidate, Boolean> typedMemo = new java.util.IdentityHashMap<>();
        java.util.function.Predicate<Candidate> typed = c -> typedMemo.computeIfAbsent(c,
                // a sentence on the page itself ("says which courts decide") is of no type: it tells nothing
                k -> !ABOUT_THE_PAGE.findIn(k.sentence) && answersType(k.sentence, question, focus));
        if (intent == Intent.OTHER && entitlementLeads(question)) {
            // "что ему полагается?": what a person receives (3/4 MRP a month of repression) before rules and laws;
            // "does the law cover him, and do participants get any payment?" asks first whether he is covered
            // "дети репрессированных тоже могут получить выплату?": a rate that leaves out the kin the question asks
            // about (pensioners' allowance) does not displace a lead that names them
            Set<String> kinAsked = Terms.words(asking).stream().filter(Situation::isKinGroup).map(Terms::stem)
                    .collect(java.util.stream.Collectors.toSet());
            boolean leadNamesKin = !kinAsked.isEmpty() && !candidates.isEmpty()
                    && Terms.stems(candidates.get(0).sentence).stream().anyMatch(kinAsked::contains);
            leadWith(candidates, c -> AmountQuestion.statesRate(c.sentence)
                    && (!leadNamesKin || Terms.stems(c.sentence).stream().anyMatch(kinAsked::contains)),
                    TYPE_LEAD_RATIO);
        }
        leadWith(candidates, typed, TYPE_LEAD_RATIO);
        if (intent == Intent.HOW_MANY && RECENT_ASKED.matcher(asking).find()) {
            // "whats the max in tenge, newest number u have?": of the figures of the type asked, the latest year's
            int newest = newestYear(candidates, typed);
            leadWith(candidates, c -> {
                int[] y = years(c.sentence);
                return y != null && y[1] == newest && typed.test(c);
            }, TYPE_LEAD_RATIO);
        }
        if (!negated.isEmpty()) {
            // "and if she had never been rehabilitated?" is not led by what rehabilitated people may do
            leadWith(candidates, c -> !saysOnlyThePositive(negated, Terms.stems(c.sentence)), TYPE_LEAD_RATIO);
        }
        if (LawArticles.asksExclusion(asking)) {
            // "and who is left out of it?": the law's exception, not the court's record of refusals nor its scope
            leadWith(candidates, c -> CoverageQuestion.statesExclusion(c.sentence) && typed.test(c), TYPE_LEAD_RATIO);
        }
        if (ProcedureQuestion.asksApplicant(asking)) {
            // "может ли дочь подать заявление?": who may apply, not what the law makes of children
            java.util.function.Predicate<String> thingSaid = applicantThing(asking, question.language());
            leadWith(candidates, c -> ProcedureQuestion.statesApplicant(c.sentence) && typed.test(c)
                    && thingSaid.test(c.sentence), TYPE_LEAD_RATIO);
        }
        if (question.lawDateAsked()) {
            // "дата закона кр о реабилитации?": the date the law was made, not an article of the law of that year
            leadWith(candidates, c -> c.passage.isFact() && Question.aboutEnactment(c.passage.fact().about())
                    && HybridRetriever.about(c.passage, question.countries()), TYPE_LEAD_RATIO);
        }
        List<String> documentsAsked = intent == Intent.WHEN ? documentNumbers(question.asking()) : List.of();
        if (!documentsAsked.isEmpty()) {
            // "1761-1 date?": the date the document bears ("the law of 18 October 1991 … the number 1761-1"), not a
            // date its text names further off ("Law No. 1761-1 … since 25 October 1917")
            leadWith(candidates, c -> datesDocument(c.sentence, documentsAsked), TYPE_LEAD_RATIO);
        }
        java.util.function.Predicate<Candidate> keep = candidates.isEmpty() || !typed.test(candidates.get(0))
                ? c -> true : typed;
        if (!opinionAsked) {
            // a question that asks no opinion is led by a source's report when one says half as much, not by an
            // opinion nor by a claim a report relays ("По версии Telegram-канала …")
            leadWith(candidates, c -> !c.passage.source().isOpinion() && !RELAYED_CLAIM.matcher(c.sentence).find()
                    && keep.test(c), OPINION_LEAD_RATIO);
        }
        if (intent == Intent.OTHER && focus != null && Synonyms.asksForNamedThing(question.askedText())) {
            // "What documents does the law name …": a sentence that names documents, not the one beside it on
            // what the law covers
            leadWith(candidates, c -> focus.saidIn(c.sentence) && keep.test(c), TYPE_LEAD_RATIO);
        }
        if (!askedPlaces.isEmpty() && !candidates.isEmpty()) {
            // "can she get housing back in St Petersburg?": the city's sentence leads when it says as much of the
            // asking part as the lead does; the city's monthly payment says nothing of housing
            double leadOwn = candidates.get(0).ownCoverage;
            leadWith(candidates, c -> namesAny(c.sentence, askedPlaces) && keep.test(c) && c.ownCoverage >= leadOwn,
                    PLACE_LEAD_RATIO);
        }
        List<Long> claimed = claimedFigures(question);
        if (!claimed.isEmpty()) {
            // "says akimats paid May 31 aid to almost 10,000 repression victims in 2024. True?": the sentence with
            // the sources' figure for it (9,668) answers, not the one beside it on what the aid is
            leadWith(candidates, c -> org.rehablawbot.knowledge.WrittenFigures.figures(c.sentence).stream().anyMatch(v -> claimed.stream()
                    .anyMatch(f -> v * CLAIMED_FIGURE_FACTOR >= f && v <= f * CLAIMED_FIGURE_FACTOR)) && keep.test(c),
                    TYPE_LEAD_RATIO);
        }
        if (intent == Intent.WHY) {
            // "why was the bill returned": the sentence that gives a reason, not the one that says it was returned
            leadWith(candidates, c -> Intent.statesReason(c.sentence), REASON_LEAD_RATIO);
        }
        if (intent == Intent.OTHER && CoverageQuestion.asksStatus(asking)) {
            // "Его признают жертвой?" after "папа был на площади в декабре 1986-го": whether the law covers him is
            // told by the sentence on his case (the December 1986 events), before the general rule
            // the case may be told in the question itself too ("она же тоже родилась на спецпоселении, её считают
            // пострадавшей?"): its words decide among sentences that say as much of the story, whose words weigh
            // first ("по новому закону который жапаров подписал" tells which law, not the case)
            // every word of the story: a region or a year may be among the rarest, and it tells no case
            java.util.function.ToDoubleFunction<String> story = storyWeightSaid(retrieval, false, Integer.MAX_VALUE);
            java.util.function.ToIntFunction<String> told = caseWordsSaid(retrieval);
            Map<Candidate, double[]> said = new java.util.IdentityHashMap<>();
            java.util.function.Function<Candidate, double[]> onCase = c -> said.computeIfAbsent(c,
                    k -> new double[] {story.applyAsDouble(k.sentence), told.applyAsInt(k.sentence)});
            Comparator<double[]> more = Comparator.<double[]>comparingDouble(v -> v[0]).thenComparingDouble(v -> v[1]);
            double bar = candidates.isEmpty() ? 0 : TYPE_LEAD_RATIO * candidates.get(0).score;
            // a sentence that tells the case and nothing of a law ("the victims were shot in November 1938 and
            // buried in a kiln") says what happened, not whether the law covers him
            java.util.function.Predicate<Candidate> mayLead = c -> keep.test(c) && mayTell.test(c)
                    && CoverageQuestion.speaksOfLaw(c.sentence);
            if (!candidates.isEmpty() && story.applyAsDouble(candidates.get(0).sentence) > 0
                    && !CoverageQuestion.speaksOfLaw(candidates.get(0).sentence)) {
                leadWith(candidates, mayLead, TYPE_LEAD_RATIO);
            }
            if (LOG.isTraceEnabled()) {
                candidates.stream().filter(c -> c.score >= bar).limit(12).forEach(c -> LOG.trace(String.format(
                        "  case words %.2f+%.0f %.5f %s", onCase.apply(c)[0], onCase.apply(c)[1], c.score,
                        c.sentence.substring(0, Math.min(90, c.sentence.length())))));
            }
            double[] most = candidates.stream().filter(c -> c.score >= bar && mayLead.test(c)).map(onCase)
                    .max(more).orElse(new double[] {0, 0});
            if (most[0] + most[1] > 0) {
                leadWith(candidates, c -> more.compare(onCase.apply(c), most) >= 0 && mayLead.test(c),
                        TYPE_LEAD_RATIO);
            }
        }
        if (LOG.isDebugEnabled()) {
            candidates.stream().limit(8).forEach(c -> LOG.debug(String.format("  sentence %.5f own %.2f %s:%d %s",
                    c.score, c.ownCoverage, c.passage.source().path(), c.passage.line(),
                    c.sentence.substring(0, Math.min(100, c.sentence.length())))));
        }

        boolean pageAsked = pageAsked(question);
        List<Candidate> chosen = new ArrayList<>();
        List<String> chosenTexts = new ArrayList<>(positionTexts);
        Set<String> covered = new HashSet<>();
        Set<String> citedPassages = new HashSet<>();
        double best = candidates.isEmpty() ? 0 : candidates.get(0).score;
        while (chosen.size() < MAX_STATEMENTS) {
            Candidate pick = null;
            double pickScore = Double.NEGATIVE_INFINITY;
            for (Candidate c : candidates) {
                if (chosen.contains(c) || isDuplicate(c.sentence, chosenTexts)
                        || statesItsPosition(c, chosen.isEmpty() && leadOpen ? disagreementSources
                                : conflictSources)) {
                    continue;
                }
                if (voicedOpinions.contains(c.passage.source().id())) {
                    continue; // the opinion is voiced, attributed, as its side of the disagreement shown
                }
                if (!pageAsked && NOTES_THE_PAGE.findIn(c.sentence)) {
                    // a note on the page itself ("the stored text breaks off here") answers nothing, first or later:
                    // shown after a rule, it took the place of the rule's exception
                    continue;
                }
                if (!pageAsked && PAGE_OWN_DATE.findIn(c.sentence)) {
                    continue; // when a page was read ("it was read on 30 November 2026") answers no question on a law
                }
                boolean newPassage = !citedPassages.contains(c.passage.id());
                if (newPassage && !chosen.isEmpty() && reserved + citedPassages.size() >= maxCitations) {
                    continue;
                }
                Set<String> adds = new HashSet<>(c.coveredStems);
                adds.removeAll(covered);
                double s = c.score + (chosen.isEmpty() ? 0
                        : 0.15 * queryStems.weightOf(adds) / Math.max(1e-9, queryStems.total()));
                if (s < FOLLOWING_RATIO * best || !chosen.isEmpty() && adds.isEmpty() && c.score < 0.85 * best) {
                    continue;
                }
                if (adds.isEmpty() && chosen.stream().anyMatch(h -> restates(h, c) || restates(c, h))) {
                    // another source's telling of a fact already said, with more or less around it: cited there
                    // when it holds all the chosen sentence says, else left out
                    continue;
                }
                if (s > pickScore) {
                    pick = c;
                    pickScore = s;
                }
            }
            if (pick == null) {
                break;
            }
            chosen.add(pick);
            chosenTexts.add(pick.sentence);
            covered.addAll(pick.coveredStems);
            citedPassages.add(pick.passage.id());
        }

        withoutHeldAntecedents(chosen, c -> c.passage.id(), c -> c.sentence);
        withoutRestated(chosen, c -> c.passage.source().id(), c -> c.sentence);

        if (question.bodyAsked() && !chosen.isEmpty()
                && org.rehablawbot.retrieve.ProcedureQuestion.namesBodyActing(chosen.get(0).sentence)) {
            // "кто решает?" answered "the rehabilitation commission": where that commission sits (the Institute of
            // History it works under) is the rest of the answer, however few of the question's words it says
            List<String> bodies = org.rehablawbot.retrieve.ProcedureQuestion.bodies(chosen.get(0).sentence);
            List<String> leadCountries = FollowUp.countries(chosen.get(0).sentence);
            for (Candidate c : candidates) {
                if (!chosen.contains(c) && !isDuplicate(c.sentence, chosenTexts)
                        && org.rehablawbot.retrieve.ProcedureQuestion.saysWhereBodySits(c.sentence)
                        && org.rehablawbot.retrieve.ProcedureQuestion.bodies(c.sentence).stream()
                                .anyMatch(bodies::contains)
                        && (leadCountries.isEmpty() || HybridRetriever.about(c.passage, leadCountries))
                        && (citedPassages.contains(c.passage.id()) || reserved + citedPassages.size() < maxCitations)) {
                    chosen.add(1, c);
                    chosenTexts.add(c.sentence);
                    citedPassages.add(c.passage.id());
                    break;
                }
            }
        }

        for (Question.AskedPart part : chosen.isEmpty() ? List.<Question.AskedPart>of() : laterParts) {
            // "When did the commission start and end, and how many people did it rehabilitate?": the dates lead,
            // and the count asked after them is told too
            java.util.function.Predicate<Candidate> answers = c -> part.attribute() ? part.saidIn(c.sentence)
                    : (part.entitlement()
                    ? AmountQuestion.statesRate(c.sentence) : part.intent() == Intent.HOW_MANY
                    ? givesCountAsked(c.sentence, part.asked())
                            && (!part.asked().peopleAsked() || CountedEvent.countsPeople(c.sentence))
                    : whenBonus(ReportDates.withoutReportDates(c.sentence)) > 0)
                    && part.saidIn(c.sentence);
            if (chosen.stream().anyMatch(answers)) {
                continue;
            }
            Candidate answer = candidates.stream().filter(c -> !chosen.contains(c)
                    && !isDuplicate(c.sentence, chosenTexts) && answers.test(c) && !ABOUT_THE_PAGE.findIn(c.sentence))
                    .findFirst().orElse(null);
            LOG.debug("part \"{}\" answered by {}", part.text(), answer == null ? null : answer.passage.id());
            if (answer == null) {
                continue;
            }
            if (!citedPassages.contains(answer.passage.id()) && reserved + citedPassages.size() >= maxCitations) {
                // no room for one more source: the last statement on the first part, alone in citing its passage,
                // gives its place to the answer of this part
                for (int i = chosen.size() - 1; i >= 1; i--) {
                    Candidate last = chosen.get(i);
                    if (chosen.stream().filter(c -> c.passage.id().equals(last.passage.id())).count() == 1
                            && laterParts.stream().noneMatch(pt -> pt != part && pt.saidIn(last.sentence))) {
                        chosen.remove(i);
                        chosenTexts.remove(last.sentence);
                        citedPassages.remove(last.passage.id());
                        break;
                    }
                }
            }
            if (citedPassages.contains(answer.passage.id()) || reserved + citedPassages.size() < maxCitations) {
                chosen.add(answer);
                chosenTexts.add(answer.sentence);
                citedPassages.add(answer.passage.id());
            }
        }

        // "and what does russia's own law exclude?" led by its article of exclusions: that article is what is asked
        String articleTold = !chosen.isEmpty() && (intent == Intent.OTHER || intent == Intent.WHO)
                && LawArticles.asksExclusion(question.asking()) ? LawArticles.named(chosen.get(0).sentence)
                : intent == Intent.OTHER && LawArticles.asksWhole(question.asking())
                ? LawArticles.named(question.asking()) : null;
        if (articleTold != null && !chosen.isEmpty() && articleTold.equals(LawArticles.named(chosen.get(0).sentence))) {
            // "ст 5 закона рф о реабилитации что там": the article's content, each part its document tells of it,
            // in the document's order
            Candidate lead = chosen.get(0);
            String document = lead.passage.source().id();
            for (Candidate c : candidates) {
                if (chosen.stream().filter(h -> h.passage.source().id().equals(document)).count() >= MAX_ARTICLE_PARTS) {
                    break;
                }
                if (chosen.contains(c) || !c.passage.source().id().equals(lead.passage.source().id())
                        || c.score < FIRST_OF_EACH_RATIO * best || !articleTold.equals(LawArticles.named(c.sentence))
                        || isDuplicate(c.sentence, chosenTexts)) {
                    continue;
                }
                if (!citedPassages.contains(c.passage.id()) && reserved + citedPassages.size() >= maxCitations
                        && !makeRoom(chosen, citedPassages, lead.passage.source().id())) {
                    break; // a sentence of another document gives way to a part of the article, while there is one
                }
                chosen.add(c);
                chosenTexts.add(c.sentence);
                citedPassages.add(c.passage.id());
            }
            // the article's parts stand in for sentences of other documents beyond the answer's length
            for (int i = chosen.size() - 1; i > 0 && chosen.size() > MAX_ARTICLE_PARTS; i--) {
                if (!chosen.get(i).passage.source().id().equals(document)) {
                    chosen.remove(i);
                }
            }
            List<Candidate> ofDocument = new ArrayList<>(chosen.stream()
                    .filter(c -> c.passage.source().id().equals(document)).toList());
            ofDocument.sort(Comparator.comparingInt(c -> c.passage.line()));
            if (LawArticles.asksExclusion(question.asking())) {
                // "who is NOT covered?": the document's first sentence stating an exclusion leads, before the rule it
                // excepts from; the article's other parts follow in order
                ofDocument.stream().filter(c -> CoverageQuestion.statesExclusion(c.sentence)).findFirst()
                        .ifPresent(first -> {
                            ofDocument.remove(first);
                            ofDocument.add(0, first);
                        });
            }
            chosen.removeAll(ofDocument);
            chosen.addAll(0, ofDocument);
        }
        if (question.stepsAsked() && !chosen.isEmpty() && ProcedureQuestion.namesBodyActing(chosen.get(0).sentence)
                && !ProcedureQuestion.tellsStep(chosen.get(0).sentence)) {
            // "как нам его реабилитировать, куда писать заявление?" led by a case that went through the procedure (the
            // protests of May 2024 against the Basmachi verdicts): a sentence telling a step as the procedure goes
            // leads, and its source's other steps follow
            candidates.stream().filter(c -> c.score >= FIRST_OF_EACH_RATIO * best
                            && ProcedureQuestion.tellsStep(c.sentence) && mayTell.test(c)
                            && (chosen.contains(c) || !isDuplicate(c.sentence, chosenTexts)
                            && (citedPassages.contains(c.passage.id()) || reserved + citedPassages.size() < maxCitations)))
                    .findFirst().ifPresent(c -> {
                        if (!chosen.remove(c)) {
                            chosenTexts.add(c.sentence);
                            citedPassages.add(c.passage.id());
                        }
                        chosen.add(0, c);
                    });
        }
        if (question.stepsAsked() && !chosen.isEmpty()
                && org.rehablawbot.retrieve.ProcedureQuestion.namesBodyActing(chosen.get(0).sentence)) {
            addSteps(chosen, chosenTexts, citedPassages, candidates, reserved, maxCitations);
        }

        if (!chosen.isEmpty() && CoverageQuestion.statesExclusion(chosen.get(0).sentence)
                && !LawArticles.asksExclusion(question.asking())) {
            // "is he covered? are there exceptions?" led by the exception ("excludes participants … convicted of
            // murder"): the rule it excepts, told beside it in the same document, comes first
            Candidate lead = chosen.get(0);
            Set<String> leadStems = Terms.stems(lead.sentence);
            for (Candidate c : candidates) {
                Set<String> stems = Terms.stems(c.sentence);
                long shared = stems.stream().filter(st -> Terms.matchesAny(st, leadStems)).count();
                boolean isRule = c != lead && c.passage.source().path().equals(lead.passage.source().path())
                        && COVERS.matcher(c.sentence).find() && !CoverageQuestion.statesExclusion(c.sentence)
                        && shared >= RULE_SHARE * stems.size();
                if (isRule && chosen.contains(c)) {
                    chosen.remove(c); // already told further on: it moves first
                    chosen.add(0, c);
                    break;
                }
                if (isRule && !isDuplicate(c.sentence, chosenTexts)
                        && (citedPassages.contains(c.passage.id()) || reserved + citedPassages.size() < maxCitations)) {
                    chosen.add(0, c);
                    chosenTexts.add(c.sentence);
                    citedPassages.add(c.passage.id());
                    break;
                }
            }
        }

        if (!chosen.isEmpty() && Citizenship.told(question.text(), question.countries())
                && chosen.stream().noneMatch(c -> Citizenship.statesCondition(c.sentence))) {
            // "гражданство у неё российское. ей там что-то платят?": the condition of citizenship or residence the
            // law or the payment sets is told beside what it gives, from a passage about the country asked
            List<String> countries = question.countries();
            candidates.stream().filter(c -> !chosen.contains(c) && c.score >= FIRST_OF_EACH_RATIO * best
                    && Citizenship.statesCondition(c.sentence) && mayTell.test(c)
                    && (countries.isEmpty() || HybridRetriever.about(c.passage, countries))
                    // no sentence chosen sets the condition, so one that says the law's other words again with it is
                    // no repeat ("Who is covered by … Article 2 …: everyone … who is now a citizen of Kazakhstan")
                    && !chosenTexts.contains(c.sentence)
                    && (citedPassages.contains(c.passage.id()) || reserved + citedPassages.size() < maxCitations))
                    .findFirst().ifPresent(c -> {
                        chosen.add(c);
                        chosenTexts.add(c.sentence);
                        citedPassages.add(c.passage.id());
                    });
        }

        // a question asked in parts ("Is he covered, and how can he prove it?") gets a sentence for each part; a
        // comparison ("the difference between A and B") gets a sentence on each thing that is not about the other
        List<Candidate> partAnswers = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            QueryWords pw = partWords.get(k);
            // a sentence on a thing compared does not name the other's own word ("allowance" for the compensation)
            java.util.function.Predicate<String> answersPart = sentence -> pw.overlap(sentence) >= PART_COVERAGE
                    && (compared.isEmpty() || partWords.stream().filter(o -> o != pw)
                    .noneMatch(o -> o.rarest(o.stemsSet()) >= 0 && o.says(o.rarest(o.stemsSet()), Terms.stems(sentence))));
            Candidate held = chosen.stream().filter(c -> answersPart.test(c.sentence)).findFirst().orElse(null);
            if (held != null) {
                partAnswers.add(held);
                continue;
            }
            // "сколько человек и сколько томов": a count part names its thing in one word, and a sentence counting
            // it answers that part; "человек" is a word of counting, no content word, and a count of people says it
            boolean countPart = pw.stems().size() == 1 && Intent.of(parts.get(k)) == Intent.HOW_MANY;
            boolean peoplePart = countPart && CountedEvent.countsPeople("2 " + COUNT_CUE.matcher(parts.get(k))
                    .replaceAll(" ").strip());
            if (pw.stems().size() < 2 && !countPart || chosen.size() > MAX_STATEMENTS) {
                continue;
            }
            Candidate answer = null;
            double answerOverlap = PART_COVERAGE;
            for (Candidate c : candidates) {
                double o = peoplePart ? (CountedEvent.countsPeople(c.sentence) ? 1 : 0) : pw.overlap(c.sentence);
                if (o > answerOverlap && (peoplePart || answersPart.test(c.sentence)) && mayTell.test(c)
                        && (!countPart || hasCount(c.sentence, moneyCounts))
                        && !chosen.contains(c) && !isDuplicate(c.sentence, chosenTexts)
                        && (citedPassages.contains(c.passage.id()) || reserved + citedPassages.size() < maxCitations)) {
                    answer = c;
                    answerOverlap = o;
                }
            }
            if (answer != null) {
                chosen.add(answer);
                chosenTexts.add(answer.sentence);
                citedPassages.add(answer.passage.id());
                partAnswers.add(answer);
            }
        }
        boolean firstAsked = intent == Intent.WHEN && Intent.FIRST_ASKED.matcher(question.asking()).find();
        boolean lawNamed = org.rehablawbot.retrieve.LawDenial.LAW_NAMED.matcher(question.askingQuery()).find();
        if (compared.isEmpty() && question.countriesAsked().size() >= 2 && (!question.isFollowUp()
                // "and who qualifies in each one?" after three countries' laws asks of each of them anew
                || org.rehablawbot.retrieve.FollowUp.refersToCountries(question.text(), question.previous()))) {
            // a question asked of several countries gets a sentence on each the passages speak of; which came first
            // is asked of each one's first: its earliest dated sentence ("Kyrgyzstan's law of 27 May 1994", not the
            // law of 2024), whatever else is chosen about it
            for (String country : question.countriesAsked()) {
                if (!firstAsked && chosen.stream().anyMatch(c -> HybridRetriever.about(c.passage, List.of(country)))) {
                    continue;
                }
                List<Candidate> ofCountry = candidates;
                if (firstAsked) {
                    ofCountry = candidates.stream().filter(c -> c.score >= FIRST_OF_EACH_RATIO * best
                            && earliestYear(c.sentence) < Integer.MAX_VALUE
                            && HybridRetriever.about(c.passage, List.of(country)))
                            .sorted(Comparator.comparingInt(c -> earliestYear(c.sentence))).toList();
                    int firstYear = ofCountry.isEmpty() ? Integer.MAX_VALUE : earliestYear(ofCountry.get(0).sentence);
                    if (chosen.stream().anyMatch(c -> HybridRetriever.about(c.passage, List.of(country))
                            && earliestYear(c.sentence) <= firstYear)) {
                        continue;
                    }
                }
                for (Candidate c : ofCountry) {
                    if (c.score < FIRST_OF_EACH_RATIO * best) {
                        break;
                    }
                    // "did uzbekistan pass its own law before kazakhstan did?": the sentence saying a country has no
                    // law of its own answers the question of its law, though it says few of the question's words
                    if (!firstAsked && c.score < FOLLOWING_RATIO * best
                            && !(lawNamed && org.rehablawbot.retrieve.LawDenial.deniedIn(c.sentence))) {
                        continue;
                    }
                    if (HybridRetriever.about(c.passage, List.of(country)) && mayTell.test(c)
                            && chooseBeside(c, chosen, chosenTexts, citedPassages, reserved)) {
                        break;
                    }
                }
            }
        }
        // "how many files were declassified? i've seen 2.4 million, 2.5 million and 2.6 million": each figure the
        // asker has met that a sentence found states is told with its source, whether or not the sources count one
        // thing (here cards, materials and documents)
        // a day or a year ("31 may … 2025") is no figure met
        Set<Long> met = question.intent() != Intent.HOW_MANY ? Set.of() : figuresStated(question.text()).stream()
                .filter(f -> f >= MET_FIGURE_MIN && (f < YEAR_MIN || f > YEAR_MAX))
                .collect(java.util.stream.Collectors.toSet());
        if (met.size() >= MET_FIGURES) {
            for (Long figure : met) {
                if (chosen.stream().anyMatch(c -> org.rehablawbot.knowledge.WrittenFigures.figures(c.sentence).contains(figure))) {
                    continue;
                }
                for (Candidate c : candidates) {
                    if (c.score < FIRST_OF_EACH_RATIO * best) {
                        break;
                    }
                    if (org.rehablawbot.knowledge.WrittenFigures.figures(c.sentence).contains(figure) && mayTell.test(c)
                            && (question.countries().isEmpty()
                                    || HybridRetriever.about(c.passage, question.countries()))
                            && chooseBeside(c, chosen, chosenTexts, citedPassages, reserved)) {
                        break;
                    }
                }
            }
        }
        if (!compared.isEmpty()) {
            LOG.debug("compares {}: {} of them answered", compared, partAnswers.size());
        }
        if (!compared.isEmpty() && partAnswers.size() == compared.size()) {
            // each thing compared first, in the question's order; a sentence on both together after them
            chosen.removeAll(partAnswers);
            chosen.addAll(0, partAnswers);
        }
        if (question.perPerson() && !chosen.isEmpty()) {
            // "how much is the special allowance?" led by "28,316 victims receive allowances": a sum a person
            // receives answers it, and one chosen beside the lead comes first; "а сколько это в тенге сейчас?" led by
            // "2,270 tenge at the 2016 index": the sums follow each year's index, and a sum chosen for a later year
            // ("в 2024 году: от 2769 до 369 200 тенге") leads
            Candidate lead = chosen.get(0);
            java.util.function.Predicate<String> amount = t -> AmountQuestion.statesRate(t)
                    || AmountQuestion.statesPersonalSum(t);
            if (!amount.test(lead.sentence)) {
                lead = chosen.stream().filter(c -> amount.test(c.sentence)).findFirst().orElse(lead);
            }
            int leadYear = datedSumYear(lead.sentence);
            for (Candidate c : leadYear > 0 ? chosen : List.<Candidate>of()) {
                int year = datedSumYear(c.sentence);
                if (year > leadYear) {
                    lead = c;
                    leadYear = year;
                }
            }
            chosen.remove(lead);
            chosen.add(0, lead);
        }
        if (firstAsked) {
            // "which came first, Russia's law or Kazakhstan's?": the dates in their order, the earliest first, so
            // the first sentence answers which; a sentence with no date of its own after them
            List<Candidate> dated = new ArrayList<>(chosen);
            dated.sort(Comparator.comparingInt(c -> earliestYear(c.sentence)));
            chosen.clear();
            chosen.addAll(dated);
        }

        for (int i = 0; i < chosen.size(); i++) {
            // "the draft was to go to Parliament by the end of 2022" is followed by what the sources do not show
            // ("No page found by the editors shows that the bill was submitted"): whether it happened is the question
            Candidate told = chosen.get(i);
            if (GAP_NOTE.matcher(told.sentence).find()) {
                continue;
            }
            // the note is on what its own passage told ("these payments"): the sentence before it, not another
            // passage of the same page ("the objections concerned funding")
            Candidate gap = candidates.stream().filter(c -> !chosen.contains(c)
                    && c.passage.id().equals(told.passage.id())
                    && GAP_NOTE.matcher(c.sentence).find() && !isDuplicate(c.sentence, chosenTexts)
                    && (citedPassages.contains(c.passage.id()) || reserved + citedPassages.size() < maxCitations))
                    .findFirst().orElse(null);
            if (gap != null) {
                // "новый закон в рк уже приняли?": whether it happened is what no page shows, said first; the
                // sentence it is written about follows
                boolean first = WHETHER_HAPPENED.matcher(question.asking()).find()
                        && SOURCES_GAP.matcher(gap.sentence).find();
                chosen.add(first ? i : i + 1, gap);
                i++;
                chosenTexts.add(gap.sentence);
                citedPassages.add(gap.passage.id());
            }
        }
        if (LOG.isTraceEnabled()) {
            chosen.forEach(c -> LOG.trace("  chosen {}:{} {}", c.passage.source().path(), c.passage.line(),
                    c.sentence.substring(0, Math.min(80, c.sentence.length()))));
        }
        // the same fact from several sources is said once and cites every source that states it
        List<Statement> out = new ArrayList<>();
        List<Candidate> heads = new ArrayList<>();
        List<List<Passage>> cites = new ArrayList<>();
        for (Candidate c : chosen) {
            int at = -1;
            for (int i = 0; i < heads.size() && at < 0; i++) {
                if (mergeable(heads.get(i), c) && !citesSource(cites.get(i), c.passage)
                        && canJoin(heads.get(i), c.passage)) {
                    at = i;
                }
            }
            if (at >= 0 && heads.get(at).coveredStems.containsAll(c.coveredStems)) {
                cites.get(at).add(c.passage);
                continue;
            }
            // a telling of the same fact that says more of the question ("the law *signed on 31 December 2024* covers
            // decisions from 1917 to 1953" for "when was it signed and does it cover kulaks?") is said too
            heads.add(c);
            cites.add(new ArrayList<>(List.of(c.passage)));
        }
        for (int i = 0; i < heads.size(); i++) {
            for (Candidate c : candidates) {
                if (chosen.contains(c) || citedPassages.contains(c.passage.id()) || !mergeable(heads.get(i), c)
                        || citesSource(cites.get(i), c.passage) || !canJoin(heads.get(i), c.passage)
                        || reserved + citedPassages.size() >= maxCitations) {
                    continue;
                }
                citedPassages.add(c.passage.id());
                cites.get(i).add(c.passage);
            }
        }
        for (int i = 0; i < heads.size(); i++) {
            Candidate head = heads.get(i);
            if (SOURCES_GAP.matcher(head.sentence).find()) {
                // "Whether the final law kept these payments was not found in the sources" is the editors' reading
                // of every source, not what the page it stands on says: it is stated, like a refusal, citing nothing
                out.add(new Statement(head.sentence, List.of()));
                continue;
            }
            List<Integer> ns = new ArrayList<>();
            List<String> also = new ArrayList<>();
            String said = head.sentence.toLowerCase(Locale.ROOT);
            for (Passage p : cites.get(i)) {
                int n = numbering.number(p);
                if (!ns.contains(n)) {
                    ns.add(n);
                }
                String publisher = p.source().publisher().strip();
                if (p != head.passage && !p.text().toLowerCase(Locale.ROOT).contains(said)
                        && !also.contains(publisher) && !publisher.equals(head.passage.source().publisher().strip())) {
                    also.add(publisher); // says it in words of its own: named, as a side of a disagreement is
                }
            }
            // "who says so?": every statement names its source, as a side of a disagreement does
            String text = attributed(head.passage, head.sentence, retrieval.language(),
                    conflictSources.containsKey(head.passage.source().id()) || retrieval.asked().sourceAsked());
            if (!also.isEmpty()) {
                text = text + " " + Messages.alsoReportedBy(also, retrieval.language());
            }
            out.add(new Statement(text, ns));
        }
        return out;
    }

    /**
     * Drops from {@code chosen} a sentence that another chosen one of the same passage repeats in front of itself
     * ({@link #withAntecedents}: "The law is titled …" and "The law is titled … It amends …"), putting the longer
     * one where the shorter stood, so the answer says it once.
     */
    static <T> void withoutHeldAntecedents(List<T> chosen, java.util.function.Function<T, String> passageId,
                                           java.util.function.Function<T, String> sentence) {
        longerInPlaceOfShorter(chosen, (shorter, longer) -> passageId.apply(longer).equals(passageId.apply(shorter))
                && sentence.apply(longer).length() > sentence.apply(shorter).length()
                && sentence.apply(longer).startsWith(sentence.apply(shorter)));
    }

    /**
     * Puts a chosen item where a shorter one it holds stood, and drops it from its own place, until no pair of
     * {@code chosen} is such that {@code holds(shorter, longer)}.
     */
    private static <T> void longerInPlaceOfShorter(List<T> chosen, java.util.function.BiPredicate<T, T> holds) {
        for (int i = 0; i < chosen.size(); i++) {
            for (int j = 0; j < chosen.size(); j++) {
                if (i != j && holds.test(chosen.get(i), chosen.get(j))) {
                    chosen.set(i, chosen.get(j));
                    chosen.remove(j);
                    i = -1; // start over: the list changed
                    break;
                }
            }
        }
    }

    /**
     * Drops from {@code chosen} a sentence whose every content word and number a longer chosen sentence of the same
     * source document says again ("The museum opened on 31 August 2002." and "The museum opened on 31 August 2002;
     * a ceremony is held there every year on 31 August."), putting the longer one where the shorter stood, so the
     * answer says it once. Content words are compared by stem; at least {@value #RESTATED_MIN_WORDS} of them.
     */
    static <T> void withoutRestated(List<T> chosen, java.util.function.Function<T, String> sourceId,
                                    java.util.function.Function<T, String> sentence) {
        longerInPlaceOfShorter(chosen, (shorter, longer) -> {
            Set<String> words = Terms.stems(sentence.apply(shorter));
            return words.size() >= RESTATED_MIN_WORDS && sourceId.apply(longer).equals(sourceId.apply(shorter))
                    && sentence.apply(longer).length() > sentence.apply(shorter).length()
                    && Terms.stems(sentence.apply(longer)).containsAll(words)
                    && numbers(sentence.apply(longer)).containsAll(numbers(sentence.apply(shorter)));
        });
    }

    /** The fewest content words a sentence needs for another to be read as saying it again. */
    static final int RESTATED_MIN_WORDS = 5;

    /** A sentence that points back at the one before it: "These include …", "Это утверждение …", "Значит, …". */
    private static final Pattern ANAPHORIC_OPENING = Pattern.compile("^(?iu)(this|these|that|those|such|it|they"
            + "|their|its|so|therefore|thus|hence|это|эти|этот|эта|этим|этого|такие|такой|такая|значит|поэтому"
            + "|следовательно|он|она|они|их|его|её|ее|им|ими|ему|ей|(?:in )?the same|в (?:той|том|тех) же|там же"
            + "|тот же|та же|то же"
            // a pronoun after a preposition: "К ним относятся …", "Among them …", "Из них …"
            + "|(?:к|с|со|у|из|для|о|об|от|по|при|на|за|среди|между)\\s+(?:ним|нему|ней|них|нём|нем|этим|этому|этой"
            + "|этих|этого)|(?:among|of|for|to|with|by|from|in|under)\\s+(?:them|it|these|those|this|that))(?![\\p{L}])");

    /**
     * The sentences of a passage as they can be shown: a sentence that points back at the one before it keeps that
     * one in front of it, so that it never reaches the reader without what it speaks of.
     */
    static List<String> withAntecedents(List<String> sentences) {
        List<String> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            out.add(i > 0 && ANAPHORIC_OPENING.matcher(s.strip()).find() ? sentences.get(i - 1) + " " + s : s);
        }
        return out;
    }

    /**
     * Whether a passage may join a statement's citations: it holds the statement's sentence, or its publisher is
     * another than the sentence's own and so can be named in the closing note ("Also reported by: …"). Another
     * article of the same publisher that tells it in other words ("the authors proposed …" for "the law
     * rehabilitates …") would be a marker pointing at a passage that does not say the statement.
     */
    private static boolean canJoin(Candidate head, Passage p) {
        return p.text().toLowerCase(Locale.ROOT).contains(head.sentence.toLowerCase(Locale.ROOT))
                || !p.source().publisher().strip().equals(head.passage.source().publisher().strip());
    }

    private static boolean citesSource(List<Passage> cited, Passage p) {
        return cited.stream().anyMatch(c -> c.source().id().equals(p.source().id()));
    }

    /**
     * Whether {@code other} states the same fact as {@code head} from another source, so that the answer says it
     * once and cites both: facts with the same key and value, or sentences with the same numbers and dates and at
     * least half their content words in common, or near-duplicates either way. Opinions are never merged: each is
     * voiced as its own.
     */
    private static boolean mergeable(Candidate head, Candidate other) {
        Passage a = head.passage;
        Passage b = other.passage;
        if (a.source().id().equals(b.source().id()) || a.source().isOpinion() || b.source().isOpinion()) {
            return false;
        }
        if (a.isFact() && b.isFact()) {
            return a.fact().key().equals(b.fact().key())
                    && FactValues.normal(a.fact().value()).equals(FactValues.normal(b.fact().value()))
                    && java.util.Objects.equals(a.fact().asOf(), b.fact().asOf());
        }
        return sameStatement(head.sentence, other.sentence) || restates(head, other);
    }

    /**
     * Whether a sentence of another source tells again the fact of a sentence already chosen, with more around it:
     * it holds every number of 100 or more the chosen one states (a document's number aside), two or more of them
     * ("100,000 victims in 1937-1953, 13,000 shot"). One shared year or figure is too little to call two sentences one fact ("opened a
     * year after 2001" and "opened in 2002, a year after 2001"). The chosen sentence must be no opinion: a fact is
     * not restated by being voiced.
     */
    static boolean restates(Candidate head, Candidate other) {
        if (head.passage.source().id().equals(other.passage.source().id()) || head.passage.source().isOpinion()) {
            return false;
        }
        if (numbers(head.sentence).stream().filter(n -> n.length() >= 3).count() < 2) {
            return false; // the cheap test first: a document's number taken out only leaves fewer
        }
        Set<String> key = new HashSet<>();
        for (String n : numbers(withoutDocumentNumbers(head.sentence))) {
            if (n.length() >= 3) {
                key.add(n);
            }
        }
        return key.size() >= 2 && numbers(other.sentence).containsAll(key);
    }

    /** A text without its documents' numbers ({@link #DOCUMENT_NUMBER}): they name documents, they count nothing. */
    private static String withoutDocumentNumbers(String s) {
        return DOCUMENT_NUMBER.matcher(s).replaceAll(" ");
    }

    private static final Pattern STATED_NUMBER = Pattern.compile("\\d+(?:[ ,.\\u00a0\\u202f]\\d{3})*");

    /**
     * Whether two sentences say the same: the same numbers and dates (none other), and either near-duplicates or,
     * when they hold some number, half their content words in common.
     */
    static boolean sameStatement(String x, String y) {
        Set<String> nx = numbers(x);
        if (!nx.equals(numbers(y))) {
            return false; // another number or date is another fact
        }
        if (isDuplicate(x, List.of(y)) && isDuplicate(y, List.of(x))) {
            return true;
        }
        if (nx.isEmpty()) {
            return false;
        }
        Set<String> a = Terms.stems(x);
        Set<String> b = Terms.stems(y);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return !either.isEmpty() && both.size() >= 0.5 * either.size();
    }

    private static Set<String> numbers(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = STATED_NUMBER.matcher(s);
        while (m.find()) {
            out.add(m.group().replaceAll("\\D", ""));
        }
        return out;
    }

    /**
     * Whether a sentence says again what its own document says as a position of a disagreement the answer shows
     * (its value, word for word: "N 2200", "2143-XII"): the position says it, cited, and twice is once too many.
     *
     * @param values the values of the shown positions, by source document id
     */
    private static boolean statesItsPosition(Candidate c, Map<String, Set<String>> values) {
        Set<String> own = values.getOrDefault(c.passage.source().id(), Set.of());
        String text = c.sentence.toLowerCase(Locale.ROOT);
        for (String v : own) {
            if (v != null && v.length() >= 3 && Terms.hasDigit(v)
                    && text.matches("(?s).*(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(
                            v.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}]).*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A moderator's note on the source page itself rather than on the topic: where its text breaks off, when it was
     * read, that it has no date. Such a note never opens an answer.
     */
    /**
     * A sentence on a page's own date: "gives no publication date; it was read on 30 November 2026", "страница не
     * датирована; прочитана 21 ноября 2026 года". Told only when a question asks about a page or its publication
     * ({@link #PAGE_ASKED}).
     */
    private static final RememberedPattern PAGE_OWN_DATE = RememberedPattern.of(Pattern.compile(
            "(?iu)" + ExtractiveComposer.PAGE_OWN_DATE_WORDS));

    /** The retriever's words of a page's own date ({@link HybridRetriever#PAGE_DATE_WORDS}) and the composer's own. */
    private static final String PAGE_OWN_DATE_WORDS = HybridRetriever.PAGE_DATE_WORDS
            + "|date of this (?:entry|page|file)|не датирован|даты на странице нет";

    /** A question about a page, an article or when something was published. */
    /** Whether the question asks of a source page itself ({@link #PAGE_ASKED}). */
    private static boolean pageAsked(Question question) {
        return PAGE_ASKED.matcher(question.text()).find();
    }

    private static final Pattern PAGE_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(page|article|site|website"
            + "|publish\\p{L}*|publication|страниц\\p{L}*|стать\\p{L}*|сайт\\p{L}*|опублик\\p{L}*|публикац\\p{L}*)(?!\\p{L})");

    /**
     * A sentence on what the sources do not show: "No page found by the editors shows that the bill was submitted",
     * "Whether the final law … kept these payments was not found in the sources", "в источниках не найдено". It
     * follows a sentence of its own passage in the answer, the one it is written about: what is not known is half of
     * what a family asks.
     */
    static final Pattern GAP_NOTE = Pattern.compile("(?iu)not found in the sources|no page found|в источниках не найден"
            + "|не найдено в источниках|составители не нашли|does not say what");

    /**
     * A question whether something has happened yet: "новый закон в рк уже приняли?", "has it been passed yet?", "did
     * the final law keep these payments?", "приняли ли закон в итоге?".
     */
    private static final Pattern WHETHER_HAPPENED = Pattern.compile("(?iu)^\\s*(?:(?:and|so|but|а|и|ну)\\s+)?"
            + "(?:has|have|had|did|was|were)(?!\\p{L})|(?<!\\p{L})(?:ли|уже|yet|already|ever|в итоге|finally)(?!\\p{L})");

    /**
     * A {@link #GAP_NOTE} on every source the editors read ("No page found by the editors shows …", "… was not found
     * in the sources"), not on what one page says ("the page … does not say what that amendment changed"): no page
     * states it, so it cites none.
     */
    static final Pattern SOURCES_GAP = Pattern.compile("(?iu)not found in the sources|no page found"
            + "|в источниках не найден|не найдено в источниках|составители не нашли");

    static final Pattern PAGE_NOTE = Pattern.compile("(?iu)breaks off|обрывается|page was read|страница прочитана"
            + "|page gives no date|page is undated|даты на странице нет|собственной даты публикации на странице нет"
            + "|страница не датирована"
            // "… in October; the page names the month only, read here as October 2024": how a date was read
            + "|names the month only|указан только месяц");
    /** {@link #PAGE_NOTE}, its verdict kept per sentence: every candidate sentence of every answer is read for it. */
    private static final RememberedPattern NOTES_THE_PAGE = RememberedPattern.of(PAGE_NOTE);

    /** The shortest sentence whose extension by more words is taken for the same statement (characters). */
    private static final int MIN_EXTENDED = 40;

    /**
     * Whether a sentence says little that a text already in the answer does not: at least 70% of its content
     * words are in one of them. (A longer sentence that adds to a shorter one is not a duplicate of it.)
     */
    private static boolean isDuplicate(String sentence, List<String> chosen) {
        Set<String> a = Terms.stems(sentence);
        for (String o : chosen) {
            if (o.equals(sentence)) {
                return true;
            }
            // "X reported that … 1929-1956." said again as "X reported that … 1929-1956, citing …": the same
            // statement with its attribution's details
            String body = o.strip().replaceAll("[.!?]+$", "");
            if (body.length() >= MIN_EXTENDED && (sentence.startsWith(body) || o.startsWith(
                    sentence.strip().replaceAll("[.!?]+$", "")) && sentence.strip().length() >= MIN_EXTENDED)) {
                return true;
            }
            Set<String> b = Terms.stems(o);
            Set<String> fresh = new HashSet<>(a);
            fresh.removeAll(b);
            if (!a.isEmpty() && fresh.size() < 0.3 * a.size()) {
                return true;
            }
            // "Kyrgyz President Sadyr Japarov signed the law … on 31 December 2024, region.kg reported" after "24.kg
            // reported that President Sadyr Japarov signed the rehabilitation law on 31 December 2024": the same date
            // and deed in other words
            if (!a.isEmpty() && fresh.size() < SAME_FIGURES_FRESH * a.size()) {
                Set<String> figures = figures(sentence);
                if (!figures.isEmpty() && figures.equals(figures(o))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The numbers of a sentence ("31", "2024", "1,500"; not the "24" of "24.kg", nor the date of a report in
     * brackets, "(Daryo, 21 December 2022)"): what it dates or counts.
     */
    private static Set<String> figures(String sentence) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = NUMBER.matcher(BRACKETED.matcher(sentence).replaceAll(" "));
        while (m.find()) {
            out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /**
     * Whether a sentence says, without "not", a word the question says "not" of ({@code negated}, stems marked {@link Terms#NEGATED}:
     * "never been rehabilitated" against "rehabilitated people may read"): it tells the other case.
     */
    static boolean saysOnlyThePositive(List<String> negated, Set<String> stems) {
        for (String n : negated) {
            if (stems.contains(n.substring(Terms.NEGATED.length())) && !stems.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** A bracketed aside: "(Daryo, 21 December 2022)". */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

    /**
     * The share of its words a sentence giving the same figures as one already chosen must say anew to be told as
     * well: below it, the sentence retells the chosen one in other words. A retelling by another outlet, with its
     * own attribution and the country's name, says about a third anew.
     */
    static final double SAME_FIGURES_FRESH = 0.45;

    /** Extra score for a sentence that holds what the question asks for. */
    static double intentBonus(Intent intent, String sentence) {
        return intentBonus(intent, sentence, null, Terms.stems(sentence));
    }

    /**
     * Extra score for a sentence that holds what the question asks for, of the thing it asks about: for "how many",
     * a count beside the question's focus ("how many <b>volumes</b>": a number and "volumes"); for "who", a name the
     * question does not already hold, beside the focus ("who <b>sponsored</b>").
     */
    static double intentBonus(Intent intent, String sentence, Focus focus, Set<String> stems) {
        return intentBonus(intent, sentence, focus, stems, true);
    }

    /**
     * {@link #intentBonus(Intent, String, Focus, Set)}, where for {@code moneyCounts} false a sum of money, a share or
     * a number of times is no count ("How many people were repressed?" is not answered by "100 MCI").
     */
    static double intentBonus(Intent intent, String sentence, Focus focus, Set<String> stems, boolean moneyCounts) {
        boolean focused = focus == null || focus.saidIn(sentence);
        return switch (intent) {
            // the more precise the date, the better it answers "when": a day before a month before a year alone
            case WHEN -> whenBonus(ReportDates.withoutReportDates(sentence));
            case HOW_MANY -> hasCount(sentence, moneyCounts) ? (focused ? 0.5 : 0.15) : 0;
            case WHO -> focus == null ? (CAPITALISED.matcher(sentence).find() ? 0.2 : 0)
                    : (newName(sentence, focus.questionWords) ? 0.2 : 0) + (focused ? 0.2 : 0);
            case WHY -> Intent.statesReason(sentence) ? 0.4 : 0;
            // "where do I apply": an office, a body or a place; "в каком архиве …": of the kind the question names
            case WHERE -> org.rehablawbot.retrieve.ProcedureQuestion.namesBody(sentence)
                    || !org.rehablawbot.retrieve.FollowUp.places(sentence).isEmpty()
                    ? (focused ? WHERE_BONUS : WHERE_BONUS / 2) : 0;
            default -> 0;
        };
    }

    /**
     * A document's number as a question writes it: "1761-1", "PP-270", "ПП-270", "2143-XII", "№ 2200" (a range of
     * years such as "1937-1938" is none).
     */
    private static final Pattern ASKED_DOCUMENT_NUMBER = Pattern.compile("(?iu)(?<![\\p{L}\\d-])(\\p{L}{1,3}-\\d{2,}"
            + "|\\d+[-/]\\d+(?:-[IVXLC]+)?|\\d+-[IVXLC]+)(?![\\p{L}\\d])|(?:№|\\bNo\\.?)\\s*(\\d[\\d/-]*)");

    /** A range of years, not a document's number: "1937-1938", "1921-54". */
    private static final Pattern YEAR_SPAN = Pattern.compile("(?:18|19|20)\\d\\d[-/](?:(?:18|19|20)?\\d\\d)");

    /** The numbers of the documents a question names ({@link #ASKED_DOCUMENT_NUMBER}), as written. */
    static List<String> documentNumbers(String asking) {
        List<String> out = new ArrayList<>();
        Matcher m = ASKED_DOCUMENT_NUMBER.matcher(asking);
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            if (!YEAR_SPAN.matcher(number).matches()) {
                out.add(number);
            }
        }
        return out;
    }

    /** How near a document's number a date must stand to be the date the document bears, in characters. */
    static final int DOCUMENT_DATE_REACH = 40;

    /**
     * Whether a sentence gives the date of a document it names by one of these numbers: a year, within {@value
     * #DOCUMENT_DATE_REACH} characters of the number ("Law No. 1761-1 of 18 October 1991", "the law of 18 October
     * 1991 the number 1761-1").
     */
    static boolean datesDocument(String sentence, List<String> numbers) {
        for (String number : numbers) {
            int at = sentence.indexOf(number);
            while (at >= 0) {
                String around = sentence.substring(Math.max(0, at - DOCUMENT_DATE_REACH),
                        Math.min(sentence.length(), at + number.length() + DOCUMENT_DATE_REACH))
                        .replace(number, " ");
                if (whenBonus(around) > 0 && YEAR.matcher(around).find()) {
                    return true;
                }
                at = sentence.indexOf(number, at + 1);
            }
        }
        return false;
    }

    /** Extra score for a "where" question's sentence that names an office, a body or a place. */
    static final double WHERE_BONUS = 0.3;

    /**
     * Puts first, scored just above the best, the best candidate that has what the question asks for ({@code
     * wanted}) when the best has not and that one scores at least {@code ratio} of the best; otherwise leaves the
     * candidates (sorted best first) as they are.
     */
    private static void leadWith(List<Candidate> candidates, java.util.function.Predicate<Candidate> wanted,
                                 double ratio) {
        if (candidates.isEmpty() || wanted.test(candidates.get(0))) {
            return;
        }
        double bar = ratio * candidates.get(0).score;
        for (int i = 1; i < candidates.size() && candidates.get(i).score >= bar; i++) {
            if (wanted.test(candidates.get(i))) {
                Candidate c = candidates.remove(i);
                candidates.add(0, new Candidate(c.passage, c.sentence, candidates.get(0).score + 1e-9,
                        c.ownCoverage, c.coveredStems, c.order));
                return;
            }
        }
    }

    /**
     * Groups paid under laws of their own, beside the victims of repression: the labour army, home-front workers,
     * war veterans and invalids, the Chernobyl and Afghan war veterans, the participants of the December 1986 events.
     * The knowledge's payment pages list them next to the rehabilitated ("2,000 som a month to the labour army").
     */
    private static final List<Pattern> OTHER_GROUPS = Stream.of(
            "labou?r arm\\p{L}*|трударм\\p{L}*|трудов\\p{L}* арми\\p{L}*",
            "home[- ]front|тружени\\p{L}* тыла|работник\\p{L}* тыла",
            "(?:war )?veterans?|invalids? of (?:the )?war|ветеран\\p{L}*|инвалид\\p{L}* (?:великой отечественной )?войны",
            "chernobyl|чернобыл\\p{L}*|afghan\\p{L}*|афган\\p{L}*",
            "zheltoqsan|zheltoksan|желтоксан\\p{L}*|december 1986|декабрьск\\p{L}* событи\\p{L}*|декабр\\p{L}* 1986")
            .map(w -> Pattern.compile("(?iu)(?<!\\p{L})(?:" + w + ")(?!\\p{L})")).toList();

    /**
     * Whether a sentence names a group paid under a law of its own ({@link #OTHER_GROUPS}) that the question does
     * not name: its sum is no answer to what victims of repression receive.
     *
     * @param sentence a sentence of a passage; never null
     * @param query    the question searched (its story and a follow-up's previous question included); never null
     */
    static boolean paysOtherGroup(String sentence, String query) {
        for (Pattern g : OTHER_GROUPS) {
            if (g.matcher(sentence).find() && !GROUPS_NAMED.get(query, q -> OTHER_GROUPS.stream()
                    .filter(x -> x.matcher(q).find()).collect(java.util.stream.Collectors.toSet())).contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** The groups of {@link #OTHER_GROUPS} each recent query names, found once a query. */
    private static final org.rehablawbot.retrieve.Lru<String, Set<Pattern>> GROUPS_NAMED =
            new org.rehablawbot.retrieve.Lru<>(256);

    /**
     * The figure of now is asked, the latest the sources hold: "newest number", "latest", "current", "today", "сейчас",
     * "на сегодня", "актуальная", "свежая цифра", "в этом году".
     */
    private static final Pattern RECENT_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:newest|latest|most recent|current"
            + "|currently|now|today|these days|this year|nowadays|сейчас|на сегодня\\p{L}*|сегодня|актуальн\\p{L}*"
            + "|свеж\\p{L}*|нынешн\\p{L}*|текущ\\p{L}*|в этом году|последн\\p{L}* (?:цифр|данн|сумм|размер)\\p{L}*)"
            + "(?!\\p{L})");

    /**
     * Opens the first statement with a sentence of our own arithmetic ({@link Messages#span}, {@link Messages#sum}):
     * the quoted sentence and its citations follow it unchanged.
     */
    private static void openFirst(List<Statement> statements, String arithmetic) {
        Statement first = statements.get(0);
        statements.set(0, new Statement(arithmetic + " " + first.text(), first.citations()));
    }

    /** A figure as people write it: "1031", "1,031", "1 031". */
    private static final String FIGURE = "\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+(?!\\d)|\\d+";

    /** A sum the asker makes: "856 + 205", "856 plus 205", "856 плюс 205", figures joined by plus signs. */
    private static final Pattern ASKERS_SUM = Pattern.compile("(?iu)(?<![\\d.,])(?:" + FIGURE + ")(?:\\s*(?:\\+|plus"
            + "|плюс)\\s*(?:" + FIGURE + "))+");

    /**
     * The figures the asker adds up in a question ({@link #ASKERS_SUM}: "856 plus 205 is 1061"), in order; empty when
     * the question adds none.
     */
    static List<Long> askersSum(String question) {
        Matcher m = ASKERS_SUM.matcher(question);
        if (!m.find()) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        for (String term : m.group().split("(?iu)\\s*(?:\\+|plus|плюс)\\s*")) {
            out.add(Long.parseLong(term.replaceAll("[^0-9]", "")));
        }
        return out;
    }

    /**
     * The total a shown sentence or side gives that the asker's sum should have matched: a figure larger than every
     * addend, other than the sum, and the closest to it within a fifth of it. 0 when none is shown, or when one shown
     * equals the sum (the sources agree with the asker).
     */
    private static long reportedTotal(List<Statement> statements, List<Disagreement> disagreements, List<Long> addends,
                                      long sum) {
        long largest = addends.stream().mapToLong(Long::longValue).max().orElse(0);
        Set<Long> shown = new HashSet<>();
        statements.forEach(st -> shown.addAll(org.rehablawbot.knowledge.WrittenFigures.figures(st.text())));
        disagreements.forEach(d -> d.positions().forEach(p -> shown.addAll(org.rehablawbot.knowledge.WrittenFigures.figures(p.text()))));
        if (shown.contains(sum)) {
            return 0;
        }
        long best = 0;
        for (long v : shown) {
            if (v > largest && Math.abs(v - sum) <= sum / 5 && (best == 0 || Math.abs(v - sum) < Math.abs(best - sum))) {
                best = v;
            }
        }
        return best;
    }

    /**
     * A sentence saying its figure is of another time than now: "These are the amounts of that time, not today's",
     * "Это размеры того времени, а не нынешние".
     */
    private static final Pattern NOT_CURRENT = Pattern.compile("(?iu)(?<!\\p{L})(?:not today['’]s|not the current"
            + "|of that time|not current|не нынешн\\p{L}*|того времени|не сегодняшн\\p{L}*|не текущ\\p{L}*)(?!\\p{L})");

    /**
     * The latest year a sentence of the wanted kind names among those that may lead ({@link #TYPE_LEAD_RATIO} of the
     * best score); {@link Integer#MIN_VALUE} when none names a year.
     */
    private static int newestYear(List<Candidate> candidates, java.util.function.Predicate<Candidate> wanted) {
        int newest = Integer.MIN_VALUE;
        if (candidates.isEmpty()) {
            return newest;
        }
        double bar = TYPE_LEAD_RATIO * candidates.get(0).score;
        for (Candidate c : candidates) {
            if (c.score < bar) {
                break;
            }
            int[] y = wanted.test(c) ? years(c.sentence) : null;
            newest = y == null ? newest : Math.max(newest, y[1]);
        }
        return newest;
    }

    /**
     * How far below the best sentence (its score's share) a sentence of the answer type asked ({@link #answersType})
     * may score and still lead when the best is not of that type. Chosen on the development sets: at 0.5 a count
     * of a neighbouring thing began to lead; at 0.7 a dated sentence a little less on topic no longer did.
     */
    static final double TYPE_LEAD_RATIO = 0.6;

    /**
     * For a question on how the procedure goes ("How does an Uzbek family get a relative rehabilitated?", "Как в
     * Узбекистане его реабилитировать?"), led by a body doing a step, adds the other steps: up to {@link #MAX_STEPS}
     * sentences naming another body acting ({@link org.rehablawbot.retrieve.ProcedureQuestion#namesBodyActing})
     * in the lead's own document (one source's procedure, not another's steps beside it), whatever few of the
     * question's words they say, put in the document's order ("the working group finds the cases, the prosecutor
     * lodges a protest, the Supreme Court hears them"), so the asker reads the procedure from its start.
     */
    private static void addSteps(List<Candidate> chosen, List<String> chosenTexts, Set<String> citedPassages,
                                 List<Candidate> candidates, int reserved, int maxCitations) {
        Candidate lead = chosen.get(0);
        String document = lead.passage.source().id();
        Set<String> bodies = new HashSet<>(org.rehablawbot.retrieve.ProcedureQuestion.bodies(lead.sentence));
        List<Candidate> steps = new ArrayList<>();
        for (Candidate c : candidates) {
            if (steps.size() >= MAX_STEPS) {
                break;
            }
            List<String> named = org.rehablawbot.retrieve.ProcedureQuestion.bodies(c.sentence);
            if (!c.passage.source().id().equals(document) || c == lead || steps.contains(c)
                    || isDuplicate(c.sentence, chosenTexts) && !chosen.contains(c) || bodies.containsAll(named)
                    || !org.rehablawbot.retrieve.ProcedureQuestion.namesBodyActing(c.sentence)) {
                continue;
            }
            if (!citedPassages.contains(c.passage.id()) && reserved + citedPassages.size() >= maxCitations
                    && !makeRoom(chosen, citedPassages, document)) {
                break;
            }
            steps.add(c);
            bodies.addAll(named);
            chosenTexts.add(c.sentence);
            citedPassages.add(c.passage.id());
        }
        // the lead and its document's steps first, in the document's order; the other sentences after them
        List<Candidate> ofDocument = new ArrayList<>(steps);
        ofDocument.add(lead);
        ofDocument.sort(Comparator.comparingInt(c -> c.passage.line()));
        chosen.removeAll(ofDocument);
        chosen.addAll(0, ofDocument);
    }

    /**
     * Leaves out the last chosen sentence from another document than {@code document} whose passage no other
     * chosen sentence cites, so that a step of the procedure can be cited within the limit; false when there is none.
     */
    private static boolean makeRoom(List<Candidate> chosen, Set<String> citedPassages, String document) {
        for (int i = chosen.size() - 1; i > 0; i--) {
            Candidate c = chosen.get(i);
            String id = c.passage.id();
            if (!c.passage.source().id().equals(document)
                    && chosen.stream().filter(o -> o.passage.id().equals(id)).count() == 1) {
                chosen.remove(i);
                citedPassages.remove(id);
                return true;
            }
        }
        return false;
    }

    /**
     * The most sentences an answer on what one article says tells of it ({@link LawArticles#named}): an article the
     * knowledge tells in parts (Russia's Article 5: agitation, religion, escape) is told whole.
     */
    static final int MAX_ARTICLE_PARTS = 5;

    /** The most steps of a procedure {@link #addSteps} adds after the lead. */
    static final int MAX_STEPS = 3;

    /**
     * Whether a sentence is of the type of answer the question asks for: for "when", a date (a month or a year that
     * is not the date a source reported on); for what one person receives, a rate or a sum of money, not billions
     * paid out in all; for "how many", a count or a sum of what is asked ({@link #givesCountAsked}), beside the
     * question's focus when it has one and asks no money; for what one is entitled to ("что нам положено?"), a
     * payment, a benefit or a right (a rate a person receives is put first before this check). Any
     * sentence is of the type of another question.
     *
     * @param focus the thing a count is of ({@link Synonyms#focus}), or null
     */
    static boolean answersType(String sentence, Question question, Focus focus) {
        return switch (question.intent()) {
            // "закон о реабилитации рф 1991 какого числа": the year given, the day and month are asked
            // "which period does the law cover": a span of years ("1917–1953", "from 1917 onward"), not one date
            case WHEN -> {
                String own = ReportDates.withoutReportDates(sentence);
                // "how many years did the commission work?", "как долго": a length ("4 years") or the span it fills
                yield LENGTH_ASKED.matcher(question.asking()).find()
                        ? DURATION.matcher(own).find() || SPAN.matcher(own).find()
                        : whenBonus(own) > 0 && (SPAN_ASKED.matcher(question.asking()).find() ? SPAN.matcher(own).find()
                        : !DAY_ASKED.matcher(question.asking()).find() || givesDay(own, question.asking()));
            }
            // "how many times did the court refuse?": a number of times ("only four times", "16 раз"), not a count of
            // the people it cleared
            case HOW_MANY -> TIMES_ASKED.matcher(question.asking()).find()
                    ? TIMES_IN_WORDS.matcher(sentence).find() || TIMES_IN_DIGITS.matcher(sentence).find()
                    // "whats the formula?": so much for each month, not the cap it reaches
                    : question.perPerson() && question.formulaAsked()
                    ? AmountQuestion.statesFormula(sentence)
                    : question.perPerson()
                    ? (AmountQuestion.statesRate(sentence) || hasCount(sentence, true) && !hasCount(sentence, false))
                    && !AmountQuestion.statesAggregate(sentence) && !paysOtherGroup(sentence, question.query())
                    : givesCountAsked(sentence, question)
                    // a sum answers what a thing costs however it names the thing ("the bill would cost 77 million
                    // som" for "what would those payments cost")
                    && (focus == null || question.moneyCounts() || focus.saidIn(sentence));
            // "что нам положено по закону?", "what are we entitled to?": what the law gives, not its number
            // "кто это решает?", "куда писать?", "как его реабилитировать?": a body doing a step of the procedure
            // "по киргизскому закону её можно реабилитировать?": whom the law covers or excludes, not what it pays
            default -> (!entitlementLeads(question) || GIVEN.matcher(sentence).find())
                    && (!question.statusAsked() || question.procedureAsked() || question.entitlementAsked()
                            || CoverageQuestion.statesCoverage(sentence) || CoverageQuestion.statesExclusion(sentence)
                            || COUNTS_AS.matcher(sentence).find())
                    && (!question.procedureAsked()
                            || org.rehablawbot.retrieve.ProcedureQuestion.namesBodyActing(sentence)
                            // "а внуку можно подать?": who may apply, not where
                            || ProcedureQuestion.asksApplicant(question.asking())
                                    && applicantWords(question.asking(), false).isEmpty()
                                    && ProcedureQuestion.statesApplicant(sentence)
                            // "в каком архиве такие дела?": the archive holding them, whatever it does
                            || question.intent() == Intent.WHERE && focus != null
                                    && org.rehablawbot.retrieve.ProcedureQuestion.namesBody(sentence)
                                    && focus.saidIn(sentence));
        };
    }

    /**
     * A sentence stating who counts as a victim or what counts as repression: "Кто считается жертвой …", "Статья 2.1
     * признаёт пострадавшими …", "Article 1 expressly names forced labour … as a form of political repression".
     */
    private static final Pattern COUNTS_AS = Pattern.compile("(?iu)(?<![\\p{L}])(?:счита\\p{L}*|призна\\p{L}*"
            + "|относ\\p{L}*|counts?(?:ed)? as|form of (?:political )?repression"
            + "|форм\\p{L}* (?:политическ\\p{L}* )?репресс\\p{L}*)(?![\\p{L}])");

    /** Whether a sentence of the answer, or a side of one of its disagreements, is of the kind wanted. */
    private static boolean anyShown(List<Statement> statements, List<Disagreement> disagreements,
                                    java.util.function.Predicate<String> wanted) {
        return statements.stream().anyMatch(st -> wanted.test(st.text())) || disagreements.stream()
                .flatMap(d -> d.positions().stream()).anyMatch(p -> wanted.test(p.text()));
    }

    /**
     * Whether a sentence gives any time a "when" question could be answered by: a length of time or a span for "how
     * long" ({@link #LENGTH_ASKED}), else a year, a month or a day, a report's own date left aside. Looser than
     * {@link #answersType}: a sentence failing it answers no "when" at all.
     */
    static boolean givesTime(String sentence, Question question) {
        String own = ReportDates.withoutReportDates(sentence);
        // "how many years passed between A and B?" is answered by the date of each, not by a length one sentence gives
        return LENGTH_ASKED.matcher(question.asking()).find() && !Intent.SPAN_ASKED.matcher(question.asking()).find()
                ? DURATION.matcher(own).find() || SPAN.matcher(own).find()
                : whenBonus(own) > 0;
    }

    /**
     * Whether a sentence gives the count or the sum a "how many" question asks: a count ({@link #hasCount}) of what
     * is asked ({@link #countsWhatIsAsked}) that counts in nothing the question sets aside ({@link
     * Question#countsIn}: "one-time compensations alone, not allowances") and, for a total of money asked ("сколько
     * всего выплатили"), a sum paid out in all ({@link AmountQuestion#statesAggregate}), not a rate or a cap.
     */
    static boolean givesCountAsked(String sentence, Question question) {
        return hasCount(sentence, question.moneyCounts()) && countsWhatIsAsked(sentence, question)
                && !question.countsIn(sentence)
                && (!question.totalAsked() || AmountQuestion.statesAggregate(sentence));
    }

    /** What a law gives: a payment, an allowance, a benefit, a right, a service free of charge. */
    private static final Pattern GIVEN = Pattern.compile("(?iu)(?<![\\p{L}])(compensat\\p{L}*|payment\\p{L}*"
            + "|allowance\\p{L}*|benefit\\p{L}*|pension\\p{L}*|privilege\\p{L}*|right to|entitled|paid|receive\\p{L}*"
            + "|компенсац\\p{L}*|выплат\\p{L}*|выплач\\p{L}*|пособи\\p{L}*|льгот\\p{L}*|пенси\\p{L}*|доплат\\p{L}*"
            + "|право на|имеют право|имеет право|получа\\p{L}*|возмещ\\p{L}*|бесплатн\\p{L}*|free of charge)(?![\\p{L}])");

    /** How far below the best sentence (its score's share) a sentence giving a reason may score and lead a "why". */
    static final double REASON_LEAD_RATIO = 0.5;

    private static boolean namesAny(String sentence, List<String> places) {
        return places.stream().anyMatch(place -> FollowUp.namesPlace(sentence, place));
    }

    /**
     * How far below the best sentence (its score's share) a sentence naming the city, region or camp the question
     * asks about ("в питере сколько доплачивают") may score and still lead: the country's rule answers it only after
     * the place's own.
     */
    static final double PLACE_LEAD_RATIO = 0.5;

    /** Extra score for "who" where a name stands beside a word of the question ("President Sadyr Japarov signed"). */
    static final double NAME_BESIDE_ASKED = 0.1;

    /** A question that opens asking who did something: "Who signed …", "кто подписал …" (not "кого", "кому"). */
    private static final Pattern ASKS_AGENT = Pattern.compile("(?iu)^[^\\p{L}]*(who|кто)(?![\\p{L}])");

    /** How many words from a question's word a name may stand and count as beside it. */
    private static final int BESIDE_WORDS = 2;

    /**
     * Whether the sentence names someone the question does not ({@link #newName}) within {@link #BESIDE_WORDS}
     * words of a content word of the question: the one who did what is asked ("Sadyr Japarov <b>signed</b>"), not a
     * name elsewhere in the sentence ("served in the Second World War").
     *
     * @param questionWords the question's words, lower case, which are no new name
     * @param askedStems    the question's content stems
     */
    static boolean nameBesideAsked(String sentence, Set<String> questionWords, Set<String> askedStems) {
        String[] tokens = sentence.split("\\s+");
        for (int i = 1; i < tokens.length; i++) {
            String t = tokens[i].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").replaceAll("(?:'s|’s)$", "");
            if (!t.matches("\\p{Lu}\\p{Ll}+") || !newName("a " + t, questionWords)) {
                continue;
            }
            for (int j = Math.max(0, i - BESIDE_WORDS); j <= Math.min(tokens.length - 1, i + BESIDE_WORDS); j++) {
                String w = tokens[j].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
                if (j != i && !w.isEmpty() && !Terms.isStopword(w) && askedStems.contains(Terms.stem(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The year of the earliest full date (day, month and year: "18 October 1991", "20 ноября 2024") a sentence
     * states, the dates sources reported on left out ("Kazinform wrote on 31 May 2016"); {@link Integer#MAX_VALUE}
     * when it states none. A year alone ("decisions taken from 1917 to 1953") says when something applies, not when
     * it was made.
     */
    /**
     * The latest year a sentence stating a sum one person receives names ({@link AmountQuestion#statesPersonalSum}:
     * "in 2024 the compensation starts at 2,769 tenge", "2,270 tenge at the 2016 index"); 0 for a sentence that
     * states no such sum or names no year.
     */
    private static int datedSumYear(String sentence) {
        if (!AmountQuestion.statesPersonalSum(sentence)) {
            return 0;
        }
        int[] span = years(ReportDates.withoutReportDates(sentence));
        return span == null ? 0 : span[1];
    }

    static int earliestYear(String sentence) {
        Matcher m = FULL_DATE.matcher(ReportDates.withoutReportDates(sentence));
        int earliest = Integer.MAX_VALUE;
        while (m.find()) {
            earliest = Math.min(earliest, Integer.parseInt(m.group(1)));
        }
        return earliest;
    }

    private static final Pattern FULL_DATE = Pattern.compile("(?iu)(?<![\\d\\p{L}])\\d{1,2}\\s+(?:january|february"
            + "|march|april|may|june|july|august|september|october|november|december|январ\\p{L}*|феврал\\p{L}*"
            + "|март\\p{L}*|апрел\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*"
            + "|ноябр\\p{L}*|декабр\\p{L}*)\\s+((?:17|18|19|20)\\d{2})(?!\\d)");

    /**
     * What a sentence's date is worth to "when": a day, month and year most, a month and year, a year, then a month
     * alone ("every October").
     */
    private static double whenBonus(String sentence) {
        if (YEAR.matcher(sentence).find()) {
            return MONTH.matcher(sentence).find()
                    ? (org.rehablawbot.retrieve.DayOfYear.in(sentence).isEmpty() ? 0.5 : 0.6) : 0.4;
        }
        return MONTH.matcher(sentence).find() ? 0.3 : 0;
    }

    /**
     * Whether the sentence names someone the question does not: a capitalised word inside it that is not one of
     * the question's words, a month, or a country.
     */
    static boolean newName(String sentence, Set<String> questionWords) {
        var m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            if (questionWords.contains(lower) || MONTH.matcher(w).matches()
                    || !org.rehablawbot.retrieve.FollowUp.countries(w).isEmpty()) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static final Pattern DECADE = Pattern.compile(
            "(?iu)(?<![\\d])(1[89]\\d0|20[0-2]0)(?:-?(?:е|х|ые|ых)|'?s)(?![\\p{L}\\d])");
    /**
     * A year a count starts from, with no year it ends at: "since 2021", "с 2021 года", "after 1991", "после 2003";
     * the count asked is of that year and every one after ({@link #OPEN_END}).
     */
    private static final Pattern SINCE_YEAR = Pattern.compile("(?iu)(?<![\\p{L}])(?:since|from|after|с|со|после)"
            + "\\s+(1[89]\\d{2}|20\\d{2})(?![\\d])(?!\\s*(?:г\\p{L}*\\.?\\s*)?(?:[–—-]|по|to|until|до)\\s*\\d)");

    /**
     * A year a period ends before: "before 2000", "prior to 1991", "до 2000 года". ("до" after a year ends a range:
     * {@link #YEAR_RANGE}.)
     */
    private static final Pattern UNTIL_YEAR = Pattern.compile("(?iu)(?<!\\d[\\s–—-]{0,3})(?<![\\p{L}])"
            + "(?:before|prior to|до)\\s+(1[89]\\d{2}|20\\d{2})(?![\\d])");
    /** The first year of a period open at its start ("before 2000"). */
    static final int OPEN_START = 0;
    /** The last year of a period open at its end ("since 2021"). */
    static final int OPEN_END = 9999;
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\d])(1[89]\\d{2}|20\\d{2})\\s*(?:[–—-]|по|to|until|до)\\s*(1[89]\\d{2}|20\\d{2})(?![\\d])");

    /**
     * The period a question asks about, as the first and last year: a decade ("1920-е", "the 1920s"), a range
     * ("с 1954 по 1999"), or the years it names; null when it names none. A year that dates what befell one person
     * ("мама родилась там в 1942", {@link org.rehablawbot.retrieve.Period#ofAPerson}) is the asker's story and
     * binds nothing.
     *
     * @param asking the question's asking part
     */
    /**
     * The years a question's count is asked of ({@link #period}); for what one person receives, the year of the law
     * it names left out: "under the new law from 2024, how much monthly?" asks of no year, while "how many were
     * rehabilitated under the 1991 law" still asks of 1991 on (no total of all years is a count of it).
     */
    /**
     * The years a question of no type names without binding the retrieval to them ({@link Period#named}: "кр 2025
     * реабилитация что нового", "what changed in kyrgyzstan 2025"), for weighing its sentences; null for a question
     * that asks when or how many (a count has its own period: {@link #periodAsked}), binds a period ({@link
     * Period#asked}), checks a claim or a bound ("was it adopted in 2024?", "before 2021?"): there a sentence with
     * another year is the answer.
     */
    private static Period lookupYears(Question asked) {
        if (asked.intent() != Intent.OTHER || asked.period() != null || ClaimCheck.of(asked.text()) != null
                || BoundCheck.of(asked.asking()) != null) {
            return null;
        }
        return Period.named(asked.asking());
    }

    private static int[] periodAsked(Question asked) {
        Integer lawYear = asked.perPerson() ? asked.lawYear() : null;
        return period(lawYear == null ? asked.asking()
                : asked.asking().replaceAll("(?<!\\d)" + lawYear + "(?!\\d)", " "));
    }

    static int[] period(String asking) {
        var d = DECADE.matcher(asking);
        if (d.find()) {
            int start = Integer.parseInt(d.group(1));
            return new int[] {start, start + 9};
        }
        var since = SINCE_YEAR.matcher(asking);
        if (since.find()) {
            return new int[] {Integer.parseInt(since.group(1)), OPEN_END}; // "since 2021": every year from it on
        }
        var until = UNTIL_YEAR.matcher(asking);
        if (until.find()) {
            // "before 2000 the Supreme Court turned down only a handful": every year up to the one before it
            return new int[] {OPEN_START, Integer.parseInt(until.group(1)) - 1};
        }
        return years(YEAR.matcher(asking).replaceAll(m -> org.rehablawbot.retrieve.Period.ofAPerson(asking,
                m.start(), m.end()) ? "" : m.group()));
    }

    /** The span of the years a text names (ranges included), or null when it names none. */
    private static int[] years(String text) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        var r = YEAR_RANGE.matcher(text);
        while (r.find()) {
            min = Math.min(min, Integer.parseInt(r.group(1)));
            max = Math.max(max, Integer.parseInt(r.group(2)));
        }
        var y = YEAR.matcher(text);
        while (y.find()) {
            int v = Integer.parseInt(y.group(1));
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return min == Integer.MAX_VALUE ? null : new int[] {min, max};
    }

    /** A unit of time a "how many" question may count: "months", "years", "дней", "лет", "недель". */
    private static final Pattern TIME_UNIT = Pattern.compile("(?iu)years?|months?|weeks?|days?|hours?|лет|год\\p{L}*"
            + "|месяц\\p{L}*|недел\\p{L}*|дн\\p{L}*|день|час\\p{L}*");

    /**
     * A length of time: "4 years", "for 10 months", "4 года", "10 лет", "10 месяцев"; a number of at most three
     * digits, so a year ("в 2024 году") is none.
     */
    private static final Pattern DURATION = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])\\d{1,3}\\s*(?:years?|months?|weeks?"
            + "|days?|лет|года?|месяц\\p{L}*|недел\\p{L}*|дн\\p{L}*)(?![\\p{L}])");

    /**
     * Whether some shown sentence or side states a count and names a year within the period a "how many" question
     * names ("how many got it in 2025", "скока реабилитировали за 2022 год"): a count of another year answers
     * another question. A sentence that names no year is judged by the passages it cites (a fact also by what it
     * is about: "people shot in Uzbekistan in 1937-1953"); one whose passages name none either does not count. For a
     * count asked within a year ({@code withinYear}: "in 2024 alone") the dates a source spoke on are no year of the
     * count ({@link ReportDates#withoutSayingDates}); a total asked as it stood ("by early 2023") is dated by them. When
     * {@code peopleAsked} ("сколько человек"), a length of time ({@link #DURATION}) counts no one; when
     * {@code perPerson} (what one person receives, asked of a year), a sum paid out in all tells no one's sum.
     */
    private static boolean countsOfPeriod(List<Statement> statements, List<Disagreement> disagreements, int[] period,
                                          boolean withinYear,
                                          boolean moneyCounts, boolean peopleAsked, boolean perPerson,
                                          Numbering numbering) {
        Map<String, List<Integer>> texts = new LinkedHashMap<>();
        statements.forEach(st -> texts.put(st.text(), st.citations()));
        disagreements.forEach(d -> d.positions().forEach(p -> texts.put(p.text(), p.citations())));
        for (Map.Entry<String, List<Integer>> t : texts.entrySet()) {
            for (String s : Sentences.split(t.getKey())) {
                String own = withinYear ? ReportDates.withoutSayingDates(s) : ReportDates.withoutReportDates(s);
                if (!hasCount(peopleAsked ? DURATION.matcher(own).replaceAll(" ") : own, moneyCounts)) {
                    continue; // "сколько человек … за 2021 год" is not counted by "the commission worked 4 years"
                }
                if (perPerson && AmountQuestion.statesAggregate(own)) {
                    continue; // "the one-off compensation in 2020?" is not told by "2.9 billion tenge paid 2003-2022"
                }
                if (years(own) != null) {
                    if (countsWithin(own, period)) {
                        return true;
                    }
                    continue;
                }
                StringBuilder context = new StringBuilder();
                for (int n : t.getValue()) {
                    Passage p = numbering.passage(n);
                    if (p != null) {
                        context.append(withinYear ? ReportDates.withoutSayingDates(p.text()) : p.text()).append(' ').append(p.isFact() && p.fact().about() != null
                                ? p.fact().about() : "").append(' ');
                    }
                }
                if (years(context.toString()) != null && fitsPeriod(context.toString(), period)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a sentence naming years counts within the period asked: a year it names, or a range of years, lies in
     * the period. A range reaching past the period on either side counts a wider one: "13,000 shot in 1937–1953"
     * is no count for 1937–1938.
     */
    static boolean countsWithin(String sentence, int[] period) {
        Matcher r = YEAR_RANGE.matcher(sentence);
        while (r.find()) {
            if (Integer.parseInt(r.group(1)) >= period[0] && Integer.parseInt(r.group(2)) <= period[1]) {
                return true;
            }
        }
        Matcher y = YEAR.matcher(YEAR_RANGE.matcher(sentence).replaceAll(" "));
        while (y.find()) {
            int v = Integer.parseInt(y.group(1));
            if (v >= period[0] && v <= period[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text can speak of the period asked: it names no year, or its years (ranges spanning their years)
     * reach into the period. A sentence without a year is judged by its passage.
     */
    static boolean fitsPeriod(String sentence, int[] period) {
        if (period == null) {
            return true;
        }
        int[] span = years(sentence);
        return span == null || span[0] <= period[1] && span[1] >= period[0];
    }

    /**
     * For a question on what a person receives ({@link AmountQuestion#perPerson}): a sentence stating a rate
     * answers it; one stating a sum in billions or millions paid out in all answers another question.
     */
    static double amountBonus(String sentence) {
        return (AmountQuestion.statesRate(sentence) ? 0.25 : 0) - (AmountQuestion.statesAggregate(sentence) ? 0.3 : 0);
    }

    /**
     * A sentence that voices someone's claim or view rather than a fact: "По версии Telegram-канала …", "по мнению
     * …", "X claimed that …", "allegedly".
     */
    private static final Pattern RELAYED_CLAIM = Pattern.compile("(?iu)(?<![\\p{L}])(по версии|по мнению|claim(?:s|ed)?"
            + "|alleg\\p{L}*|in the view of|in the opinion of|утвержда\\p{L}*|якобы)(?![\\p{L}])");

    /** What an opinion's sentence loses when the question asks for no opinion. */
    static final double OPINION_PENALTY = 0.25;

    /**
     * How far below an opinion's sentence (its score's share) a report's sentence may score and still lead an
     * answer to a question that asks no opinion.
     */
    static final double OPINION_LEAD_RATIO = 0.5;

    /**
     * A question on how a thing is done ("How does Uzbekistan clear people sentenced by troikas?", "как подать
     * заявление?"), not how many, how much or how long.
     */
    private static final Pattern ASKS_HOW = Pattern.compile("(?iu)(?<!\\p{L})(how(?!\\s+(many|much|long|often))"
            + "|как(?!\\s+(много|долго|часто))|каким образом|what (is|are) the (procedure|steps)|порядок)(?!\\p{L})");

    /** A sentence that tells a step of a procedure: who applies, to whom, what follows. */
    private static final Pattern PROCEDURE = Pattern.compile("(?iu)(?<!\\p{L})(step|first|then|after that|next"
            + "|apply|applies|application|submit|file[sd]?|protest|procedure|through|via|шаг\\p{L}*|сначала|затем"
            + "|после этого|обраща\\p{L}*|обрати\\p{L}*|пода[её]\\p{L}*|подать|заявлени\\p{L}*|протест\\p{L}*"
            + "|порядк\\p{L}*|через)(?!\\p{L})");

    /**
     * The figures a question states as a claim to weigh ("almost 10,000", "1031"): at least 100 and no year, and
     * none that names a group ("the 311,000"). Empty for a question that states none.
     */
    private static List<Long> claimedFigures(Question question) {
        String asking = question.asking();
        return figuresStated(asking).stream().filter(v -> v >= 100 && !(v >= 1800 && v <= 2099
                && asking.contains(Long.toString(v)))).toList();
    }

    /** The figures a text states ({@link ClaimCheck#figures}), less those after "the" that name a group. */
    private static Set<Long> figuresStated(String text) {
        return org.rehablawbot.knowledge.WrittenFigures.figures(NAMED_BY_FIGURE.matcher(text).replaceAll(" "));
    }

    /**
     * How far, as a factor either way, a sentence's figure may be from a figure the question claims and still be the
     * sources' figure for it: 9,668 for "almost 10,000", 1,031 for "1,200".
     */
    static final long CLAIMED_FIGURE_FACTOR = 2;

    /**
     * A question for a span of years: "which period", "what years does it cover", "какой период", "за какие годы",
     * "с какого по какой год". Its answer states where the span starts and ends ({@link #SPAN}).
     */
    /**
     * A question for a length of time: "how long", "how many years", "сколько лет", "как долго", "сколько времени".
     * Its answer states the length ({@link #DURATION}: "worked 4 years") or the span it fills ("2019–2023").
     */
    static final Pattern LENGTH_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:how long|how many (?:years|months|weeks"
            + "|days)|сколько (?:лет|месяцев|недель|дней|времени)|как долго)(?!\\p{L})");

    static final Pattern SPAN_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:periods?|time ?frame|time span"
            + "|(?:which|what) years|(?:какой|каком|какие|каких) период\\p{L}*|(?:за |в )?какие годы|каких лет"
            + "|с какого (?:года )?по какой)(?!\\p{L})");

    /**
     * A span of years in a sentence: "1917–1953", "1918-24", "from 1917 to 1953", "с 1917 по 1953 год", "between
     * 1918 and 1953", "from 1917 onward", "since 1917", "с 1917 года".
     */
    static final Pattern SPAN = Pattern.compile("(?iu)(?<!\\d)(?:1[89]|20)\\d\\d\\s*[-–—]\\s*(?:(?:1[89]|20)\\d\\d|\\d\\d)"
            + "(?!\\d)|(?<!\\p{L})(?:from|between|since|с|со|между)\\s+(?:\\d{1,2}\\s+\\p{L}+\\s+)?(?:1[89]|20)\\d\\d"
            + "(?!\\d)");

    /**
     * A question for the day, not only the year: "какого числа", "what day", "exact date", or a year named with
     * "when" ("закон 1991 года, когда именно?"); a sentence giving only a year answers nothing new.
     */
    private static final Pattern DAY_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:какого числа|какое число|what day"
            + "|which day|on what date|exact date|the date|точн\\p{L}* дат\\p{L}*|день и месяц|(?:18|19|20)\\d{2})"
            + "(?!\\p{L})");

    /**
     * Whether a sentence gives a day and month, of the year the question names when it names one: "18 октября 1991
     * года" for "закон 1991 какого числа", not "25 октября (7 ноября) 1917 года" in the same law's preamble.
     */
    private static boolean givesDay(String sentence, String asking) {
        Matcher y = YEAR.matcher(asking);
        String year = y.find() ? y.group() : null;
        Matcher m = DAY_MONTH_YEAR.matcher(sentence);
        while (m.find()) {
            String month = m.group(2) != null ? m.group(2) : m.group(4);
            String itsYear = m.group(3) != null ? m.group(3) : m.group(5);
            if ((year == null || year.equals(itsYear)) && MONTH.matcher(month).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A day, a word that may be its month, and a year: "18 октября 1991", "25 октября (7 ноября) 1917", "October 18,
     * 1991"; groups 2 and 3, or 4 and 5, are the month and the year.
     */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\s+(\\p{L}+)"
            + "(?:\\s+\\(\\d{1,2}\\s+\\p{L}+\\))?\\s+((?:18|19|20)\\d{2})(?!\\d)"
            + "|(?<!\\p{L})(\\p{L}+)\\s+\\d{1,2},\\s+((?:18|19|20)\\d{2})(?!\\d)");

    /**
     * The events of a law a "when" question asks the date of, as indexes into {@link #EVENTS}: its adoption
     * ("adopt", "pass", "принят") or its signing ("sign", "подписа"); empty when it names neither. A law's facts tell
     * these dates beside the years of the repressions it covers, which its question's other words describe.
     */
    private static Set<Integer> eventAsked(String asking) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < EVENTS.size(); i++) {
            if (EVENTS.get(i).matcher(asking).find()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The events of a law whose date is asked, each in the words of both languages ({@link #eventAsked}). */
    private static final List<Pattern> EVENTS = List.of(
            Pattern.compile("(?iu)(?<!\\p{L})(?:adopt\\p{L}*|pass(?:ed|age)?|approv\\p{L}*|enact\\p{L}*|принят\\p{L}*"
                    + "|принял\\p{L}*|приня\\p{L}*|одобр\\p{L}*)(?!\\p{L})"),
            Pattern.compile("(?iu)(?<!\\p{L})(?:sign\\p{L}*|подпис\\p{L}*)(?!\\p{L})"));

    /**
     * What a disagreement's score keeps when a "when" question names an event ({@link #eventAsked}) that none of its
     * facts is about.
     */
    static final double OTHER_EVENT_FACTOR = 0.8;

    /** A sentence that states whom a law covers: "covers", "applies to", "распространяется на". */
    private static final Pattern COVERS = Pattern.compile("(?iu)(?<!\\p{L})(?:" + CoverageQuestion.COVER_WORDS + ")(?!\\p{L})");

    /**
     * The share of a rule's words ({@link Terms#stems}) an exception leading the answer must say for the rule to be
     * the one it excepts: "Article 2 … also covers people repressed for taking part in the events of 17-18 December
     * 1986" beside "Article 2 … excludes participants of the December 1986 events who were convicted of murder".
     */
    static final double RULE_SHARE = 0.5;

    /** Extra score, times the sentence's coverage, for a step of a procedure when the question asks how. */
    static final double PROCEDURE_BONUS = 0.3;

    /**
     * A question for the number of a law, decree or order ("What is the number of the law …", "the number of
     * Kyrgyzstan's 2024 rehabilitation law", "номер закона"): between "number" and the document only words that
     * name it (an article, a possessive, a year, a country's adjective, "new", "rehabilitation"); or a document
     * named and then "its number", "official number", "его номер".
     */
    private static final Pattern ASKS_DOCUMENT_NUMBER = Pattern.compile("(?iu)(?<!\\p{L})(number|номер)\\s+(?:of\\s+)?"
            + "(?:(?:the|this|that|its|у|\\p{L}+['’]s|\\d{4}|kyrgyz|kazakh|uzbek|russian|new|rehabilitation|presidential"
            + "|government|cabinet|ministerial|президентск\\p{L}*|правительственн\\p{L}*)\\s+){0,4}"
            + "(law|decree|order|resolution|act|закон\\p{L}*|указ\\p{L}*"
            + "|постановлени\\p{L}*|приказ\\p{L}*)(?!\\p{L})"
            // "I want to cite the Kyrgyz law of 31 December 2024. What's its official number?": the document named
            // before, its number asked after
            + "|(?<!\\p{L})(?:law|decree|order|resolution|закон\\p{L}*|указ\\p{L}*|постановлени\\p{L}*)(?!\\p{L})"
            + ".{0,120}?(?<!\\p{L})(?:(?:its|official|registration)\\s+(?:official\\s+|registration\\s+)?number"
            + "|(?:его|официальн\\p{L}*|регистрационн\\p{L}*)\\s+номер|номер\\s+(?:у\\s+)?(?:него|н[её]го))(?!\\p{L})");

    /** A document's number, whole: "No. 1538-XII", "№ 277", "No. 1763/1-1", "PP-270", "ПП-270". */
    /**
     * A question for the article of a law or code by which something is done: "which article", "under what article",
     * "article number", "по какой статье", "какая статья", "в какой статье", "номер статьи".
     */
    static final Pattern ARTICLE_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:which|what) articles?|article number"
            + "|по как\\p{L}* стать\\p{L}*|в как\\p{L}* стать\\p{L}*|как\\p{L}* стать\\p{L}*|номер\\p{L}* стать\\p{L}*)"
            + "(?!\\p{L})");

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?iu)(№|\\bNo\\.?)\\s*\\d[\\d/-]*"
            + "(?:-[IVXLC]+)?|\\b\\d+-[IVXLC]+\\b|(?<!\\p{L})\\p{Lu}{1,3}-\\d{2,}(?!\\d)");

    /** The share of a part's concepts a sentence must hold to answer that part of a question. */
    static final double PART_COVERAGE = 0.5;

    /**
     * Whether what one is entitled to is the first thing a question asks ({@link Question#entitlementAsked}):
     * "что ему полагается?", "is he covered, and what do we get?" no, "what do we get, and where to apply?" yes;
     * "Положено ли маме что-то, она же тоже родилась на спецпоселении, её считают пострадавшей?" no: whether she is
     * covered comes first, in one part as in two.
     */
    static boolean entitlementLeads(Question question) {
        if (!question.entitlementAsked()) {
            return false;
        }
        List<String> parts = Question.partsOf(question.asking());
        if (parts.size() <= 1 && question.statusAsked()) {
            return false;
        }
        return parts.isEmpty() || Question.asksEntitlement(parts.get(0));
    }

    /** What comes right before the number of a document or of one of its parts, not a count. */
    private static final Pattern NUMBERED = Pattern.compile("(?iu)(№|\\bno\\.?|\\bnr\\.?|\\bN\\.?|number|article|art\\."
            + "|clause|paragraph|статья|статьи|статье|статью|ст\\.|пункт\\p{L}*|п\\.|часть|части|приказ\\p{L}*"
            + "|order|decree|resolution|постановлени\\p{L}*|указ\\p{L}*|=)\\s*$");

    private static boolean hasCount(String sentence) {
        return hasCount(sentence, true);
    }

    /**
     * Whether a sentence counts what a "how many" question asks: people when it asks for people ("2.4 million
     * cases" counts documents), the event it asks about ("311,000 … were rehabilitated" counts no repressed), and
     * no count of things ("72 volumes") that names no event for a question on an event of people. Any sentence
     * answers another question.
     */
    static boolean countsWhatIsAsked(String sentence, Question question) {
        if (question.intent() != Intent.HOW_MANY) {
            return true;
        }
        // the events counted are of people: "реабилитировано скока" is not answered by "72 volumes prepared"
        boolean ofPeople = question.peopleAsked() || question.event() != null && !question.event().namedIn(sentence);
        return !(ofPeople && countsThings(sentence))
                && !(question.event() != null && question.event().otherNamedIn(sentence));
    }

    /**
     * A count of things: a number, then documents, cases, files, cards, volumes ("2.4 million cases"), or joined to
     * it by a hyphen ("a 12-volume edition", "12-томное издание").
     */
    private static final Pattern COUNT_OF_THINGS = Pattern.compile("(?iu)(?:" + CountedEvent.COUNTED
            + "|(?<![\\d.,])\\d+\\s*[-\u2010\u2011\u2013]\\s*)(?:documents?|cases?"
            + "|files?|cards?|volumes?|pages?|records?|items?|archives?|materials?|дел|дела|документ\\p{L}*"
            + "|карточ\\p{L}*|том\\p{L}{0,2}|томн\\p{L}*|страниц\\p{L}*|запис\\p{L}*|архив\\p{L}*|материал\\p{L}*"
            + ")(?![\\p{L}])");

    /** How often a law was changed: "amended 16 times", "корректировался более двадцати раз". */
    private static final Pattern TIMES_AMENDED = Pattern.compile("(?iu)(?<!\\p{L})(?:amended|amendments?|revised"
            + "|corrected|changed|изменени\\p{L}*|поправк\\p{L}*|корректировал\\p{L}*|изменял\\p{L}*|менял\\p{L}*)(?!\\p{L})"
            + "[^.;]{0,60}?(?:\\d+|[\\p{L}]+)\\s+(?:times|раз|раза)(?!\\p{L})");

    /**
     * Whether a sentence counts things, and no people: "files on 2.4 million cases"; or how often a law was
     * amended ("amended 16 times"), which counts no people either ("refused four times" counts refusals of people).
     */
    static boolean countsThings(String sentence) {
        return (COUNT_OF_THINGS.matcher(sentence).find() || TIMES_AMENDED.matcher(sentence).find())
                && !CountedEvent.countsPeople(sentence);
    }

    /**
     * A count of the people who did a work, not of those it was done to: a number, then scholars, researchers,
     * experts, deputies, members, staff ("425 scholars, researchers and experts worked under the commission").
     */
    private static final Pattern COUNT_OF_WORKERS = Pattern.compile(CountedEvent.COUNTED + "(scholars?|researchers?"
            + "|experts?|historians?|scientists?|specialists?|deputies|members|employees|staff|officials|volunteers"
            + "|учён\\p{L}*|учен\\p{L}*|исследовател\\p{L}*|эксперт\\p{L}*|историк\\p{L}*|специалист\\p{L}*"
            + "|депутат\\p{L}*|член\\p{L}*|сотрудник\\p{L}*)(?![\\p{L}])");

    /**
     * Whether a sentence counts the people who did a work ({@link #COUNT_OF_WORKERS}) and the question asks no count
     * of them: "how many people did the commission rehabilitate?" is not answered by "425 scholars worked under it".
     */
    static boolean countsWorkersNotAsked(String sentence, String asking) {
        java.util.regex.Matcher m = COUNT_OF_WORKERS.matcher(sentence);
        Set<String> asked = null;
        while (m.find()) {
            asked = asked == null ? Terms.allStems(asking) : asked;
            if (!Terms.matchesAny(Terms.stem(m.group(1).toLowerCase(java.util.Locale.ROOT)), asked)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of a change made to an act ("amended by Law No. 134-I", "изменения", "поправки", "дополнения"): a date beside
     * them is the change's, and a question on when the act itself came about is not answered by it.
     */
    static final Pattern AMENDMENT = Pattern.compile("(?iu)(?<![\\p{L}])(?:amend\\p{L}*|изменени\\p{L}*"
            + "|поправк\\p{L}*|дополнени\\p{L}*|внес[её]н\\p{L}* изменени\\p{L}*)");

    /**
     * Words of an attempt at an act, not the act: "an earlier attempt to adopt a new law", "the concept of the bill",
     * "попытка", "концепция". A date beside them is the attempt's; a question on when the act came about is not
     * answered by it.
     */
    /**
     * "The last" or "the final" one of a series ("the last meeting", "итоговое заседание", "заключительном"); with
     * {@link #FIRST_ORDINAL}, a sentence on the other end of the series tells another one of it.
     */
    private static final Pattern LAST_ORDINAL = Pattern.compile("(?iu)(?<!\\p{L})(?:last|final|closing"
            + "|последн\\p{L}*|заключительн\\p{L}*|итогов\\p{L}*)(?!\\p{L})");

    /** "The first" one of a series: "the first meeting", "первое заседание", "на первом". */
    private static final Pattern FIRST_ORDINAL = Pattern.compile("(?iu)(?<!\\p{L})(?:first|inaugural"
            + "|перв(?:ое|ом|ого|ая|ой|ый|ую|ые|ых))(?!\\p{L})");

    static final Pattern ATTEMPT = Pattern.compile("(?iu)(?<![\\p{L}])(?:attempt\\p{L}*|concept\\p{L}*"
            + "|попытк\\p{L}*|концепци\\p{L}*)");

    /**
     * A question for a time limit: "is there a deadline", "time limit", "too late", "cut-off", "до какого срока",
     * "срок давности", "не опоздали ли мы". "Until when did the discussion run?" asks a date, not a limit.
     */
    static final Pattern DEADLINE_ASKED = Pattern.compile("(?iu)(?<![\\p{L}])(?:deadlines?|time limits?|too late"
            + "|cut-?off|до какого срока|срок\\p{L}* давност\\p{L}*|опоздал\\p{L}*|не поздно|поздно ли"
            + "|крайн\\p{L}* срок\\p{L}*)(?![\\p{L}])");

    /**
     * A question for the date of a change made to a thing: "when was 'famine' added to its name", "when did they
     * rename it", "когда добавили", "когда переименовали", "когда поменяли название". An amendment is asked in its own
     * words, which the sources use ("when was the law amended"), and is not read here.
     */
    static final Pattern CHANGE_ASKED = Pattern.compile("(?iu)(?<![\\p{L}])(?:add|added|adds|rename|renamed"
            + "|change|changed|добавил\\p{L}*|добавлен\\p{L}*|переименова\\p{L}*|поменял\\p{L}*"
            + "|изменил\\p{L}*|изменен\\p{L}*|изменён\\p{L}*)(?![\\p{L}])");

    /**
     * A sentence telling of a change: something added, renamed, changed, amended, replaced, raised or indexed, a new
     * name, "добавлен", "переименован", "изменён", "поправки", "заменён", "повышен", "проиндексирован".
     */
    static final Pattern CHANGE_STATED = Pattern.compile("(?iu)(?<![\\p{L}])(?:add\\p{L}*|renam\\p{L}*|chang\\p{L}*"
            + "|amend\\p{L}*|replac\\p{L}*|raised|increased|indexed|new name|добав\\p{L}*|переименова\\p{L}*"
            + "|измен\\p{L}*|поправк\\p{L}*|замен\\p{L}*|повыш\\p{L}*|повыси\\p{L}*|увелич\\p{L}*"
            + "|проиндексир\\p{L}*|индексир\\p{L}*|новое название|новым названием)(?![\\p{L}])");

    /** A sentence stating a time limit: "deadline", "time limit", "срок", "не позднее", "в течение". */
    static final Pattern DEADLINE_STATED = Pattern.compile("(?iu)(?<![\\p{L}])(?:deadlines?|time limits?|cut-?off"
            + "|no later than|срок\\p{L}*|не позднее|в течение)(?![\\p{L}])");

    /** What a count sentence of another event than the one asked loses. */
    static final double OTHER_EVENT_PENALTY = 0.3;

    /** "times", "раз": how often, not how many. */
    private static final Pattern TIMES = Pattern.compile("(?iu)^(?:times|раза?)(?![\\p{L}])");

    /**
     * Whether the sentence gives a count: a number that is not a year, a document's or article's number, or a
     * day of a date; with {@code moneyCounts} false, nor a sum of money, a share or a number of times ("180
     * rubles", "75%", "amended 16 times"), which count nothing a "how many people" question asks for.
     */
    private static boolean hasCount(String sentence, boolean moneyCounts) {
        var m = NUMBER.matcher(sentence);
        while (m.find()) {
            if (m.group(1) != null) {
                return true;
            }
            String t = m.group().replaceAll("[,.\u00a0]+$", "");
            if (YEAR.matcher(t).matches()) {
                continue;
            }
            char before = m.start() > 0 ? sentence.charAt(m.start() - 1) : ' ';
            if (before == '-' || before == '/' || sentence.startsWith("/", m.end())) {
                continue; // a part of a document's number or a fraction: "No. 1761-1", "ПП-270", "3/4"
            }
            if (NUMBERED.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue; // the number of an order, a law or an article: "order No. 277", "статья 15"
            }
            String after = sentence.substring(m.end()).stripLeading();
            if (!moneyCounts && (AmountQuestion.moneyFollows(after) || TIMES.matcher(after).lookingAt())) {
                continue; // "180 rubles", "amended 16 times": no count of the people asked about
            }
            var month = MONTH.matcher(after);
            if (month.lookingAt()) {
                continue; // the day of a date: "26 December 2023"
            }
            return true;
        }
        return false;
    }

    // ---- attribution -----------------------------------------------------------------------------------------

    /**
     * The sentence as the answer states it: opinions and relayed claims in their author's name, sentences of
     * sources on one side of a disagreement with their source named.
     */
    static String attributed(Passage p, String sentence, Language language, boolean sideOfDisagreement) {
        SourceMeta m = p.source();
        Fact f = p.fact();
        String publisher = Messages.publisherName(m.publisher(), language);
        String prefix;
        if (namesItsSource(sentence, p)) {
            return sentence; // "Paul Goble wrote on 29 December 2023 that …": attributed in its own words
        }
        if (f != null && f.claimant() != null && !f.claimant().isBlank()) {
            prefix = Messages.relayed(f.claimant().strip(), publisher, m.kind(), m.date(), language);
        } else if (m.isOpinion()) {
            prefix = Messages.accordingTo(publisher, m.kind(), m.date(), language);
        } else if (sideOfDisagreement && !mentions(sentence, m.publisher())) {
            prefix = Messages.reportedBy(publisher, m.kind(), m.date(), language);
        } else {
            return sentence;
        }
        if (language == Language.RU && SAYING.matcher(sentence).find()) {
            // no repeated verb: "Как утверждает X, … утверждается" reads "Как пишет X, … утверждается"
            prefix = prefix.replaceFirst("^Как утверждает ", "Как пишет ").replaceFirst("^По утверждению ", "По данным ");
        }
        return prefix + continuation(sentence, p.text(), m.title());
    }

    /** Russian verbs of claiming that the attribution's own verb would repeat. */
    private static final Pattern SAYING = Pattern.compile("(?iu)(?<![\\p{L}])утвержда\\p{L}*");

    /**
     * Whether the sentence itself says whose it is: it opens with an attribution, or names the document's
     * publisher, author, one of its aliases, or the fact's claimant (a name of two words or more, or of five letters
     * or more, so that a short alias does not match inside another word).
     */
    static boolean namesItsSource(String sentence, Passage p) {
        SourceMeta m = p.source();
        if (mentions(sentence, m.publisher())) {
            return true;
        }
        List<String> names = new ArrayList<>(m.aliases());
        if (m.author() != null) {
            names.add(m.author());
        }
        if (p.fact() != null && p.fact().claimant() != null) {
            names.add(p.fact().claimant());
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String n : names) {
            String name = n == null ? "" : n.strip().toLowerCase(Locale.ROOT);
            if (name.length() >= 5 && lower.contains(name)) {
                return true;
            }
            // a Russian name in another case ("в заявлении" for the alias "заявление"): by the stems of its words
            List<String> nameWords = Terms.words(name);
            if (name.length() >= 5 && Terms.isCyrillic(name) && !nameWords.isEmpty()
                    && Terms.allStems(sentence).containsAll(nameWords.stream().map(Terms::stem).toList())) {
                return true;
            }
            // a person named by surname only ("Goble" for "Paul Goble", "Гобла" for "Пол Гобл")
            String[] parts = name.split("\\s+");
            String last = parts[parts.length - 1];
            if (parts.length >= 2 && last.length() >= 4 && Character.isLetter(last.charAt(0))
                    && lower.matches("(?s).*(?<!\\p{L})" + java.util.regex.Pattern.quote(last) + "\\p{L}{0,3}(?!\\p{L}).*")) {
                return true;
            }
        }
        return false;
    }

    /** Sentence openings that already name whom the sentence reports. */
    private static final Pattern ATTRIBUTED_OPENING = Pattern.compile(
            "^(according to|as reported by|as relayed by|согласно|по данным|по сообщению|по словам|по утверждению"
                    + "|по мнению|как сообщает|как пишет|как утверждает)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether the sentence names its source: the publisher's name, the short name in its brackets
     * ("Argumenty i Fakty Kyrgyzstan (aif.kg)"), or an opening such as "According to".
     */
    static boolean mentions(String sentence, String publisher) {
        String s = sentence.toLowerCase(Locale.ROOT);
        if (ATTRIBUTED_OPENING.matcher(sentence).find()) {
            return true;
        }
        String p = publisher.toLowerCase(Locale.ROOT).strip();
        if (s.contains(p)) {
            return true;
        }
        int open = p.indexOf('(');
        int close = p.lastIndexOf(')');
        if (open > 0 && close > open) {
            String main = p.substring(0, open).strip();
            String alias = p.substring(open + 1, close).strip();
            return (!main.isEmpty() && s.contains(main)) || (!alias.isEmpty() && s.contains(alias));
        }
        return false;
    }

    /** Words that open sentences without being names, in either language. */
    private static final Set<String> COMMON_OPENERS = Set.of("according", "under", "after", "before", "during",
            "however", "although", "since", "following", "later", "earlier", "today", "yesterday", "now", "also",
            "both", "several", "many", "some", "most", "all", "each", "every", "another", "other", "such", "these",
            "those", "this", "that", "there", "here", "its", "their", "his", "her", "our", "one", "two", "three",
            "согласно", "после", "до", "во", "со", "при", "для", "однако", "также", "кроме", "позже", "ранее",
            "сегодня", "теперь", "тогда", "многие", "некоторые", "все", "каждый", "другие", "такие", "этот", "эта",
            "это", "эти", "там", "здесь", "его", "её", "их", "один", "одна", "два", "две", "три");

    /** Russian surname and place-name endings: a capitalised word with one of these is kept capitalised. */
    private static final Pattern RU_NAME_LIKE = Pattern.compile(
            "(?iu)(.*(ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|ское|ских|енко|ян|стан|стана|стане|стану|ск|ска|ске))"
                    + "|(росси|киргизи|герман|польш|франци|итали|бельги|украин|беларус|турци|британи|европ|америк"
                    + "|москв|алмат|астан|бишкек|ташкент).*");

    /**
     * The sentence as it reads after an "According to …, " opening: its first letter in lower case when the first
     * word is a common word, names and acronyms keeping their capital. A word is common when it is a stop word
     * or a usual sentence opener, or the passage also writes it in lower case; in Russian, where only names are
     * capitalised inside a sentence, also when the passage and title never capitalise it inside a sentence and it
     * does not end like a surname or place name.
     */
    static String continuation(String sentence, String passage, String title) {
        if (sentence.isEmpty() || !Character.isUpperCase(sentence.charAt(0))) {
            return sentence;
        }
        int end = 0;
        while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
            end++;
        }
        String first = sentence.substring(0, end);
        if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))) {
            return sentence; // an acronym
        }
        String lower = first.toLowerCase(Locale.ROOT);
        boolean common = Terms.isStopword(lower) || COMMON_OPENERS.contains(lower)
                || Pattern.compile("(?<![\\p{L}])" + Pattern.quote(lower) + "(?![\\p{L}])").matcher(passage).find();
        if (!common && Terms.isCyrillic(first) && startsCapitalisedWord(sentence, end)) {
            return sentence; // a first name before a surname: "Дмитрий Орлов", "Пол Гобл"
        }
        if (!common && Terms.isCyrillic(first)) {
            Pattern inside = Pattern.compile("[\\p{L}\\d,;:»)] " + Pattern.quote(first) + "(?![\\p{L}])");
            boolean capitalisedInside = inside.matcher(passage).find() || inside.matcher(title).find();
            common = !capitalisedInside && !RU_NAME_LIKE.matcher(first).matches();
        }
        return common ? lower + sentence.substring(end) : sentence;
    }

    /** Whether the word after position {@code end} (past spaces) starts with a capital letter. */
    private static boolean startsCapitalisedWord(String sentence, int end) {
        int i = end;
        while (i < sentence.length() && sentence.charAt(i) == ' ') {
            i++;
        }
        return i > end && i < sentence.length() && Character.isUpperCase(sentence.charAt(i));
    }

    // ---- disagreements ---------------------------------------------------------------------------------------

    /**
     * The timeline that may lead: the first shown that is not merely beside the answer; for a question bounding a
     * figure ("is the one-off compensation more than 500,000 tenge?"), the one whose latest value decides the bound,
     * the largest for "more than", the smallest for "less than" (a range's two ends are two timelines).
     *
     * @return the timeline, or null when none is shown
     */
    private static FactGroup boundTimeline(List<FactGroup> shown, String asking) {
        List<FactGroup> timelines = shown.stream().filter(g -> g.timeline && !g.beside).toList();
        BoundCheck bound = timelines.size() < 2 ? null : BoundCheck.of(asking);
        if (bound == null || bound.year()) {
            return timelines.isEmpty() ? null : timelines.get(0);
        }
        FactGroup best = timelines.get(0);
        for (FactGroup g : timelines) {
            Long value = latestValue(g);
            Long bestValue = latestValue(best);
            if (value != null && (bestValue == null || bound.direction() * Long.compare(value, bestValue) > 0)) {
                best = g;
            }
        }
        return best;
    }

    /** The latest value of a timeline as a whole number, or null when it is none. */
    private static Long latestValue(FactGroup g) {
        List<Passage> last = latest(g);
        if (last == null || last.isEmpty()) {
            return null;
        }
        String v = FactValues.normal(last.get(0).fact().value());
        return v != null && v.matches("\\d{1,18}") ? Long.valueOf(v) : null;
    }

    /**
     * The facts of one key among the retrieved passages, grouped by value (normal form), in order of appearance;
     * for a timeline, grouped by the date each value holds as of and by value, earliest first.
     */
    private static final class FactGroup {
        final String key;
        final Map<String, List<Passage>> sides = new LinkedHashMap<>();
        final Map<String, org.rehablawbot.knowledge.PartialDate> sideDates = new HashMap<>();
        boolean timeline;
        double score;
        /**
         * Shown beside the answer though the question's words hardly meet its facts (the dated sums a person
         * receives, beside the formula that answers "how much"): it neither leads nor sets how much of the
         * question the answer's own sentences must hold.
         */
        boolean beside;

        /**
         * Whether the group answers another part of the question than its first kind of answer (the numbers of "kz
         * rehab law date and number?"): it is {@link #beside}, and the sentences answering the first part stay.
         */
        boolean otherPart;

        FactGroup(String key) {
            this.key = key;
        }
    }

    /**
     * For "which came first" asked of several countries, the disagreements on a country's first: a disagreement on the
     * date of a later thing ("when Kyrgyzstan's 2024 law was adopted", while a retrieved passage dates its law of 27
     * May 1994) answers nothing of which came first and is left out, so that each country's first gets its citation.
     */
    private static List<FactGroup> ofTheFirst(List<FactGroup> shown, List<String> countries,
                                              List<ScoredPassage> passages) {
        // the earliest full date any retrieved passage gives of each country, read once
        Map<String, Integer> firstOf = new HashMap<>();
        for (String c : countries) {
            firstOf.put(c, passages.stream().filter(sp -> HybridRetriever.about(sp.passage(), List.of(c)))
                    .flatMap(sp -> Sentences.split(sp.passage().text()).stream())
                    .mapToInt(ExtractiveComposer::earliestYear).min().orElse(Integer.MAX_VALUE));
        }
        List<FactGroup> out = new ArrayList<>();
        for (FactGroup g : shown) {
            List<Passage> sides = g.sides.values().stream().flatMap(List::stream).toList();
            int groupYear = Integer.MAX_VALUE;
            for (Passage p : sides) {
                groupYear = Math.min(groupYear, p.isFact() && p.fact().asOf() != null && p.fact().asOf().year() > 0
                        ? Math.min(p.fact().asOf().year(), earliestYear(p.text())) : earliestYear(p.text()));
            }
            int year = groupYear;
            boolean later = !g.timeline && countries.stream().anyMatch(c -> firstOf.get(c) < year
                    && sides.stream().allMatch(p -> HybridRetriever.about(p, List.of(c))));
            if (!later) {
                out.add(g);
            }
        }
        return out;
    }

    /** Whether a timeline holds one value as of several dates: nothing changed ("311,000" in 2023 and in 2024). */
    private static boolean unchanged(FactGroup g) {
        return g.timeline && g.sides.values().stream().flatMap(List::stream)
                .map(p -> FactValues.normal(p.fact().value())).distinct().count() < 2;
    }

    /**
     * The fact keys on which the retrieved passages give two or more different values: disagreements, and
     * timelines (values dated as of two or more different dates; there values of different dates do not disagree).
     */
    private static List<FactGroup> conflicts(List<ScoredPassage> passages) {
        Map<String, List<Passage>> byKey = new LinkedHashMap<>();
        Map<String, Set<String>> sourcesByKey = new LinkedHashMap<>();
        for (ScoredPassage sp : passages) {
            Passage p = sp.passage();
            if (!p.isFact()) {
                continue;
            }
            String key = p.fact().key();
            if (!sourcesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(p.source().id())) {
                continue; // one version of each source document
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<FactGroup> out = new ArrayList<>();
        for (Map.Entry<String, List<Passage>> e : byKey.entrySet()) {
            FactGroup g = new FactGroup(e.getKey());
            long dates = e.getValue().stream().filter(p -> p.fact().isDated()).map(p -> p.fact().asOf().iso())
                    .distinct().count();
            if (dates >= 2) {
                timeline(g, e.getValue());
                if (g.sides.size() >= 2) {
                    out.add(g);
                }
                continue;
            }
            for (Passage p : e.getValue()) {
                g.sides.computeIfAbsent(FactValues.normal(p.fact().value()), v -> new ArrayList<>()).add(p);
            }
            mergeLessPrecise(g);
            if (g.sides.size() >= 2) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * Groups a key's facts as a timeline: one point per date and value, earliest first; an undated fact joins the
     * latest point with its value, or stands last as an undated point.
     */
    private static void timeline(FactGroup g, List<Passage> facts) {
        g.timeline = true;
        List<Passage> dated = new ArrayList<>(facts.stream().filter(p -> p.fact().isDated()).toList());
        dated.sort(Comparator.comparing((Passage p) -> p.fact().asOf()));
        for (Passage p : dated) {
            String side = p.fact().asOf().iso() + "|" + FactValues.normal(p.fact().value());
            g.sides.computeIfAbsent(side, k -> new ArrayList<>()).add(p);
            g.sideDates.put(side, p.fact().asOf());
        }
        for (Passage p : facts) {
            if (p.fact().isDated()) {
                continue;
            }
            String value = FactValues.normal(p.fact().value());
            String joined = null;
            for (String side : g.sides.keySet()) {
                if (side.endsWith("|" + value) && g.sideDates.containsKey(side)) {
                    joined = side;
                }
            }
            g.sides.computeIfAbsent(joined != null ? joined : "~|" + value, k -> new ArrayList<>()).add(p);
        }
    }

    /**
     * The side of a timeline that answers a question bound to a period: for a month named ("by May 2024", "к маю
     * 2024"), the latest side dated no later than that month; for a span from the start ({@link #EARLIEST_ASKED}:
     * "in the first year and a half"), the earliest dated side; for a year or a range ("max 2023"), the latest side
     * whose facts speak of a year in it; else ({@code period} null or no side in it) the latest side
     * ({@link #latest(FactGroup)}).
     *
     * @param asking the question's asking part, where a month may be named
     */
    private static List<Passage> latest(FactGroup g, org.rehablawbot.retrieve.Period period, String asking) {
        int[] month = monthNamed(asking);
        if (month != null) {
            org.rehablawbot.knowledge.PartialDate bound = new org.rehablawbot.knowledge.PartialDate(month[0], month[1], 0);
            List<Passage> upTo = null;
            org.rehablawbot.knowledge.PartialDate best = null;
            for (Map.Entry<String, List<Passage>> e : g.sides.entrySet()) {
                org.rehablawbot.knowledge.PartialDate d = g.sideDates.get(e.getKey());
                if (d != null && d.year() > 0 && (d.year() < bound.year() || d.year() == bound.year()
                        && d.month() > 0 && d.month() <= bound.month()) && (best == null || d.compareTo(best) > 0)) {
                    best = d;
                    upTo = e.getValue();
                }
            }
            if (upTo != null) {
                return upTo;
            }
        }
        if (period == null && EARLIEST_ASKED.matcher(asking).find()) {
            // "in the first year and a half of the Supreme Court's rehabilitations, how many were acquitted?": the
            // running total's first point
            List<Passage> first = null;
            org.rehablawbot.knowledge.PartialDate earliest = null;
            for (Map.Entry<String, List<Passage>> e : g.sides.entrySet()) {
                org.rehablawbot.knowledge.PartialDate d = g.sideDates.get(e.getKey());
                if (d != null && (earliest == null || d.compareTo(earliest) < 0)) {
                    earliest = d;
                    first = e.getValue();
                }
            }
            if (first != null) {
                return first;
            }
        }
        if (period != null) {
            List<Passage> inPeriod = null;
            for (Map.Entry<String, List<Passage>> e : g.sides.entrySet()) {
                if (g.sideDates.containsKey(e.getKey()) && e.getValue().stream().anyMatch(period::spokenOfIn)) {
                    inPeriod = e.getValue();
                }
            }
            if (inPeriod != null) {
                return inPeriod;
            }
        }
        return latest(g);
    }

    /** A span counted from the start: "in the first year and a half", "за первые полтора года", "first months". */
    private static final Pattern EARLIEST_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:in the first|during the first"
            + "|over the first|the first (?:year|years|months?|weeks?)|за первы\\p{L}*|в первы\\p{L}*"
            + "|первы[ейх] (?:год|полгода|месяц\\p{L}*|полтора))(?!\\p{L})");

    /** The latest point of a timeline (its last dated side), a point reported by a source other than an opinion first. */
    private static List<Passage> latest(FactGroup g) {
        List<Passage> last = null;
        List<Passage> lastReported = null;
        for (Map.Entry<String, List<Passage>> e : g.sides.entrySet()) {
            if (g.sideDates.containsKey(e.getKey())) {
                last = e.getValue();
                if (e.getValue().stream().anyMatch(p -> !p.source().isOpinion())) {
                    lastReported = e.getValue();
                }
            }
        }
        return lastReported != null ? lastReported : last;
    }

    /**
     * A less precise date agrees with a more precise one it contains ("1993" with "1993-04-14"): such a side
     * joins the precise side when exactly one side refines it. A date that two different sides refine ("2024"
     * beside "2024-11-20" and "2024-12") stays a side of its own.
     */
    private static void mergeLessPrecise(FactGroup g) {
        for (String coarse : new ArrayList<>(g.sides.keySet())) {
            List<String> finer = g.sides.keySet().stream()
                    .filter(v -> !v.equals(coarse) && FactValues.refines(v, coarse)).toList();
            if (finer.size() == 1) {
                g.sides.get(finer.get(0)).addAll(g.sides.remove(coarse));
            }
        }
    }

    /**
     * The most of the question's words ({@link QueryWords#overlap}, 0 to 1) a sentence outside the disagreements says
     * that counts the event asked: a count of people ({@link #givesCountAsked}) beside the event's words
     * ({@link CountedEvent#namedIn}). A sentence of a source the disagreements shown cite is left out: it says their
     * value again, and the answer shows it once. 0 when none does.
     */
    private static double bestEventCount(List<ScoredPassage> passages, Set<String> excluded, Set<String> shownSources,
                                         QueryWords queryStems, Question asked, CountedEvent event) {
        return bestOverlap(passages, p -> excluded.contains(p.id()) || shownSources.contains(p.source().id()),
                queryStems, s -> givesCountAsked(s, asked) && event.namedIn(s));
    }

    /**
     * The most of the question's words a sentence of at least three words says, among the sentences of the passages
     * not skipped that are of the type asked.
     */
    private static double bestOverlap(List<ScoredPassage> passages, java.util.function.Predicate<Passage> skipped,
                                      QueryWords queryStems, java.util.function.Predicate<String> typed) {
        double best = 0;
        for (ScoredPassage sp : passages) {
            Passage p = sp.passage();
            if (skipped.test(p)) {
                continue;
            }
            for (String s : p.isFact() ? List.of(p.text().strip()) : Sentences.split(p.text())) {
                if (Terms.words(s).size() >= 3 && typed.test(s)) {
                    best = Math.max(best, queryStems.overlap(s));
                }
            }
        }
        return best;
    }

    /** The largest share of the query words one sentence of a passage outside the disagreements holds. */
    private static double bestSentenceOverlap(List<ScoredPassage> passages, Set<String> excluded,
                                              QueryWords queryStems, Question asked) {
        Intent intent = asked.intent();
        // a sentence without a count cannot answer "how many", nor one without a year "when": it does not outdo a
        // disagreement that gives them; nor one counting another thing than asked ("1.07 MCI" for "how many people
        // receive the allowance")
        return bestOverlap(passages, p -> excluded.contains(p.id()), queryStems, s -> intent == Intent.HOW_MANY
                ? givesCountAsked(s, asked) : intent != Intent.WHEN || YEAR.matcher(s).find());
    }

    /**
     * Whether a disagreement speaks of something the question's own asking words name: one of them (not a country,
     * not the asker's kin) is in a side's description or text. The
     * words a follow-up carries from the previous question (its country, "закон") are context: a disagreement they
     * alone meet ("на что направлены законы о реабилитации" for "а деньги ей какие-нибудь положены?" after a
     * question on the Kyrgyz law) is off the question. A question on the sources' sides, or whose own words are
     * all context ("а в Узбекистане?"), keeps every disagreement.
     */
    private static java.util.function.Predicate<FactGroup> ofOwnWords(Question asked, OwnWords own) {
        if (asked.sidesAsked()) {
            return g -> true;
        }
        QueryWords q = own.words();
        boolean askersKin = own.askersKin();
        List<Integer> keys = rarest(q, i -> org.rehablawbot.retrieve.FollowUp.countries(q.stems().get(i)).isEmpty()
                && q.forms().get(i).stream().allMatch(f -> org.rehablawbot.retrieve.FollowUp.countries(f).isEmpty())
                && !(askersKin && isKinship(q.forms().get(i))));
        if (keys.isEmpty()) {
            return g -> true;
        }
        return g -> g.sides.values().stream().flatMap(List::stream).anyMatch(p -> {
            String text = (p.fact().about() == null ? "" : p.fact().about()) + " " + p.text();
            return saysAny(q, keys, new HashSet<>(Terms.words(text)), Terms.allStems(text));
        });
    }

    /**
     * The disagreements the question is about: their facts (description and text) share at least half of the
     * question's content words, as many as the best one's less a margin, and their values are of the kind the
     * question asks for (dates for "when", numbers for "how many", positions for "who" and "why"). An
     * opinion's own words count fully only when the question asks what someone claims ({@code opinionAsked}). A
     * question on how a figure changed ({@code trendAsked}, {@link Question#trendAsked}) takes a timeline sharing a
     * quarter of its words ({@link #SIDES_MIN_OVERLAP}) as the sides asked are taken. A question asking a
     * document's number beside another thing ({@code numberAsked}: "date and number?") takes the sources' numbers
     * of an act as of its kind.
     */
    private static List<FactGroup> relevantConflicts(List<FactGroup> groups, QueryWords queryStems, Intent intent,
                                                     double bestSentence, Set<String> claims,
                                                     boolean sidesAsked, boolean opinionAsked,
                                                     Set<String> statedFigures, Set<Integer> eventAsked,
                                                     Set<Long> groupFigures, boolean perPerson, int caseYear,
                                                     List<String> countriesCompared, boolean trendAsked,
                                                     boolean numberAsked) {
        double best = 0;
        // the score a group the question points at is raised to: as much as the best sentence, less a margin
        double raised = Math.max(MIN_CONFLICT_OVERLAP, bestSentence - SENTENCE_MARGIN);
        List<FactGroup> fitting = new ArrayList<>();
        for (FactGroup g : groups) {
            double score = 0;
            boolean fits = false;
            boolean numberBeside = false;
            for (List<Passage> side : g.sides.values()) {
                for (Passage p : side) {
                    String about = p.fact().about() == null ? "" : p.fact().about();
                    // a question about a claim asks in the claim's words: an opinion's statement counts fully;
                    // a question on what the law or the record says ("а деньги ей положены?") meets an opinion's
                    // words ("на деньги Запада") by chance, and they count as little as any fact's text
                    double textWeight = p.source().isOpinion() && opinionAsked ? 1.0 : TEXT_OVERLAP_WEIGHT;
                    score = Math.max(score, Math.max(queryStems.overlap(about),
                            textWeight * queryStems.overlap(about + " " + p.text())));
                    // "who says which": a question on the sources' sides takes any kind of value they differ on
                    boolean ofKind = FactValues.fits(p.fact(), intent)
                            || sidesAsked && intent != Intent.WHEN && intent != Intent.HOW_MANY;
                    fits |= ofKind;
                    // "kz rehab law date and number?": the numbers are asked beside the date, which still leads
                    numberBeside |= !ofKind && numberAsked && FactValues.numbersAct(p.fact());
                }
            }
            if (numberBeside && !fits) {
                fits = true;
                g.beside = intent != Intent.OTHER;
                g.otherPart = g.beside;
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("conflict on {}: overlap {}", g.sides.values().iterator().next().get(0).fact().key(), score);
            }
            if (g.sides.values().stream().flatMap(List::stream).anyMatch(p -> claims.contains(p.source().id()))) {
                // the question asks about a claim the best passages make: what other sources say of the same
                // thing belongs to its answer
                score = Math.max(score, raised);
            } else if (namesItsValues(g, statedFigures)) {
                // "видел и 856, и 1031 — где правда?": the question names the values of this timeline or dispute
                score = Math.max(score, raised);
                fits |= namesTwoOfItsValues(g, statedFigures);
            } else if (!groupFigures.isEmpty() && g.sides.values().stream().flatMap(List::stream)
                    .noneMatch(p -> FactValues.fits(p.fact(), Intent.HOW_MANY)) && g.sides.values().stream()
                    .flatMap(List::stream).anyMatch(p -> org.rehablawbot.knowledge.WrittenFigures.figures(p.text()).stream()
                            .anyMatch(groupFigures::contains))) {
                // "311 тыс реабилитированных — это кто были?": who a group named by its figure was is what its sides
                // on who they were say
                score = Math.max(score, raised);
            } else if (perPerson && g.timeline && score < raised && g.sides.values().stream().flatMap(List::stream)
                    .allMatch(p -> AmountQuestion.statesPersonalSum(p.text()))) {
                // "how much do victims get?": the sums a person receives, dated year by year, answer it beside
                // the formula, in whatever words their facts are written
                score = raised;
                g.beside = true;
            } else if (coversYear(g, caseYear)) {
                // "деда расстреляли в 1938, подпадает ли он под закон?": the years of repression the law covers, as
                // each source gives them, tell whether his case falls within it, beside what the law says of cases
                // like his ("does not apply to … treason")
                score = Math.max(score, raised);
                fits = true;
                g.beside = true;
            } else if (!countriesCompared.isEmpty() && countryOf(g, countriesCompared) != null && g.sides.values()
                    .stream().flatMap(List::stream).anyMatch(p -> p.fact().about() != null
                            && RUNNING_TOTAL.matcher(p.fact().about()).find())) {
                // "в какой стране реабилитировали меньше людей, в казахстане или в узбекистане?": each country's
                // running total is what is compared, in whatever words its facts are written
                score = Math.max(score, raised);
            } else if (trendAsked && g.timeline && score >= SIDES_MIN_OVERLAP) {
                // "как по годам росло число реабилитированных в узбекистане?": how a figure changed is its
                // timeline, whatever words its facts are written in
                score = Math.max(score, raised);
            } else if (sidesAsked && score >= SIDES_MIN_OVERLAP) {
                // "какая официальная цифра и кто называет больше": the sides of a figure on its thing are the answer
                score = Math.max(score, raised);
            }
            if (!eventAsked.isEmpty() && g.sides.values().stream().flatMap(List::stream).noneMatch(p ->
                    p.fact().about() != null && eventAsked.stream().anyMatch(e -> EVENTS.get(e)
                            .matcher(p.fact().about()).find()))) {
                // "When did Kyrgyzstan adopt its law rehabilitating victims of Stalin's repressions?": the dates of
                // the adoption, not the years of the repressions its other words describe
                score *= OTHER_EVENT_FACTOR;
            }
            g.score = score;
            if (fits && score >= MIN_CONFLICT_OVERLAP && score >= bestSentence - SENTENCE_MARGIN) {
                fitting.add(g);
                best = Math.max(best, score);
            }
        }
        List<FactGroup> out = new ArrayList<>();
        for (FactGroup g : fitting) {
            if (g.score >= best - CONFLICT_MARGIN && out.size() < MAX_DISAGREEMENTS) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * Whether every side of a group gives years of repression a law covers, one of them holding the case's year
     * ({@link CoverageQuestion#coversYear}); never for a year of 0.
     */
    private static boolean coversYear(FactGroup g, int caseYear) {
        List<Passage> facts = g.sides.values().stream().flatMap(List::stream).toList();
        return caseYear > 0 && facts.stream().anyMatch(p -> CoverageQuestion.coversYear(p.fact(), caseYear))
                && facts.stream().allMatch(p -> FactValues.type(p.fact()) == FactValues.Type.DATE_RANGE);
    }

    /**
     * Whether a question's stated figures name the values of a group: two of them, or one of at least 100 (a "10"
     * of "10 years" in a story names no total).
     *
     * @param statedFigures the figures the question states, as {@link FactValues#normal} forms
     */
    private static boolean namesItsValues(FactGroup g, Set<String> statedFigures) {
        if (statedFigures.isEmpty()) {
            return false;
        }
        Set<String> named = new HashSet<>();
        g.sides.values().forEach(side -> side.forEach(p -> {
            String v = FactValues.normal(p.fact().value());
            if (statedFigures.contains(v)) {
                named.add(v);
            } else if (v != null && v.matches("\\d{4}-\\d\\d(-\\d\\d)?") && statedFigures.contains(v.substring(0, 4))) {
                // "в одной статье 1991, в другой 1999": a date named by its year
                named.add(v.substring(0, 4));
            }
        }));
        return named.size() >= 2 || named.stream().anyMatch(v -> v.matches("\\d{3,}"));
    }

    /**
     * Whether the question names two or more of a group's values ("856 … 1031"): the figures it puzzles over are that
     * timeline's or that disagreement's, whatever words the question asks in. One figure named ("311 тысяч — кто они
     * такие?") names a group of people, not the count's timeline.
     */
    private static boolean namesTwoOfItsValues(FactGroup g, Set<String> statedFigures) {
        return g.sides.values().stream().flatMap(List::stream).map(p -> FactValues.normal(p.fact().value()))
                .filter(statedFigures::contains).distinct().count() >= 2;
    }

    /**
     * Adds to {@code named} the values of the groups dated as a question's alternatives ({@link
     * Question#datesOffered}: "--10-18" for that day of that month in any year, "1991" for any date of that year),
     * when two distinct values are: "18 или 19 октября?" then names the disagreement between 1991-10-18 and 1991-10-19
     * as the question's figures do ({@link #namesTwoOfItsValues}).
     */
    private static void namedDates(List<FactGroup> groups, List<String> offered, Set<String> named) {
        if (offered.isEmpty()) {
            return;
        }
        for (FactGroup g : groups) {
            List<String> dated = g.sides.values().stream().flatMap(List::stream)
                    .map(p -> FactValues.normal(p.fact().value())).distinct()
                    .filter(v -> v.matches("\\d{4}(-\\d\\d){0,2}") && offered.stream().anyMatch(o -> o.startsWith("--")
                            ? v.length() == 10 && v.endsWith(o.substring(1)) : v.startsWith(o))).toList();
            if (dated.size() >= 2) {
                named.addAll(dated);
            }
        }
    }

    /**
     * A value in English words ("exiles and special settlers", "people deported in the 1940s"), not a code or a
     * number ("2143-XII", "18000"): a Russian answer says it in its source's own sentence, never as a label.
     */
    private static final Pattern ENGLISH_PHRASE = Pattern.compile("\\p{IsLatin}{2,}\\s+\\p{IsLatin}{2,}|^\\p{IsLatin}{3,}$");

    /** How many of the best retrieved passages are looked at for a fact with a {@code contrast}. */
    static final int CONTRAST_PASSAGES = 5;

    /**
     * What the facts the moderators set beside the answer's facts say ({@link Fact#contrast()}: the law's
     * exclusion of proven traitors beside a critic's claim that the law rehabilitates Nazi accomplices): one
     * statement per contrast key, in its sources' own words, the same value from several sources said once and
     * citing each while citations remain. A fact counts when it is cited, a side of a shown disagreement, among
     * the best {@link #CONTRAST_PASSAGES} retrieved passages, or retrieved from a document the answer cites; a key
     * already shown adds nothing.
     */
    private List<Statement> contrasts(List<ScoredPassage> passages, List<FactGroup> shown, Numbering numbering,
                                      Language language) {
        List<Passage> triggering = new ArrayList<>(numbering.passages());
        shown.forEach(g -> g.sides.values().forEach(triggering::addAll));
        passages.stream().limit(CONTRAST_PASSAGES).map(ScoredPassage::passage).forEach(triggering::add);
        Set<String> citedSources = new HashSet<>();
        numbering.passages().forEach(p -> citedSources.add(p.source().id()));
        passages.stream().map(ScoredPassage::passage)
                .filter(p -> p.isFact() && citedSources.contains(p.source().id())).forEach(triggering::add);
        Set<String> keysShown = new HashSet<>();
        shown.forEach(g -> keysShown.add(g.key));
        numbering.passages().stream().filter(Passage::isFact).forEach(p -> keysShown.add(p.fact().key()));
        List<Statement> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Passage p : triggering) {
            String key = p.isFact() ? p.fact().contrast() : null;
            if (key == null || keysShown.contains(key) || !done.add(key)) {
                continue;
            }
            Map<String, List<Passage>> byValue = new LinkedHashMap<>();
            List<Passage> ofKey = passages.stream().map(ScoredPassage::passage)
                    .filter(f -> f.isFact() && f.fact().key().equals(key)).toList();
            for (Passage f : HybridRetriever.onePerSource(ofKey, language)) {
                byValue.computeIfAbsent(FactValues.normal(f.fact().value()), v -> new ArrayList<>()).add(f);
            }
            List<Passage> side = byValue.values().stream().max(Comparator.comparingInt(List::size)).orElse(null);
            if (side == null) {
                continue;
            }
            List<Passage> sources = distinctPublishers(side);
            Passage head = sources.stream().filter(f -> !f.source().isOpinion()).findFirst().orElse(sources.get(0));
            out.add(citingAlso(head, attributed(head, head.text().strip(), language, true),
                    sources.stream().filter(f -> f != head).toList(), numbering, language));
        }
        return out;
    }

    /**
     * When each cited document's rule ceased to apply ({@link Fact#statesLapse}: "decree No. 82 of 2003 ceased to be
     * valid on 1 July 2023"), said after the answer's sentences and cited to that fact of the same file, unless it is
     * cited already or a sentence of the answer gives its date (its year and day): an answer telling where to apply
     * under rules that lapsed tells that they lapsed. One statement per file.
     *
     * @param said the answer's statements so far
     */
    private List<Statement> lapses(List<ScoredPassage> passages, List<Statement> said, Numbering numbering,
                                   Language language) {
        List<Passage> cited = numbering.passages();
        Set<String> citedPaths = new HashSet<>();
        cited.stream().filter(p -> !(p.isFact() && p.fact().statesLapse())).forEach(p -> citedPaths.add(p.source().path()));
        List<Statement> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (ScoredPassage sp : passages) {
            Passage f = sp.passage();
            if (!f.isFact() || !f.fact().statesLapse() || !citedPaths.contains(f.source().path()) || cited.contains(f)
                    || !done.add(f.source().path())) {
                continue;
            }
            PartialDate date = PartialDate.parse(f.fact().value()).orElse(null);
            if (date != null && said.stream().anyMatch(st -> saysDate(st.text(), date))) {
                continue;
            }
            out.add(new Statement(attributed(f, f.text().strip(), language, false), List.of(numbering.number(f))));
        }
        return out;
    }

    /** Whether a sentence gives a date: its year, and its day (when known) as a number of its own. */
    private static boolean saysDate(String sentence, PartialDate date) {
        List<String> words = Terms.words(sentence);
        return words.contains(String.valueOf(date.year()))
                && (date.day() == 0 || words.contains(String.valueOf(date.day())));
    }

    /** How many of the best retrieved passages are looked at for a claim the question asks about. */
    static final int CLAIM_PASSAGES = 2;

    /**
     * The opinion documents (a party's declaration, a commentary) among the best {@link #CLAIM_PASSAGES} retrieved
     * passages: a question they answer best asks about their claim.
     */
    private static Set<String> claims(List<ScoredPassage> passages) {
        Set<String> out = new HashSet<>();
        for (ScoredPassage sp : passages.subList(0, Math.min(CLAIM_PASSAGES, passages.size()))) {
            if (sp.passage().source().isOpinion()) {
                out.add(sp.passage().source().id());
            }
        }
        return out;
    }

    /**
     * Passages a list of disagreements cites, with at most {@code perPosition} citations a position, one for a group
     * shown beside the answer.
     */
    private static int countCited(List<FactGroup> groups, int perPosition) {
        int n = 0;
        for (FactGroup g : groups) {
            for (List<Passage> side : g.sides.values()) {
                n += Math.min(side.size(), g.beside ? 1 : perPosition);
            }
        }
        return n;
    }

    /**
     * The fact that corrects the year a question takes for the one a law was made in ({@link Question#premisedYear}):
     * a retrieved fact in the answer language on the making of a law of an asked country ({@link
     * Question#aboutEnactment}) dated another year, the nearest to it, when no such fact retrieved is of that year and
     * its key is no disagreement shown (whose sides then tell the dates). Null when the question takes no year or
     * nothing corrects it.
     */
    private static Passage premiseCorrected(List<ScoredPassage> passages, Question asked, List<FactGroup> shown,
                                            Language language) {
        if (asked.premisedYear() == 0 || asked.countries().isEmpty()) {
            return null;
        }
        Set<String> shownKeys = new HashSet<>();
        shown.forEach(g -> shownKeys.add(g.key));
        List<String> countries = asked.premisedLawCountries();
        Passage found = null;
        int foundDistance = Integer.MAX_VALUE;
        for (ScoredPassage sp : passages) {
            Passage p = sp.passage();
            if (!p.isFact() || !Question.aboutEnactment(p.fact().about())
                    || !HybridRetriever.about(p, countries)
                    // a law that amended or repealed part of the one meant is not its making, unless asked of
                    || Question.amends(p.fact().about()) && !Question.amends(asked.text())) {
                continue;
            }
            int year = org.rehablawbot.knowledge.PartialDate.yearOf(p.fact().value());
            if (year == asked.premisedYear()) {
                return null;
            }
            if (year > 0 && p.source().language() == language && !shownKeys.contains(p.fact().key())
                    && (found == null || Math.abs(year - asked.premisedYear()) < foundDistance)) {
                found = p; // the law meant is the one of the nearest year
                foundDistance = Math.abs(year - asked.premisedYear());
            }
        }
        return found;
    }

    /**
     * A statement of {@code text}, cited to {@code head} and, while citations remain ({@link #maxCitations}), to each
     * of {@code others}, whose publishers it names ("Also reported by: …", "Об этом же сообщают: …").
     */
    private Statement citingAlso(Passage head, String text, List<Passage> others, Numbering numbering,
                                 Language language) {
        List<Integer> cites = new ArrayList<>(List.of(numbering.number(head)));
        List<String> also = new ArrayList<>();
        for (Passage f : others) {
            if (numbering.size() < maxCitations) {
                cites.add(numbering.number(f));
                also.add(f.source().publisher().strip());
            }
        }
        return new Statement(also.isEmpty() ? text : text + " " + Messages.alsoReportedBy(also, language), cites);
    }

    /** The passages of one side, those of different publishers first. */
    private static List<Passage> distinctPublishers(List<Passage> side) {
        Set<String> publishers = new HashSet<>();
        List<Passage> ordered = new ArrayList<>();
        for (Passage p : side) {
            if (publishers.add(p.source().publisher())) {
                ordered.add(p);
            }
        }
        for (Passage p : side) {
            if (!ordered.contains(p)) {
                ordered.add(p);
            }
        }
        return ordered;
    }

    /**
     * The disagreements and timelines about the country the question asks about: when it names countries, those
     * with a fact about one of them; when it names none, those about a country of the best passage.
     */
    /**
     * The one country of {@code countries} every side of a group speaks of ({@link HybridRetriever#about}), or null
     * when the sides speak of none of them or of several.
     */
    /**
     * "which country rehabilitated more people, kazakhstan or uzbekistan?": a count asked of two countries or more is
     * led by each country's latest figure, not by the first country's alone. The statements returned open with
     * {@code first} (of {@code led}, the side of {@code ledBy}'s timeline shown, cited with {@code others}) and the
     * latest fact of each other asked country's timeline shown; when the question asks which has more ("more",
     * "больше") or fewer ("fewer", "меньше"), they are ordered by the values they show, the most (or the fewest)
     * first, before any is numbered. Values that are not plain numbers leave the order as found.
     */
    private List<Statement> leadEachCountry(FactGroup ledBy, List<Passage> led, Passage first, List<Passage> others,
                                            List<FactGroup> shown, Question asked, Language language,
                                            Numbering numbering) {
        List<String> countries = asked.countriesAsked();
        record Lead(Passage passage, List<Passage> others, Double value) {
        }
        List<Lead> leads = new ArrayList<>(List.of(new Lead(first, others, leadValue(led))));
        String ledCountry = countryOf(ledBy, countries);
        Set<String> done = new HashSet<>();
        if (ledCountry != null) {
            done.add(ledCountry);
            for (FactGroup g : shown) {
                String country = g == ledBy || !g.timeline ? null : countryOf(g, countries);
                List<Passage> last = country == null || done.contains(country) ? null : latest(g);
                if (last == null || !countsWhatIsAsked(last.get(0).text(), asked)) {
                    continue;
                }
                done.add(country);
                Passage lead = last.stream().filter(p -> !p.source().isOpinion()).findFirst().orElse(last.get(0));
                leads.add(new Lead(lead, List.of(), leadValue(last)));
            }
        }
        Matcher more = MORE_OR_FEWER.matcher(asked.asking());
        if (leads.size() >= 2 && more.find() && leads.stream().allMatch(l -> l.value() != null)) {
            boolean fewer = more.group(1) == null;
            leads.sort(Comparator.comparingDouble((Lead l) -> fewer ? l.value() : -l.value()));
        }
        List<Statement> out = new ArrayList<>();
        for (Lead l : leads) {
            out.add(citingAlso(l.passage(), attributed(l.passage(), l.passage().text().strip(), language, false),
                    l.others(), numbering, language));
        }
        return out;
    }

    /**
     * The countries whose counts of people a question compares ("which country rehabilitated more people, kazakhstan
     * or uzbekistan?", "где меньше реабилитировали, в кр или в узбекистане?"): a count of people asked of two
     * countries or more with "more" or "fewer"; empty for any other question.
     */
    private static List<String> countriesCompared(Question asked) {
        return asked.intent() == Intent.HOW_MANY && asked.peopleAsked()
                && asked.countriesAsked().size() >= 2 && MORE_OR_FEWER.matcher(asked.asking()).find()
                ? asked.countriesAsked() : List.of();
    }

    /** The cue of a count asked: "how many", "сколько" and its chat spellings. */
    private static final Pattern COUNT_CUE = Pattern.compile("(?iu)(?<!\\p{L})(?:how many|сколько|скока|скоко"
            + "|скок)(?!\\p{L})");

    /** "more", "most", "больше" (group 1), or "fewer", "less", "меньше": a comparison of counts. */
    private static final Pattern MORE_OR_FEWER = Pattern.compile("(?iu)(?<!\\p{L})(?:(more|most|больше|бол(?:ее|ьшее))"
            + "|fewer|less|least|меньше|меньшее)(?!\\p{L})");

    /** The value of a timeline's latest side as a number, or null when it is not a plain number. */
    private static Double leadValue(List<Passage> side) {
        if (side == null || side.isEmpty() || side.get(0).fact() == null) {
            return null;
        }
        String v = FactValues.normal(side.get(0).fact().value()).replaceAll("[\\s,_\u00a0]", "");
        return v.matches("\\d+(?:\\.\\d+)?") ? Double.valueOf(v) : null;
    }

    private static String countryOf(FactGroup g, List<String> countries) {
        String found = null;
        for (String country : countries) {
            boolean all = g.sides.values().stream()
                    .allMatch(side -> side.stream().anyMatch(p -> HybridRetriever.about(p, List.of(country))));
            if (all) {
                if (found != null) {
                    return null;
                }
                found = country;
            }
        }
        return found;
    }

    private static List<FactGroup> sameCountry(List<FactGroup> groups, String query, List<ScoredPassage> passages) {
        List<String> asked = FollowUp.askedCountries(query);
        if (asked.isEmpty() && !passages.isEmpty()) {
            asked = HybridRetriever.countriesOf(passages.get(0).passage());
        }
        if (asked.isEmpty()) {
            return groups;
        }
        List<FactGroup> out = new ArrayList<>();
        for (FactGroup g : groups) {
            List<String> countries = asked;
            // a dispute on another country's figure is not one on the asked country's, though one side names both
            // ("in Kazakhstan and Kyrgyzstan"): at least half its sides speak of an asked country
            long ofAsked = g.sides.values().stream()
                    .filter(side -> side.stream().anyMatch(p -> HybridRetriever.about(p, countries))).count();
            if (ofAsked > 0 && 2 * ofAsked >= g.sides.size()) {
                out.add(g);
            }
        }
        return out;
    }

    private static Disagreement disagreement(FactGroup g, Language language, Numbering numbering, int perPosition) {
        String about = null;
        String aboutOther = null;
        List<Disagreement.Position> positions = new ArrayList<>();
        for (List<Passage> side : g.sides.values()) {
            Passage first = side.get(0);
            List<Integer> cites = new ArrayList<>();
            List<Passage> ordered = distinctPublishers(side);
            for (Passage p : ordered.subList(0, Math.min(ordered.size(), perPosition))) {
                cites.add(numbering.number(p));
            }

            for (Passage p : side) {
                String a = p.fact().about();
                if (a != null && !a.isBlank()) {
                    if (p.source().language() == language && about == null) {
                        about = a.strip();
                    } else if (aboutOther == null) {
                        aboutOther = a.strip();
                    }
                }
            }
            List<Passage> cited = ordered.subList(0, Math.min(ordered.size(), perPosition));
            String value = FactValues.display(first.fact(), language);
            if (g.timeline) {
                positions.add(new Disagreement.Position(Messages.timelinePoint(first.fact().asOf(), value,
                        cited.stream().map(p -> Messages.sourceLabel(p.fact().claimant(),
                                Messages.publisherName(p.source().publisher(), language), p.source().kind(),
                                p.source().date(), language)).toList(), language), cites));
                continue;
            }
            // One source: its own sentence. Several: who gives the value, so that every marker points at a
            // passage holding all the position states (the value, and that its source gives it).
            if (language == Language.RU && ENGLISH_PHRASE.matcher(value).find()
                    && !value.matches("(?s).*\\p{IsCyrillic}.*")) {
                // an English phrase value (not a code such as "2143-XII") would be a label in the wrong language:
                // the sources' own sentence says
                // it, the other sources that give it named after it
                List<String> others = cited.stream().skip(1).map(p -> p.source().publisher().strip()).distinct()
                        .toList();
                String own = attributed(first, first.text().strip(), language, true);
                positions.add(new Disagreement.Position(others.isEmpty() ? own
                        : own + " " + Messages.alsoReportedBy(others, language), cites));
                continue;
            }
            String text = cited.size() == 1
                    ? value + ": " + attributed(first, first.text().strip(), language, true)
                    : Messages.givenBy(value, cited.stream().map(p -> Messages.sourceLabel(
                            p.fact().claimant(), Messages.publisherName(p.source().publisher(), language),
                            p.source().kind(), p.source().date(), language)).toList(), language);
            positions.add(new Disagreement.Position(text, cites));
        }
        String shown = about != null ? about : aboutOther != null ? aboutOther : g.key;
        return new Disagreement(shown, positions, g.timeline);
    }

    // ---- citations -------------------------------------------------------------------------------------------

    /** Numbers passages 1..N in order of first use and builds their citations. */
    private static final class Numbering {
        private final Map<String, Citation> byPassage = new LinkedHashMap<>();
        private final List<Passage> cited = new ArrayList<>();

        /** Forgets every number given: the statements that held them were dropped. */
        void clear() {
            byPassage.clear();
            cited.clear();
        }

        /** The passage cited with number {@code n} (from 1), or null when none is. */
        Passage passage(int n) {
            return n >= 1 && n <= cited.size() ? cited.get(n - 1) : null;
        }

        int number(Passage p) {
            Citation c = byPassage.get(p.id());
            if (c == null) {
                cited.add(p);
                SourceMeta m = p.source();
                c = new Citation(byPassage.size() + 1, m.id(), m.title(), m.publisher(), m.kind().code(),
                        m.date() == null ? null : m.date().iso(), m.url(), m.path(), p.line(), p.text());
                byPassage.put(p.id(), c);
            }
            return c.n();
        }

        int size() {
            return byPassage.size();
        }

        /** The passages cited so far, in order of their numbers. */
        List<Passage> passages() {
            return List.copyOf(cited);
        }

        List<Citation> citations() {
            return new ArrayList<>(byPassage.values());
        }
    }
}
