package org.rehablawbot.retrieve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a question that tells the asker's situation rather than what is asked: "<b>My grandfather was in
 * exile in Kazakhstan for 8 years,</b> how much are we owed?", "<b>я родилась в спецпоселении в карагандинской обл
 * в 1950,</b> как мне признать себя пострадавшей?". People tell their story before they ask; its details (a region,
 * a year, how long) are rarely in any passage, so they must not sink a question the knowledge answers, while they
 * may still help choose among passages.
 *
 * <p>The rule: a question's <em>asking</em> part is, in each of its sentences, everything from the first clause
 * (split at commas, semicolons and dashes) that holds a question word or opens like a question; in a sentence
 * ending with a question mark that has no such clause, its last clause (a Russian yes/no question); everything
 * else is the situation. A question with no asking part at all is all asking.
 */
public final class Situation {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String B = "(?<![\\p{L}\\p{N}])";
    /** The end of a question word: not "кто-то", "какие-нибудь", "где-либо", which are no question words. */
    private static final String E = "(?![\\p{L}\\p{N}]|-(?:то|нибудь|либо)(?![\\p{L}]))";

    /** A question word anywhere in a clause (English and Russian, with common chat spellings). */
    private static final Pattern QUESTION_WORD = Pattern.compile(B + "(how|what|whats|which|when|where|who|whom|whose|why"
            + "|каков\\p{L}*|какой|какая|какое|какие|каких|каким|сколько|скока|скоко|скок|скольк\\p{L}*|где|куда"
            + "|откуда|когда|кто|почему|зачем|ли|whether)" + E, FLAGS);

    /**
     * Russian words that ask only when they open their clause ("<b>как</b> мне подать", "а <b>что</b> положено");
     * inside it they compare or join ("отправили <b>как</b> трудармейку", "знаю, <b>что</b> …").
     */
    private static final Pattern OPENING_QUESTION_WORD = Pattern.compile("^\\s*(?:(?:а|и|но|ну|так)\\s+)?(как|что"
            + "|чем|чего|кого|кому|кем)" + E, FLAGS);

    /**
     * An English question reported inside a clause: "whether", or "if" after a verb of asking or knowing ("keeps
     * asking me whether Japarov signed the law", "I want to know if we qualify"); group 1 or 2 starts the question.
     */
    private static final Pattern INDIRECT_QUESTION = Pattern.compile(B + "(?:ask\\p{L}*|know|wonder\\p{L}*|sure"
            + "|tell (?:me|us)|check|find out|unclear|not clear)(?:\\s+\\p{L}+){0,2}?\\s+(if|whether)" + E
            + "|" + B + "(whether)" + E, FLAGS);

    /** A yes/no question closed by its alternative: "попадает он под закон или нет", "is he covered or not". */
    private static final Pattern OR_NOT = Pattern.compile(B + "(?:или нет|or not)" + E, FLAGS);

    /** A clause that starts like an English yes/no question ("Do I get …", "Can my son …", "Is there …"). */
    private static final Pattern YES_NO_START = Pattern.compile("^\\s*(do|does|did|can|could|is|are|was|were|will"
            + "|would|should|shall|may|might|has|have|had|am)" + E, FLAGS);

    /**
     * A clause that tells what happened to someone: a pronoun and a verb in the past ("его забрали в 1930", "она
     * умерла в ссылке", "he was shot in 1938", "they deported him").
     */
    private static final Pattern TOLD_CLAUSE = Pattern.compile("^\\s*(?:(?:а|и|and|but)\\s+)?(?:(?:его|её|ее|их|он"
            + "|она|они|ему|ей|им)\\s+(?:\\p{L}+\\s+)?\\p{L}+(?:л|ла|ли|ло|лся|лась|лись)"
            + "|(?:he|she|they|him|her|them)\\s+(?:was|were|had|got|died|\\p{L}+ed))(?!\\p{L})", FLAGS);

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");
    /**
     * A break between clauses; a comma inside a figure ("400,000") is none. A condition opened by "если" is a clause
     * of its own, with or without its comma ("где взять справку если дед сидел в карлаге").
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("\\s*(?:(?<!\\d),|,(?!\\d)|[;:]|\\s[-–—]\\s)\\s*"
            + "|\\s+(?=если\\s)", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    /** A clause that sets a condition: "если дед сидел в карлаге", "if he was convicted of treason". */
    private static final Pattern CONDITION = Pattern.compile("^\\s*(?:(?:а|и|and|but|even)\\s+)?(?:если|if)\\s",
            FLAGS);

    private Situation() {
    }

    /**
     * The asking part of a question (its words in order, joined by spaces; the whole question when no part of it
     * asks).
     *
     * @param question the question as asked; may be null (then empty)
     */
    public static String asking(String question) {
        if (question == null || question.isBlank()) {
            return "";
        }
        // "… документы какие то есть вопрос такой считается ли это репрессией …": a message typed or dictated
        // without stops announces its question; what follows the last announcement is asked, the rest is the story
        Matcher announced = QUESTION_ANNOUNCED.matcher(question);
        int after = -1;
        while (announced.find()) {
            after = announced.end();
        }
        if (after > 0 && Terms.contentWords(question.substring(after)).size() >= ANNOUNCED_WORDS) {
            return asking(question.substring(after).strip());
        }
        // "… папу забрали в 37 году … но бумаги сгорели где теперь искать его дело": a long message dictated with
        // no stop and no comma asks from its first question word on; what comes before tells the story
        if (!RUN_ON_PUNCTUATION.matcher(question).find() && Terms.words(question).size() >= RUN_ON_WORDS) {
            Matcher start = RUN_ON_ASKING.matcher(question);
            if (start.find() && Terms.words(question.substring(0, start.start())).size() >= RUN_ON_STORY_WORDS) {
                return question.substring(start.start()).strip();
            }
        }
        StringBuilder out = new StringBuilder();
        boolean marked = question.contains("?");
        String[] sentences = SENTENCE_END.split(question.strip());
        boolean previousTaken = false;
        for (int k = 0; k < sentences.length; k++) {
            String sentence = sentences[k];
            if (k > 0 && !previousTaken && TRUTH_CHECK.matcher(sentence.strip()).matches()) {
                // "Слышала, что будут платить 1500 сом в месяц. Это правда?": the claim checked is what is asked
                out.append(claimOf(sentences[k - 1])).append(' ');
            } else if (k > 0 && !previousTaken && CLAIM_FRAME.matcher(sentences[k - 1].strip()).find()
                    && REFERS_BACK.matcher(sentence).find()) {
                // "слышал что в узбекистане дают пенсию 5 миллионов сумов детям репрессированных. как её оформить?":
                // the thing the asker heard of is what "её" asks about; a question on how to get it presupposes it
                out.append(claimOf(sentences[k - 1])).append(' ');
            } else if (k > 0 && SIDES_CHECK.matcher(sentence.strip()).matches()) {
                // "Sources disagree on when parliament passed it. What do the different sources say?": the thing
                // the sources are asked about is in the sentence before; "… или нет? кто прав" asks for no person
                if (!previousTaken) {
                    out.append(sentences[k - 1].strip()).append(' ');
                }
                previousTaken = true;
                continue;
            }
            String[] clauses = CLAUSE_BREAK.split(sentence);
            // where the asker marks questions, a sentence without the mark asks only by opening with a question
            // word: "в 1938 его арестовали, когда он работал в Китае." tells, it does not ask when
            boolean told = marked && !sentence.strip().endsWith("?");
            int from = clauses.length;
            for (int i = 0; i < clauses.length; i++) {
                if (told ? i == 0 && opensAsking(clauses[i]) : asks(clauses[i])) {
                    from = i;
                    break;
                }
            }
            if (from == clauses.length) {
                if (!sentence.strip().endsWith("?")) {
                    previousTaken = false;
                    continue; // a sentence of the story
                }
                // "бабушку отправили в трудармию, ей положено?": a yes/no question is its last clause
                from = clauses.length - 1;
            }
            previousTaken = true;
            if (from > 0 && k == 0 && isTopic(sentence, clauses, from)) {
                from = 0; // "желтоксан 86 — всех участников реабилитировали?": the topic before a dash is asked of
            }
            if (from > 0 && TRUTH_CHECK.matcher(clauses[from].strip()).matches()) {
                // "someone at the mosque said the new law gives 1500 som every month, is that true??": the claim
                // in the clause before is what is asked
                out.append(claimOf(clauses[from - 1])).append(' ');
            } else if (from > 0 && CLAIM_FRAME.matcher(clauses[0].strip()).find()
                    && (REFERS_BACK.matcher(clauses[from]).find()
                            || Terms.contentWords(clauses[from]).size() <= BARE_ASKING_WORDS
                                    && (ProcedureQuestion.asksBody(clauses[from])
                                            || ProcedureQuestion.asksProcedure(clauses[from])))) {
                // "слышала что в узб платят 10 млн сум каждому потомку, куда подавать": a bare "where do I apply"
                // after a thing heard of asks how to get that thing; "…, скока примерно?" asks of the story's
                // figure, not to check the hearsay
                out.append(claimOf(String.join(", ", java.util.Arrays.copyOfRange(clauses, 0, from)))).append(' ');
            }
            for (int i = from; i < clauses.length; i++) {
                if (i > from && CONDITION.matcher(clauses[i]).find() && !asks(clauses[i])) {
                    // "где взять справку о реабилитации, если дед сидел в карлаге": the condition after the asking
                    // clause tells the case, it asks nothing
                    continue;
                }
                if (i > from && TOLD_CLAUSE.matcher(clauses[i]).find() && !asks(clauses[i])
                        && !(i == clauses.length - 1 && sentence.strip().endsWith("?"))) {
                    // "куда писать запрос, чтобы найти дело прадеда, его забрали в 1930 как кулака": a clause after
                    // the asking one that tells what happened to someone is the story
                    continue;
                }
                // "my grandma keeps asking me whether Japarov signed the law": who asks is the story, what she asks
                // is the question; "which body will decide whether he counts" asks its own question before it
                Matcher indirect = i == from ? INDIRECT_QUESTION.matcher(clauses[i]) : null;
                int start = indirect != null && indirect.find()
                        ? (indirect.start(1) >= 0 ? indirect.start(1) : indirect.start(2)) : 0;
                out.append(start > 0 && !asks(clauses[i].substring(0, start)) ? clauses[i].substring(start)
                        : clauses[i]).append(' ');
            }
        }
        if (out.length() == 0 && !marked && sentences.length > 1) {
            // "дядя был на площади в декабре 86го, его потом осудили. попадает он под закон или нет": an asker who
            // types no question mark at all asks in the last sentence, after the story
            return sentences[sentences.length - 1].strip();
        }
        return out.length() == 0 ? question.strip() : out.toString().strip();
    }

    /**
     * Whether the clauses before the asking one are a topic set before a dash or a colon ("желтоксан 86 — …", "KG
     * law: …"): at most {@value #TOPIC_WORDS} words, a lookup's subject rather than a story.
     */
    private static boolean isTopic(String sentence, String[] clauses, int from) {
        int at = sentence.indexOf(clauses[from].strip());
        if (at <= 0) {
            return false;
        }
        String before = sentence.substring(0, at).strip();
        return (before.endsWith("—") || before.endsWith("–") || before.endsWith("-") || before.endsWith(":"))
                && Terms.words(before).size() <= TOPIC_WORDS;
    }

    /**
     * The most content words an asking clause on the procedure after a thing heard of may have and still ask how to
     * get that thing: "куда подавать", "how do I apply", "где оформить".
     */
    private static final int BARE_ASKING_WORDS = 2;

    /**
     * Words announcing the question that follows them: "вопрос такой", "у меня вопрос", "хочу спросить", "my question
     * is", "I wanted to ask", with the punctuation after them; "хочу узнать про дело прадеда" tells a purpose, the
     * thing to know is no question of its own.
     */
    private static final Pattern QUESTION_ANNOUNCED = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:вопрос|вопросы)\\s+"
            + "(?:такой|такие|следующий|следующие|в следующем|в том)|у меня (?:такой |два |один )?вопрос\\p{L}*"
            + "|(?:хочу|хотел\\p{L}*|хотим)(?: бы)? спросить"
            + "|(?:my|the|our) questions? (?:is|are)|i (?:want|wanted|would like|'d like) to ask)"
            + "(?!\\p{L})(?:\\s*[:,.—–-])*\\s*");

    /** Punctuation that splits a message into sentences or clauses; a dictated run-on has none. */
    private static final Pattern RUN_ON_PUNCTUATION = Pattern.compile("[.?!,;:…]");

    /** The fewest words a message without punctuation needs to be read as a dictated story and its question. */
    private static final int RUN_ON_WORDS = 20;

    /** The fewest words of story before the question of a dictated message ({@link #RUN_ON_ASKING}). */
    private static final int RUN_ON_STORY_WORDS = 6;

    /**
     * Where a Russian question begins inside a message without punctuation: a question word that is no conjunction
     * ("где", "куда", "сколько", "почему", "какой", "в каком"; not "что", "как", "когда", which also join a story's
     * clauses) or a verb with "ли" ("считается ли", "положено ли"); "где-то" asks nothing.
     */
    private static final Pattern RUN_ON_ASKING = Pattern.compile("(?iu)(?<![\\p{L}-])(?:(?:где|куда|откуда|сколько"
            + "|почему|зачем|кто|какой|какая|какое|какие|каком|какую|каких|какого)(?![\\p{L}-])"
            + "|\\p{L}+\\s+ли(?!\\p{L}))");

    /** The fewest content words the text after {@link #QUESTION_ANNOUNCED} needs to be the question itself. */
    private static final int ANNOUNCED_WORDS = 2;

    /** The most words a topic set before a dash may have ("желтоксан 86 —", "kz rehab law 1993:"). */
    private static final int TOPIC_WORDS = 4;

    /**
     * The claim a sentence or clause passes on, without who passed it ({@link #CLAIM_FRAME}: "говорят, что …",
     * "Someone in our group chat says …"); the text itself when it names no one passing it on.
     *
     * @param told a sentence or clause; never null
     */
    public static String claimOf(String told) {
        return CLAIM_FRAME.matcher(told.strip()).replaceFirst("");
    }

    /**
     * Who passed a claim on, before the claim: "Someone in our group chat says (that)", "Слышала, что", "в чате
     * пишут, что". The claim checked is what follows.
     */
    private static final Pattern CLAIM_FRAME = Pattern.compile("(?iu)^(?:[\\p{L}\\p{N}'’-]+[\\s,]+){0,8}?(?:says?"
            + "|said|claims?|claimed|told|tells|heard|hear|read|writes?|wrote|posted|говорят|говорит|сказал\\p{L}*"
            + "|пишут|пишет|писал\\p{L}*|слышал\\p{L}*|слыхал\\p{L}*|читал\\p{L}*|утвержда\\p{L}*)(?:[\\s,:]+(?:that|что))?"
            + "[\\s,:]+");

    /**
     * A word that points back at a thing named before it: "как <b>её</b> оформить?", "how do I apply for <b>it</b>?",
     * "где <b>это</b> получить?".
     */
    private static final Pattern REFERS_BACK = Pattern.compile("(?iu)(?<!\\p{L})(?:её|ее|неё|нее|ней|него|нему|его|их"
            + "|это|этого|этому|этим|эту|эти|этих|it|this|that|them)(?!\\p{L})");

    /**
     * A sentence that asks only whether what came before is true: "Это правда?", "Is that true?", "Так ли это?".
     * The sentence before it holds the claim, and is part of what is asked.
     */
    private static final Pattern TRUTH_CHECK = Pattern.compile("(?iu)^(?:(?:а|и|но|and|but|so)\\s+)?(?:это (?:правда"
            + "|так|верно)|правда ли(?: это)?|так ли это|верно ли(?: это)?|is (?:it|that|this) (?:true|right|so|correct)"
            + "|(?:is )?that true|true|really|правда|неужели"
            // "закон подписан в 91м году, верно?", "signed in October, right?"
            + "|верно|правильно|так|да|не так ли|ведь так|так ведь|right|correct|isn'?t it|wasn'?t it)\\s*[?!.]*$");

    /**
     * A sentence that asks only what the sources say, or which of them is right, of a thing told before it: "What
     * do the different sources say?", "Which is right?", "Who is right?", "Что говорят источники?", "Где правда?",
     * "Кто прав?". The sentence before it names the thing, and is part of what is asked.
     */
    private static final Pattern SIDES_CHECK = Pattern.compile("(?iu)^(?:(?:а|и|но|and|but|so)\\s+)?(?:what do (?:the )?"
            + "(?:different |various |other |these |those |all the )?sources (?:say|tell|write)(?: about (?:it|this|that))?"
            + "|which (?:one |of them )?is (?:right|correct|true|it)|who(?:'s| is) right|what(?:'s| is) (?:the truth"
            + "|true|correct|right)|what(?:'s| is) the real (?:answer|story)"
            + "|что (?:говорят|пишут) (?:разные |другие |все )?источники(?: об этом)?|кто (?:из них )?прав|где правда"
            + "|как (?:же )?(?:оно )?на самом деле|что из этого правда|что (?:из этого )?верно|какая версия (?:правильная"
            + "|верная))\\s*[?!.]*$");

    /** Whether a clause opens with a question word or like a yes/no question. */
    private static boolean opensAsking(String clause) {
        Matcher m = QUESTION_WORD.matcher(clause);
        // a preposition may open the question word's phrase: "и во сколько бы он обошёлся?", "с какого года?",
        // "and since when?"
        return m.find() && clause.substring(0, m.start()).strip().matches("(?iu)((а|и|но|ну|так|and|but|so)\\s*)?"
                + "((в|во|на|до|с|со|по|за|к|о|об|от|из|у|для|при|in|on|at|by|since|from|for|to|until|of)\\s*)?")
                || OPENING_QUESTION_WORD.matcher(clause).find() || YES_NO_START.matcher(clause).find();
    }

    /**
     * Whether a text asks in words: it holds a question word ("what", "когда", "ли") or opens with one or like a
     * yes/no question. A lookup of a few words ("ata-beyit visitors per year?") does not.
     *
     * @param text a question or a clause; never null
     */
    public static boolean asksInWords(String text) {
        return asks(text);
    }

    /** Whether a clause asks: it holds a question word, or opens with one or like a yes/no question. */
    private static boolean asks(String clause) {
        return QUESTION_WORD.matcher(clause).find() || OPENING_QUESTION_WORD.matcher(clause).find()
                || YES_NO_START.matcher(clause).find() || OR_NOT.matcher(clause).find();
    }

    /**
     * The stems of the words of a question's asking part ({@link #asking}).
     *
     * @param question the question as asked; may be null (then empty)
     */
    public static Set<String> askedStems(String question) {
        Set<String> out = new HashSet<>();
        for (String w : Terms.words(asking(question))) {
            out.add(Terms.stem(w));
        }
        return out;
    }

    /**
     * The stems of the words a question says only in its situation (not in its asking part): stop words, numbers
     * and countries' names left out; the story's cities and regions kept. The figure of a bound the asking part
     * names ("more than 400,000") is counted in too: it is weighed, not searched for.
     *
     * @param question the question as asked; may be null (then empty)
     */
    public static Set<String> stems(String question) {
        if (question == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String w : storyWords(question)) {
            out.add(Terms.stem(w));
        }
        // a bound's figure ("more than 400,000 tenge is possible?", "больше 20 тысяч?") is weighed against the
        // sources' figures when the answer is given, not searched for: a passage that says it counts it
        out.addAll(boundStems(question));
        // who asks is the asker's situation, though said in the asking part: "can I, as a grandson, …", "мне как
        // правнуку дадут …", "мы внуки можем …"
        Matcher role = ASKERS_ROLE.matcher(asking(question));
        while (role.find()) {
            out.add(Terms.stem(role.group(1).toLowerCase(java.util.Locale.ROOT)));
        }
        // where the asker or a relative lives, told inside the asking part ("я внучка живу в усть каменогорске
        // положено нам что то?", "we live in almaty now, what do we get?"): whom the question concerns, not what it
        // asks
        Matcher residence = RESIDENCE.matcher(asking(question));
        while (residence.find()) {
            for (String w : Terms.words(residence.group())) {
                if (!Terms.isStopword(w)) {
                    out.add(Terms.stem(w));
                }
            }
        }
        // the relative the asking part speaks of ("Положено ли маме что-то?", "can my father apply?") is whom the
        // question concerns, not what it asks; a group of kin ("what do grandchildren get?") is asked
        for (String w : Terms.words(asking(question))) {
            if (isKin(w) && !isKinGroup(w) && !Terms.isStopword(w)) {
                out.add(Terms.stem(w));
            }
        }
        return out;
    }

    /**
     * The words of a question's situation, in order: its words outside the asking part ({@link #asking}), stop words
     * and countries' names left out. "я родилась в 1950 в спецпоселении в Акмолинской обл, родители немцы высланные
     * с Поволжья. Считаюсь ли я пострадавшей?" tells "родилась 1950 спецпоселении Акмолинской обл родители немцы
     * высланные Поволжья".
     *
     * @param question the question as asked; may be null (then empty)
     * @return the words, space-separated; empty when the question tells no situation
     */
    public static String told(String question) {
        return question == null ? "" : String.join(" ", storyWords(question));
    }

    /**
     * The words of a question outside its asking part, in order: stop words and countries' names left out, the
     * story's cities and regions kept ("она живёт в шымкенте" is the asker's; a country is left to the retriever).
     */
    private static List<String> storyWords(String question) {
        Set<String> asked = askedStems(question);
        List<String> out = new java.util.ArrayList<>();
        for (String w : Terms.words(withoutSidesChecks(question))) {
            if (!asked.contains(Terms.stem(w)) && !Terms.isStopword(w)
                    && (FollowUp.countries(w).isEmpty() || !FollowUp.places(w).isEmpty())) {
                out.add(w);
            }
        }
        return out;
    }

    /** The question without its sentences that only ask which side is right ({@link #SIDES_CHECK}: "кто прав?"). */
    private static String withoutSidesChecks(String question) {
        String[] sentences = SENTENCE_END.split(question.strip());
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < sentences.length; k++) {
            if (k == 0 || !SIDES_CHECK.matcher(sentences[k].strip()).matches()) {
                out.append(sentences[k]).append(' ');
            }
        }
        return out.toString();
    }

    /**
     * Words for the asker's kin ("great-uncle", "правнуку", "внучка", "my son"): who asks or of whom, never what is
     * asked, and rare enough in the knowledge to pass for a key word.
     */
    private static final Pattern KINSHIP = Pattern.compile("(?iu)^great$|^(?:great-?)*(?:grand)?(?:father|mother|son|daughter"
            + "|child|children|parents?|uncle|aunt|nephew|niece|brother|sister|husband|wife|pa|ma|dad|mom|mum"
            + "|grandpa|grandma)s?$|^(?:пра)*(?:дед|дедушк|бабушк|бабк|бабуш|внук|внуч|отц|отец|мать|матер|мам|пап"
            + "|сын|доч|дяд|тёт|тет|брат|сестр|муж|жен|племянн|родител)\\p{L}*$");

    /**
     * A group of kin as what a question asks about ("grandchildren", "внукам", "детям"), not one relative of the
     * asker ("папа", "дед", "my grandson").
     */
    private static final Pattern KIN_GROUP = Pattern.compile("(?iu)^(?:great-?)*grand(?:children|sons|daughters)$"
            + "|^(?:children|sons|daughters|widows|widowers)$|^(?:пра)*внук(?:и|ам|ов|ами|ах)$"
            + "|^(?:пра)*внучк(?:и|ам|ами)$|^дет(?:и|ям|ей|ьми|ях)$|^сыновь(?:я|ям|ями)$|^дочер(?:и|ям|ей|ями)$"
            + "|^вдов(?:ы|ам|ами)$");


    /**
     * Words that carry a story along without telling its case: "came back", "went", "got", "later", "потом", "там",
     * "живём". A story's rarest words are read for its case; these are rare in the knowledge and tell nothing.
     */
    private static final Set<String> NARRATION = Set.of("came", "come", "comes", "coming", "went", "go", "goes",
            "gone", "got", "back", "later", "then", "there", "home", "now", "still", "ever", "never", "know", "think",
            "потом", "там", "тоже", "уже", "сейчас", "теперь", "живёт", "живет", "живём", "живем", "живу", "живут",
            "жил", "жила", "жили", "знаем", "знаю", "думаю", "вообще");

    /** Whether a word only carries a story along ({@link #NARRATION}: "came", "back", "потом", "живём"). */
    public static boolean isNarration(String word) {
        return NARRATION.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a word names one of the asker's kin or kin in general ("great-uncle", "правнуку", "мама", "children"). */
    public static boolean isKin(String word) {
        return KINSHIP.matcher(word).matches();
    }

    /**
     * A text without the relative clauses that tell of a relative's case: "в каком архиве искать дело прадеда<s>,
     * который был раскулачен и выслан</s>", "where do I look for my grandfather<s> who was deported</s>?". Such a
     * clause says whose case it is, not what is asked; it runs from the relative pronoun to the next clause break.
     *
     * @param text a question or its asking part; never null
     * @return the text, each such clause replaced by a space; the text itself when it has none
     */
    public static String withoutKinClauses(String text) {
        Matcher m = KIN_CLAUSE.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            if (isKin(m.group(1))) {
                out.append(text, from, m.end(1)).append(" ");
                from = m.end();
            }
        }
        return from == 0 ? text : out.append(text, from, text.length()).toString();
    }

    private static final Pattern KIN_CLAUSE = Pattern.compile("(?iu)(?<!\\p{L})([\\p{L}-]+)\\s*,?\\s+((?:котор\\p{L}*"
            + "|who|whom)(?!\\p{L})[^,;:?!.]*)");

    /** Whether a word names a group of kin a question may ask about ("grandchildren", "внукам", "детям"). */
    public static boolean isKinGroup(String word) {
        return KIN_GROUP.matcher(word).matches();
    }

    /**
     * The words that make the figure after them a bound, as a regular expression's alternatives: "more than", "at
     * least", "less than", "больше", "не менее" …; the answer's yes/no check reads the same bounds.
     */
    public static final String BOUND_WORDS = "more than|over|above|at least|in excess of|less than|fewer than|under"
            + "|below|at most|больше|более|свыше|не менее|меньше|менее|не более";

    /**
     * Whether a text bounds a figure: "more than 1,000 people", "больше 2 миллионов дел", "over 50,000".
     *
     * @param text a question or its asking part; never null
     */
    public static boolean boundsFigure(String text) {
        return BOUND_FIGURE.matcher(text).find();
    }

    /**
     * The stems of the figures a question's asking part bounds by ("more than <b>1,000</b> people"): weighed against
     * the sources' figures, never looked for as words.
     *
     * @param question the question as asked; may be null (then empty)
     */
    public static Set<String> boundStems(String question) {
        Set<String> out = new HashSet<>();
        if (question == null) {
            return out;
        }
        Matcher bound = BOUND_FIGURE.matcher(asking(question));
        while (bound.find()) {
            for (String w : Terms.words(bound.group(1))) {
                out.add(Terms.stem(w));
            }
        }
        return out;
    }

    /** A figure the question bounds by: "more than 400,000", "свыше 1 000". */
    private static final Pattern BOUND_FIGURE = Pattern.compile("(?<![\\p{L}])(?:" + BOUND_WORDS + ")\\s+"
            + "(\\d{1,3}(?:[ \\u00a0\\u202f,.]\\d{3})+|\\d+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Where someone lives, told as a clause: "живу в усть каменогорске", "мы сейчас живём в Алматы", "she lives in St
     * Petersburg now", "we are living in Tashkent": the verb, the preposition and the place (two words when the first
     * is a place name's first part: "Усть-", "Нур-", "Санкт-", "St").
     */
    private static final Pattern RESIDENCE = Pattern.compile("(?<![\\p{L}])(?:(?:сейчас|теперь|now)\\s+)?(?:живу|живём"
            + "|живем|живёт|живет|живут|проживаю|проживаем|проживает|проживают|live|lives|living)\\s+(?:(?:сейчас"
            + "|теперь|now)\\s+)?(?:в|во|на|in)\\s+(?:(?:усть|нур|санкт|ust|st|saint)[\\s.-]+)?[\\p{L}-]+"
            + "(?:\\s+(?:сейчас|теперь|now)(?![\\p{L}]))?", FLAGS);

    /** The asker's kinship to the repressed person, as they say it: "as a grandson", "мне как правнуку", "я внучка". */
    private static final Pattern ASKERS_ROLE = Pattern.compile("(?<![\\p{L}])(?:as an?|as (?:his|her|their)|как"
            + "|я|мы|мне|нам)\\s+((?:great-?)*grand(?:son|daughter|child|children)|son|daughter|(?:пра)*внук\\p{L}*"
            + "|(?:пра)*внучк\\p{L}*|сын\\p{L}*|доч\\p{L}*|дочк\\p{L}*|наследни\\p{L}*|heirs?|relatives?"
            + "|родственни\\p{L}*)(?![\\p{L}])", FLAGS);

    /**
     * The stems of the words a question says only in remarks after its last asking sentence ("When was the law
     * adopted? <b>I keep seeing different dates.</b>", "какой номер у закона? <b>в разных местах вижу разное</b>",
     * "Сколько репрессировали? <b>Нужна цифра для курсовой</b>"): why the asker asks, not what. The story told
     * before a question is not a remark: "that" and "это" in the question point back at it. Stop words, numbers
     * and countries left out; empty when nothing follows the last asking sentence.
     *
     * @param question the question as asked; may be null (then empty)
     */
    public static Set<String> remarkStems(String question) {
        if (question == null || question.isBlank()) {
            return Set.of();
        }
        String[] sentences = SENTENCE_END.split(question.strip());
        int last = -1;
        for (int i = 0; i < sentences.length; i++) {
            boolean asking = sentences[i].strip().endsWith("?");
            for (String clause : CLAUSE_BREAK.split(sentences[i])) {
                asking |= asks(clause);
            }
            if (asking) {
                last = i;
            }
        }
        if (last < 0 || last == sentences.length - 1) {
            return Set.of();
        }
        Set<String> before = new HashSet<>();
        for (int i = 0; i <= last; i++) {
            for (String w : Terms.words(sentences[i])) {
                before.add(Terms.stem(w));
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = last + 1; i < sentences.length; i++) {
            for (String w : Terms.words(sentences[i])) {
                String st = Terms.stem(w);
                if (!before.contains(st) && !Terms.isStopword(w) && !Terms.hasDigit(w)
                        && FollowUp.countries(w).isEmpty()) {
                    out.add(st);
                }
            }
        }
        return out;
    }
    /**
     * The question without the occasion of what the asker is writing ("пишу материал к 31 мая. подскажите …",
     * "working on a piece about uzbekistan - how many …"): the piece and its occasion are why the asker asks, and a
     * day or a word of the occasion ("31 мая") would choose passages on it over the thing asked. What the piece is
     * about is kept before the rest ("about the kazakh law. when was it adopted?" keeps "the kazakh law"), else the
     * countries the opening names ("uzbekistan how many …"); a question that is nothing but such an opening is
     * returned unchanged.
     *
     * @param question the question as asked; null reads as empty
     * @return the question without its opening of purpose, never null
     */
    public static String withoutPurpose(String question) {
        String q = question == null ? "" : question.strip();
        Matcher m = PURPOSE.matcher(q);
        if (!m.lookingAt() || m.end() >= q.length()) {
            return q;
        }
        String rest = q.substring(m.end()).strip();
        if (Terms.contentWords(rest).isEmpty()) {
            return q;
        }
        Matcher topic = PIECE_TOPIC.matcher(m.group(1));
        if (topic.find() && !Terms.contentWords(topic.group(1)).isEmpty()) {
            return topic.group(1).strip() + " " + rest;
        }
        List<String> countries = new ArrayList<>();
        for (String w : Terms.words(m.group(1))) {
            if (!FollowUp.countries(w).isEmpty()) {
                countries.add(w);
            }
        }
        return countries.isEmpty() ? rest : String.join(" ", countries) + " " + rest;
    }

    /**
     * An opening telling what the asker writes or prepares, up to the end of its sentence or clause: "пишу материал к
     * 31 мая.", "готовлю статью ко дню памяти:", "i'm writing an article for may 31 -", "working on a piece about
     * uzbekistan -". Group 1 is what follows the piece's noun.
     */
    private static final Pattern PURPOSE = Pattern.compile("(?iu)^\\s*(?:(?:hi|hello|здравствуйте|добрый день)[,!.]?\\s+)?"
            + "(?:(?:i'?m|i am|we'?re|we are|я|мы)\\s+)?(?:writing|working on|preparing|doing|пишу|пишем|готовлю|готовим"
            + "|делаю|делаем)\\s+(?:(?:a|an|my|our|a short|свой|свою)\\s+)?(?:piece|article|story|report|post|feature"
            + "|материал\\p{L}*|стать\\p{L}*|текст\\p{L}*|пост\\p{L}*|сюжет\\p{L}*|репортаж\\p{L}*|заметк\\p{L}*"
            + "|лонгрид\\p{L}*)(?![\\p{L}])([^.:!?\\n—–]{0,80}?)(?:[.:!?\\n—–]+|\\s-\\s)\\s*");

    /** What a piece is about, after its noun: "about uzbekistan", "о законе 1993 года", "про трудармию". */
    private static final Pattern PIECE_TOPIC = Pattern.compile("(?iu)(?<!\\p{L})(?:about|on|regarding|о|об|обо|про)"
            + "\\s+(.+)$");
}
