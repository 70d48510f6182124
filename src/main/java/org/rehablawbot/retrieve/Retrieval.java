package org.rehablawbot.retrieve;

import java.util.List;
import org.rehablawbot.index.ScoredPassage;
import org.rehablawbot.knowledge.Language;

/**
 * What retrieval found for one question: the passages a composer may cite, best first.
 *
 * @param question   the question as asked
 * @param query      the text actually searched (the question, completed from the previous question for a follow-up)
 * @param language   the language to answer in
 * @param passages   relevant passages, best first, including every fact that shares a fact key with a retrieved
 *                   fact (so disagreements are complete); empty when nothing passed the relevance bar
 */
public record Retrieval(String question, String query, Language language, List<ScoredPassage> passages) {

    public Retrieval {
        passages = List.copyOf(passages);
    }

    /** True when nothing in the knowledge is relevant enough to answer from. */
    public boolean isEmpty() {
        return passages.isEmpty();
    }
}
