package org.rehablawbot.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Russian typed in Latin letters ("kak poluchit spravku o reabilitacii", "skolko platyat v kazakhstane"), read back
 * into Cyrillic: people abroad without a Cyrillic keyboard write so, and the knowledge's Russian passages hold their
 * words. A text is read as such only when it is written in Latin letters alone, at least {@value #MIN_WORDS} of its
 * words are unknown to the English knowledge and known, in one of their Cyrillic readings, to the Russian knowledge,
 * and those are at least half of its unknown words and more than its words the English knowledge knows. An English question with a typo or a name the knowledge lacks
 * is left as it is.
 *
 * <p>The letters follow the informal transliteration people type, not one standard: "sh", "ch", "zh", "kh", "ts",
 * "shch"/"sch", "ya"/"ja", "yu"/"ju", "yo"/"jo", "'" for the soft sign; the ambiguous letters are tried each way
 * ("y" as "ы" or "й", "c" as "ц" or "к", "e" as "е" or "э", "h" as "х"), and the first reading the Russian knowledge
 * knows is kept.
 */
public final class Transliteration {

    /** The fewest words a Latin text must have that only a Cyrillic reading makes known for it to be Russian. */
    static final int MIN_WORDS = 2;

    /** Most readings tried for one word: its ambiguous letters each way, the first ones first. */
    private static final int MAX_READINGS = 16;

    /** Letter groups, longest first, and their Cyrillic letters; a group with several readings lists each. */
    private static final String[][] GROUPS = {
            {"shch", "щ"}, {"sch", "щ"}, {"sh", "ш"}, {"ch", "ч"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"},
            {"tz", "ц"}, {"ya", "я"}, {"ja", "я"}, {"yu", "ю"}, {"ju", "ю"}, {"yo", "ё", "е"}, {"jo", "ё"},
            {"ye", "е", "ые"}, {"iy", "ий", "ый"}, {"ij", "ий"}, {"yi", "ый", "ий"}, {"y", "ы", "й"}, {"'", "ь"},
            {"a", "а"}, {"b", "б"}, {"v", "в"}, {"w", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е", "э"}, {"z", "з"},
            {"i", "и"}, {"j", "й"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"},
            {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"f", "ф"}, {"h", "х"}, {"c", "ц", "к"}, {"x", "кс"},
            {"q", "к"}};

    /**
     * Question and function words typed without their soft sign or in a short form, which the knowledge's index
     * leaves out or spells otherwise: "skolko", "chto", "mozhno".
     */
    private static final java.util.Map<String, String> WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("skolko", "сколько"), java.util.Map.entry("skoka", "скока"),
            java.util.Map.entry("chto", "что"), java.util.Map.entry("shto", "что"), java.util.Map.entry("gde", "где"),
            java.util.Map.entry("kogda", "когда"), java.util.Map.entry("pochemu", "почему"),
            java.util.Map.entry("mozhno", "можно"), java.util.Map.entry("nuzhno", "нужно"),
            java.util.Map.entry("kto", "кто"), java.util.Map.entry("kuda", "куда"), java.util.Map.entry("kak", "как"),
            java.util.Map.entry("esli", "если"), java.util.Map.entry("eto", "это"), java.util.Map.entry("li", "ли"),
            java.util.Map.entry("ne", "не"), java.util.Map.entry("net", "нет"), java.util.Map.entry("dlya", "для"),
            java.util.Map.entry("uzhe", "уже"), java.util.Map.entry("tozhe", "тоже"), java.util.Map.entry("mne", "мне"),
            java.util.Map.entry("nam", "нам"), java.util.Map.entry("ego", "его"), java.util.Map.entry("ee", "её"),
            java.util.Map.entry("eyo", "её"), java.util.Map.entry("kakoy", "какой"), java.util.Map.entry("kakoi", "какой"),
            java.util.Map.entry("kakie", "какие"), java.util.Map.entry("kakaya", "какая"), java.util.Map.entry("v", "в"),
            java.util.Map.entry("vo", "во"), java.util.Map.entry("na", "на"), java.util.Map.entry("po", "по"),
            java.util.Map.entry("o", "о"), java.util.Map.entry("ob", "об"), java.util.Map.entry("iz", "из"),
            java.util.Map.entry("ot", "от"), java.util.Map.entry("za", "за"), java.util.Map.entry("pri", "при"),
            java.util.Map.entry("pro", "про"), java.util.Map.entry("i", "и"), java.util.Map.entry("a", "а"),
            java.util.Map.entry("ili", "или"), java.util.Map.entry("no", "но"), java.util.Map.entry("u", "у"),
            java.util.Map.entry("k", "к"), java.util.Map.entry("s", "с"), java.util.Map.entry("so", "со"),
            java.util.Map.entry("do", "до"), java.util.Map.entry("ya", "я"), java.util.Map.entry("my", "мы"),
            java.util.Map.entry("on", "он"), java.util.Map.entry("ona", "она"), java.util.Map.entry("oni", "они"),
            java.util.Map.entry("seychas", "сейчас"), java.util.Map.entry("seichas", "сейчас"),
            java.util.Map.entry("skolka", "сколько"), java.util.Map.entry("vsego", "всего"));

    /** A word of Latin letters, with an apostrophe for the soft sign inside it. */
    private static final Pattern LATIN_WORD = Pattern.compile("[a-zA-Z]+(?:'[a-zA-Z]*)*");

    private Transliteration() {
    }

    /**
     * The text in Cyrillic when it is Russian typed in Latin letters, else the text as it is.
     *
     * @param text      a question as asked; null gives null
     * @param knownInEn whether the English knowledge holds a lower case word (some passage says it)
     * @param knownInRu whether the Russian knowledge holds a lower case Cyrillic word
     * @return the text with each Latin word read in Cyrillic (the reading the Russian knowledge knows, else the
     *         usual one), numbers and punctuation as they are; or {@code text} itself
     */
    public static String toCyrillic(String text, Predicate<String> knownInEn, Predicate<String> knownInRu) {
        if (text == null || text.codePoints().anyMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN)) {
            return text;
        }
        List<String> unknown = new ArrayList<>();
        int english = 0;
        for (String w : Terms.words(text)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.length() < 3 || Terms.hasDigit(lower) || Terms.isStopword(lower)) {
                continue;
            }
            if (knownInEn.test(lower)) {
                english++;
            } else {
                unknown.add(lower);
            }
        }
        if (unknown.size() < MIN_WORDS) {
            return text;
        }
        long read = unknown.stream().filter(w -> reading(w, knownInRu) != null).count();
        // "my ded was repressed, can i get a spravka?": an English question with a Russian word or two stays English
        if (read < MIN_WORDS || read * 2 < unknown.size() || read <= english) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = LATIN_WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String lower = m.group().toLowerCase(Locale.ROOT);
            // a word the knowledge does not use ("ded", "polozheno") is still Russian: read the usual way
            String cyrillic = reading(lower, knownInRu);
            out.append(cyrillic == null ? readings(lower).get(0) : cyrillic);
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    /** The first Cyrillic reading of a lower case Latin word the Russian knowledge knows, or null. */
    private static String reading(String word, Predicate<String> knownInRu) {
        String listed = WORDS.get(word);
        if (listed != null) {
            return listed;
        }
        List<String> readings = readings(word);
        for (String r : readings) {
            if (knownInRu.test(r)) {
                return r;
            }
        }
        // "vezd", "obyavlenie", "podezd": the hard sign after a prefix is seldom typed in Latin letters
        for (String r : readings) {
            for (int i = 1; i < Math.min(r.length(), HARD_SIGN_PREFIX + 1); i++) {
                if ("еёюя".indexOf(r.charAt(i)) >= 0 && "бвдзкпрстх".indexOf(r.charAt(i - 1)) >= 0) {
                    String hard = r.substring(0, i) + "ъ" + r.substring(i);
                    if (knownInRu.test(hard)) {
                        return hard;
                    }
                }
            }
        }
        return null;
    }

    /** How far into a word a prefix may end before a hard sign: "въ", "объ", "подъ", "разъ", "предъ". */
    private static final int HARD_SIGN_PREFIX = 4;

    /**
     * The Cyrillic readings of a lower case Latin word, the most usual first: each letter group read its first way,
     * then the ambiguous ones each other way, at most {@value #MAX_READINGS}.
     */
    static List<String> readings(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add("");
        int i = 0;
        while (i < word.length()) {
            String[] group = null;
            for (String[] g : GROUPS) {
                if (word.startsWith(g[0], i)) {
                    group = g;
                    break;
                }
            }
            if (group == null) {
                String c = String.valueOf(word.charAt(i));
                Set<String> next = new LinkedHashSet<>();
                out.forEach(p -> next.add(p + c));
                out = next;
                i++;
                continue;
            }
            Set<String> next = new LinkedHashSet<>();
            for (int k = 1; k < group.length; k++) {
                for (String p : out) {
                    if (next.size() < MAX_READINGS) {
                        next.add(p + group[k]);
                    }
                }
            }
            out = next;
            i += group[0].length();
        }
        return new ArrayList<>(out);
    }
}
