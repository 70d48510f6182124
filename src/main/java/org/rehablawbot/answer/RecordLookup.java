package org.rehablawbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehablawbot.retrieve.FollowUp;
import org.rehablawbot.retrieve.Terms;

/**
 * A question on one person's own record: whether a relative is on a list of the rehabilitated or in a published
 * volume ("Is his name in the 72 volumes the commission published, and which volume?", "Есть ли он в списке 205
 * реабилитированных?"), or when a named person was rehabilitated ("relatives of Turar Ryskulov. when exactly was he
 * rehabilitated?"). The knowledge holds laws, counts and events, not lists of names: such a question is answered
 * only when a passage names the person, and otherwise refused rather than answered with the list's count or the law.
 * Immutable.
 *
 * @param listing whether the question asks if the person is on a list or in a volume (then a question naming no one
 *                is refused too); else it asks when or whether a named person was rehabilitated
 * @param names   the people's names the question writes (capitalised words inside a sentence, countries, places and
 *                months aside), as written
 */
public record RecordLookup(boolean listing, List<String> names) {

    public RecordLookup {
        names = List.copyOf(names);
    }

    /** Who is looked up: "he", "his name", "my grandfather". */
    private static final String PERSON = "(?:he|she|they|him|his name|her name|their names?|my\\s+[\\p{L}-]+)";

    /**
     * Whether a person is on a list, in a volume or a database: "is his name in the 72 volumes", "is on the list of
     * the 1,200 rehabilitated", "check if my grandfather … is", "which volume", "есть ли он в списке", "в каком томе".
     */
    private static final Pattern LISTING = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + "(?:(?:is|are|was|were)\\s+" + PERSON + "|" + PERSON + "(?:\\s+[\\p{L}\\d,.-]+){0,8}?\\s+(?:is|are|was|were))"
            + "(?:\\s+[\\p{L}\\d,.-]+){0,8}?\\s+(?:on|in|among|listed in)\\s+(?:[\\p{L}\\d,.-]+\\s+){0,5}?"
            + "(?:lists?|volumes?|database|books?|registry|register|archive list)"
            + "|(?:check|see|find out|look up)\\s+(?:if|whether)\\s+(?:he|she|my|his|her)"
            + "|(?:find|look up|search for)\\s+(?:his|her|my \\p{L}+['’]s)\\s+name"
            + "|which volume|what volume"
            + "|(?:есть ли|значится ли|числится ли|упомянут\\p{L}* ли|проверить|посмотреть|найти)(?:\\s+[\\p{L}\\d,.-]+){0,6}?"
            + "\\s+(?:в|во|среди)\\s+(?:[\\p{L}\\d,.-]+\\s+){0,3}?(?:списк\\p{L}*|том\\p{L}*|базе|книг\\p{L}*|реестр\\p{L}*)"
            + "|в каком томе|(?:он|она|его|её|ее)\\s+(?:есть\\s+)?(?:в|среди)\\s+(?:списк\\p{L}*|том\\p{L}*))(?!\\p{L})");

    /**
     * When or whether a person was rehabilitated: "when exactly was he rehabilitated", "was she rehabilitated",
     * "когда его реабилитировали", "реабилитирован ли он".
     */
    private static final Pattern OWN_REHABILITATION = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + "(?:when|whether|if)(?:\\s+\\p{L}+){0,2}?\\s+(?:was|were)\\s+(?:he|she|they)(?:\\s+\\p{L}+){0,2}?\\s+rehabilitated"
            + "|(?:was|were)\\s+(?:he|she|they)(?:\\s+\\p{L}+){0,2}?\\s+rehabilitated"
            + "|когда(?:\\s+\\p{L}+){0,2}?\\s+(?:его|её|ее|их)\\s+реабилитировал\\p{L}*"
            + "|реабилитирован\\p{L}*\\s+ли\\s+(?:он|она|они)|(?:его|её|ее)\\s+реабилитировали\\s+ли)(?!\\p{L})");

    /**
     * Whether a person or a group named by the asker was rehabilitated, the name being the subject: "was mustafa
     * shokai officially rehabilitated", "has Turar Ryskulov been rehabilitated", "реабилитирован ли Мустафа Шокай",
     * "был ли реабилитирован Ахмет Байтурсынов". Names are often typed in lower case; the subject is two or three
     * words, so "was my grandfather rehabilitated" or "were kulaks rehabilitated" (a law's class, which its scope
     * answers) are not taken.
     */
    private static final Pattern NAMED_REHABILITATION = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + "(?:was|were|has|have)\\s+(?<en>[\\p{L}-]+(?:\\s+[\\p{L}-]+){1,2}?)(?:\\s+(?:ever|officially|been|also"
            + "|fully|posthumously|actually|really|already))*\\s+rehabilitated"
            + "|(?:был\\p{L}?\\s+ли\\s+)?реабилитирован\\p{L}*\\s+(?:ли\\s+)?(?<ru>[\\p{L}-]+(?:\\s+[\\p{L}-]+){1,2}?)"
            + "(?=\\s*(?:[?.!,]|$|в\\s|официально|посмертно)))");

    /**
     * Words of a subject that name no one: pronouns, kin and generic words ("my grandfather", "the people", "all
     * members").
     */
    private static final Pattern NO_NAME = Pattern.compile("(?iu)(?:he|she|they|it|his|her|their|my|our|your|the|a|an"
            + "|all|any|those|these|people|members|victims|relatives?|family|families|grand\\p{L}*|great\\p{L}*"
            + "|father|mother|uncle|aunt|dad|mom|mum|he's|who|ли|он|она|они|его|её|ее|их|мой|моя|мои|наш\\p{L}*"
            + "|дед\\p{L}*|прадед\\p{L}*|бабушк\\p{L}*|прабабушк\\p{L}*|отец|мать|все|люди)");

    /**
     * A question on how or where to check a record, not on the record itself: "how do I find out if he was
     * rehabilitated", "where can we check", "как узнать, реабилитирован ли он", "где проверить".
     */
    private static final Pattern HOW_TO_CHECK = Pattern.compile("(?iu)(?<!\\p{L})(?:(?:how|where)\\s+(?:do|can|could"
            + "|should|would|will)\\s+(?:i|we|one|you|my\\s+\\p{L}+)\\s+(?:\\p{L}+\\s+)?(?:find out|check|see|look up|learn"
            + "|know)|как\\s+(?:мне\\s+|нам\\s+|можно\\s+)?(?:узнать|проверить|выяснить)"
            + "|где\\s+(?:мне\\s+|нам\\s+|можно\\s+)?(?:узнать|проверить|посмотреть))(?!\\p{L})");

    /**
     * A word of rehabilitation: a named person's own rehabilitation is told by a sentence naming both ("The declaration
     * calls Mustafa Shokai the founder of the Legion" tells nothing of his rehabilitation).
     */
    private static final Pattern REHABILITATION = Pattern.compile("(?iu)rehabilit|реабилит|acquit|оправда|exonerat");

    /** A capitalised word inside a sentence (after a letter, a digit or a comma and a space): a name. */
    private static final Pattern NAME = Pattern.compile("(?<=[\\p{L}\\d,;:)] )(\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}?\\p{Ll}+)?)"
            + "(?![\\p{L}])");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /**
     * The record lookup a question makes, or null when it asks of no one's own record.
     *
     * @param asking   the question's asking part ({@link org.rehablawbot.retrieve.Situation#asking}); never null
     * @param question the whole question, whose story may name the person; never null
     * @return the lookup, or null; a question on when someone was rehabilitated that names no one is null too
     */
    public static RecordLookup of(String asking, String question) {
        if (HOW_TO_CHECK.matcher(asking).find()) {
            return null; // "How do I find out if he was rehabilitated?" asks the way to check, which the sources tell
        }
        boolean listing = LISTING.matcher(asking).find();
        List<String> subject = listing ? List.of() : namedSubject(asking);
        if (!listing && subject.isEmpty() && !OWN_REHABILITATION.matcher(asking).find()) {
            return null;
        }
        List<String> names = new ArrayList<>(subject);
        Matcher m = NAME.matcher(question);
        while (m.find()) {
            String w = m.group(1);
            String lower = w.toLowerCase(Locale.ROOT);
            if (FollowUp.countries(w).isEmpty() && FollowUp.places(w).isEmpty() && !MONTHS.contains(lower)
                    && !Terms.isStopword(lower) && names.stream().noneMatch(w::equalsIgnoreCase)) {
                names.add(w);
            }
        }
        return listing || !names.isEmpty() ? new RecordLookup(listing, names) : null;
    }

    /**
     * The words of the name a question asks the rehabilitation of ({@link #NAMED_REHABILITATION}): "mustafa shokai"
     * of "was mustafa shokai officially rehabilitated in kazakhstan?"; empty when the subject is a pronoun, kin, a
     * country or a generic word.
     */
    private static List<String> namedSubject(String asking) {
        Matcher m = NAMED_REHABILITATION.matcher(asking);
        if (!m.find()) {
            return List.of();
        }
        String subject = m.group("en") != null ? m.group("en") : m.group("ru");
        List<String> words = List.of(subject.strip().split("\\s+"));
        if (words.stream().anyMatch(w -> NO_NAME.matcher(w).matches() || Terms.isStopword(w.toLowerCase(Locale.ROOT))
                || !FollowUp.countries(w).isEmpty() || !FollowUp.places(w).isEmpty())) {
            return List.of();
        }
        return words;
    }

    /**
     * Whether the texts name the person (when a rehabilitation is asked, in a sentence that speaks of
     * rehabilitation): one text states one of the question's names as written (in any grammatical
     * form: "Zhunusov's case"), or every one of them allowing a typo. "Kasym Zhumabayev" is not named by a text on
     * Kassym-Jomart Tokayev: "Kasym" is only one letter from "Kassym", and "Zhumabayev" is not there.
     *
     * @param texts the passages found for the question; never null
     * @return true when a text names the person the question names; false when none does or the question names no
     *         one
     */
    public boolean namedIn(List<String> texts) {
        if (names.isEmpty()) {
            return false;
        }
        List<String> named = listing ? texts : texts.stream().flatMap(t -> Sentences.split(t).stream())
                .filter(t -> REHABILITATION.matcher(t).find()).toList();
        for (String text : named) {
            Set<String> stems = Terms.stems(text);
            if (names.stream().anyMatch(name -> stems.contains(Terms.stem(name.toLowerCase(Locale.ROOT))))
                    || names.stream().allMatch(name -> Terms.matchesAny(Terms.stem(name.toLowerCase(Locale.ROOT)),
                            stems))) {
                return true;
            }
        }
        return false;
    }
}
