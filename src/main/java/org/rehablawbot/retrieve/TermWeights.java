package org.rehablawbot.retrieve;

import org.rehablawbot.knowledge.Language;

/**
 * How much a query word says about what is asked: rare words in the knowledge weigh more than words almost every
 * passage has ("rehabilitation", "Kazakhstan"). Implementations are thread-safe.
 */
@FunctionalInterface
public interface TermWeights {

    /** Every word the same. */
    TermWeights UNIFORM = (word, language) -> 1.0;

    /** The weight of a lower case content word of a question in {@code language}; positive. */
    double weight(String word, Language language);

    /**
     * Whether some passage of the knowledge, in either language, says one of a concept's wordings (each a list of
     * content words that must all be in one passage, matched by stem) and is about one of {@code countries} (any
     * passage when the list is empty). True when unknown, as here: only an implementation that sees the index
     * can say that the knowledge holds nothing of the thing.
     *
     * @param wordings  the concept's wordings, lower case words ({@link Synonyms.Concept#alternatives()})
     * @param countries country codes such as {@code KZ}; may be empty
     */
    default boolean holds(java.util.List<java.util.List<String>> wordings, java.util.List<String> countries) {
        return true;
    }
}
