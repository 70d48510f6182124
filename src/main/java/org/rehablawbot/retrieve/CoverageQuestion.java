package org.rehablawbot.retrieve;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehablawbot.knowledge.Language;

/**
 * The answer type of a yes/no question on whether a law covers a case or gives a person its status ("а
 * раскулачивание туда входит?", "does the new law cover kulaks?", "считаюсь ли я пострадавшей?", "will the new
 * kyrgyz law clear his name?"): its answer is a sentence stating whom the law covers or recognises ("распространяется
 * на … детей жертв, находившихся вместе с родителями … на спецпоселении", "recognised as having suffered are
 * children who were with their parents …"), the one that tells the asker's case. The case is often in the story told
 * before the question ("я родилась в 1950 в спецпоселении …"), so retrieval searches the story beside the words
 * such sentences are written in. Retrieval and composition both read it. English and Russian.
 */
public final class CoverageQuestion {

    /** The verbs a question asks coverage in, as a regular expression's alternatives: "входит", "covered". */
    public static final String COVERAGE_VERBS = "входит|входят|распространя\\p{L}*|подпада\\p{L}*|подлеж\\p{L}*"
            + "|относится|относятся|касается|covers?|covered|include[sd]?";

    /** A yes/no question on what a law covers: "входит?", "covered?", "does it cover", "подпадает", "applies to". */
    private static final Pattern COVERAGE_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:" + COVERAGE_VERBS
            + "|appl(?:y|ies) to|count(?:s|ed)?(?:\\s+\\p{L}+)? as"
            // "по казахскому закону это считается репрессией?": what counts as repression is what the law covers
            + "|счита\\p{L}*(?:\\s+ли)?(?:\\s+\\p{L}+)?\\s+(?:репресси\\p{L}*|жертв\\p{L}*))(?!\\p{L})");

    /**
     * A question on a person's status under a law, besides what it covers: "его признают жертвой?", "считается ли
     * она пострадавшей?", "is he eligible?", "was she rehabilitated?", "will the law clear his name?".
     */
    private static final Pattern STATUS_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:призна\\p{L}*|счита\\p{L}*"
            + "|реабилитир\\p{L}*|eligible|qualif\\p{L}*|considered|recogni[sz]\\p{L}*|rehabilitated|rehabilitates?"
            + "|clear (?:his|her|their|my|our) names?)(?!\\p{L})");

    /**
     * A yes/no question whether a person is a victim: "is she a victim under the Kazakh law?", "am I considered
     * repressed?", "является ли бабушка жертвой?", "она пострадавшая или нет?": a form of "to be" before a person
     * and up to two words, then the status noun; in Russian "является ли" or a person's pronoun, then the noun.
     */
    private static final Pattern PERSON_STATUS_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:is|am|are|was|were)"
            + "\\s+(?:she|he|i|they|we|my|his|her|our|their)(?:\\s+\\p{L}+){0,2}?\\s+(?:an?\\s+)?"
            + "|явля\\p{L}*\\s+ли(?:\\s+\\p{L}+){0,2}?\\s+|(?:она|он|они|я)\\s+(?:тоже\\s+)?)"
            + "(?:пострадавш\\p{L}*|жертв\\p{L}*|репрессированн\\p{L}*|victims?|repressed)(?!\\p{L})");

    /** The words of a person's status a sentence stating coverage answers: "victim", "пострадавшей", "repressed". */
    private static final Pattern STATUS_NOUN = Pattern.compile("(?iu)(?<!\\p{L})(?:пострадавш\\p{L}*|жертв\\p{L}*"
            + "|репрессированн\\p{L}*|victims?|repressed|suffered)(?!\\p{L})");

    /** The words that state whom a law covers, as a regular expression's alternatives: "covers", "applies to". */
    public static final String COVER_WORDS = "covers|applies to|apply to|распространя\\p{L}*";

    /**
     * A sentence stating whom a law covers or recognises: "covers", "applies to", "распространяется на", "к ним
     * относятся", "признаются", "recognised as".
     */
    private static final Pattern COVERS_STATED = Pattern.compile("(?iu)(?<!\\p{L})(?:" + COVER_WORDS
            + "|относятся|признаются|признаётся|признается|count as|counts as|recogni[sz]ed as"
            // "Кто считается жертвой политических репрессий по статье 1 …: люди, …"
            + "|счита\\p{L}* жертв\\p{L}*|counts? as (?:a )?victims?)(?!\\p{L})");

    /** The words of a law and of its frame, which name no case: "закон", "law", "реабилитации", "new". */
    private static final Pattern FRAME_WORD = Pattern.compile("(?iu)закон\\p{L}*|laws?|acts?|rehabilitat\\p{L}*"
            + "|реабилит\\p{L}*|new|нов\\p{L}*|politic\\p{L}*|политическ\\p{L}*|repression\\p{L}*|репресси\\p{L}*");

    private CoverageQuestion() {
    }

    /**
     * Whether a question's word names a law or its frame ("закон", "law", "реабилитации", "new", "political",
     * "репрессий") rather than the case asked about.
     *
     * @param word a word as the question writes it
     */
    public static boolean isFrameWord(String word) {
        return FRAME_WORD.matcher(word).matches();
    }

    /**
     * Whether an asking part asks, yes or no, whether a law covers something ("входит?", "does it cover",
     * "подпадает", "applies to", "counts as").
     *
     * @param asking a question's asking part ({@link Situation#asking}); never null
     */
    public static boolean asksCoverage(String asking) {
        return COVERAGE_ASKED.matcher(asking).find();
    }

    /**
     * Whether an asking part asks what a law covers or a person's status under it ({@link #asksCoverage}, or
     * "признают", "считается", "eligible", "rehabilitated", "clear his name", "is she a victim", "является ли она
     * жертвой").
     *
     * @param asking a question's asking part; never null
     */
    public static boolean asksStatus(String asking) {
        return asksCoverage(asking) || STATUS_ASKED.matcher(asking).find()
                || PERSON_STATUS_ASKED.matcher(asking).find();
    }

    /**
     * Whether a question's word may name the case a status question asks about ("спецпоселении", "kulaks",
     * "плену"): no number, kin, country, general word ({@link Synonyms#isGeneralWord}), stop word, word of the law
     * ({@link #isFrameWord}) or word of status asked.
     *
     * @param word   a word (or a phrase of the synonym map) as the question writes it, lower case
     * @param stem   its stem (a phrase's: its first word's)
     * @param status the stems of the words of status asked ({@link #statusStems})
     */
    public static boolean namesCase(String word, String stem, Set<String> status) {
        return !Terms.hasDigit(word) && !Situation.isKin(word) && FollowUp.countries(word).isEmpty()
                && !Synonyms.isGeneralWord(word) && !Terms.isStopword(word) && !isFrameWord(word)
                && !status.contains(stem);
    }

    /**
     * Whether a text states whom a law covers or recognises ("распространяется на", "признаются", "covers",
     * "applies to", "recognised as").
     *
     * @param text a passage's or a sentence's text; never null
     */
    public static boolean statesCoverage(String text) {
        return COVERS_STATED.matcher(text).find();
    }

    /**
     * Whether a text speaks of a law or of a person's status under one: it names a law or its frame ("закон",
     * "rehabilitation", "repression"), states whom a law covers or leaves out, says a person was recognised,
     * rehabilitated or acquitted, or has a body take a step of the procedure
     * ({@link ProcedureQuestion#namesBodyActing}: "the prosecutor's office lodges a protest"). A sentence on a case
     * that says none of this ("the victims were shot in November 1938 and buried in a kiln") tells what happened,
     * not whether a law covers it.
     *
     * @param text a sentence's text; never null
     */
    public static boolean speaksOfLaw(String text) {
        if (statesCoverage(text) || statesExclusion(text) || STATUS_ASKED.matcher(text).find()) {
            return true;
        }
        return LAW_WORD.matcher(text).find() || ProcedureQuestion.namesBodyActing(text);
    }

    /** A word naming a law or its frame, "new" aside: "the new Ata-Beyit cemetery" names no law. */
    private static final Pattern LAW_WORD = Pattern.compile("(?iu)(?<!\\p{L})(?:закон\\p{L}*|laws?|acts?"
            + "|rehabilitat\\p{L}*|реабилит\\p{L}*|repressi\\p{L}*|репресси\\p{L}*|acquit\\p{L}*|exonerat\\p{L}*"
            + "|оправда\\p{L}*)(?!\\p{L})");

    /**
     * Whether a text states whom a law leaves out: "excludes", "does not cover", "not covered", "не распространяется
     * на", "исключение". Such an exception is read with the rule it excepts from.
     *
     * @param text a passage's text; never null
     */
    public static boolean statesExclusion(String text) {
        return EXCLUSION.matcher(text).find();
    }

    private static final Pattern EXCLUSION = Pattern.compile("(?iu)(?<!\\p{L})(?:excludes?|excluded|does not (?:cover"
            + "|apply)|do not (?:cover|apply)|not covered|не распространя\\p{L}*|не подлежат|исключ\\p{L}*)(?!\\p{L})");

    /**
     * The stems of the words an asking part asks a status or coverage in ("считаюсь", "признают", "пострадавшей",
     * "eligible", "covered"): a passage stating whom the law covers answers them in whatever words it states it.
     *
     * @param asking a question's asking part; never null
     * @return the stems; empty when it asks no status ({@link #asksStatus})
     */
    public static Set<String> statusStems(String asking) {
        Set<String> out = new HashSet<>();
        if (!asksStatus(asking)) {
            return out;
        }
        for (Pattern p : new Pattern[] {COVERAGE_ASKED, STATUS_ASKED, STATUS_NOUN}) {
            Matcher m = p.matcher(asking);
            while (m.find()) {
                for (String w : Terms.words(m.group())) {
                    if (!Terms.isStopword(w)) {
                        out.add(Terms.stem(w));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The words a sentence stating whom a law covers is written in, to search beside the asker's story.
     *
     * @param language the language searched
     * @return the words, space-separated
     */
    public static String coverWords(Language language) {
        return language == Language.RU
                ? "распространяется признаются пострадавшими жертвами"
                : "covers applies recognised suffered victims";
    }

    /**
     * The year of the case a question on a law's coverage tells ("деда расстреляли в 1938"): its first year from 1900
     * to 1999, or 0 when it tells none or asks nothing of coverage ({@link #asksStatus}, {@link #asksCoverage}).
     *
     * @param question the question as asked; never null
     * @param asking   its asking part; never null
     */
    public static int caseYear(String question, String asking) {
        if (!asksStatus(asking) && !asksCoverage(asking)) {
            return 0;
        }
        Matcher m = CASE_YEAR.matcher(question);
        while (m.find()) {
            if (!BIRTH_BEFORE.matcher(question.substring(Math.max(0, m.start() - 20), m.start())).find()
                    && !BIRTH_AFTER.matcher(question.substring(m.end())).lookingAt()) {
                return Integer.parseInt(m.group());
            }
        }
        return 0;
    }

    /** A year of the twentieth century, such as a case's year in a family's story ("в 1938 году"). */
    private static final Pattern CASE_YEAR = Pattern.compile("(?<![\\p{N}])19\\d\\d(?![\\p{N}])");

    /** Words before a year that make it a birth's ("born in 1944", "родилась в 1947"): no case's year. */
    private static final Pattern BIRTH_BEFORE = Pattern.compile("(?iu)(?:born|birth|родил\\p{L}*|рожд\\p{L}*)"
            + "(?:\\s+(?:in|в))?\\s*$");

    /** Words after a year that make it a birth's ("1939 г.р.", "1939 года рождения"). */
    private static final Pattern BIRTH_AFTER = Pattern.compile("(?iu)\\s*(?:г\\.?\\s*р\\.?|года рождения"
            + "|г\\.\\s*рождения|-born)");

    /**
     * Whether a fact gives years of repression a law covers that hold the year: its value a range of years or
     * several ({@code 1917..1953}, {@code 1918..1924,1929..1953}), its {@code about} speaking of repression ("years in
     * which the people whom the Kyrgyz law is to rehabilitate were repressed").
     *
     * @param year a case's year ({@link #caseYear}); 0 holds none
     */
    public static boolean coversYear(org.rehablawbot.knowledge.Fact fact, int year) {
        if (year == 0 || fact.about() == null || !REPRESSION.matcher(fact.about()).find()) {
            return false;
        }
        Matcher m = YEAR_RANGE.matcher(fact.value());
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) <= year && year <= Integer.parseInt(m.group(2))) {
                return true;
            }
        }
        return false;
    }

    /** Words of repression in a fact's {@code about}. */
    private static final Pattern REPRESSION = Pattern.compile("(?iu)repress|репресс");

    /** One range of years in a fact's value: "1917..1953". */
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\.\\.(\\d{4})");
}
