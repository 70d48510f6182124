package org.rehablawbot.retrieve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The condition of citizenship or residence a law or a payment sets, and the asker's story that makes it matter.
 * Many askers are descendants who live in another country ("we live in germany since 1995", "гражданство у неё
 * российское"); what a law gives them depends on a sentence the question's words seldom find ("who are now citizens
 * of Kazakhstan", "граждане других стран … с документом на жительство"). Retrieval adds that sentence's passage from
 * a document it returned, or else the best one a search finds ({@link HybridRetriever}); composition tells it beside
 * what the law gives. English and Russian; stateless.
 */
public final class Citizenship {

    private Citizenship() {
    }

    /**
     * An asker's story that names a citizenship, a passport or a move abroad: "гражданство у неё российское", "we moved
     * to Russia", "my mother has a German passport", "a grandchild living abroad".
     */
    private static final Pattern TOLD = Pattern.compile("(?iu)(?<!\\p{L})(?:гражданств\\p{L}*|гражданин"
            + "|гражданка|паспорт\\p{L}*|citizen\\p{L}*|passport\\p{L}*|переехал\\p{L}*|уехал\\p{L}*|moved to"
            + "|emigrated|эмигрировал\\p{L}*|abroad|за границ\\p{L}*|за рубеж\\p{L}*)(?!\\p{L})");

    /**
     * A citizenship taken away as a repression ("stripped of citizenship", "лишение гражданства"): a case asked about,
     * not the asker's citizenship.
     */
    private static final Pattern CITIZENSHIP_TAKEN = Pattern.compile("(?iu)(?<!\\p{L})(?:stripped|deprived|depriving"
            + "|deprivation|loss|lost|лишени\\p{L}*|лишен\\p{L}*|лишён\\p{L}*|лишили|лишать|лишали)\\s+(?:of\\s+)?"
            + "(?:(?:their|his|her|soviet|советского)\\s+)?(?:citizenship|гражданств\\p{L}*)(?!\\p{L})");

    /** A Russian verb of living: "живу", "живёт", "проживаем". */
    private static final String LIVE = "(?:живу|живём|живем|живёт|живет|живут|проживаю|проживаем|проживает)";

    /**
     * Where the asker or a relative lives: "we live in", "сейчас живу в", up to the place named after it (group 1),
     * or the place before the verb, "она теперь в россии живет" (group 2).
     */
    private static final Pattern LIVES_IN = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:(?:i|we|they|he|she) (?:now |still )?"
            + "lives? in|living in|" + LIVE + "\\s+(?:сейчас\\s+|теперь\\s+)?в)\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)"
            + "|в\\s+([\\p{L}-]+)\\s+(?:сейчас\\s+|теперь\\s+)?" + LIVE + "(?!\\p{L}))");

    /** Countries descendants often live in that the knowledge does not name: a residence there is abroad. */
    private static final Pattern ABROAD = Pattern.compile("(?iu)(?<!\\p{L})(?:israel|израил\\p{L}*|usa|сша|america"
            + "|америк\\p{L}*|canada|канад\\p{L}*|turkey|турци\\p{L}*|finland|финлянди\\p{L}*|greece|греци\\p{L}*"
            + "|korea|коре\\p{L}*|uk|britain|england|англи\\p{L}*|европ\\p{L}*|europe)(?!\\p{L})");

    /**
     * A sentence that sets a condition of citizenship or residence: "граждане других стран … с документом на
     * жительство", "who is now a citizen of Kazakhstan", "являющихся ныне гражданами Казахстана".
     */
    private static final Pattern CONDITION = Pattern.compile("(?iu)(?<!\\p{L})(?:граждан\\p{L}* (?:других"
            + "|иностранн|Казахстана|Республики Казахстан|Кыргызстана|Кыргызской Республики)|иностранн\\p{L}* граждан"
            + "|foreign (?:citizens|nationals)|citizens? of (?:other|Kazakhstan|the Republic|Kyrgyzstan)"
            + "|(?:документ\\p{L}*|вид\\p{L}*) на жительство|residence (?:permit|document)"
            + "|(?:now|currently) (?:a )?citizens?"
            + "|ныне граждан\\p{L}*|citizenship|гражданств\\p{L}*)");

    /**
     * Whether a question's text (story and asking part) names a citizenship, a passport, a move abroad or where the
     * asker or a relative lives.
     *
     * @param question the question as typed; never null
     */
    public static boolean told(String question) {
        return told(question, List.of());
    }

    /**
     * Whether a question's text names the asker's or a relative's citizenship, passport or move abroad, or a place
     * they live in outside the countries asked ("we live in germany … under the kazakh law?", "она теперь в россии
     * живет. положено ли ей что то от казахстана?"); a citizenship taken away as a repression ("stripped of
     * citizenship") and a home in the country asked ("живём в Шымкенте") are not.
     *
     * @param question the question as typed; never null
     * @param asked    the codes of the countries asked about ({@link Question#countries}); empty when none
     */
    public static boolean told(String question, List<String> asked) {
        String text = CITIZENSHIP_TAKEN.matcher(question).replaceAll(" ");
        if (TOLD.matcher(text).find()) {
            return true;
        }
        Matcher m = LIVES_IN.matcher(text);
        while (m.find()) {
            String place = m.group(1) != null ? m.group(1) : m.group(2);
            List<String> there = FollowUp.countries(place);
            // "она теперь в россии живет. положено ли ей что то от казахстана?": Russia is named only as her home,
            // the country asked is the one the rest of the question names
            List<String> elsewhere = FollowUp.countries(text.substring(0, m.start()) + " " + text.substring(m.end()));
            if (!there.isEmpty() && (!asked.containsAll(there)
                    || !elsewhere.isEmpty() && !elsewhere.containsAll(there)) || ABROAD.matcher(place).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words a condition of citizenship or residence is written in, for a search in {@code language}: "граждане
     * гражданство", "citizens citizenship".
     *
     * @param language the language searched; never null
     */
    public static String conditionWords(org.rehablawbot.knowledge.Language language) {
        return language == org.rehablawbot.knowledge.Language.RU ? "граждане гражданами гражданство жительство"
                : "citizens citizen citizenship residence";
    }

    /**
     * Whether a sentence or passage sets a condition of citizenship or residence. Citizenship taken away as a
     * repression ("deprivation of citizenship" in a law's list of repressions) sets none.
     *
     * @param text a sentence or a passage's text; never null
     */
    public static boolean statesCondition(String text) {
        return CONDITION.matcher(CITIZENSHIP_TAKEN.matcher(text).replaceAll(" ")).find();
    }
}
