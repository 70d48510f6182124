package org.rehablawbot.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rehablawbot.index.Embedder;
import org.rehablawbot.index.PassageSearch;
import org.rehablawbot.index.ScoredPassage;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;
import org.rehablawbot.knowledge.WrittenFigures;

/**
 * Hybrid retrieval: BM25 over the answer language's passages and vector nearest neighbours, fused by reciprocal
 * rank fusion, then filtered by a relevance bar and completed with every fact that shares a key with a retrieved
 * fact.
 *
 * <p>The relevance of a passage is its <em>evidence</em>: the share of the question's content words that the
 * passage (with its heading and its document's title) contains, each word weighted half uniformly and half by
 * its rarity in the index (inverse document frequency; a word the index has never seen weighs most), matched by
 * stem and tolerant of typos; plus, for English questions, a share from the cosine similarity of the question's
 * embedding. A question whose best passage does not reach {@code minRelevance} gets an empty retrieval (the bot
 * refuses): an off-topic question shares none or only the most common of its words with the knowledge.
 *
 * <p>Passages in the question's language are preferred; passages in the other language are used for documents
 * that have no version in the question's language, and as the fallback when nothing in the question's language
 * is relevant. Thread-safe.
 */
public final class HybridRetriever implements TermWeights {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HybridRetriever.class);

    /**
     * A passage on its page's own date: "No publication date is recorded for …", "gives no date; it was read on …",
     * "дата публикации не указана", "прочитана 30 ноября 2026".
     */
    private static final RememberedPattern PAGE_DATE = RememberedPattern.of(java.util.regex.Pattern.compile(
            "(?iu)" + HybridRetriever.PAGE_DATE_WORDS + "|без даты"));

    /**
     * The words of a note on a page's own date, as alternatives of a case-insensitive pattern: "publication date",
     * "gives no date", "it was read on …", "дата публикации", "не указана дата", "прочитана 30 ноября 2026". The
     * composer's notes on the page ({@code answer.ExtractiveComposer}) start from the same words.
     */
    public static final String PAGE_DATE_WORDS = "publication date|(?:gives|shows|has|bears|carries) no (?:exact )?date"
            + "|(?:was|were|is) (?:read|retrieved) (?:in|on) |дат\\p{L}* публикации|не указ\\p{L}* дат"
            + "|прочитан\\p{L}* \\d|прочитан\\p{L}* в \\d{4}";

    /** Rank added to a passage stating a count, for a "how many" question. */
    static final double COUNT_TYPE_BONUS = 0.1;

    /** A count in a text: a number of three digits or more that is not a year, or a number word. */
    private static final RememberedPattern COUNT = RememberedPattern.of(java.util.regex.Pattern.compile(
            "(?iu)(?<![\\d\\p{L}])(?!(?:18|19|20)\\d\\d(?![\\d,.\\u00a0 ]\\d))\\d{1,3}(?:[ ,.\\u00a0\\u202f]\\d{3})+"
            + "(?!\\d)|(?<![\\d\\p{L}])(?!(?:18|19|20)\\d\\d(?!\\d))\\d{3,}(?!\\d)"
            + "|(?<!\\p{L})(thousand|million|тысяч\\p{L}*|тыс|миллион\\p{L}*|млн)(?!\\p{L})"));

    /** Whether a passage states a count: a fact with a number for its value, or a count in its text. */
    static boolean statesCount(Passage p) {
        if (p.isFact()) {
            String v = p.fact().value();
            return v.matches("[\\d.,]+(\\.\\.[\\d.,]+)?") && !v.matches("(18|19|20)\\d\\d(\\.\\.(18|19|20)\\d\\d)?");
        }
        return COUNT.findIn(p.text());
    }

    /** Rank added to a passage of the answer type a "how much do I get" question asks for ({@link AmountQuestion}). */
    static final double AMOUNT_TYPE_BONUS = 0.15;

    /**
     * Extra rank for a passage naming a body doing a step of a procedure when the question asks which body acts
     * ({@link Question#bodyAsked}); the size of {@link #COUNT_TYPE_BONUS}, the other answer-type bonus on whether a
     * passage is of the type asked.
     */
    static final double BODY_TYPE_BONUS = 0.1;

    /** Candidates taken from each search before fusion. */
    static final int LEXICAL_K = 30;
    static final int OTHER_LANGUAGE_K = 15;
    /**
     * How many passages the search for dated sums a person receives reads before keeping the facts among them: a
     * fact holds few words beside the many reports of the formula.
     */
    static final int SUM_K = 120;
    static final int VECTOR_K = 30;
    /** Most passages a retrieval returns before fact expansion. */
    static final int MAX_PASSAGES = 10;
    /** Reciprocal rank fusion constant. */
    static final int RRF_K = 60;
    /** A passage is kept when its relevance is at least this share of the best one's. */
    static final double KEEP_RATIO = 0.6;

    /**
     * Relevance kept by a passage about another country than the question names ("signed" matches the Kyrgyz
     * law's signing for a question about Kazakhstan's law): low enough to fall below passages about the country
     * asked, and usually below the relevance bar.
     */
    static final double OTHER_COUNTRY_FACTOR = 0.5;
    /**
     * The share of {@code answer.min_relevance} a question without an embedding (Russian, or no model) must reach:
     * for English, a close embedding adds about this much to a passage that words alone cover.
     */
    static final double NO_EMBEDDING_BAR = Double.parseDouble(System.getProperty("rehab.ruBar", "0.85"));
    /** Hits counted when estimating how common a word is; more hits count as this many. */
    static final int PROBE_K = 400;

    private final PassageSearch search;
    private final Embedder embedder;
    private final double minRelevance;
    private final Synonyms synonyms;
    private final Lru<String, float[]> embeddings = new Lru<>(1024);
    private final Lru<String, Integer> documentFrequencies = new Lru<>(20_000);
    private final Lru<String, List<String>> passageCountries = new Lru<>(20_000);
    private final Lru<String, Boolean> held = new Lru<>(4_096);
    /** Whether a fact key has values as of several dates, per key; cleared when the index changes. */
    private final Lru<String, Boolean> timelineKeys = new Lru<>(4_096);
    private volatile IndexState state = new IndexState(-1, Map.of(), List.of(), SourceNames.of(List.of()), 0);

    /** What the retriever remembers of one state of the index: its size and which documents exist in which language. */
    private record IndexState(int passageCount, Map<String, Map<Language, String>> pathsById, List<SourceMeta> sources,
                              SourceNames names, long checkedAtNanos) {
    }

    /**
     * @param search       the index
     * @param embedder     the embedding model for the vector search, or null for BM25 only
     * @param minRelevance the relevance bar from 0 (answer anything) to 1 (refuse almost all), setting
     *                     {@code answer.min_relevance}
     */
    public HybridRetriever(PassageSearch search, Embedder embedder, double minRelevance) {
        this(search, embedder, minRelevance, Synonyms.builtIn());
    }

    /**
     * @param search       the index
     * @param embedder     the embedding model for the vector search of English questions, or null for BM25 only
     * @param minRelevance the relevance bar from 0 (answer anything) to 1 (refuse almost all), setting
     *                     {@code answer.min_relevance}
     * @param synonyms     the domain synonym map applied to questions
     */
    public HybridRetriever(PassageSearch search, Embedder embedder, double minRelevance, Synonyms synonyms) {
        this.search = search;
        this.embedder = embedder;
        this.minRelevance = minRelevance;
        this.synonyms = synonyms == null ? Synonyms.NONE : synonyms;
    }

    /** The synonym map this retriever applies to questions. */
    public Synonyms synonyms() {
        return synonyms;
    }

    /** The language to answer {@code question} in: its script decides; without letters, {@code preferred}. */
    public static Language languageOf(String question, Language preferred) {
        boolean letters = question != null && question.codePoints().anyMatch(Character::isLetter);
        if (!letters) {
            return preferred == null ? Language.EN : preferred;
        }
        return Language.detect(question);
    }

    /**
     * Retrieves the passages that answer {@code question}.
     *
     * @param question         the question as asked (trimmed)
     * @param previousQuestion the previous question of the conversation, or null; completes a follow-up
     * @param preferred        the answer language when the question's script does not decide; may be null
     */
    public Retrieval retrieve(String question, String previousQuestion, Language preferred) {
        return retrieve(Question.analyse(question, previousQuestion, preferred));
    }

    /**
     * Retrieves the passages that answer a question analysed by the caller ({@link Question#analyse}).
     *
     * @param asked the question; its query is searched, its asking part, intent, countries and years weigh
     *              the passages found
     */
    public Retrieval retrieve(Question asked) {
        String question = asked.text();
        String previousQuestion = asked.previous();
        Language language = asked.language();
        String query = asked.searched();
        IndexState index = currentState();
        List<QueryWord> words = markSituation(queryWords(query, language, index.passageCount),
                story(question, query, previousQuestion));
        if (words.isEmpty() || index.passageCount == 0) {
            return new Retrieval(asked, List.of());
        }

        Map<String, Candidate> pool = new LinkedHashMap<>();
        addRanked(pool, search.lexical(query, otherWordings(words, language), language, List.of(), LEXICAL_K),
                Source.LEXICAL);
        String askedOnly = asked.askedText();
        // "my grandfather was dekulakized in Kyrgyzstan … do we get money? how much a month?": the asking part is
        // searched among the documents of the countries the story named, else other countries' payments fill it
        List<String> askedOf = storyCountries(askedOnly, asked);
        boolean statesFigure = STATED_FIGURE.matcher(askedOnly).find();
        boolean procedureAsked = asked.procedureAsked();
        if (procedureAsked) {
            // "а куда?", "and who decides?": the passages that tell a step of a procedure, whatever else they say
            addRanked(pool, search.lexical(query + " " + ProcedureQuestion.actWords(language), language, LEXICAL_K),
                    Source.LEXICAL);
            if (!askedOnly.strip().equals(query.strip())) {
                // "прадед осуждён тройкой как басмач. Как в Узбекистане его реабилитировать?": the story's words
                // fill the search above with passages on the Basmachi; the steps are searched with the asking part
                addRanked(pool, search.lexical(askedOnly + " " + ProcedureQuestion.actWords(language), language,
                        askedOf, LEXICAL_K), Source.ASKED);
            }
        }
        if (!askedOnly.strip().equals(query.strip()) && (!asked.isFollowUp() || statesFigure || asked.perPerson())) {
            // a family story's words ("раскулачили", "сослали в ссылку", "умер", "басмач") fill a search of the whole
            // question with passages about exile; the asking part ("отдельный закон у них вообще есть?", "будут
            // платить 1500 сом в месяц. Это правда?", "положены ли ему выплаты? сколько примерно") is searched alone
            // too, so that the passages answering it are weighed. A follow-up's searched text is its previous
            // question's: the previous question's words there are no story
            addRanked(pool, search.lexical(askedOnly, otherWordings(words.stream().filter(w -> !w.situation)
                    .toList(), language), language, askedOf, LEXICAL_K), Source.ASKED);
            if (statesFigure) {
                // the story's kin ("my great grandfather") bring their synonyms into the search above; the claim is
                // searched in its own words too
                addRanked(pool, search.lexical(askedOnly, language, LEXICAL_K), Source.ASKED);
            }
        }
        Set<String> figuresNamed = statedFigures(asked.text());
        if (!figuresNamed.isEmpty()) {
            // "856 plus 205 is 1061 but the news says 1031 — what's going on?": the passages stating the figures the
            // question names, story or asking part, in the ways the knowledge writes them ("1,031", "1031"), among
            // the countries asked
            addRanked(pool, search.lexical(figureForms(figuresNamed), language, asked.countries(), LEXICAL_K),
                    Source.ASKED);
        }
        if (asked.entitlementAsked() && !asked.perPerson()) {
            // "Does that count as political repression, and can he get anything for it?": the words of the other
            // part fill the searches above; what a person receives is searched with the asking part and its words
            addRanked(pool, search.lexical(askedOnly + " " + AmountQuestion.rateWords(language), language, askedOf,
                    LEXICAL_K), Source.ASKED);
        }
        // "сколько сейчас платят?": what a person receives in money changes with each year's index, and the dated
        // facts stating it are few among many reports of the formula; they are searched with the words payments are
        // written in, so that the newest is weighed ({@link #addNewestSum}). Found only there, they take no place of
        // the passages the question's own words found
        Set<String> sumsOnly = new HashSet<>();
        if (asked.perPerson()) {
            List<ScoredPassage> sums = search.lexical(askedOnly + " " + AmountQuestion.rateWords(language), language,
                    askedOf, SUM_K).stream().filter(sp -> datedSum(sp.passage())).limit(LEXICAL_K).toList();
            sums.stream().map(sp -> sp.passage().id()).filter(id -> !pool.containsKey(id)).forEach(sumsOnly::add);
            addRanked(pool, sums, Source.ASKED);
        }
        String told = asked.statusAsked() ? Situation.told(question) : "";
        Set<String> status = told.isBlank() ? Set.of() : CoverageQuestion.statusStems(asked.asking());
        List<QueryWord> caseWords = told.isBlank() ? List.of()
                : words.stream().filter(w -> CoverageQuestion.namesCase(w.word, w.stem, status)).toList();
        if (!told.isBlank()) {
            // "я родилась в 1950 в спецпоселении … Считаюсь ли я пострадавшей?": the case whose status is asked is
            // the story; the sentences stating whom the law covers are searched with its words. A passage found
            // there must say a word of the case, in the story or the question ("родилась на спецпоселении"): one
            // found by the words of coverage alone tells someone else's case
            // the case in any of its wordings: "Желтоксан" is "декабрьские события 1986 года" in the law's commentary
            addRanked(pool, search.lexical(told + " " + CoverageQuestion.coverWords(language),
                    otherWordings(words.stream().filter(w -> w.situation).toList(), language), language, askedOf,
                    LEXICAL_K).stream().filter(sp -> saysStory(sp.passage(), caseWords)).toList(), Source.ASKED);
        }
        if (LawDenial.asked(asked)) {
            // "в каком году узбекистан принял закон о реабилитации?": a country without a law of its own says so in
            // one sentence, which the words of other countries' laws bury; it is searched among the country's own
            addRanked(pool, search.lexical(query + " " + LawDenial.deniedWords(language), language,
                    asked.countries(), LEXICAL_K).stream().filter(sp -> LawDenial.deniedIn(sp.passage().text()))
                    .toList(), Source.ASKED);
        }
        addRanked(pool, search.lexical(query, otherWordings(words, language.other()), language.other(), List.of(),
                OTHER_LANGUAGE_K), Source.OTHER_LEXICAL);
        if (embedder != null && language == Language.EN) {
            // the embedding model is English: a Russian question's vector says nothing of its meaning, and
            // embedding it would cost most of the answer's time
            float[] v = embeddings.get(query, embedder::embed);
            addRanked(pool, search.nearest(v, language, VECTOR_K), Source.VECTOR);
        }
        addNegated(pool, words, query, language);
        String corrected = correctedQuery(words, pool.values());
        if (corrected != null) {
            addRanked(pool, search.lexical(corrected, language, LEXICAL_K), Source.CORRECTED);
        }
        // the thing asked is in the asking part: "а скока это?" completed with a family story asks nothing of the
        // story's words ("пишу с телефона")
        List<QueryWord> focus = focusWords(asked.askedText(), words);
        List<String> absent = absentWords(focus, pool.values());
        if (absent.isEmpty() && isLookup(asked)) {
            // a lookup of a few words ("ata-beyit visitors per year?") asks of each of them: a word the knowledge
            // never uses, with no synonym it uses and no word it could be a typo of, is what the sources lack
            absent = absentWords(words.stream().filter(w -> !w.situation).toList(), pool.values());
        } else if (absent.isEmpty() && isFollowUpLookup(asked)) {
            // "а адрес и телефон архива? и часы работы" after a question on which archive holds the files: the
            // follow-up's own words are what it asks, the previous question's only say of what. Two of its own words
            // the knowledge never uses, or half of them, are things the sources lack; one among several ("а дела
            // спецпереселенцев там же лежат?") is only a wording. Every word of so short a follow-up is asked, the
            // ones after its question mark too ("и часы работы")
            List<String> ownWords = Terms.contentWords(asked.text());
            List<String> unused = absentWords(words.stream().filter(w -> ownWords.contains(w.word))
                    .toList(), pool.values());
            absent = unused.size() >= 2 || 2 * unused.size() >= ownWords.size() ? unused : List.of();
        }
        if (!absent.isEmpty()) {
            LOG.debug("query \"{}\": the knowledge never uses {}", query, absent);
            return new Retrieval(asked, List.of());
        }

        boolean useCosine = language == Language.EN && embedder != null;
        // the bar, calibrated per language: an English passage's relevance is raised by a close embedding, which
        // a Russian question does not have; Russian questions need that much less of their words covered
        double bar = useCosine ? minRelevance : minRelevance * NO_EMBEDDING_BAR;
        double maxRrf = 0;
        Set<DayOfYear> days = DayOfYear.in(query);
        Set<String> dayWords = days.isEmpty() ? Set.of() : DayOfYear.wordStems(query);
        // "How does an Uzbek family get a relative rehabilitated? Is there some application to file?": a passage
        // telling a body doing a step of the procedure answers the question's words of procedure ("application",
        // "file", "куда писать"), whichever words it tells the step in
        Set<String> procedureWords = procedureAsked ? asked.procedureWords() : Set.of();
        // "Положено ли маме что-то и сколько денег?": a passage stating what a person receives at its rate answers
        // the words of entitlement, whichever words it states it in
        Set<String> entitlementWords = asked.entitlementWords();
        for (Candidate c : pool.values()) {
            Set<String> credited = !procedureWords.isEmpty() && ProcedureQuestion.namesBodyActing(c.passage.text())
                    ? procedureWords : Set.of();
            if (!entitlementWords.isEmpty() && AmountQuestion.statesRate(c.passage.text())) {
                credited = credited.isEmpty() ? entitlementWords : union(credited, entitlementWords);
            }
            c.coverageStated = (!status.isEmpty() || !caseWords.isEmpty())
                    && CoverageQuestion.statesCoverage(c.passage.text());
            if (!status.isEmpty() && c.coverageStated) {
                // "Считаюсь ли я пострадавшей?": a passage stating whom the law covers answers the words of status
                credited = credited.isEmpty() ? status : union(credited, status);
            }
            c.coverage = coverage(words, c.passage, days, dayWords, credited);
            maxRrf = Math.max(maxRrf, c.rrf);
        }
        List<String> countries = asked.countries();
        boolean perPerson = asked.perPerson();
        boolean howMany = asked.intent() == Intent.HOW_MANY;
        boolean bodyAsked = asked.bodyAsked();
        boolean entitled = asked.entitlementAsked();
        Period period = asked.period();
        // "а номер у нового закона?": the newest law the knowledge records the making of, for the one country asked
        Integer lawYear = asked.lawYear() != null || !Period.asksNewLaw(asked.query()) ? asked.lawYear()
                : newestLawYear(countries);
        boolean moneyAsked = asked.moneyCounts() || entitled;
        boolean staffAsked = AmountQuestion.namesStaff(asked.askingQuery());
        Set<String> stated = statedFigures(askedOnly);
        for (Candidate c : pool.values()) {
            c.relevance = useCosine
                    ? Math.max(c.coverage, 0.75 * c.coverage + 0.25 * cosineEvidence(c.cosine)) : c.coverage;
            if (period != null && !period.spokenOfIn(c.passage)) {
                c.relevance = 0; // a passage on other years does not answer a question bound to a period
            }
            if (!countries.isEmpty() && c.relevance >= bar && !aboutCached(c.passage, countries)) {
                c.relevance *= OTHER_COUNTRY_FACTOR;
            }
            if (lawYear != null && c.relevance >= bar && Period.namesOtherLaw(c.passage, lawYear)) {
                c.relevance *= OTHER_COUNTRY_FACTOR; // the 1994 law does not answer a question on the 2024 law
            }
            if (moneyAsked && !staffAsked && c.relevance >= bar && AmountQuestion.namesStaff(c.passage.text())) {
                // "how much money do they pay?": the repressed and their families, not the commission's members
                c.relevance *= OTHER_COUNTRY_FACTOR;
            }
            if (!figuresNamed.isEmpty() && c.relevance < bar && (stated.stream().anyMatch(stemsOf(c.passage).text::contains)
                    || statedFigures(c.passage.text()).stream().anyMatch(figuresNamed::contains))
                    && (countries.isEmpty() || aboutCached(c.passage, countries))) {
                // "someone said the new law gives 1500 som every month, is that true?": a passage of the country
                // asked that states the claimed figure is what the claim is checked against, in whatever words
                c.relevance = bar;
            }
            c.rank = c.relevance + 0.25 * (maxRrf == 0 ? 0 : c.rrf / maxRrf);
            if (howMany && !perPerson && statesCount(c.passage)) {
                c.rank += COUNT_TYPE_BONUS; // a "how many" question is answered by a count
            }
            if (howMany && figuresNamed.size() >= 2 && c.relevance >= bar
                    && statedFigures(c.passage.text()).stream().anyMatch(figuresNamed::contains)) {
                // "i've seen 2.4 million, 2.5 million and 2.6 million": the passages stating the figures the asker
                // has met are where each comes from
                c.rank += COUNT_TYPE_BONUS;
            }
            if (asked.intent() == Intent.WHEN && PAGE_DATE.findIn(c.passage.text())) {
                // "No publication date is recorded for the page": housekeeping matches "when" by its "date" and
                // answers no question on the thing asked
                c.rank -= BODY_TYPE_BONUS;
            }
            if (procedureAsked && ProcedureQuestion.namesBodyActing(c.passage.text())) {
                c.rank += BODY_TYPE_BONUS; // "who decides?" is answered by a body deciding
            }
            if (!caseWords.isEmpty() && c.coverageStated && saysStory(c.passage, caseWords)) {
                // "отца посадили после Желтоксана … его реабилитировали?": whom the law covers, said of the case
                // told, answers; reports of the 311,000 rehabilitated say the question's words as well
                c.rank += BODY_TYPE_BONUS;
            }
            if (entitled && !perPerson && AmountQuestion.statesRate(c.passage.text())) {
                c.rank += AMOUNT_TYPE_BONUS; // "ей бы там что-то дали?": what a person receives, at its rate
            }
            if (perPerson) {
                // what a person receives is a rate; a sum paid out in all answers another question
                c.rank += (AmountQuestion.statesRate(c.passage.text()) ? AMOUNT_TYPE_BONUS : 0)
                        - (AmountQuestion.statesAggregate(c.passage.text()) ? AMOUNT_TYPE_BONUS : 0);
            }
        }

        if (LOG.isDebugEnabled()) {
            LOG.debug("query \"{}\" ({}), words {}", query, language.code(), words);
            pool.values().stream().sorted(Comparator.comparingDouble((Candidate c) -> -c.rank))
                    .limit(LOG.isTraceEnabled() ? Long.MAX_VALUE : 12)
                    .forEach(c -> LOG.debug(String.format("  rank %.3f rel %.3f cov %.3f cos %.3f rrf %.4f %s:%d %s",
                            c.rank, c.relevance, c.coverage, c.cosine, c.rrf, c.passage.source().path(),
                            c.passage.line(), c.passage.text().substring(0, Math.min(90, c.passage.text().length())))));
        }
        List<Candidate> same = new ArrayList<>();
        List<Candidate> other = new ArrayList<>();
        for (Candidate c : pool.values()) {
            if (c.relevance >= bar) {
                (c.passage.source().language() == language ? same : other).add(c);
            }
        }
        List<Candidate> chosen = new ArrayList<>(same);
        for (Candidate c : other) {
            String twinPath = index.pathsById.getOrDefault(c.passage.source().id(), Map.of()).get(language);
            // the document in the question's language says it too, though the search in that language missed the
            // passage (a story's words filled it, or the question's words are the other version's): its own version
            // stands in, at the rank found
            Candidate twin = twinPath == null ? null : twinOf(c, twinPath);
            if (twin != null) {
                chosen.add(twin);
            } else if (same.isEmpty() || twinPath == null) {
                chosen.add(c);
            }
        }
        SourceNames names = currentState().names;
        // the thing asked must be said, misspelt at most past its first letter ("residents" is no "president")
        // a focus carried from a previous question in the other language ("how many parties signed …" then "а
        // компартия кыргызстана тоже подписала?") is said by the other version of a passage chosen
        List<Candidate> saying = new ArrayList<>(chosen);
        saying.addAll(other);
        if (chosen.isEmpty() || !focus.isEmpty() && saying.stream().noneMatch(c -> names.holdsOutside(
                c.passage.text(), t -> saysAny(focus.get(0).alternatives, Terms.allStems(t), true))
                || names.holdsOutside(contextText(c.passage), t -> saysAny(focus.get(0).alternatives, Terms.stems(t),
                true)))) {
            // nothing relevant, or nothing relevant says what the question asks about ("What is the exchange
            // rate of the tenge?" finds passages about payments in tenge, none about an exchange rate)
            LOG.debug(chosen.isEmpty() ? "nothing reaches the bar {}" : "no relevant passage says the focus (bar {})",
                    String.format("%.3f", bar));
            return new Retrieval(asked, List.of());
        }
        chosen.sort(Comparator.comparingDouble((Candidate c) -> c.passage.source().language() == language ? 0 : 1)
                .thenComparing(Comparator.comparingDouble((Candidate c) -> c.rank).reversed()));
        double best = chosen.stream().mapToDouble(c -> c.relevance).max().orElse(0);
        List<ScoredPassage> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        // another outlet's copy of the same report ("Informburo.kz …" and "News2.kz …" word for word) is returned
        // beside it but takes no place of its own: the places go to passages that say something else
        Set<String> reports = new HashSet<>();
        for (Candidate c : chosen) {
            if (reports.size() >= MAX_PASSAGES) {
                break;
            }
            if (c.relevance >= KEEP_RATIO * best && !sumsOnly.contains(c.passage.id()) && ids.add(c.passage.id())) {
                reports.add(reportText(c.passage));
                out.add(new ScoredPassage(c.passage, (float) c.rank));
            }
        }
        if (perPerson) {
            addNewestSum(out, ids, chosen, bar);
        }
        if (asked.statusAsked() || CoverageQuestion.asksCoverage(asked.asking())) {
            addRulesOfExceptions(out, ids, chosen);
        }
        if (Citizenship.told(asked.text(), countries) && (entitled || asked.statusAsked()
                || CoverageQuestion.asksCoverage(asked.asking()))) {
            addCitizenshipCondition(out, ids, countries, askedOnly, language);
        }
        addPeriodCovered(out, ids, asked, language);
        addEnactment(out, ids, asked, language);
        addStoryPassage(out, ids, chosen, words);
        addLaterPartPassages(out, ids, chosen, asked);
        if (bodyAsked) {
            addBodyActingPassage(out, ids, chosen, countries);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("returned {}", out.stream().map(sp -> sp.passage().id()).toList());
        }
        if (howMany && !perPerson) {
            addSiblingFacts(out, ids, pool.values(), bar, language);
        } else if (figuresNamed.size() >= 2) {
            // "856 plus 205 is 1061 but the news says 1031 — whats going on?": the facts stating the figures named,
            // whose other dates and sources make the timeline the asker is puzzling over
            addNamedFigureFacts(out, ids, figuresNamed, language);
        }
        if (bodyAsked) {
            addWhereBodySits(out, ids, language);
        }
        if (asked.stepsAsked()) {
            addOtherSteps(out, ids, language);
        }
        addArticleParts(out, ids, language, asked);
        if (asked.intent() == Intent.WHY) {
            addReasonsBeside(out, ids);
        }
        addLapses(out, ids);
        addRestatedFacts(out, ids, language, asked);
        return new Retrieval(asked, expandFacts(out, language));
    }

    /**
     * For a question on whom a law covers or on a person's status, and each returned passage stating whom a law
     * leaves out ({@link CoverageQuestion#statesExclusion}: "Article 2
     * does not cover participants of the December 1986 events convicted of murder"), adds the relevant passage just
     * before it in its document when that one states whom the law covers ("Article 2 also covers people repressed
     * for taking part in the events of December 1986"): an exception answers nothing without the rule it excepts
     * from, and the asker whose case is not the exception needs the rule.
     */
    private static void addRulesOfExceptions(List<ScoredPassage> out, Set<String> ids, List<Candidate> chosen) {
        for (ScoredPassage sp : List.copyOf(out)) {
            Passage exception = sp.passage();
            if (exception.isFact() || !CoverageQuestion.statesExclusion(exception.text())) {
                continue;
            }
            chosen.stream().filter(c -> !c.passage.isFact()
                            && c.passage.source().id().equals(exception.source().id())
                            && c.passage.source().language() == exception.source().language()
                            && c.passage.ordinal() == exception.ordinal() - 1
                            && CoverageQuestion.statesCoverage(c.passage.text())
                            && !CoverageQuestion.statesExclusion(c.passage.text()))
                    .findFirst().filter(c -> ids.add(c.passage.id()))
                    .ifPresent(c -> out.add(new ScoredPassage(c.passage, (float) c.rank)));
        }
    }

    /**
     * For a "why" question, adds beside each of the {@value #REASON_SOURCES} best returned passages the passage next
     * to it in its document (before or after) when that one gives a reason ({@link Intent#statesReason}): "the
     * president returned the bill" is told in one paragraph, "his objections concerned funding" in the next, in few
     * of the question's words. Added at the passage's rank; the document's passages are read from memory.
     */
    private void addReasonsBeside(List<ScoredPassage> out, Set<String> ids) {
        List<ScoredPassage> best = out.stream().filter(sp -> !sp.passage().isFact()).limit(REASON_SOURCES).toList();
        for (ScoredPassage sp : best) {
            Passage p = sp.passage();
            for (Passage n : search.passagesOf(p.source().path())) {
                if (!n.isFact() && Math.abs(n.ordinal() - p.ordinal()) == 1 && Intent.statesReason(n.text())
                        && ids.add(n.id())) {
                    out.add(new ScoredPassage(n, sp.score()));
                }
            }
        }
    }

    /**
     * For a question on what a law gives or whom it covers asked by someone who names a citizenship or lives abroad
     * ({@link Citizenship#told}: "we live in germany since 1995 … can i as grandchild get anything under the kazakh
     * law?"), adds from the documents of the {@value #REASON_SOURCES} best returned passages on the countries asked
     * the first passage setting a condition of citizenship or residence ({@link Citizenship#statesCondition}: "who is
     * now a citizen of Kazakhstan"), at that passage's rank; one per document, {@value #MAX_CONDITIONS} in all. When
     * those documents hold none, the best passage setting one found by the asking part with the words conditions are
     * written in. The condition is written in its own paragraph, in few of the question's words, and decides the
     * asker's case.
     */
    private void addCitizenshipCondition(List<ScoredPassage> out, Set<String> ids, List<String> countries,
                                         String asking, Language language) {
        if (out.stream().anyMatch(sp -> !sp.passage().isFact() && Citizenship.statesCondition(sp.passage().text()))) {
            return; // a condition is returned already
        }
        List<ScoredPassage> best = out.stream().filter(sp -> !sp.passage().isFact()
                && (countries.isEmpty() || about(sp.passage(), countries))).limit(REASON_SOURCES).toList();
        Set<String> paths = new HashSet<>();
        int added = 0;
        for (ScoredPassage sp : best) {
            if (added >= MAX_CONDITIONS || !paths.add(sp.passage().source().path())) {
                continue;
            }
            for (Passage n : search.passagesOf(sp.passage().source().path())) {
                if (!n.isFact() && Citizenship.statesCondition(n.text()) && ids.add(n.id())) {
                    out.add(new ScoredPassage(n, sp.score()));
                    added++;
                    break;
                }
            }
        }
        if (added == 0 && !best.isEmpty()) {
            // the documents found hold none ("what a rehabilitated person gets" is told apart from whom the law
            // covers): the best passage on the countries asked that sets one, searched with the asking part
            search.lexical(asking + " " + Citizenship.conditionWords(language), language, countries, LEXICAL_K)
                    .stream().filter(sp -> !sp.passage().isFact() && Citizenship.statesCondition(sp.passage().text()))
                    .findFirst().filter(sp -> ids.add(sp.passage().id()))
                    .ifPresent(sp -> out.add(new ScoredPassage(sp.passage(), best.get(best.size() - 1).score())));
        }
    }

    /** The most passages {@link #addCitizenshipCondition} adds. */
    static final int MAX_CONDITIONS = 2;

    /** How many of a "why" question's best passages get their neighbour giving a reason ({@link #addReasonsBeside}). */
    static final int REASON_SOURCES = 3;

    /**
     * For each returned passage of a document that states a rule no longer in force, adds the document's fact saying
     * since when ({@link org.rehablawbot.knowledge.Fact#statesLapse}: "decree No. 82 of 2003 ceased to be valid on 1
     * July 2023"), at the passage's rank: where to apply under rules that lapsed is not where to apply today, and
     * the answer that cites the rule says so. The document's own passages are read from memory
     * ({@link PassageSearch#passagesOf}).
     */
    private void addLapses(List<ScoredPassage> out, Set<String> ids) {
        Set<String> paths = new HashSet<>();
        for (ScoredPassage sp : List.copyOf(out)) {
            Passage p = sp.passage();
            if (p.isFact() && p.fact().statesLapse() || !paths.add(p.source().path())) {
                continue; // a file's passages are read once
            }
            for (Passage f : search.passagesOf(p.source().path())) {
                if (f.isFact() && f.fact().statesLapse() && ids.add(f.id())) {
                    out.add(new ScoredPassage(f, sp.score()));
                }
            }
        }
    }

    /**
     * For a question on whether a law covers a case that gives the case's year ("деда расстреляли в 1938, подпадает
     * ли он под кыргызский закон?"), adds a fact on the years of repression the law of an asked country covers
     * ({@link CoverageQuestion#coversYear}: a range of years holding the case's year), of the key most sources give
     * (the law's, not a draft's). Its other sources' versions follow ({@link #expandFacts}), so where they differ on
     * the years the answer shows each.
     */
    private void addPeriodCovered(List<ScoredPassage> out, Set<String> ids, Question asked, Language language) {
        int caseYear = CoverageQuestion.caseYear(asked.text(), asked.asking());
        if (asked.countries().isEmpty() || caseYear == 0) {
            return;
        }
        Map<String, List<Passage>> byKey = factsByKey(asked.countries(),
                p -> CoverageQuestion.coversYear(p.fact(), caseYear));
        byKey.values().stream().max(Comparator.comparingInt(List::size))
                .flatMap(facts -> onePerSource(facts, language).stream().findFirst())
                .filter(f -> ids.add(f.id()))
                .ifPresent(f -> out.add(new ScoredPassage(f, out.isEmpty() ? 0f : out.get(0).score())));
    }

    /**
     * For a question that takes a year for the one a law of an asked country was made in ({@link
     * Question#premisedYear}: "почему казахстан принял закон о реабилитации только в 2020 году?"), when no fact on the
     * making of that country's laws ({@link Question#aboutEnactment}) is of that year, adds a fact of the key dated
     * nearest that year (the law meant; of two as near, the key most sources give), in the answer language, at the
     * best rank: the date the sources give is what corrects the year taken. For a question on when a country's law
     * was made ({@link Question#lawDateAsked}: "дата закона кр о реабилитации?"), adds one the same way: of the law
     * of the year the question names, else one of each key (each law's adoption or signing, {@link #MAX_ENACTMENTS}
     * at most); a key whose sources differ on the date is left to the disagreement the question's words reach. Its
     * other sources' versions follow ({@link #expandFacts}).
     */
    private void addEnactment(List<ScoredPassage> out, Set<String> ids, Question asked, Language language) {
        if (asked.premisedYear() == 0 && !asked.lawDateAsked() || asked.countries().isEmpty()) {
            return;
        }
        // "дата закона кр о реабилитации?": the law's date is asked, of the law named by its year if one is
        int year = asked.premisedYear() != 0 ? asked.premisedYear() : asked.lawYear() != null ? asked.lawYear() : 0;
        // a page on several countries' laws: the fact is on the law of the country asked
        // "казахстанский закон … 1991 года, одновременно с российским?": the law dated is Kazakhstan's; a law that
        // amended it is not its making, unless amendments are asked of
        List<String> countries = asked.premisedYear() != 0 ? asked.premisedLawCountries() : asked.countries();
        Map<String, List<Passage>> byKey = factsByKey(countries, p -> Question.aboutEnactment(p.fact().about())
                && about(p, countries) && org.rehablawbot.knowledge.PartialDate.yearOf(p.fact().value()) > 0
                && (!Question.amends(p.fact().about()) || Question.amends(asked.text())));
        if (byKey.values().stream().flatMap(List::stream).anyMatch(p ->
                org.rehablawbot.knowledge.PartialDate.yearOf(p.fact().value()) == asked.premisedYear())) {
            return; // the year taken is one the sources give: nothing to correct
        }
        // the law meant is the one of the nearest year ("signed in 2023" means the law of 2024, not that of 1994);
        // with no year named, each law's making is told (the 1994 law and the 2024 one), of up to MAX_ENACTMENTS keys
        java.util.function.ToIntFunction<List<Passage>> distance = facts -> facts.stream()
                .mapToInt(p -> Math.abs(org.rehablawbot.knowledge.PartialDate.yearOf(p.fact().value()) - year))
                .min().orElse(Integer.MAX_VALUE);
        if (asked.premisedYear() == 0) {
            // a law's date the sources differ on is told by the disagreement, when the question's words reach it
            byKey.values().removeIf(facts -> facts.stream().map(p -> p.fact().value().strip()).distinct().count() > 1);
        }
        byKey.values().stream().sorted(Comparator.comparingInt(distance)
                        .thenComparing(Comparator.comparingInt((List<Passage> facts) -> facts.size()).reversed()))
                .limit(year == 0 ? MAX_ENACTMENTS : 1)
                .flatMap(facts -> onePerSource(facts, language).stream().limit(1))
                .filter(f -> ids.add(f.id()))
                .forEach(f -> out.add(new ScoredPassage(f, out.isEmpty() ? 0f : out.get(0).score())));
    }

    /**
     * The year of the newest law whose making the knowledge records for the one country given (an amending act
     * aside) from at least {@link #NEWEST_LAW_SOURCES} sources, or null for none or for several countries.
     */
    private Integer newestLawYear(List<String> countries) {
        if (countries.size() != 1) {
            return null;
        }
        Map<Integer, Set<String>> sources = new HashMap<>();
        factsByKey(countries, p -> Question.aboutEnactment(p.fact().about()) && about(p, countries)
                && !Question.amends(p.fact().about())).values().stream().flatMap(List::stream)
                .forEach(p -> {
                    int year = org.rehablawbot.knowledge.PartialDate.yearOf(p.fact().value());
                    if (year > 0) {
                        sources.computeIfAbsent(year, y -> new HashSet<>()).add(p.source().id());
                    }
                });
        // a year one source alone gives (a bill "approved in November 2025") dates no law the others know of
        return sources.entrySet().stream().filter(e -> e.getValue().size() >= NEWEST_LAW_SOURCES || sources.size() == 1)
                .map(Map.Entry::getKey).max(Integer::compare).orElse(null);
    }

    /** How many sources must give a year of a law's making for {@link #newestLawYear} to take it. */
    static final int NEWEST_LAW_SOURCES = 2;

    /** How many keys on the making of a country's laws {@link #addEnactment} adds when no year is named. */
    static final int MAX_ENACTMENTS = 3;

    /**
     * The facts, grouped by key in the order found, of the documents whose jurisdictions include one of {@code
     * countries} that {@code wanted} accepts (read from the index's passages in memory).
     */
    private Map<String, List<Passage>> factsByKey(List<String> countries, java.util.function.Predicate<Passage> wanted) {
        Map<String, List<Passage>> byKey = new LinkedHashMap<>();
        for (SourceMeta m : search.sources()) {
            if (m.jurisdictions().stream().noneMatch(countries::contains)) {
                continue;
            }
            for (Passage p : search.passagesOf(m.path())) {
                if (p.isFact() && wanted.test(p)) {
                    byKey.computeIfAbsent(p.fact().key(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        return byKey;
    }

    /**
     * Whether a passage is a fact dated as of a moment ({@link org.rehablawbot.knowledge.Fact#asOf}) that states a
     * sum a person receives ({@link AmountQuestion#statesPersonalSum}), of a key with values as of several dates:
     * "in 2024 the compensation starts at 2,769 tenge", beside 2,588 tenge in 2023.
     */
    private boolean datedSum(Passage p) {
        return p.isFact() && p.fact().asOf() != null && AmountQuestion.statesPersonalSum(p.text())
                && timelineKeys.get(p.fact().key(), key -> search.factsWithKey(key).stream()
                        .map(f -> f.fact().asOf()).filter(java.util.Objects::nonNull).distinct().count() > 1);
    }

    /**
     * For a question on what a person receives in money, adds the relevant dated fact stating such a sum with the
     * latest {@code as_of} ({@link #datedSum}) whose key has values as of several dates: the sums change with each
     * year's index, and reports of earlier years ("2,121 tenge in 2016") outnumber the latest. The fact's other
     * versions and its values of other dates follow it as a timeline ({@link #expandFacts}); a sum known as of one
     * date only tells no more than the formula it is worked out by, and a returned text of the fact's year stating
     * such a sum tells it already.
     *
     * @param bar the relevance a passage needs; the fact chosen reaches it
     */
    private void addNewestSum(List<ScoredPassage> out, Set<String> ids, List<Candidate> chosen, double bar) {
        Candidate newest = null;
        for (Candidate c : chosen) {
            if (c.relevance >= bar && datedSum(c.passage) && (newest == null
                    || c.passage.fact().asOf().year() > newest.passage.fact().asOf().year())) {
                newest = c;
            }
        }
        if (newest == null) {
            return;
        }
        int year = newest.passage.fact().asOf().year();
        // a returned text of that year stating such a sum ("in 2024: from 2,769 to 369,200 tenge") already tells it
        boolean told = out.stream().map(ScoredPassage::passage).anyMatch(p -> AmountQuestion.statesPersonalSum(p.text())
                && (p.isFact() && p.fact().asOf() != null ? p.fact().asOf().year()
                        : p.source().date() == null ? 0 : p.source().date().year()) >= year);
        if (!told && ids.add(newest.passage.id())) {
            out.add(new ScoredPassage(newest.passage, (float) newest.rank));
        }
    }

    /**
     * Whether a passage is about one of the countries a question names: the countries its text, heading or
     * title names, or, when it names none, its document's jurisdictions.
     */
    public static boolean about(Passage p, List<String> countries) {
        List<String> scope = countriesOf(p);
        return countries.stream().anyMatch(scope::contains);
    }

    /**
     * The countries a passage is about (codes such as {@code KZ}): those its own text or fact description names;
     * when they name none, those its heading or document title names; when those name none either, its
     * document's jurisdictions. The passage's own words come first, and its publisher's name is none of them: "Russian
     * Bazaar reported …" does not make a count of Kazakhstan's rehabilitated one of Russia's.
     */
    public static List<String> countriesOf(Passage p) {
        List<String> own = FollowUp.countries(withoutPublisher(p.text()
                + (p.fact() != null && p.fact().about() != null ? " " + p.fact().about() : ""), p));
        if (!own.isEmpty()) {
            return own;
        }
        List<String> named = FollowUp.countries(withoutPublisher((p.heading() == null ? "" : p.heading()) + " "
                + p.source().title(), p));
        return named.isEmpty() ? p.source().jurisdictions() : named;
    }

    /** A passage's text as a report, whoever published it: its publisher's name left out, spaces collapsed. */
    private static String reportText(Passage p) {
        return withoutPublisher(p.text(), p).replaceAll("\\s+", " ").strip();
    }

    /** The text with its document's publisher's name blanked out: "Russian Bazaar reported …" names no Russia. */
    private static String withoutPublisher(String text, Passage p) {
        String publisher = p.source().publisher();
        if (publisher == null || publisher.isBlank()) {
            return text;
        }
        String out = text.replace(publisher, " ");
        // "Russian Bazaar (russian-bazaar.com)" is written "Russian Bazaar reported" and «Русский базар» in the text
        String name = PUBLISHER_DOMAIN.matcher(publisher).replaceAll("").strip();
        if (name.length() >= 3 && !name.equals(publisher)) {
            out = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out)
                    .replaceAll(" ");
        }
        return out;
    }

    /** A publisher's web address in brackets after its name: "Russian Bazaar <b>(russian-bazaar.com)</b>". */
    private static final Pattern PUBLISHER_DOMAIN = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    /** {@link #about}, with each passage's countries worked out once per index. */
    private boolean aboutCached(Passage p, List<String> countries) {
        List<String> scope = passageCountries.get(p.id(), id -> countriesOf(p));
        return countries.stream().anyMatch(scope::contains);
    }

    /**
     * Adds, after each retrieved fact, every other source's fact with the same key (one version per source
     * document, in the answer language where it exists), so that a disagreement shows all its sides.
     */
    private List<ScoredPassage> expandFacts(List<ScoredPassage> passages, Language language) {
        List<ScoredPassage> out = new ArrayList<>(passages);
        Set<String> present = new HashSet<>();
        Set<String> sourcesOfKey = new HashSet<>();
        for (ScoredPassage sp : passages) {
            present.add(sp.passage().id());
            if (sp.passage().isFact()) {
                sourcesOfKey.add(sp.passage().fact().key() + "\u0000" + sp.passage().source().id());
            }
        }
        Set<String> keysDone = new HashSet<>();
        for (ScoredPassage sp : passages) {
            Passage p = sp.passage();
            if (!p.isFact() || !keysDone.add(p.fact().key())) {
                continue;
            }
            for (Passage f : onePerSource(search.factsWithKey(p.fact().key()), language)) {
                String sourceKey = p.fact().key() + "\u0000" + f.source().id();
                if (present.contains(f.id()) || sourcesOfKey.contains(sourceKey)) {
                    continue;
                }
                present.add(f.id());
                sourcesOfKey.add(sourceKey);
                out.add(new ScoredPassage(f, sp.score() * 0.9f));
            }
        }
        // facts the moderators set beside a retrieved one ("contrast": the law's exclusion beside a critic's claim)
        Set<String> contrastsDone = new HashSet<>();
        for (ScoredPassage sp : passages) {
            Passage p = sp.passage();
            if (!p.isFact() || p.fact().contrast() == null || keysDone.contains(p.fact().contrast())
                    || !contrastsDone.add(p.fact().contrast())) {
                continue;
            }
            for (Passage f : onePerSource(search.factsWithKey(p.fact().contrast()), language)) {
                if (present.add(f.id())) {
                    out.add(new ScoredPassage(f, sp.score() * 0.85f));
                }
            }
        }
        return out;
    }

    /** How many of the rarest words of the asker's story may show that a passage or an answer speaks to it. */
    public static final int STORY_KEY_WORDS = 3;

    /**
     * When no passage returned speaks to the asker's story ("бабушку в 1943 как трудармейку отправили … ей что-нибудь
     * положено?": every passage on what victims are paid, none on the labour army), adds the best relevant one that
     * says one of the {@value #STORY_KEY_WORDS} rarest words of the story (kin and numbers aside): whether the law
     * covers the asker's case is half the answer to what it gives.
     *
     * @param chosen the passages that reach the bar, best first
     */
    private void addStoryPassage(List<ScoredPassage> out, Set<String> ids, List<Candidate> chosen,
                                        List<QueryWord> words) {
        List<QueryWord> keys = words.stream().filter(w -> w.situation && !Terms.hasDigit(w.word)
                        && !Situation.isKin(w.word))
                .sorted(Comparator.comparingDouble((QueryWord w) -> -w.weight)).limit(STORY_KEY_WORDS).toList();
        if (keys.isEmpty() || out.stream().anyMatch(sp -> saysStory(sp.passage(), keys))) {
            return;
        }
        // the passage that says most of the story's rarest words, the better ranked of two that say as many: "в
        // Желтоксане участвовал, посадили" is answered by the passage on the December 1986 events, not by one that
        // says only "participated"
        Candidate best = null;
        long bestSaid = 0;
        for (Candidate c : chosen) {
            if (ids.contains(c.passage.id())) {
                continue;
            }
            Set<String> stems = stemsOf(c.passage).text;
            long said = keys.stream().filter(w -> saysAny(w.alternatives, stems)).count();
            if (said > bestSaid) {
                best = c;
                bestSaid = said;
            }
        }
        if (best != null) {
            ids.add(best.passage.id());
            out.add(new ScoredPassage(best.passage, (float) best.rank));
        }
    }

    /**
     * For a question on which body acts ("ok and who decides if he counts as repressed?"), adds the best relevant
     * passage of the asked countries that names a body doing a step ({@link ProcedureQuestion#namesBodyActing}: "a
     * rehabilitation commission is to decide whether …") when no returned passage does: definitions of repression
     * that say more of the question's words ("counts as political repression") take every place otherwise.
     *
     * @param chosen    the passages that reach the bar, best first
     * @param countries the countries asked; may be empty (any)
     */
    private static void addBodyActingPassage(List<ScoredPassage> out, Set<String> ids, List<Candidate> chosen,
                                             List<String> countries) {
        if (out.stream().anyMatch(sp -> ProcedureQuestion.namesBodyActing(sp.passage().text()))) {
            return;
        }
        chosen.stream().filter(c -> !ids.contains(c.passage.id()) && !c.passage.source().isOpinion()
                        && ProcedureQuestion.namesBodyActing(c.passage.text())
                        && (countries.isEmpty() || about(c.passage, countries)))
                .findFirst().ifPresent(c -> {
                    ids.add(c.passage.id());
                    out.add(new ScoredPassage(c.passage, (float) c.rank));
                });
    }

    /**
     * For each later part of a question that asks a count, a date or a thing it names ({@link Question#laterParts}:
     * "When did the commission start and end, and how many people did it rehabilitate?", "… and what's its
     * number?"), adds the best relevant passage that states one and says the part's words (a fact: its description),
     * when no returned passage does: the places went to the first part.
     */
    private void addLaterPartPassages(List<ScoredPassage> out, Set<String> ids, List<Candidate> chosen,
                                      Question asked) {
        for (Question.AskedPart part : asked.laterParts()) {
            java.util.function.Predicate<Passage> answers = p -> part.attribute()
                    ? part.saidIn(p.isFact() && p.fact().about() != null ? p.fact().about() : p.text())
                    : (part.entitlement()
                    ? AmountQuestion.statesRate(p.text()) : part.intent() == Intent.HOW_MANY ? statesCount(p)
                    && (!part.asked().peopleAsked() || CountedEvent.countsPeople(p.text()))
                    : Period.statesYear(p.text())) && part.saidIn(p.text());
            List<ScoredPassage> answering = out.stream().filter(sp -> answers.test(sp.passage())).toList();
            if (part.attribute() && answering.stream().noneMatch(sp -> sp.passage().isFact()
                    && sp.passage().fact().about() != null
                    && saysEvery(part.stems(), Terms.allStems(sp.passage().fact().about())))) {
                // "… and what's its number?" answered by a sentence: its document's fact on the thing comes too, and
                // with it the other sources' facts of its key, so that where they differ ("N 2200", "No. 2143-XII")
                // the answer shows each
                Set<String> paths = new HashSet<>();
                for (ScoredPassage sp : answering) {
                    if (!paths.add(sp.passage().source().path())) {
                        continue; // a file's passages are read once
                    }
                    search.passagesOf(sp.passage().source().path()).stream()
                            .filter(f -> f.isFact() && f.fact().about() != null && saysEvery(part.stems(),
                                    Terms.allStems(f.fact().about())))
                            .findFirst().filter(f -> ids.add(f.id()))
                            .ifPresent(f -> out.add(new ScoredPassage(f, sp.score())));
                }
            }
            if (!answering.isEmpty()) {
                continue;
            }
            chosen.stream().filter(c -> !ids.contains(c.passage.id()) && answers.test(c.passage)).findFirst()
                    .ifPresent(c -> {
                        ids.add(c.passage.id());
                        out.add(new ScoredPassage(c.passage, (float) c.rank));
                    });
        }
    }

    /** Whether a text's stems say every one of the given stems ({@link Terms#matchesAny}); true for none. */
    private static boolean saysEvery(Set<String> stems, Set<String> said) {
        return stems.stream().allMatch(st -> Terms.matchesAny(st, said));
    }

    private boolean saysStory(Passage p, List<QueryWord> keys) {
        Set<String> stems = stemsOf(p).text;
        return keys.stream().anyMatch(w -> saysAny(w.alternatives, stems));
    }

    /**
     * For a "how many" question (not one on what a person receives: sums paid out in all are not its answer),
     * adds the facts of the retrieved passages' own documents that state a count and
     * reach {@link #SIBLING_FACT_SHARE} of the bar,
     * in the answer language where the document has it: a sentence retrieved from a document may state the same
     * thing as one of its facts, with a key other sources share, and then a disagreement or a timeline about it is
     * complete.
     */
    private void addSiblingFacts(List<ScoredPassage> out, Set<String> ids, java.util.Collection<Candidate> pool,
                                 double bar, Language language) {
        Set<String> sources = new HashSet<>();
        out.forEach(sp -> sources.add(sp.passage().source().id()));
        for (Candidate c : List.copyOf(pool)) {
            Passage p = c.passage;
            if (!p.isFact() || !statesCount(p) || c.relevance < SIBLING_FACT_SHARE * bar
                    || !sources.contains(p.source().id())) {
                continue;
            }
            Passage version = versionOf(p, language);
            if (ids.add(version.id())) {
                out.add(new ScoredPassage(version, (float) c.rank));
            }
        }
    }

    /**
     * The version of a fact in the answer language, where its document has one ({@link #onePerSource} of the key's
     * facts from the same source); the fact itself otherwise.
     */
    private Passage versionOf(Passage fact, Language language) {
        return onePerSource(search.factsWithKey(fact.fact().key()).stream()
                .filter(x -> x.source().id().equals(fact.source().id())).toList(), language).stream()
                .findFirst().orElse(fact);
    }

    /**
     * Adds the facts of the returned passages' documents whose value is one of the figures the question names
     * ({@link #statedFigures}; called when it names two or more, which it sets side by side), in the answer language
     * where the document has it.
     */
    private void addNamedFigureFacts(List<ScoredPassage> out, Set<String> ids, Set<String> figuresNamed,
                                     Language language) {
        Set<String> paths = new java.util.LinkedHashSet<>();
        out.forEach(sp -> paths.add(sp.passage().source().path()));
        float floor = out.stream().map(ScoredPassage::score).min(Float::compare).orElse(0f);
        for (String path : paths) {
            for (Passage f : search.passagesOf(path)) {
                if (f.isFact() && !ids.contains(f.id())
                        && statedFigures(f.fact().value()).stream().anyMatch(figuresNamed::contains)) {
                    Passage version = versionOf(f, language);
                    if (ids.add(version.id())) {
                        out.add(new ScoredPassage(version, floor));
                    }
                }
            }
        }
    }

    /**
     * Adds the disputed claims the first {@link #RESTATED_PASSAGES} returned passages restate: a sentence of a
     * document that says what one of its own facts, a claim it relays (one with a claimant), says ("three deputies
     * who sponsored the law have been banned from entering Russia, according to …") while other sources give that
     * fact's key another value ("denied", "not confirmed"), so that {@link #expandFacts} brings the other sides and the answer shows the disagreement. A fact
     * is restated when at least {@link #RESTATED_SHARE} of its text's stems are in the passage; it is added only when
     * the asker's remark beside the question ("i heard they got banned from russia") says one of its words: the claim
     * the asker met is the one whose other sides belong to the answer.
     */
    private void addRestatedFacts(List<ScoredPassage> out, Set<String> ids, Language language, Question asked) {
        // the claim is the asker's own remark beside the question ("… i heard they got banned from russia")
        Set<String> remark = new HashSet<>(Terms.stems(String.join(" ", Terms.contentWords(asked.text()))));
        remark.removeAll(Terms.stems(asked.asking()));
        remark.removeIf(st -> !FollowUp.countries(st).isEmpty());
        if (remark.isEmpty()) {
            return;
        }
        List<ScoredPassage> first = out.stream().filter(sp -> !sp.passage().isFact()).limit(RESTATED_PASSAGES).toList();
        for (ScoredPassage sp : first) {
            Set<String> said = Terms.stems(sp.passage().text());
            for (Passage f : search.passagesOf(sp.passage().source().path())) {
                if (!f.isFact() || f.fact().claimant() == null || ids.contains(f.id())) {
                    continue; // a claim relayed ("according to a Telegram channel …") is what others deny
                }
                List<Passage> sides = search.factsWithKey(f.fact().key());
                if (sides.stream().map(x -> x.fact().value().strip().toLowerCase(java.util.Locale.ROOT)).distinct()
                        .count() < 2 || sides.stream().filter(x -> x.fact().isDated()).map(x -> x.fact().asOf().iso())
                        .distinct().count() >= 2) {
                    continue; // no other source says otherwise, or the values are of different dates (a timeline)
                }
                Set<String> stated = Terms.stems(f.text());
                long held = stated.stream().filter(said::contains).count();
                if (!stated.isEmpty() && held >= RESTATED_SHARE * stated.size()
                        && remark.stream().anyMatch(stated::contains)) {
                    Passage version = versionOf(f, language);
                    if (ids.add(version.id())) {
                        out.add(new ScoredPassage(version, sp.score() * 0.95f));
                    }
                }
            }
        }
    }

    /** How many of the first returned passages {@link #addRestatedFacts} reads for the facts they restate. */
    static final int RESTATED_PASSAGES = 4;

    /** The share of a fact's stems a passage must hold to restate it ({@link #addRestatedFacts}). */
    static final double RESTATED_SHARE = 0.75;

    /**
     * For a question on which body acts ("а кто будет решать и куда нам идти?"), adds the passages that say where
     * the body named by the first retrieved passage naming a body acting sits ({@link
     * ProcedureQuestion#saysWhereBodySits}: "the commission works under the Institute of History"), about the same
     * country: the asker needs the body and where to find it, and the passage saying where holds few of the
     * question's words.
     */
    private void addWhereBodySits(List<ScoredPassage> out, Set<String> ids, Language language) {
        addBesideLead(out, ids, language, ProcedureQuestion.hostWords(language),
                firstOf(out, p -> ProcedureQuestion.namesBodyActing(p.text())), MAX_HOST_PASSAGES, lead -> {
            List<String> bodies = ProcedureQuestion.bodies(lead.text());
            List<String> countries = countriesOf(lead);
            return p -> ProcedureQuestion.saysWhereBodySits(p.text())
                    && ProcedureQuestion.bodies(p.text()).stream().anyMatch(bodies::contains) && about(p, countries);
        });
    }

    /**
     * For a question on how the procedure goes ("Как в Узбекистане добиться его реабилитации?"), adds the other
     * passages of the document of the first retrieved passage telling a step ({@link ProcedureQuestion#tellsStep}:
     * no dated case that went through one) of a source that tells two of the steps returned, else of the first
     * naming a body acting, that name a body acting too: one
     * source's procedure is told in steps (the working group, the prosecutor, the Supreme Court), and the asker needs
     * them all, however few of the question's words the other steps say.
     */
    private void addOtherSteps(List<ScoredPassage> out, Set<String> ids, Language language) {
        // a source telling two of the steps returned tells the procedure; a dated case or a decree does not
        Map<String, Long> steps = out.stream().map(ScoredPassage::passage)
                .filter(p -> ProcedureQuestion.tellsStep(p.text())).collect(java.util.stream.Collectors.groupingBy(
                        p -> p.source().id(), java.util.stream.Collectors.counting()));
        java.util.function.Predicate<Passage> ofSteps = p -> ProcedureQuestion.tellsStep(p.text())
                && steps.getOrDefault(p.source().id(), 0L) >= 2;
        Passage lead = firstOf(out, ofSteps);
        if (lead == null) {
            lead = firstOf(out, p -> ProcedureQuestion.namesBodyActing(p.text()));
        }
        addBesideLead(out, ids, language, "", lead, MAX_STEP_PASSAGES, l -> p -> !p.isFact()
                && p.source().id().equals(l.source().id()) && ProcedureQuestion.namesBodyActing(p.text()));
    }

    /**
     * For a question on what one article says ("ст 5 закона рф что там") or on whom a law excludes, adds the other
     * passages of the document of the first returned passage naming that article (for exclusions, any article) that
     * name the same article: a document that tells an article in parts (agitation, religion, escape; treason, war
     * crimes, armed gangs) gives the asker the whole article, however few of the question's words each part says.
     */
    private void addArticleParts(List<ScoredPassage> out, Set<String> ids, Language language, Question asked) {
        if (asked.intent() != Intent.OTHER && asked.intent() != Intent.WHO) {
            return;
        }
        boolean exclusion = LawArticles.asksExclusion(asked.asking());
        String article = asked.intent() == Intent.OTHER && LawArticles.asksWhole(asked.asking())
                ? LawArticles.named(asked.asking()) : null;
        if (article == null && !exclusion) {
            return;
        }
        java.util.function.Predicate<Passage> naming = p -> {
            String named = LawArticles.named(p.text());
            return named != null && (article == null || named.equals(article));
        };
        addBesideLead(out, ids, language, "", firstOf(out, naming), MAX_ARTICLE_PASSAGES, lead -> {
            String named = LawArticles.named(lead.text());
            return p -> !p.isFact() && p.source().id().equals(lead.source().id())
                    && named.equals(LawArticles.named(p.text()));
        });
    }

    /** The most passages of an article's other parts that {@link #addArticleParts} adds. */
    static final int MAX_ARTICLE_PASSAGES = 4;

    /**
     * A second lexical search, with the text of {@code lead} (a passage returned) and {@code words}, whose hits the
     * test {@code keep} makes of that passage accepts are added after the others, at most {@code most} of them;
     * nothing when {@code lead} is null.
     */
    private void addBesideLead(List<ScoredPassage> out, Set<String> ids, Language language, String words,
                               Passage lead, int most,
                               java.util.function.Function<Passage, java.util.function.Predicate<Passage>> keep) {
        if (lead == null) {
            return;
        }
        java.util.function.Predicate<Passage> kept = keep.apply(lead);
        float score = out.get(out.size() - 1).score() * 0.9f;
        int added = 0;
        for (ScoredPassage hit : search.lexical(lead.text() + " " + words, language, LEXICAL_K)) {
            Passage p = hit.passage();
            if (added < most && !ids.contains(p.id()) && kept.test(p)) {
                ids.add(p.id());
                out.add(new ScoredPassage(p, score));
                added++;
            }
        }
    }

    /**
     * The most passages telling other steps that {@link #addOtherSteps} adds: a procedure the knowledge tells runs to
     * three steps (Uzbekistan's working group, prosecutor, Supreme Court).
     */
    static final int MAX_STEP_PASSAGES = 3;

    /** The first passage returned that {@code test} accepts, or null. */
    private static Passage firstOf(List<ScoredPassage> out, java.util.function.Predicate<Passage> test) {
        return out.stream().map(ScoredPassage::passage).filter(test).findFirst().orElse(null);
    }

    /** The most passages saying where an acting body sits that {@link #addWhereBodySits} adds. */
    static final int MAX_HOST_PASSAGES = 2;

    /** The share of the relevance bar a fact of a retrieved passage's own document must reach to come along. */
    static final double SIBLING_FACT_SHARE = 0.8;

    /**
     * One passage per source document, in order of first appearance: the version in {@code language} where the
     * document has one, else the first seen.
     *
     * @param passages passages, possibly several versions of a document (its English and Russian files)
     * @param language the answer language
     */
    public static List<Passage> onePerSource(Iterable<Passage> passages, Language language) {
        Map<String, Passage> bySource = new LinkedHashMap<>();
        for (Passage f : passages) {
            Passage had = bySource.get(f.source().id());
            if (had == null || had.source().language() != language && f.source().language() == language) {
                bySource.put(f.source().id(), f);
            }
        }
        return new ArrayList<>(bySource.values());
    }

    /**
     * A concept of the query (a content word, or a phrase of the synonym map), its stem, its weight, whether the
     * index knows it, and the alternatives a passage may state it in (each a list of stems that must all match;
     * the first is the query's own).
     */
    record QueryWord(String word, String stem, double weight, boolean known, List<List<String>> alternatives,
                     List<String> wordings, boolean situation) {
        QueryWord(String word, String stem, double weight, boolean known) {
            this(word, stem, weight, known, List.of(List.of(stem)), List.of(word), false);
        }

        /** This word as one the question says only in the asker's story ({@link Situation}). */
        QueryWord inSituation() {
            return new QueryWord(word, stem, weight, known, alternatives, wordings, true);
        }
    }

    /**
     * The query words, those the question says only in its situation ({@link Situation}) marked: such a word counts
     * towards a passage's coverage when the passage says it, and is left out when it does not.
     */
    static List<QueryWord> markSituation(List<QueryWord> words, String question) {
        return markSituation(words, Situation.stems(question));
    }

    /**
     * The stems of the asker's story in what is searched: the question's own, and for a follow-up completed from the
     * previous question ("а если б это было в казахстане?" after "прабабку в 37м забрали как жену врага народа …
     * по киргизскому закону её можно реабилитировать?"), the previous question's story too, less what the
     * follow-up itself asks.
     */
    static Set<String> story(String question, String query, String previousQuestion) {
        Set<String> story = new HashSet<>(Situation.stems(question));
        if (previousQuestion != null && !query.equals(question)) {
            Set<String> asked = Situation.askedStems(question);
            for (String st : Situation.stems(previousQuestion)) {
                if (!asked.contains(st)) {
                    story.add(st);
                }
            }
        }
        return story;
    }

    static List<QueryWord> markSituation(List<QueryWord> words, Set<String> story) {
        if (story.isEmpty()) {
            return words;
        }
        List<QueryWord> out = new ArrayList<>(words.size());
        int situation = 0;
        for (QueryWord w : words) {
            boolean told = !w.alternatives.get(0).isEmpty() && story.containsAll(w.alternatives.get(0));
            out.add(told ? w.inSituation() : w);
            situation += told ? 1 : 0;
        }
        return situation == words.size() ? words : out;
    }

    /**
     * The other wordings of the query's concepts in the searched language, one list per concept, for a lexical search
     * of that language ({@link PassageSearch#lexical(String, List, Language, List, int)}: a concept counts by its
     * best wording); a word of the other script finds nothing there and costs a term lookup.
     */
    private static List<List<String>> otherWordings(List<QueryWord> words, Language searched) {
        List<List<String>> out = new ArrayList<>();
        for (QueryWord w : words) {
            // "Узбекистане" brings "узбекистан", "узбекистана", "узбекистану": one stem, which the query says already.
            // A wording is added only when its stems are not already in the query
            Set<List<String>> said = new HashSet<>();
            said.add(wordingStems(w.word));
            List<String> group = new ArrayList<>();
            for (int i = 1; i < w.wordings.size(); i++) {
                String wording = w.wordings.get(i);
                if (Terms.isCyrillic(wording) == (searched == Language.RU) && said.add(wordingStems(wording))) {
                    group.add(wording);
                }
            }
            if (!group.isEmpty()) {
                out.add(group);
            }
        }
        return out;
    }

    private static List<String> wordingStems(String wording) {
        return Terms.words(wording).stream().map(Terms::stem).toList();
    }

    /**
     * The concepts of the query with weights: half uniform, half inverse document frequency. A concept the
     * synonym map gives several wordings for weighs as its most common wording (a paraphrase the knowledge never
     * uses does not weigh most), a wording of several words as its rarest word.
     */
    List<QueryWord> queryWords(String query, Language language, int passageCount) {
        List<QueryWord> out = new ArrayList<>();
        double n = Math.max(passageCount, 1);
        double maxIdf = Math.log(1 + (n + 0.5) / 0.5);
        for (Synonyms.Concept c : synonyms.concepts(query)) {
            double weight = Double.MAX_VALUE;
            double ownWeight = -1;
            boolean known = false;
            List<List<String>> alternatives = new ArrayList<>();
            for (List<String> alt : c.alternatives()) {
                double altWeight = 0;
                boolean altKnown = true;
                for (String w : alt) {
                    int df = documentFrequency(w, language);
                    double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                    altWeight = Math.max(altWeight, 0.5 + 0.5 * idf / maxIdf);
                    altKnown &= df > 0;
                }
                if (c.plain() || altKnown) {
                    weight = Math.min(weight, altWeight);
                }
                if (ownWeight < 0) {
                    ownWeight = altKnown ? altWeight : Double.MAX_VALUE;
                }
                known |= altKnown;
                List<String> altStems = alt.stream().map(Terms::stem).toList();
                if (!alternatives.contains(altStems)) {
                    alternatives.add(altStems);
                }
            }
            if (weight == Double.MAX_VALUE) {
                weight = 1.0;
            }
            String word = String.join(" ", c.words());
            // the lexical searches get the synonyms only when the knowledge says the thing more often in other
            // words than the question's own: otherwise they find its passages already, and more terms cost time
            // (a negated wording, "¬covered", is searched as its word; how often it is negated the index cannot
            // say, so a negated concept always brings its synonyms: "не распространяется" for "не реабилитируют")
            List<String> wordings = c.alternatives().stream()
                    .map(a -> String.join(" ", a).replace(Terms.NEGATED, "")).toList();
            boolean negated = c.alternatives().stream().flatMap(List::stream)
                    .anyMatch(w -> w.startsWith(Terms.NEGATED));
            out.add(new QueryWord(word, alternatives.get(0).get(0), weight, known, alternatives,
                    negated || ownWeight > weight + 1e-9 ? wordings : wordings.subList(0, 1), false));
        }
        return out;
    }

    /**
     * The word's inverse document frequency in the index ({@code ln(1 + (N - df + 0.5) / (df + 0.5))}, with df
     * counted up to {@link #PROBE_K}); a word the index does not have weighs most.
     */
    @Override
    public double weight(String word, Language language) {
        double n = Math.max(currentState().passageCount, 1);
        int df = documentFrequency(word, language);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /**
     * Looks each wording up in both languages' passages (at most {@link #PROBE_K} each) and checks the stems of
     * those about the countries; cached until the index changes.
     */
    @Override
    public boolean holds(List<List<String>> wordings, List<String> countries) {
        currentState();
        return held.get(wordings + "@" + countries, k -> {
            for (List<String> wording : wordings) {
                if (wording.isEmpty()) {
                    continue;
                }
                List<List<String>> stems = List.of(wording.stream().map(Terms::stem).toList());
                for (ScoredPassage sp : search.lexical(String.join(" ", wording), null, PROBE_K)) {
                    Passage p = sp.passage();
                    if ((countries.isEmpty() || aboutCached(p, countries)) && saysAny(stems, stemsOf(p).text)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /**
     * Adds to the pool the passages that state a negated concept of the query ("не подлежит", "not covered") about
     * the countries it names: they are few among the many passages that state its positive ("на кого
     * распространяется"), so the ranked searches miss them. Each is looked up among the first {@link #PROBE_K}
     * passages holding one of the concept's words and kept when its stems hold a negated wording
     * ({@link Terms#NEGATED}) or a wording that is negative in itself ("excluded").
     */
    private void addNegated(Map<String, Candidate> pool, List<QueryWord> words, String query, Language language) {
        List<String> countries = FollowUp.countries(query);
        for (QueryWord w : words) {
            if (w.alternatives.stream().flatMap(List::stream).noneMatch(x -> x.startsWith(Terms.NEGATED))) {
                continue;
            }
            List<ScoredPassage> hits = new ArrayList<>();
            for (ScoredPassage sp : search.lexical(String.join(" ", w.wordings), language, PROBE_K)) {
                Passage p = sp.passage();
                if ((countries.isEmpty() || aboutCached(p, countries))
                        && saysAny(w.alternatives.subList(1, w.alternatives.size()), stemsOf(p).text)) {
                    hits.add(sp);
                }
            }
            addRanked(pool, hits.subList(0, Math.min(hits.size(), LEXICAL_K)), Source.NEGATED);
        }
    }

    /** How many passages in {@code language} contain the word (at most {@link #PROBE_K}), cached. */
    /**
     * Whether some passage in {@code language} says a word (matched as the index analyses it: by stem).
     *
     * @param word     a lower case word; never null
     * @param language the passages' language
     */
    public boolean knows(String word, Language language) {
        return documentFrequency(word, language) > 0;
    }

    private int documentFrequency(String word, Language language) {
        if (word.startsWith(Terms.NEGATED)) {
            // a negated word ("¬cover"): the passages holding the word where a negation precedes it
            String bare = word.substring(Terms.NEGATED.length());
            String negated = Terms.stem(word);
            return documentFrequencies.get(language.code() + ":" + word, k -> (int) search.lexical(bare, language,
                    PROBE_K).stream().filter(sp -> stemsOf(sp.passage()).text.contains(negated)).count());
        }
        return documentFrequencies.get(language.code() + ":" + word,
                k -> search.lexical(word, language, PROBE_K).size());
    }

    /** How much a query word found only in a passage's heading, title or fact description counts. */
    static final double CONTEXT_WEIGHT = 0.5;

    /**
     * Weighted share of the query words the passage contains: a word in the passage text counts fully, a word
     * only in its heading, its document's title, publisher or author, or its fact description counts {@link #CONTEXT_WEIGHT};
     * a word of the asker's situation counts only where the passage text says it. In [0, 1].
     */
    double coverage(List<QueryWord> words, Passage p) {
        return coverage(words, p, Set.of(), Set.of(), Set.of());
    }

    /**
     * {@link #coverage(List, Passage)}, where the words of the days a question names ({@link DayOfYear}: "31",
     * "мая" of "31 мая") count only for a passage that names one of those days.
     *
     * @param days     the days the question names; may be empty
     * @param dayWords the stems of the words naming them
     * @param credited the stems of words the passage answers whether or not it says them (the words of procedure,
     *                 {@link ProcedureQuestion#PROCEDURE_STEMS}, for a passage telling a step); may be empty
     */
    double coverage(List<QueryWord> words, Passage p, Set<DayOfYear> days, Set<String> dayWords,
                    Set<String> credited) {
        PassageStems stems = stemsOf(p);
        boolean namesDay = days.isEmpty() || !java.util.Collections.disjoint(days, DayOfYear.in(p.text() + " | "
                + (p.heading() == null ? "" : p.heading()) + " | " + p.source().title()));
        double total = 0;
        double matched = 0;
        for (QueryWord w : words) {
            if (!namesDay && !w.alternatives.get(0).isEmpty() && dayWords.containsAll(w.alternatives.get(0))) {
                total += w.situation ? 0 : w.weight; // "1 мая" and "31 августа" are not "31 мая"
                continue;
            }
            if (w.situation) {
                // the asker's story helps a passage that tells the same, and never sinks one that does not
                if (saysAny(w.alternatives, stems.text)) {
                    total += w.weight;
                    matched += w.weight;
                }
                continue;
            }
            total += w.weight;
            if (credited.contains(w.stem) || saysAny(w.alternatives, stems.text)) {
                matched += w.weight;
            } else if (saysAny(w.alternatives, stems.context)) {
                matched += CONTEXT_WEIGHT * w.weight;
            }
        }
        return total == 0 ? 0 : matched / total;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * Whether the stems hold every stem of one of the alternatives: the first (the question's own words) by
     * {@link Terms#matchesAny}, prefix and typo tolerant; the synonyms by their exact stems.
     */
    static boolean saysAny(List<List<String>> alternatives, Set<String> stems) {
        return saysAny(alternatives, stems, false);
    }

    /**
     * {@link #saysAny(List, Set)}; with {@code sameFirstLetter}, the question's own words tolerate typos only where
     * they keep their first letter ({@link Terms#matchesAny(String, Set, boolean)}).
     */
    static boolean saysAny(List<List<String>> alternatives, Set<String> stems, boolean sameFirstLetter) {
        for (int i = 0; i < alternatives.size(); i++) {
            List<String> alt = alternatives.get(i);
            if (i > 0) {
                // a synonym counts by its exact stems; only the question's own words tolerate typos
                if (!alt.isEmpty() && stems.containsAll(alt)) {
                    return true;
                }
                continue;
            }
            boolean all = !alt.isEmpty();
            for (String s : alt) {
                if (!Terms.matchesAny(s, stems, sameFirstLetter)) {
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

    /** The stems of a passage's text, and of its context: heading, title, publisher, author, fact description and claimant. */
    private record PassageStems(Set<String> text, Set<String> context) {
    }

    private PassageStems stemsOf(Passage p) {
        return new PassageStems(Terms.stems(p.text()), Terms.stems(contextText(p)));
    }

    /** A passage's context: its heading, its document's title, publisher and author, a fact's description and claimant. */
    private static String contextText(Passage p) {
        StringBuilder sb = new StringBuilder();
        if (p.heading() != null) {
            sb.append(' ').append(p.heading());
        }
        sb.append(' ').append(p.source().title()).append(' ').append(p.source().publisher());
        if (p.source().author() != null) {
            sb.append(' ').append(p.source().author());
        }
        if (p.isFact() && p.fact().about() != null) {
            sb.append(' ').append(p.fact().about());
        }
        if (p.isFact() && p.fact().claimant() != null) {
            sb.append(' ').append(p.fact().claimant());
        }
        return sb.toString();
    }

    /**
     * The query word that is the question's focus ({@link Synonyms#focus}) when the question asks for a thing it
     * names ({@link Synonyms#asksForNamedThing}), as a list of at most one.
     */
    private List<QueryWord> focusWords(String query, List<QueryWord> words) {
        Synonyms.Concept focus = Synonyms.asksForNamedThing(query) ? synonyms.focus(query) : null;
        if (focus == null) {
            return List.of();
        }
        String word = String.join(" ", focus.words());
        return words.stream().filter(w -> w.word.equals(word)).limit(1).toList();
    }

    /**
     * Whether a question is a lookup of a few words: its asking part is the whole question, it asks with no question
     * word ({@link Situation#asksInWords}), no claim frame and no request ("правда …", "tell me …"), holds at most
     * {@link #LOOKUP_WORDS} content words besides countries and numbers, and completes no previous question.
     */
    static boolean isLookup(Question asked) {
        return asked.query().equals(asked.text()) && asked.asking().strip().equals(asked.text().strip())
                && asksFewWords(asked.text(), LOOKUP_WORDS);
    }

    /**
     * Whether a text asks with no question word ({@link Situation#asksInWords}), no claim frame and no request, in one
     * to {@code most} content words besides countries and numbers: the shape of a lookup, new or a follow-up's.
     */
    private static boolean asksFewWords(String text, int most) {
        if (Situation.asksInWords(text) || CLAIM_FRAME.matcher(text).find()) {
            return false;
        }
        long content = Terms.contentWords(text).stream()
                .filter(w -> FollowUp.countries(w).isEmpty() && !Terms.hasDigit(w)).count();
        return content > 0 && content <= most;
    }

    /**
     * Whether a question is a follow-up of a few words of its own that asks with no question word ("а адрес и телефон
     * архива? и часы работы", "and the phone?"): at most {@link #FOLLOW_UP_LOOKUP_WORDS} content words besides
     * countries and numbers, no claim frame, no request, no condition and no word of a yes/no question.
     */
    static boolean isFollowUpLookup(Question asked) {
        return asked.isFollowUp() && !asked.sourceAsked() && !CONDITION.matcher(asked.text()).find()
                && asksFewWords(asked.text(), FOLLOW_UP_LOOKUP_WORDS);
    }

    /**
     * A condition put to the previous question ("а если никакой справки нет, архив ничего не нашел?", "and what if
     * she was never rehabilitated?") or a yes/no question: a case told in its own words, not things looked up.
     */
    private static final Pattern CONDITION = Pattern.compile("(?iu)(?<![\\p{L}])(?:если|if|unless|suppose|допустим"
            // a yes/no question asks whether, in the words of its case ("можно подать по месту жительства, не ехать в
            // оренбург?"): the place named is the asker's, not a thing looked up
            + "|можно|нельзя|нужно|надо|ли|может|могу|можем|могут|can|could|is|are|was|were|do|does|did|should|must|may)(?![\\p{L}])");

    /** The most content words a follow-up lookup holds ("а адрес и телефон архива? и часы работы"). */
    static final int FOLLOW_UP_LOOKUP_WORDS = 6;

    /**
     * Words that frame a claim to check ("правда, что …", "…, right?") or make a request ("tell me of …",
     * "расскажи про …"): a question in words, not a lookup.
     */
    private static final Pattern CLAIM_FRAME = Pattern.compile("(?iu)(?<![\\p{L}])"
            + "(правда|верно|true|right|correct|tell|give|show|explain|list|describe|расскажи\\p{L}*|скажи\\p{L}*"
            + "|объясни\\p{L}*|покажи\\p{L}*|перечисли\\p{L}*|опиши\\p{L}*|дай\\p{L}*)(?![\\p{L}])");

    /** The most content words a lookup holds ("kz one-off comp formula", "ata-beyit visitors per year"). */
    static final int LOOKUP_WORDS = 4;

    /**
     * Those of the given query words (the question's focus, or a lookup's words) the knowledge never uses in the
     * question's language, with no synonym it uses and no word of the candidates they could be a typo of: the thing
     * asked about is absent from the knowledge ("What is the phone number of the commission?" when no source gives
     * a phone), so no passage answers the question. Numbers and words under three letters are not counted.
     */
    private static List<String> absentWords(List<QueryWord> words, Iterable<Candidate> candidates) {
        List<QueryWord> unknown = words.stream()
                .filter(w -> !w.known && w.alternatives.size() == 1 && w.word.length() >= 3
                        && !Terms.hasDigit(w.word)).toList();
        if (unknown.isEmpty()) {
            return List.of();
        }
        Set<String> vocabulary = new HashSet<>();
        for (Candidate c : candidates) {
            vocabulary.addAll(Terms.allStems(c.passage.text() + " " + c.passage.source().title()));
        }
        List<String> out = new ArrayList<>();
        for (QueryWord u : unknown) {
            // a short word is one edit away from too many others to be taken for a typo of one of them
            // nor is a word that begins a word of the knowledge an absent thing: "верх суд" is the Supreme Court,
            // "rehab" rehabilitation
            if (!vocabulary.contains(u.stem) && (u.stem.length() < 6 || !Terms.matchesAny(u.stem, vocabulary))
                    && (u.stem.length() < 4 || vocabulary.stream().noneMatch(v -> v.startsWith(u.stem)))) {
                out.add(u.word);
            }
        }
        return out;
    }

    /**
     * For query words the index has never seen (typos), the closest stem among the candidates' words; returns
     * the query with those stems added, or null when there is nothing to correct.
     */
    private String correctedQuery(List<QueryWord> words, Iterable<Candidate> candidates) {
        List<QueryWord> unknown = words.stream()
                .filter(w -> !w.known && w.alternatives.size() == 1 && w.stem.length() >= 5
                        && !Terms.hasDigit(w.word)).toList();
        if (unknown.isEmpty()) {
            return null;
        }
        Set<String> vocabulary = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            for (String w : Terms.words(c.passage.text() + " " + c.passage.source().title())) {
                vocabulary.add(w);
            }
        }
        List<String> fixes = new ArrayList<>();
        for (QueryWord u : unknown) {
            for (String v : vocabulary) {
                if (!Terms.isStopword(v) && Terms.matches(u.stem, Terms.stem(v))) {
                    fixes.add(v);
                    break;
                }
            }
        }
        if (fixes.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (QueryWord w : words) {
            sb.append(w.known ? w.word : "").append(' ');
        }
        fixes.forEach(f -> sb.append(f).append(' '));
        return sb.toString().trim();
    }

    /**
     * Maps a cosine similarity to evidence from 0 to 1: 0.45 or less is none, 0.75 or more is full. (With the
     * MiniLM model, any text naming a country of the knowledge is about 0.4 to 0.6 from its passages; a
     * paraphrase of a passage is above 0.7.)
     */
    static double cosineEvidence(double cosine) {
        if (Double.isNaN(cosine)) {
            return 0;
        }
        return Math.max(0, Math.min(1, (cosine - 0.45) / 0.3));
    }

    /**
     * A figure a question states: a number of three digits or more that is not a year ("1500", "300,000", "311
     * 000"), a number with one decimal in millions or billions ("2.4 million", read as 2400000), or any number with a
     * unit of counts or money ("20 тысяч", "7 млрд", "40 сомов").
     */
    private static final java.util.regex.Pattern STATED_FIGURE = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{N}])(?:(?!(?:1[89]|20)\\d\\d(?![\\p{N}]))\\d{1,3}(?:[ ,.\u00a0]\\d{3})+|(?!(?:1[89]|20)\\d\\d"
            + "(?![\\p{N}]))\\d{3,}|\\d+[.,]\\d\\s*(?:млн|млрд|million|billion)"
            + "|\\d+\\s*(?:тыс|млн|млрд|thousand|million|billion|сом|som|тенге|tenge|руб|rub))"
            + "(?![\\p{N}])");

    /**
     * The countries a question asks of when its story named them and its asking part names none ("my grandfather
     * was dekulakized in Kyrgyzstan … With the new 2024 law do we get money?"); empty otherwise, and for a
     * follow-up, whose searched text is its previous question's.
     */
    private static List<String> storyCountries(String askedText, Question asked) {
        if (asked.isFollowUp() || asked.countries().isEmpty() || !FollowUp.countries(askedText).isEmpty()
                || !FollowUp.placesAsked(askedText).isEmpty()) {
            return List.of();
        }
        return asked.countries();
    }

    /**
     * The ways the knowledge writes figures, as one search text: each as digits ("1031") and, from four digits on,
     * grouped in thousands with commas ("1,031"), as English text writes them.
     */
    private static String figureForms(Set<String> figures) {
        StringBuilder out = new StringBuilder();
        for (String f : figures) {
            out.append(f).append(' ');
            if (f.length() >= 4) {
                out.append(String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(f))).append(' ');
            }
            long v = f.length() <= 18 ? Long.parseLong(f) : 0;
            for (long unit : new long[] {1_000_000_000L, 1_000_000L}) {
                if (v >= unit && v % (unit / 10) == 0 && v % unit != 0) {
                    // "2.4 million", "2,4 млн": the decimal the knowledge writes a figure in millions with
                    out.append(v / unit).append('.').append(v % unit / (unit / 10)).append(' ')
                            .append(v / unit).append(',').append(v % unit / (unit / 10)).append(' ');
                    break;
                }
            }
        }
        return out.toString().strip();
    }

    /**
     * The figures a question's asking part states ({@link #STATED_FIGURE}), each read by {@link WrittenFigures} into
     * its value and written as digits ("2.4 million" is "2400000", "311 000" is "311000"); values under 100 (a sum
     * in som or roubles without its scale) are left out.
     */
    private static Set<String> statedFigures(String asking) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = STATED_FIGURE.matcher(asking);
        while (m.find()) {
            java.util.regex.Matcher f = WrittenFigures.FIGURE.matcher(m.group());
            long v = f.find() ? WrittenFigures.value(f, 1) : 0;
            if (v >= STATED_FIGURE_MIN) {
                out.add(Long.toString(v));
            }
        }
        return out;
    }

    /** The smallest figure {@link #statedFigures} keeps: below it a number is a day, an age or a bare sum. */
    private static final long STATED_FIGURE_MIN = 100;

    private enum Source { LEXICAL, ASKED, OTHER_LEXICAL, VECTOR, CORRECTED, NEGATED }

    /** A passage found by one or more searches. */
    private static final class Candidate {
        final Passage passage;
        double rrf;
        double cosine = Double.NaN;
        double coverage;
        double relevance;
        double rank;
        /** Whether the passage states whom a law covers; read only for a status question with a story. */
        boolean coverageStated;

        Candidate(Passage passage) {
            this.passage = passage;
        }
    }

    /**
     * The passage of a document's other language version that stands where {@code c}'s stands (same position and
     * line: the two versions of a document are written paragraph for paragraph, facts in the same order), with
     * {@code c}'s scores; null when no such passage is indexed or the versions are not aligned there.
     */
    private Candidate twinOf(Candidate c, String twinPath) {
        Passage p = c.passage;
        Passage twin = search.passagesOf(twinPath).stream().filter(t -> t.ordinal() == p.ordinal()).findFirst()
                .orElse(null);
        if (twin == null || twin.line() != p.line() || twin.isFact() != p.isFact()
                || p.isFact() && !twin.fact().key().equals(p.fact().key())) {
            return null;
        }
        Candidate out = new Candidate(twin);
        out.rrf = c.rrf;
        out.cosine = c.cosine;
        out.coverage = c.coverage;
        out.relevance = c.relevance;
        out.rank = c.rank;
        return out;
    }

    private static void addRanked(Map<String, Candidate> pool, List<ScoredPassage> hits, Source source) {
        int rank = 0;
        for (ScoredPassage sp : hits) {
            rank++;
            if (source == Source.ASKED && pool.containsKey(sp.passage().id())) {
                continue; // the asking part alone only adds what the whole question missed: the story weighs too
            }
            Candidate c = pool.computeIfAbsent(sp.passage().id(), id -> new Candidate(sp.passage()));
            c.rrf += 1.0 / (RRF_K + rank);
            if (source == Source.VECTOR) {
                c.cosine = sp.score();
            }
        }
    }

    /**
     * Forgets the cached question embeddings, so that the next questions are embedded afresh: what a question
     * never asked before costs. For measurements.
     */
    public void clearQueryCache() {
        embeddings.clear();
    }

    /** The index's size and document languages, refreshed when the index changes (checked at most once a second). */
    private IndexState currentState() {
        IndexState s = state;
        long now = System.nanoTime();
        if (s.passageCount >= 0 && now - s.checkedAtNanos < 1_000_000_000L) {
            return s;
        }
        int count = search.passageCount();
        List<SourceMeta> sources = search.sources();
        // a reload that swaps documents may keep the passage count: a new list of sources is a new index
        if (count == s.passageCount && sources == s.sources) {
            s = new IndexState(count, s.pathsById, sources, s.names, now);
            state = s;
            return s;
        }
        Map<String, Map<Language, String>> byId = new HashMap<>();
        for (SourceMeta m : sources) {
            byId.computeIfAbsent(m.id(), k -> new java.util.EnumMap<>(Language.class)).put(m.language(), m.path());
        }
        documentFrequencies.clear();
        passageCountries.clear();
        held.clear();
        timelineKeys.clear();
        s = new IndexState(count, byId, sources, SourceNames.of(sources), now);
        state = s;
        return s;
    }
}
