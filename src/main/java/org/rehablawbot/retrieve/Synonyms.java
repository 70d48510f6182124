package org.rehablawbot.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A bilingual domain synonym map applied at query time: groups of words and phrases, English and Russian, that
 * mean the same thing for a question ("eligible", "covers", "распространяется"; "госкомиссия", "государственная
 * комиссия"). A question that says a thing in words the knowledge never uses still finds the passages that say it
 * in their own words.
 *
 * <p>The file format is Solr's synonym format, one group a line: equivalent phrases separated by commas
 * ({@code not eligible, excluded, does not apply, не подлежит, не распространяется}); {@code a, b => c, d}
 * reads a question's {@code a} or {@code b} as {@code c} or {@code d} (one way); blank lines and lines starting
 * with {@code #} are skipped. Phrases are matched on stems (Snowball, by script), so one form of a word stands
 * for all its forms; negations ("not", "не") are part of a phrase, so "not eligible" and "eligible" are different
 * phrases.
 *
 * <p>The built-in map is the resource {@code /synonyms.txt}; a moderator extends it with a
 * {@code synonyms.csv} file in the knowledge folder (same format, read when the engine starts). Immutable and
 * thread-safe.
 */
public final class Synonyms {

    /** The built-in map's resource name. */
    public static final String RESOURCE = "/synonyms.txt";
    /** The name of the moderator's own synonym file in the knowledge folder. */
    public static final String FOLDER_FILE = "synonyms.csv";

    /** No synonyms at all. */
    public static final Synonyms NONE = new Synonyms(List.of());

    /** One rule: the phrases a question may use, and what each of them may be found as in a passage. */
    private record Rule(List<List<String>> from, List<List<String>> to, List<List<String>> fromStems) {
        Rule(List<List<String>> from, List<List<String>> to) {
            this(from, to, from.stream().map(p -> p.stream().map(Terms::stem).toList()).toList());
        }
    }

    /**
     * A phrase found in a question: the positions of its words among the question's words (from inclusive, to
     * exclusive), and the alternatives a passage may hold instead, each a list of content words that must all
     * be present (by stem); {@code reading} when it comes from a one-way rule ("a => b": the question's words
     * are read as another thing, such as the asker's grandfather as the repressed person).
     */
    public record Match(int from, int to, List<List<String>> alternatives, boolean reading) {
    }

    private final List<Rule> rules;

    private Synonyms(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    private static volatile Synonyms builtIn;

    /** The built-in map alone (the resource {@link #RESOURCE}), read once. */
    public static Synonyms builtIn() {
        Synonyms s = builtIn;
        if (s == null) {
            try {
                s = load(null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read the built-in synonym map", e);
            }
            builtIn = s;
        }
        return s;
    }

    /** Number of rules (groups) in the map. */
    public int size() {
        return rules.size();
    }

    /**
     * The built-in map, extended by {@code knowledgeDir/synonyms.csv} when that file exists.
     *
     * @param knowledgeDir the knowledge folder, or null for the built-in map alone
     * @throws IOException              when the moderator's file cannot be read
     * @throws IllegalArgumentException naming the file and line of a malformed rule
     */
    public static Synonyms load(Path knowledgeDir) throws IOException {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                rules.addAll(parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE));
            }
        }
        if (knowledgeDir != null) {
            Path own = knowledgeDir.resolve(FOLDER_FILE);
            if (Files.isRegularFile(own)) {
                try (Reader r = Files.newBufferedReader(own, StandardCharsets.UTF_8)) {
                    rules.addAll(parse(r, own.toString()));
                }
            }
        }
        return new Synonyms(rules);
    }

    /**
     * A map from text in the file format.
     *
     * @throws IllegalArgumentException naming the line of a malformed rule
     */
    public static Synonyms of(String text) {
        try {
            return new Synonyms(parse(new java.io.StringReader(text), "synonyms"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Rule> parse(Reader reader, String name) throws IOException {
        List<Rule> out = new ArrayList<>();
        BufferedReader br = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = br.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] sides = s.split("=>", -1);
            if (sides.length > 2) {
                throw new IllegalArgumentException(name + ":" + n + ": more than one \"=>\" in a synonym rule");
            }
            List<List<String>> left = phrases(sides[0]);
            List<List<String>> right = sides.length == 2 ? phrases(sides[1]) : left;
            if (left.isEmpty() || right.isEmpty() || (sides.length == 1 && left.size() < 2)) {
                throw new IllegalArgumentException(name + ":" + n
                        + ": a synonym rule needs two phrases or more (\"a, b\" or \"a => b\")");
            }
            out.add(new Rule(left, right));
        }
        return out;
    }

    /** The phrases of one side, each as all its words, lower case (question words and negations included). */
    private static List<List<String>> phrases(String side) {
        List<List<String>> out = new ArrayList<>();
        for (String p : side.split(",")) {
            List<String> words = Terms.words(p);
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    /**
     * The phrases of the map a question holds, longest first and not overlapping, in order of position.
     *
     * @param words the question's words ({@link Terms#words}), stop words included
     */
    public List<Match> find(List<String> words) {
        List<String> stems = words.stream().map(Terms::stem).toList();
        record Hit(int from, int to, Rule rule) {
        }
        List<Hit> hits = new ArrayList<>();
        Set<String> present = new java.util.HashSet<>(stems);
        for (Rule r : rules) {
            for (int f = 0; f < r.fromStems.size(); f++) {
                List<String> phrase = r.fromStems.get(f);
                if (!present.contains(phrase.get(0))) {
                    continue;
                }
                String single = phrase.size() == 1 ? r.from.get(f).get(0) : null;
                for (int i = 0; i + phrase.size() <= stems.size(); i++) {
                    // "говорится о том" says no volumes ("томов", stemmed alike): a stop word of the question stands
                    // for a one-word phrase only when it is that phrase's own word ("всего")
                    if (single != null && Terms.isStopword(words.get(i)) && !words.get(i).equals(single)) {
                        continue;
                    }
                    if (matchesAt(stems, i, phrase)) {
                        hits.add(new Hit(i, i + phrase.size(), r));
                    }
                }
            }
        }
        hits.sort(Comparator.comparingInt((Hit h) -> -(h.to - h.from)).thenComparingInt(h -> h.from));
        boolean[] taken = new boolean[stems.size()];
        List<Match> out = new ArrayList<>();
        for (Hit h : hits) {
            boolean free = true;
            for (int i = h.from; i < h.to; i++) {
                free &= !taken[i];
            }
            if (!free) {
                continue;
            }
            for (int i = h.from; i < h.to; i++) {
                taken[i] = true;
            }
            Set<List<String>> alternatives = new LinkedHashSet<>();
            for (List<String> p : h.rule.to) {
                List<String> content = contentWords(p);
                if (!content.isEmpty()) {
                    alternatives.add(content);
                }
            }
            if (!alternatives.isEmpty()) {
                out.add(new Match(h.from, h.to, List.copyOf(alternatives), !h.rule.from.equals(h.rule.to)));
            }
        }
        out.sort(Comparator.comparingInt(Match::from));
        return out;
    }

    /** Whether the question's stems hold the phrase's stems from position {@code at} on. */
    private static boolean matchesAt(List<String> stems, int at, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            String q = stems.get(at + k);
            String p = phrase.get(k);
            if (!q.equals(p)) {
                return false;
            }
        }
        return true;
    }

    /** A phrase's content words: stop words and negations are not looked for in passages. */
    private static List<String> contentWords(List<String> phraseWords) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < phraseWords.size(); i++) {
            String w = phraseWords.get(i);
            if (!Terms.isStopword(w) && !Terms.isNegation(w)) {
                out.add(Terms.negated(phraseWords, i) ? Terms.NEGATED + w : w);
            }
        }
        return out;
    }

    /**
     * One thing a question asks about: a content word of the question, or a phrase of the map it holds, with the
     * ways a passage may say it.
     *
     * @param words        the question's own content words for it (one, or several for a phrase)
     * @param alternatives each a list of content words that must all be in a passage for it to say the thing; the
     *                     first is the question's own words
     * @param reading      whether a one-way rule of the map reads the words as another thing ("my grandfather" as
     *                     the repressed person): they tell the asker's situation rather than the thing asked
     */
    public record Concept(List<String> words, List<List<String>> alternatives, boolean reading) {
        public Concept {
            words = List.copyOf(words);
            alternatives = List.copyOf(alternatives);
        }

        /** Whether the question said it in one word that no phrase of the map replaces. */
        public boolean plain() {
            return alternatives.size() == 1;
        }
    }

    /**
     * The concepts of a question: its content words in order, the words of each phrase of the map it holds
     * joined into one concept that a passage may state in any of the phrase's synonyms. Words repeated by stem
     * count once.
     */
    public List<Concept> concepts(String question) {
        return conceptCache.get(question, this::computeConcepts);
    }

    private final Lru<String, List<Concept>> conceptCache = new Lru<>(2048);

    private List<Concept> computeConcepts(String question) {
        List<String> words = Terms.words(question);
        List<Match> matches = find(words);
        List<Concept> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        int m = 0;
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size() && OR.contains(words.get(i)) && NOT.contains(words.get(i + 1)) && !out.isEmpty()) {
                // "реабилитирует или нет?", "covered or not?": a sentence saying it is not answers as well
                Concept last = out.get(out.size() - 1);
                if (last.words().size() == 1 && !last.words().get(0).startsWith(Terms.NEGATED)) {
                    List<List<String>> alternatives = new ArrayList<>(last.alternatives());
                    alternatives.add(List.of(Terms.NEGATED + last.words().get(0)));
                    out.set(out.size() - 1, new Concept(last.words(), alternatives, last.reading()));
                }
            }
            Match match = m < matches.size() && matches.get(m).from() == i ? matches.get(m) : null;
            if (match != null) {
                m++;
                List<String> own = new ArrayList<>();
                for (int k = match.from(); k < match.to(); k++) {
                    String w = words.get(k);
                    if (!Terms.isStopword(w) && !Terms.isNegation(w)) {
                        own.add(Terms.negated(words, k) ? Terms.NEGATED + w : w);
                    }
                }
                List<List<String>> alternatives = new ArrayList<>();
                if (!own.isEmpty()) {
                    alternatives.add(own);
                }
                for (List<String> a : match.alternatives()) {
                    if (!alternatives.contains(a)) {
                        alternatives.add(a);
                    }
                }
                String key = own.stream().map(Terms::stem).reduce("", (x, y) -> x + " " + y);
                if (!alternatives.isEmpty() && seen.add(key.isEmpty() ? "#" + i : key)) {
                    out.add(new Concept(own.isEmpty() ? alternatives.get(0) : own, alternatives, match.reading()));
                }
                i = match.to() - 1;
                continue;
            }
            String w = words.get(i);
            // a negation ("didnt", "doesnt") is carried by the word it negates ("¬cover"), never a concept itself
            if (Terms.isStopword(w) || Terms.isNegation(w) || !seen.add(" " + Terms.stem(w))) {
                continue;
            }
            out.add(new Concept(List.of(w), List.of(List.of(w)), false));
        }
        return List.copyOf(out);
    }

    private static final Set<String> OR = Set.of("or", "или", "либо");
    private static final Set<String> NOT = Set.of("not", "нет", "не");

    /**
     * Words too general to be what a question is about ("how many people", "сколько составляет", "сколько
     * положено"): the thing asked is the next content word.
     */
    private static final Set<String> GENERAL = Set.of("people", "persons", "person", "individuals", "victims",
            "number", "total", "amount", "figure", "exactly", "really", "actually", "люди", "людей", "человек",
            "лиц", "жертв", "жертвы", "число", "количество", "всего", "итоге", "составляет", "составил", "составила",
            "составили", "составляют", "примерно", "точно", "правда", "реально",
            // what is due to someone is asked by the thing due: "сколько положено <b>компенсации</b>"
            "положено", "положены", "положена", "полагается", "полагаются", "причитается", "entitled", "owed",
            "due",
            // who pays is the state in every law here: "положено от государства", "does the state give"
            "state", "government", "государство", "государства", "государству", "государством", "государстве",
            // the frame of a claim checked ("is it true that …", "правда ли, что сначала …"), not its content
            "true", "want", "wants", "wanted", "verify", "верно", "правдой", "хотел", "хотела", "хотели", "хочет",
            "сначала", "потом",
            // the frame of a choice among figures ("which figure is right: 10.7, 14.9 or 18.4 billion?")
            "right", "correct", "wrong", "figures", "numbers", "цифра", "цифры", "цифру", "правильная", "правильный",
            "правильно", "верная", "верный",
            // the answer's type in a comparison of countries ("в какой стране больше оправдали", "which country
            // paid more"): one of the countries named, never a word the passages say
            "country", "countries", "страна", "стране", "страны", "странах", "стран",
            // the frame of looking for a thing ("where can I *find* his file?", "где *найти* дело деда"): the thing is
            // what is asked
            "find", "найти", "искать",
            // the frame of asking who acts on a matter ("кто этим *занимается*?", "who *handles* it?"): the body is what
            // is asked, and a passage says what it does in words of its own
            "занимается", "занимаются", "заниматься", "handles", "handle", "deals",
            // the frame of being given ("сколько денег могут *дать* единоразово?", "how much do we *get*?"): what is
            // given is asked, and passages name it ("компенсация", "allowance"), not the giving
            "дать", "дают", "даст", "дадут", "get", "gets", "give", "gives", "given", "получить", "получат", "получим",
            "получу", "receive");

    /**
     * Whether a question's word is too general to be what it asks about ("people", "total", "true", "правда",
     * "денег").
     *
     * @param word a word as the question writes it, lower case
     */
    public static boolean isGeneralWord(String word) {
        return GENERAL.contains(word) || GENERAL_WORDING.contains(word);
    }

    /** Whether a word is a word for money ("money", "денег", "деньгами"), as a question writes it, lower case. */
    public static boolean isMoneyWord(String word) {
        return GENERAL_WORDING.contains(word);
    }

    /**
     * Words too general to be the thing asked when the question itself says them, though their concept is not:
     * "сколько <b>денег</b> выплатили" asks for a sum, which passages give in tenge or rubles, never as "money";
     * "how much would it <b>cost</b>" still asks for a cost.
     */
    private static final Set<String> GENERAL_WORDING = Set.of("money", "денег", "деньги", "деньгами", "деньгах");

    /**
     * Whether a concept is too general to be what a question is about ("people", "total", "сколько составляет"):
     * one of its wordings is a single general word.
     */
    public static boolean isGeneral(Concept c) {
        String own = String.join(" ", c.words());
        return GENERAL.contains(own) || GENERAL_WORDING.contains(own)
                || c.alternatives().stream().anyMatch(a -> a.size() == 1 && GENERAL.contains(a.get(0)));
    }

    /**
     * The focus of a question: the first concept after its question cue ("Who <b>sponsored</b> the bill?", "How
     * many <b>volumes</b> …", "Сколько <b>томов</b> …") that is not a general word, a country or a number; when no
     * content word follows the cue and at most five stand before it in the same clause, the last such concept
     * before it ("russia <b>rehabilitations</b> 2023 count"); null when the question has no cue or no such concept.
     *
     * @param question the question (a follow-up completed, its own words first)
     */
    public Concept focus(String question) {
        int end = Intent.cueEnd(question);
        var m = WHAT.matcher(question);
        if (m.find() && (end < 0 || m.start() < Intent.cueStart(question))) {
            end = m.end();
        }
        if (end < 0) {
            return null;
        }
        // the thing asked follows the cue in its own sentence: "единовременно сколько? в Кыргызстане новый закон …"
        // (a follow-up completed with the previous question) asks nothing of the previous question's "новый"
        String after = question.substring(end);
        java.util.regex.Matcher stop = SENTENCE_STOP.matcher(after);
        if (stop.find()) {
            after = after.substring(0, stop.start());
        }
        // "How many of the people reburied at Ata-Beyit were women?", "сколько из реабилитированных были женщины?":
        // a part of a group is counted, named after the verb "were"
        java.util.regex.Matcher part = PARTITIVE.matcher(after);
        Concept first = part.lookingAt() ? firstFocus(after.substring(part.end())) : null;
        if (first == null) {
            first = firstFocus(after);
        }
        if (first != null) {
            return first;
        }
        // a lookup whose cue comes last ("russia rehabilitations 2023 count", "репрессированных в кз сколько"):
        // the last such concept before the cue
        int start = Math.min(Intent.cueStart(question), question.length());
        String before = question.substring(0, start);
        // "а корейцев конкретно сколько было в 37м?": a year after the cue names when, not what
        if (Terms.contentWords(after).stream().anyMatch(w -> !Terms.hasDigit(w))
                || Terms.contentWords(before).stream()
                        .filter(w -> !Terms.hasDigit(w) && FollowUp.countries(w).isEmpty()).count() > LOOKUP_WORDS
                || before.matches("(?s).*[?.!,;:].*")) {
            // a question that asks "… и сколько?" after a story, "… есть доплата? сколько" after a question
            // of its own, or "дают деньги из бюджета, скока?" after a clause, has no one thing before its cue
            return null;
        }
        Concept last = null;
        for (Concept c : concepts(before)) {
            if (canBeFocus(c)) {
                last = c;
            }
        }
        return last;
    }

    /**
     * The most content words a lookup with its cue last has before the cue, numbers and countries not counted
     * ("uzbek rehabilitated 2023 count", "ru rehab law 1761-1 signed by").
     */
    private static final int LOOKUP_WORDS = 5;

    /**
     * A part of a group counted: "of the people reburied there were", "из реабилитированных были", up to the verb
     * that names the part.
     */
    private static final java.util.regex.Pattern PARTITIVE = java.util.regex.Pattern.compile("(?iu)\\s*(?:of|из"
            + "|среди)\\s+.*?(?<![\\p{L}])(?:were|was|are|is|был|была|было|были|оказал\\p{L}*|являл\\p{L}*)(?![\\p{L}])");

    /** The end of a sentence: a question mark, a full stop or an exclamation mark before a space or the end. */
    private static final java.util.regex.Pattern SENTENCE_STOP = java.util.regex.Pattern.compile("[?!.](?=\\s|$)");

    /** The first concept of a text that can be a question's focus ({@link #canBeFocus}), or null. */
    private Concept firstFocus(String text) {
        for (Concept c : concepts(text)) {
            if (canBeFocus(c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean canBeFocus(Concept c) {
        String w = String.join(" ", c.words());
        return !isGeneral(c) && !Terms.hasDigit(w) && FollowUp.countries(w).isEmpty() && !WHICH_LAW.contains(w)
                && !JUDGING.contains(w);
    }

    /**
     * Words that judge or set apart the thing asked, not name it: "which is the <b>real</b> number?", "какая дата
     * <b>правильная</b>?", "what do the <b>different</b> sources say?". The thing is the word after them; no passage
     * calls its own figure "real", nor "estimated". Words of extent ("what is the <b>maximum</b> one-time
     * compensation?") set apart a value of the thing too: a text gives a range as "from 2,769 to 369,200 tenge", never naming its ends.
     */
    private static final Set<String> JUDGING = Set.of("real", "actual", "correct", "true", "right", "exact", "proper",
            "genuine", "реальный", "реальная", "реальное", "реальную", "настоящий", "настоящая", "настоящее",
            "настоящую", "правильный", "правильная", "правильное", "правильную", "верный", "верная", "верное",
            "верную", "точный", "точная", "точное", "точную", "different", "various", "other", "разные", "различные",
            "другие", "разных", "различных", "других", "minimum", "maximum", "min", "max", "smallest", "largest",
            "lowest", "highest", "least", "average", "biggest", "greatest", "минимальный", "минимальная",
            "минимальное", "минимальную", "минимальной", "максимальный", "максимальная", "максимальное",
            "максимальную", "максимальной", "средний", "средняя", "среднее", "среднюю", "наименьший", "наибольший",
            // "what's the estimated number of people repressed?": an estimate is the figure a source gives
            "estimated", "estimate", "approximate", "rough", "примерный", "примерная", "примерное", "примерную",
            "приблизительный", "приблизительная", "приблизительное", "приблизительную", "оценочный", "оценочная",
            "оценочное", "оценочную");

    /**
     * Words that say which law is asked of, not what is asked of it: "when was Kyrgyzstan's *new* law adopted?", "по
     * *новому* закону". No focus, though a passage that says them ("новые правила") may answer.
     */
    private static final Set<String> WHICH_LAW = Set.of("new", "новый", "новая", "новое", "нового", "новому", "новым",
            "новом", "новой", "новую");

    /**
     * Whether the question asks for a thing it names ("What is the <b>phone number</b> …", "How many
     * <b>volumes</b> …", "Какой <b>курс</b> …"), rather than for a date, a person or a reason, which passages state in
     * words of their own: then a passage that does not name the focus cannot answer it. A person asked by the role
     * named ("Who was the <b>architect</b> of …", "кто <b>автор</b> закона?", "кто был <b>председателем</b> …") is such a
     * thing: a passage naming people in no such role does not answer who held it. A person asked by what they did
     * ("who signed …", "кто возглавляет …") is not.
     */
    public static boolean asksForNamedThing(String question) {
        Intent intent = Intent.of(question);
        return intent == Intent.HOW_MANY || intent == Intent.OTHER && WHAT.matcher(question).find()
                || intent == Intent.WHO && ROLE_ASKED.matcher(question).find();
    }

    /**
     * "who is/was the <role>", "кто (был, является) <role>": the question word, a form of "to be" (required in
     * English, with an article), and a noun; a Russian word with a verb's ending ("возглавляет", "подписал") names
     * a deed, not a role; "кто они (такие)?" asks what a group is.
     */
    private static final java.util.regex.Pattern ROLE_ASKED = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:who\\s+(?:is|was|were|are)\\s+(?:the|an?)\\s+\\p{L}{3,}"
                    + "|кто\\s+(?:(?:был[аи]?|явля\\p{L}*|стал[аи]?)\\s+)?"
                    + "(?!\\p{L}*(?:ет|ит|ют|ят|ут|л|ла|ли|ло|ть|ся|сь)(?![\\p{L}])"
                    + "|(?:они|она|оно|это|эти|этот|эта|такие|такой|такая|такое|таков\\p{L}*)(?![\\p{L}]))\\p{L}{3,})");

    /**
     * "What is the …", "Какой …": a question whose focus is the thing it names first; "какие-то деньги" (some
     * money) is no question word.
     */
    private static final java.util.regex.Pattern WHAT = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}])(what|which|какой|какая|какое|какие|каков|какова|каковы|каком|какую|какого|какому"
                    + "|каким|каких|какими)(?![\\p{L}]|-(?:то|нибудь"
                    + "|либо)(?![\\p{L}]))");

}
