package org.rehablawbot.retrieve;

import java.util.regex.Pattern;

/**
 * A regular expression whose verdict on a knowledge text is remembered. The knowledge's passages and sentences
 * are searched again by every question that retrieves them, and a pattern's verdict on a given text never changes;
 * patterns of many case-insensitive alternatives cost most of an answer's time when run afresh (profiled with the
 * {@code bench} command: about a fifth of an answer's samples were in two such patterns).
 *
 * <p>Thread-safe. The verdicts of at most {@code capacity} texts are kept, least recently used first out.
 */
public final class RememberedPattern {

    /** Texts whose verdict is kept: the sentences and passages of a knowledge folder many times the shipped one. */
    static final int DEFAULT_CAPACITY = 50_000;

    private final Pattern pattern;
    private final Lru<String, Boolean> found;

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
        return found.get(text, t -> pattern.matcher(t).find());
    }

    /** The pattern itself, for callers that need its groups or positions. */
    public Pattern pattern() {
        return pattern;
    }
}
