package org.rehablawbot.retrieve;

import java.util.List;
import java.util.regex.Pattern;
import org.rehablawbot.knowledge.Language;

/**
 * The answer type of a question on a law of a country that has none of its own: "в каком году узбекистан принял
 * закон о реабилитации?", "кто подписал закон в узбекистане?", "is there a rehabilitation law in Uzbekistan?". Its
 * answer is the sentence that says the country has no such law ("… реабилитирует Верховный суд, а не … отдельный
 * закон о реабилитации", "… not by a special commission or a separate law"): a date or a signer of another
 * country's law, or of a decree, answers another question. Retrieval searches such sentences among the country's
 * documents; composition leads with one. English and Russian.
 */
public final class LawDenial {

    private LawDenial() {
    }

    /**
     * A law named in a text, as a whole word: "law", "laws", "закон", "Закона РСФСР", "законопроект" (a bill adopted
     * is dated and denied as a law). Shared by retrieval and composition so that both read "a law is asked" alike.
     */
    public static final Pattern LAW_NAMED = Pattern.compile("(?iu)(?<!\\p{L})(?:laws?|закон\\p{L}*)(?!\\p{L})");

    /**
     * A sentence saying a country has no law of its own on the matter: a negation, then within 40 characters of
     * one clause "separate", "special", "specific", "dedicated" or "own" and a law ("not by a special commission or
     * a separate law", "не отдельный закон"), or "no law", "нет закона", "без закона". Read off the wording of the
     * knowledge's Uzbek sources (Daryo, 21 December 2022); "the law does not cover people convicted under the law"
     * negates no law.
     */
    private static final Pattern DENIED = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:not|no|nor|without|lacks?)"
            + "(?!\\p{L})[^.,;]{0,40}?(?<!\\p{L})(?:separate|special|specific|dedicated|own)\\s+(?:\\p{L}+\\s+)?laws?"
            + "|no\\s+(?:\\p{L}+\\s+)?laws?|without\\s+(?:an?\\s+)?laws?"
            + "|(?:не|нет|без|ни)\\s[^.,;]{0,40}?(?<!\\p{L})(?:отдельн|специальн|особ|собственн)\\p{L}*\\s+(?:\\p{L}+\\s+)?"
            + "закон\\p{L}*|(?:нет|без)\\s+(?:\\p{L}+\\s+)?закон\\p{L}*)(?!\\p{L})");

    /**
     * Whether a question asks of a law of one country ({@link Question#countries} holds one): the only questions a
     * sentence denying that country a law answers.
     *
     * @param asked an analysed question; never null
     */
    public static boolean asked(Question asked) {
        return asked.countries().size() == 1 && LAW_NAMED.matcher(asked.askingQuery()).find();
    }

    /**
     * Whether a text (a sentence or a passage) says a country has no law of its own on the matter.
     *
     * @param text any text; never null
     */
    public static boolean deniedIn(String text) {
        return DENIED.matcher(text).find();
    }

    /**
     * The first sentence of a text that says a country has no law of its own ({@link #deniedIn}), or null.
     *
     * @param sentences a passage's sentences, in order
     */
    public static String sentenceOf(List<String> sentences) {
        return sentences.stream().filter(LawDenial::deniedIn).findFirst().orElse(null);
    }

    /**
     * The words such sentences are written in, searched beside the question among the country's documents.
     *
     * @param language the language searched
     * @return the words, space-separated
     */
    public static String deniedWords(Language language) {
        return language == Language.RU ? "нет отдельного закона не отдельный закон" : "no separate law not a law";
    }
}
