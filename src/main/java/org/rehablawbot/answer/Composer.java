package org.rehablawbot.answer;

import org.rehablawbot.retrieve.Retrieval;

/**
 * Writes an answer from retrieved passages. Every marker in the answer points at a citation whose passage holds
 * what the sentence states; an empty retrieval gives a refusal with no citations. Implementations are
 * thread-safe.
 */
public interface Composer {

    /** The name reported in {@link Answer#composer()}: {@code extractive} or {@code llm}. */
    String name();

    Answer compose(Retrieval retrieval);
}
