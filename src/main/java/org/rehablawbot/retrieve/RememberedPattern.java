package org.rehablawbot.retrieve;

import java.util.regex.Pattern;

/**
 * A regular expression whose verdict on a knowledge text is remembered. The knowledge's passages and sentences
 * are searched again by every question that retrieves them, and a pattern's verdict on a given text never changes;
 * patterns of many case-insensitive alternatives cost most of an answer's time when run afresh (profiled with the
 * {@code bench} command: about a fifth of an answer's samples were in two such patterns).
 *
 * <p>Thread-safe. The verdicts of at most {@value #DEFAULT_CAPACITY} texts are kept, least recently used first out,
 * each under the text's 64-bit {@link #fingerprint} rather than the text itself: the knowledge's sentences are split
 * afresh for every answer, and keeping each copy would hold the corpus in memory once per pattern.
 */
public final class RememberedPattern {

    /** Texts whose verdict is kept: the sentences and passages of a knowledge folder many times the shipped one. */
    static final int DEFAULT_CAPACITY = 50_000;

    private final Pattern pattern;
    private final Lru<Long, Boolean> found;

    private RememberedPattern(Pattern pattern, int capacity) {
        this.pattern = pattern;
        this.found = new Lru<>(capacity);
    }

    /**
     * A pattern remembering its verdicts on up to {@value #DEFAULT_CAPACITY} texts.
     *
     * @param pattern a compiled pattern; never null
     * @throws NullPointerException when the pattern is null
     */
    public static RememberedPattern of(Pattern pattern) {
        return new RememberedPattern(java.util.Objects.requireNonNull(pattern, "pattern"), DEFAULT_CAPACITY);
    }

    /**
     * Whether the pattern is found in a text ({@link java.util.regex.Matcher#find()}), computed once per text.
     *
     * @param text a passage's or sentence's text; never null
     */
    public boolean findIn(String text) {
        return found.get(fingerprint(text), k -> pattern.matcher(text).find());
    }

    /**
     * A 64-bit polynomial hash of a text's characters. Two of the few tens of thousands of texts a knowledge folder
     * holds share one with a chance of about one in ten billion; then the second would take the first's verdict.
     *
     * @param text any text; never null
     */
    static long fingerprint(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h ^ ((long) text.length() << 48);
    }

    /** The pattern itself, for callers that need its groups or positions. */
    public Pattern pattern() {
        return pattern;
    }
}
