package org.rehablawbot.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Word-level text analysis shared by retrieval and the extractive composer: splitting into words, stop words
 * (including question words, which say what is asked but not about what), stemming by script (Cyrillic words
 * with the Russian Snowball stemmer, others with the English one) and typo-tolerant matching of stems.
 * Thread-safe.
 */
public final class Terms {

    /** Question and filler words of English questions, on top of Lucene's English stop words. */
    private static final Set<String> EN_EXTRA = Set.of(
            // "fewer", "less", "least" frame a comparison as "more" and "most" (stop words already) do
            "fewer", "less", "least",
            "itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself",
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much", "does", "did",
            "do", "done", "doing", "has", "have", "had", "having", "is", "are", "was", "were", "been", "being", "am",
            "can", "could", "would", "should", "shall", "may", "might", "must", "tell", "me", "us", "you", "your",
            "i", "my", "we", "our", "about", "approximately", "roughly", "say", "says", "said", "saying", "know", "known", "explain", "describe",
            "described", "describes", "describing", "mentioned", "mention", "mentions", "according", "accordance",
            "give", "list", "please", "any", "some", "there", "here", "from", "than", "also", "all", "so", "very",
            "just", "too", "other", "each", "own", "same", "only", "its", "it's", "his", "her", "him", "she", "he",
            "them", "those", "whether", "yes", "get", "got", "one", "ones", "thing", "things", "kind", "sort",
            "something", "anything", "else", "more", "most", "now", "ever", "like", "want", "need", "let", "hi",
            "hello", "hey", "sorry", "dear", "thanks", "thank", "okay", "ok", "pls", "plz", "up", "out", "over", "under", "again", "via", "per", "after",
            "before", "during", "while", "until", "since", "between", "against", "through", "without", "within",
            "onto", "off", "s", "d", "ll", "re", "ve", "t", "m",
            // contractions typed without their apostrophe: "im the grandson", "ive read"
            "im", "ive", "youre", "theyre", "thats", "theres", "whats",
            // "what came out of it", "how did it come about": what resulted, asked in a verb that names no thing
            "came", "come", "comes",
            // the frame of a comparison asks for both things compared, and names neither
            "difference", "differences", "distinguish", "distinguishes", "compare", "compared", "comparison", "comparing",
            "versus", "vs",
            // how wide the thing asked is, not what it is: "for Kazakhstan as a whole", "specifically"
            "whole", "entire", "overall", "specifically", "specific", "particular", "particularly",
            // which law applies is asked by the law, not by these: "which country's law do I use"
            "use", "country's", "country",
            // words about the bot's sources rather than about the topic
            "source", "sources", "agree", "disagree", "differ", "answer", "question", "info", "information",
            // how the asker met the figures, not what they count: "i keep seeing different numbers"
            "numbers", "figures", "different", "various", "conflicting", "varying", "seeing", "seen",
            // what the asker writes the answer for: "For my thesis: …"
            "thesis", "essay", "coursework", "dissertation",
            // checking what one heard ("I heard that …, is that true? how much exactly?") asks the claim, not these
            "true", "really", "exactly", "heard", "hear", "actually", "somebody", "someone", "told",
            // emphasis: "who do we *even* ask", "did he *finally* sign it", "who were they
            // *though*"; precision asked: "law 1991 *exact* date?"
            "even", "exact", "precise", "precisely", "finally", "though", "anyway",
            // how far a count has come, asked of the latest figure: "rehabilitated over 1,000 people *yet*?"
            "yet", "already",
            // a verb that only lets another act: "an archive that *lets* families see these cases"
            "lets", "letting",
            // a plan or duty told of what is asked: "how many more were *supposed* to follow?"
            "supposed",
            // "what amount", "monthly amount?": the frame of a figure asked, as "how much" is, not the thing
            "amount", "amounts",
            // "which came first … how many years apart?": the frame of comparing dates, not a thing
            "apart", "earlier", "older",
            // a filler after what is named: "is it only stalin era *stuff*?"; "money *wise*?": the frame of a topic
            "stuff", "wise");

    /** Question and filler words of Russian questions, on top of Lucene's Russian stop words. */
    private static final Set<String> RU_EXTRA = Set.of(
            // the frame of a comparison asks for both things compared, and names neither ("меньше" is kept: "ей меньше
            // льгот полагалось?" asks for the sentence that says "меньше льгот")
            "разница", "разницу", "разнице", "отличие", "отличия", "отличается", "отличаются", "отличить",
            "различие", "различия", "сравнить", "сравнение", "сравните", "сравни", "сравним", "сравнивая",
            "целом", "целиком", "конкретно", "конкретный", "конкретная", "конкретное",
            // what the asker writes the answer for: "для курсовой", "пишу диплом"
            "курсовой", "курсовая", "курсовую", "курсача", "диплом", "диплома", "дипломной", "дипломную", "реферат",
            "реферата", "диссертации", "диссертация",
            // a hedge on the figure asked, not a word of it
            "примерно", "приблизительно", "ориентировочно",
            "что", "какой", "какая", "какое", "какие", "каких", "каким", "какими", "каком", "какого", "какую",
            "какому", "кто", "кого", "кому", "кем", "ком", "чей", "чья", "чьё", "чье", "чьи", "когда", "где",
            "куда", "откуда", "почему", "зачем", "как", "сколько", "скока", "скоко", "скок", "ли", "расскажи", "расскажите", "скажи",
            "скажите", "объясни", "объясните", "пожалуйста", "нибудь", "нибуть", "нужна", "нужны", "нужен", "надо", "про", "об", "обо", "есть", "это", "этот", "эта",
            "эти", "этого", "этой", "этом", "этих", "этим", "тот", "та", "те", "того", "той", "том", "тех", "тем",
            "теми", "также",
            "тоже", "ещё", "еще", "какова", "каков", "каковы", "который", "которая", "которое", "которые",
            "которых", "которого", "которой", "котором", "можно", "нужно", "ты", "вы", "мне", "нам", "знаешь",
            // a modal verb asks whether, the thing asked is the verb it goes with: "сколько денег могут дать"
            "может", "могут", "можем", "могу", "сможет", "смогут", "сможем", "смогу", "мог", "могла", "могли",
            "должен", "должна", "должно", "должны", "обязан", "обязаны",
            "знаете", "привет", "спасибо", "именно",
            // greetings and apologies around a question: "здравствуйте пишу с телефона извините"
            "здравствуйте", "здравствуй", "здрасте", "здрасьте", "извините", "извиняюсь", "простите", "подскажите",
            "подскажи", "помогите", "помоги",
            // how short an answer is wished ("кого не реабилитируют коротко", "in short"), not a thing asked
            "коротко", "кратко", "вкратце", "briefly", "shortly",
            // "ей самой что-то положено?": the person herself, not a thing asked
            "сам", "сама", "само", "сами", "самой", "самого", "самому", "самим", "самих", "саму", "то",
            // the asker's own writing ("пишу с телефона"), not what is asked; and how a source reports ("X писал,
            // что …"), which says nothing of where one writes to ("куда писать?")
            "пишу", "напишу", "писал", "писала", "писали", "пишет", "пишут", "написал", "написала", "написали",
            "вообще", "либо", "всё", "все", "всех", "свой", "своей",
            "своего", "своих", "его", "её", "ее", "их", "он", "она", "оно", "они", "им", "ими", "ней", "нём",
            "нем", "него", "них", "ему", "там", "тут", "здесь", "сейчас", "теперь", "итак", "ну", "насчёт",
            "насчет", "говорят", "говорит", "сказано", "был", "была", "было", "были", "будет", "будут", "быть",
            // which law applies is asked by the law, not by these: "which country's law do I use"
            "use", "country's", "country",
            // words about the bot's sources rather than about the topic
            "источник", "источники", "источников", "источниках", "согласны", "расходятся", "ответ", "вопрос",
            "информация", "информацию",
            // how the asker met the figures, not what they count: "цифры разные попадаются", "разные данные встречала"
            "цифры", "цифр", "цифрами", "разные", "разных", "разными", "разнятся", "попадаются", "попадается",
            "встречаются", "встречается", "встречал", "встречала", "встречали", "видел", "видела", "видели",
            // checking what one heard ("слышала, что …, это правда? сколько точно?") asks the claim, not these
            "правда", "верно", "точно", "неужели", "слышал", "слышала", "слышали", "слыхал", "слыхала",
            // "какой размер пособия?", "в размере 1,07 МРП": the frame of a figure, as "сколько" is, not the thing
            "размер", "размере", "размера", "размеры", "размерах",
            // "какой закон приняли раньше?": the frame of comparing dates, not a thing
            "раньше", "позже",
            // whose and how long ("пока рабочая группа до нашей области дойдет"): the asker's frame, not a thing
            "наш", "наша", "наше", "нашей", "нашего", "нашему", "нашим", "нашем", "наших", "нашу", "наши", "ваш",
            "ваша", "ваше", "вашей", "вашего", "вашему", "вашим", "вашем", "ваших", "вашу", "ваши", "моей", "моего",
            "моему", "моим", "моём", "моем", "моих", "мою", "мои", "твой", "твоя", "твоей", "твоего", "пока",
            "пусть", "просто");

    /** Irregular English verb forms, mapped to the form the stemmer gives their regular relatives. */
    private static final java.util.Map<String, String> EN_IRREGULAR = java.util.Map.ofEntries(
            java.util.Map.entry("wrote", "write"), java.util.Map.entry("written", "write"),
            java.util.Map.entry("took", "take"), java.util.Map.entry("taken", "take"),
            java.util.Map.entry("gave", "give"), java.util.Map.entry("given", "give"),
            java.util.Map.entry("began", "begin"), java.util.Map.entry("begun", "begin"),
            java.util.Map.entry("made", "make"), java.util.Map.entry("held", "hold"),
            java.util.Map.entry("said", "say"), java.util.Map.entry("told", "tell"),
            java.util.Map.entry("came", "come"), java.util.Map.entry("went", "go"), java.util.Map.entry("gone", "go"),
            java.util.Map.entry("chose", "choos"), java.util.Map.entry("chosen", "choos"),
            java.util.Map.entry("found", "find"), java.util.Map.entry("led", "lead"), java.util.Map.entry("met", "meet"),
            java.util.Map.entry("paid", "pay"), java.util.Map.entry("sent", "send"), java.util.Map.entry("set", "set"),
            java.util.Map.entry("spoke", "speak"), java.util.Map.entry("spoken", "speak"),
            java.util.Map.entry("fought", "fight"), java.util.Map.entry("brought", "bring"),
            java.util.Map.entry("thought", "think"), java.util.Map.entry("known", "know"),
            java.util.Map.entry("knew", "know"), java.util.Map.entry("shot", "shoot"), java.util.Map.entry("died", "die"),
            java.util.Map.entry("children", "child"), java.util.Map.entry("people", "peopl"),
            java.util.Map.entry("men", "man"), java.util.Map.entry("women", "woman"));

    private static final CharArraySet EN_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet RU_STOP = RussianAnalyzer.getDefaultStopSet();

    private static final ThreadLocal<SnowballStemmer> EN_STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);
    private static final ThreadLocal<SnowballStemmer> RU_STEMMER = ThreadLocal.withInitial(RussianStemmer::new);

    private Terms() {
    }

    /**
     * A year of the last century in two digits, as people write it: "в 37м", "в 91-м", "91-го года", "в 44ом", "'91".
     * Read as the year (1937, 1991); two digits below 30 stay as written ("в 20х" may be the 1920s or 2020s).
     */
    private static final java.util.regex.Pattern SHORT_YEAR = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])['’]?([3-9]\\d)(?:-?(?:м|ом|й|го|х|ых|ого)(?!\\p{L})|(?<=['’]\\d\\d)(?![\\p{L}\\d]))");

    /**
     * A cheap test before {@link #SHORT_YEAR}'s search, which every passage's words would otherwise pay for: two digits
     * after an apostrophe, or followed by a hyphen or a Cyrillic letter ("'91", "37м", "91-го").
     */
    private static boolean mayHoldShortYear(String text) {
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            if (!Character.isDigit(text.charAt(i)) || !Character.isDigit(text.charAt(i + 1))) {
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 2 < n ? text.charAt(i + 2) : ' ';
            if (before == '\'' || before == '\u2019' || after == '-'
                    || Character.UnicodeBlock.of(after) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** "На самом деле", "в самом деле": "actually", a word of emphasis in two words a case file's "деле" is one of. */
    private static final java.util.regex.Pattern ACTUALLY = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(?:на|в) самом деле(?!\\p{L})");

    /**
     * The words of a text, lower case, in order: runs of letters and digits (a possessive {@code 's} and
     * apostrophes inside words are dropped, {@code ё} is read as {@code е}). Numbers written with thousands
     * separators ({@code 18,000}, {@code 250 000}) stay single words without the separators. "На самом деле" and
     * "в самом деле" ("actually") are no words: "деле" is a case file's word elsewhere ("в его деле").
     */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        if (text.contains("самом")) {
            text = ACTUALLY.matcher(text).replaceAll(" ");
        }
        if (mayHoldShortYear(text)) {
            java.util.regex.Matcher shortYear = SHORT_YEAR.matcher(text);
            if (shortYear.find()) {
                text = shortYear.replaceAll("19$1");
            }
        }
        StringBuilder cur = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                cur.append(Character.toLowerCase(c) == 'ё' ? 'е' : Character.toLowerCase(c));
                continue;
            }
            boolean inNumber = cur.length() > 0 && Character.isDigit(cur.charAt(cur.length() - 1));
            if (inNumber && (c == ',' || c == '\u00a0' || c == '\u202f')
                    && isThreeDigits(text, i + 1)) {
                continue; // thousands separator
            }
            if ((c == '\'' || c == '\u2019') && cur.length() > 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                // possessive 's, or an apostrophe inside a word: drop the apostrophe and a trailing 's'
                if ((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                    i++;
                }
                continue;
            }
            if (c == '.' && cur.length() > 0) {
                int end = domainEnd(text, i + 1);
                if (end > 0) {
                    // "zakonpravo.kz", "24.kg", "segodnya.today": a domain's ending names no country and no day
                    flush(cur, out);
                    i = end - 1;
                    continue;
                }
            }
            flush(cur, out);
        }
        flush(cur, out);
        return out;
    }

    /** The endings of the domains sources are named by ("24.kg", "kun.uz", "inform.kz", "segodnya.today"). */
    private static final Set<String> DOMAIN_ENDINGS = Set.of("kz", "kg", "uz", "ru", "tj", "tm", "ua", "by", "su",
            "com", "org", "net", "info", "asia", "today", "news", "eu", "de", "uk", "edu", "gov", "int");

    /**
     * Where a domain's ending written right after a dot at {@code from} ends ("kz" in "inform.kz"), or -1 when the
     * text there is no such ending (a letter or digit follows it, or it is no known ending).
     */
    private static int domainEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == from || end < text.length() && Character.isLetterOrDigit(text.charAt(end))
                || !DOMAIN_ENDINGS.contains(text.substring(from, end).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return end;
    }

    private static boolean isThreeDigits(String text, int from) {
        if (from + 3 > text.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return from + 3 == text.length() || !Character.isDigit(text.charAt(from + 3));
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    /** True for words that carry no topic: stop words, question words and fillers of either language. */
    public static boolean isStopword(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (isCyrillic(w)) {
            return RU_STOP.contains(w) || RU_EXTRA.contains(w) || w.length() < 2;
        }
        return EN_STOP.contains(w) || EN_EXTRA.contains(w) || (w.length() < 2 && !Character.isDigit(w.charAt(0)));
    }

    /** The content words of a text (words that are not stop words), without repeats, in order. */
    public static List<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (!isStopword(w)) {
                out.add(w);
            }
        }
        return new ArrayList<>(out);
    }

    private static final Lru<String, String> STEMS = new Lru<>(100_000);

    /**
     * The prefix of a negated word ({@code ¬cover} for "does not cover", {@code ¬распространя} for "не
     * распространяется"): a text's stems hold it beside the word's own stem, and a question's negated phrase
     * ("not covered", "не подлежит") asks for it.
     */
    public static final String NEGATED = "¬";

    /** Words that negate the word after them (or the one after that: "does not cover", "not be covered"). */
    public static final Set<String> NEGATIONS = Set.of("not", "no", "non", "never", "cannot", "doesnt", "dont",
            "isnt", "arent", "wasnt", "werent", "wont", "didnt", "не", "нет", "ни", "нельзя");

    /** Whether a word negates what follows it ({@link #NEGATIONS}). */
    public static boolean isNegation(String word) {
        return NEGATIONS.contains(word);
    }

    /**
     * The stem of a lower case word, by its script; numbers are their own stem; a negated word ({@link #NEGATED}
     * prefix) keeps its prefix. Cached.
     */
    public static String stem(String word) {
        if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
            return word;
        }
        if (word.startsWith(NEGATED)) {
            return NEGATED + stem(word.substring(NEGATED.length()));
        }
        return STEMS.get(word, Terms::computeStem);
    }

    /** An "о" after ж, ч, ш or щ inside a word. */
    private static final java.util.regex.Pattern HUSHED_O = java.util.regex.Pattern.compile("(?<=[жчшщ])о(?=\\p{L})");

    private static String computeStem(String word) {
        boolean cyrillic = isCyrillic(word);
        if (!cyrillic) {
            String base = EN_IRREGULAR.get(word);
            if (base != null) {
                word = base;
            }
        }
        if (cyrillic) {
            // "учоных", "жонами", "шо": an "о" after ж, ч, ш, щ is how people write the "ё" there ("учёных",
            // "жёнами"); read on both sides the same, it is "е", as "ё" is
            word = HUSHED_O.matcher(word).replaceAll("е");
        }
        SnowballStemmer s = (cyrillic ? RU_STEMMER : EN_STEMMER).get();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }

    private static final Lru<String, Set<String>> TEXT_STEMS = new Lru<>(20_000);

    /** Stems of the content words of a text (an immutable set, cached for recent texts). */
    public static Set<String> stems(String text) {
        return TEXT_STEMS.get(text, Terms::computeStems);
    }

    private static final Lru<String, Set<String>> ALL_STEMS = new Lru<>(5_000);

    /**
     * Stems of every word of a text, stop words included ("том" is a Russian stop word and a volume): for finding
     * one given thing in a text rather than for weighing how much of a question it holds. Cached for recent texts.
     */
    public static Set<String> allStems(String text) {
        return ALL_STEMS.get(text, t -> {
            List<String> words = words(t);
            Set<String> out = new LinkedHashSet<>();
            for (int i = 0; i < words.size(); i++) {
                out.add(stem(words.get(i)));
                addNegated(words, i, out);
            }
            return Set.copyOf(out);
        });
    }

    private static Set<String> computeStems(String text) {
        Set<String> out = new LinkedHashSet<>();
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!isStopword(w)) {
                out.add(stem(w));
                addNegated(words, i, out);
            }
        }
        return Set.copyOf(out);
    }

    /** Adds the negated stem of word {@code i} when it is negated ({@link #negated}) and a content word. */
    private static void addNegated(List<String> words, int i, Set<String> out) {
        String w = words.get(i);
        if (!isNegation(w) && !isStopword(w) && negated(words, i)) {
            out.add(NEGATED + stem(w));
        }
    }

    /**
     * Whether one of the two words before word {@code i} negates it ("not covered", "does not apply", "не
     * распространяется").
     *
     * @param words a text's words ({@link #words}), stop words included
     * @param i     an index into {@code words}
     */
    public static boolean negated(List<String> words, int i) {
        return i >= 1 && isNegation(words.get(i - 1)) || i >= 2 && isNegation(words.get(i - 2));
    }

    /**
     * Whether a query stem matches a text stem: equal; or one is a prefix of the other and the shorter has at
     * least 5 letters ({@code kyrgyz} and {@code kyrgyzstan}); or, for words without digits, they are one edit
     * apart when the shorter has at least 5 letters, two when it has at least 10 (typos). Numbers match only
     * exactly.
     */
    public static boolean matches(String query, String text) {
        if (query.equals(text)) {
            return true;
        }
        return !hasDigit(query) && similar(query, text);
    }

    /** The prefix and typo rules of {@link #matches} for a query stem known to have no digits. */
    private static boolean similar(String query, String text) {
        if (query.startsWith(NEGATED) != text.startsWith(NEGATED)) {
            return false; // "¬cover" is not a typo of "cover"
        }
        int ql = query.length();
        int tl = text.length();
        int min = Math.min(ql, tl);
        if (min < 5) {
            return false;
        }
        if (ql <= tl ? text.startsWith(query) : query.startsWith(text)) {
            return !hasDigit(text);
        }
        int allowed = min >= 10 ? 2 : 1;
        if (Math.abs(ql - tl) > allowed || hasDigit(text)) {
            return false;
        }
        return editDistance(query, text, allowed) <= allowed;
    }

    /**
     * The stem a Russian compound shortened with "гос" or "спец" stands for ("госкомисс" for "государственная
     * комиссия" is {@code комисс}, "спецпособ" is {@code пособ}); the stem itself for any other word.
     *
     * @param stem a stem ({@link #stem})
     */
    public static String compoundHead(String stem) {
        for (String prefix : COMPOUND_PREFIXES) {
            if (stem.startsWith(prefix) && stem.length() - prefix.length() >= 4) {
                return stem.substring(prefix.length());
            }
        }
        return stem;
    }

    private static final List<String> COMPOUND_PREFIXES = List.of("спец", "гос");

    /** True when some stem of {@code textStems} matches {@code query}. */
    public static boolean matchesAny(String query, Set<String> textStems) {
        return matchesAny(query, textStems, false);
    }

    /**
     * True when some stem of {@code textStems} matches {@code query}; with {@code sameFirstLetter}, a typo must
     * keep the word's first letter: the thing a question asks for ("residents") is not said by a word one letter
     * away at its start ("president"), while a text's word near one of a story's many words may still count.
     */
    public static boolean matchesAny(String query, Set<String> textStems, boolean sameFirstLetter) {
        if (textStems.contains(query)) {
            return true;
        }

        if (query.length() < 5 || hasDigit(query)) {
            return false;
        }
        for (String t : textStems) {
            if (similar(query, t) && (!sameFirstLetter || t.charAt(0) == query.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions),
     * stopping early once it exceeds {@code max} (then returns {@code max + 1}).
     */
    static int editDistance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** True for an empty string or one holding a digit (a number or a code, not a word). */
    public static boolean hasDigitOrEmpty(String s) {
        return s.isEmpty() || hasDigit(s);
    }

    /** True for a string holding a digit. */
    public static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when the word's first letter is Cyrillic. */
    public static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
            }
        }
        return false;
    }
}
