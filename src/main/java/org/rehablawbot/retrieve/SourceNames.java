package org.rehablawbot.retrieve;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rehablawbot.knowledge.SourceMeta;

/**
 * The names of the knowledge's publishers as a sentence writes them ("«Курсив» подсчитал", "Tashkent Times
 * reported", "according to Kazakhstan Today", "kz.kursiv.media"), so that matching can tell a word of the thing a
 * sentence states from a word of who states it. An outlet's name says nothing of its subject: "Курсив" is stemmed
 * to "курс" (rate), "Tashkent Times" holds "Tashkent", "Мемориал" is "memorial"; without this a question on the
 * dollar's rate, on Tashkent's residents or on a memorial is "answered" by whatever the outlet wrote.
 *
 * <p>A name is a publisher's or alias's short form: the part before a parenthesis ("Курсив" of "Курсив
 * (kz.kursiv.media)") when it has at most {@value #MAX_NAME_WORDS} words (a longer one, such as a ministry's full
 * name, names a body a question may ask about), and the web address in the parenthesis. Names match as written,
 * case and all, with up to two letters of a Russian case ending ("«Курсива»"), so a lower-case "memorial complex" is
 * still a memorial. Immutable and thread-safe.
 */
public final class SourceNames {

    /** Names of more words than this are kept: they name bodies ("Министерство труда … Казахстана"). */
    static final int MAX_NAME_WORDS = 3;

    private static final SourceNames NONE = new SourceNames(null);

    private final Pattern names;

    private SourceNames(Pattern names) {
        this.names = names;
    }

    /**
     * The names of the given documents' publishers and aliases.
     *
     * @param sources the documents; may be empty
     * @return the names, never null
     */
    public static SourceNames of(Collection<SourceMeta> sources) {
        Set<String> names = new LinkedHashSet<>();
        for (SourceMeta s : sources) {
            add(names, s.publisher());
            s.aliases().forEach(a -> add(names, a));
        }
        if (names.isEmpty()) {
            return NONE;
        }
        List<String> longestFirst = names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        return new SourceNames(Pattern.compile("(?<![\\p{L}\\d.])(?:" + longestFirst.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?:\\p{Ll}{1,2})?(?![\\p{L}\\d])"));
    }

    private static void add(Set<String> names, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        int open = name.indexOf('(');
        String main = (open >= 0 ? name.substring(0, open) : name).strip();
        if (!main.isEmpty() && main.split("\\s+").length <= MAX_NAME_WORDS && Character.isUpperCase(main.codePointAt(0))
                || main.matches("[\\w-]+(\\.[\\w-]+)+")) {
            names.add(main);
        }
        if (open >= 0) {
            int close = name.indexOf(')', open);
            String inner = name.substring(open + 1, close < 0 ? name.length() : close).strip();
            if (inner.matches("[\\w-]+(\\.[\\w-]+)+")) {
                names.add(inner); // a web address: "kz.kursiv.media"
            }
        }
    }

    /**
     * Whether a test holds of a text once its publisher names are blanked out ({@link #strip}). The test must only
     * look for words in the text: blanking takes words away, so a text that fails it with the names fails it without
     * them, and the names are blanked only for a text that passes.
     *
     * @param text a sentence, passage or context; never null
     * @param test whether a text says something ("the focus is said"); never null
     * @return true when the text says it outside the names
     */
    public boolean holdsOutside(String text, java.util.function.Predicate<String> test) {
        return test.test(text) && (names == null || test.test(strip(text)));
    }

    /**
     * The text with every publisher name blanked out.
     *
     * @param text a sentence or passage
     * @return the text with each name replaced by a space; the text itself when it names none
     */
    public String strip(String text) {
        return names == null || text == null ? text : names.matcher(text).replaceAll(" ");
    }
}
