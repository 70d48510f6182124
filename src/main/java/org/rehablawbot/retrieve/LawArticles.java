package org.rehablawbot.retrieve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles of a law named by their numbers, and questions on whom a law leaves out, as both the retriever and the
 * composer read them: "ст 5 закона рф что там" asks what Article 5 says; "and what does russia's own law exclude?"
 * asks of its article of exclusions. Stateless.
 */
public final class LawArticles {

    /**
     * An article named by its number: "Article 83", "Art. 6", "статья 83", "статьи 2.1", "ст. 13", "ст 5", "83-я
     * статья"; a news article ("в статье о реабилитации") names none.
     */
    public static final Pattern NUMBERED = Pattern.compile("(?iu)(?<!\\p{L})(?:articles?|art\\.|стать\\p{L}*|ст\\.?)"
            + "\\s*\\d+|(?<![\\d.])\\d+(?:\\.\\d+)?(?:-?\\p{L}{1,2})?\\s+стать\\p{L}*");

    /** A question on who is left out: "who is NOT covered", "not eligible", "what does it exclude", "исключения". */
    private static final Pattern EXCLUSION_ASKED = Pattern.compile("(?iu)(?<!\\p{L})(?:not (?:be )?(?:covered|eligible"
            + "|included)|exclude[sd]?|exclusions?|who (?:is|are) (?:left )?out|не распространя\\p{L}*|не подлеж\\p{L}*"
            + "|кого не|исключени\\p{L}*|исключ[её]н\\p{L}*)(?!\\p{L})");

    private LawArticles() {
    }

    /**
     * The number of the one article a text names ({@link #NUMBERED}), as digits ("5", "2.1").
     *
     * @param text any text; never null
     * @return the number, or null when the text names no article or several different ones
     */
    public static String named(String text) {
        Matcher m = NUMBERED.matcher(text);
        String found = null;
        while (m.find()) {
            String number = m.group().replaceAll("[^\\d.]", "").replaceAll("\\.$", "");
            if (found != null && !found.equals(number)) {
                return null;
            }
            found = number;
        }
        return found;
    }

    /**
     * Words that ask what a text says, a law's name and its subject: with an article's number they ask the article
     * whole ("ст 5 закона рф о реабилитации что там", "what does article 5 of russia's law say?").
     */
    private static final Pattern WHOLE_WORDS = Pattern.compile("(?iu)(?:say|says|said|state|states|contain|contains"
            + "|provide|provides|text|content|contents|там|тексте?|содержани\\p{L}*|говорится|написано|сказано|гласит"
            + "|law|laws|закон\\p{L}*|rehab\\p{L}*|реабилит\\p{L}*|victims?|жертв\\p{L}*|politic\\p{L}*"
            + "|политическ\\p{L}*|repress\\p{L}*|репресс\\p{L}*|рф|рк|кр|article|articles|стать\\p{L}*|ст|of)");

    /**
     * Whether a question's asking part asks what one article says as a whole: it names the article ({@link #named})
     * and, countries aside, says nothing but the law and words of asking what it says. "рф компенсация по ст 15
     * наследникам платят?" asks one thing of Article 15, not the article.
     *
     * @param asking a question's asking part; may be null (then false)
     */
    public static boolean asksWhole(String asking) {
        if (asking == null || named(asking) == null) {
            return false;
        }
        String rest = NUMBERED.matcher(asking).replaceAll(" ");
        return Terms.contentWords(rest).stream().allMatch(w -> !FollowUp.countries(w).isEmpty()
                || WHOLE_WORDS.matcher(w).matches() || Terms.hasDigit(w));
    }

    /**
     * Whether a question's asking part asks whom a law leaves out ({@link #EXCLUSION_ASKED}).
     *
     * @param asking a question's asking part; may be null (then false)
     */
    public static boolean asksExclusion(String asking) {
        return asking != null && EXCLUSION_ASKED.matcher(asking).find();
    }
}
