package org.rehablawbot.retrieve;

import java.util.List;
import org.rehablawbot.index.ScoredPassage;
import org.rehablawbot.knowledge.Language;

/**
 * What retrieval found for one question: the question as analysed, and the passages a composer may cite, best
 * first.
 *
 * @param asked    the question, analysed once ({@link Question}); composers read what is asked from it
 * @param passages relevant passages, best first, including every fact that shares a fact key with a retrieved
 *                 fact (so disagreements are complete); empty when nothing passed the relevance bar
 */
public record Retrieval(Question asked, List<ScoredPassage> passages) {

    public Retrieval {
        passages = List.copyOf(passages);
    }

    /**
     * A retrieval for a question analysed here, with no previous question (fixtures, tests, tools).
     *
     * @param question the question as asked
     * @param query    the text searched (the question, or it completed from an earlier one)
     * @param language the language to answer in
     * @param passages the passages found, best first
     */
    public Retrieval(String question, String query, Language language, List<ScoredPassage> passages) {
        this(Question.of(question, null, query, language), passages);
    }

    /** The question as asked. */
    public String question() {
        return asked.text();
    }

    /** The text actually searched: the question, completed from the previous question for a follow-up. */
    public String query() {
        return asked.searched();
    }

    /** The language to answer in. */
    public Language language() {
        return asked.language();
    }

    /** True when nothing in the knowledge is relevant enough to answer from. */
    public boolean isEmpty() {
        return passages.isEmpty();
    }
}
