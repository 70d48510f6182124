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
}
