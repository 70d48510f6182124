package org.rehablawbot.index;

import java.util.List;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;

/**
 * Read access to the current committed index. Every call sees one complete index: a rebuild in progress is
 * never visible. Implementations are thread-safe.
 */
public interface PassageSearch {

    /** BM25 search with the language's analyzer over passages in {@code language}. */
    List<ScoredPassage> lexical(String query, Language language, int k);

    /**
     * BM25 search as {@link #lexical(String, Language, int)} among the documents of the given jurisdictions only
     * (country codes such as {@code KG}). The default searches all and keeps the passages of those jurisdictions
     * among the best {@code 4 * k}; an index filters in the search itself.
     *
     * @param jurisdictions country codes; empty searches every document
     */
    default List<ScoredPassage> lexical(String query, Language language, List<String> jurisdictions, int k) {
        if (jurisdictions.isEmpty()) {
            return lexical(query, language, k);
        }
        return lexical(query, language, 4 * k).stream()
                .filter(sp -> sp.passage().source().jurisdictions().stream().anyMatch(jurisdictions::contains))
                .limit(k).toList();
    }

    /** Nearest neighbours of {@code vector} among passages in {@code language}, or in all languages when null. */
    List<ScoredPassage> nearest(float[] vector, Language language, int k);

    /** Every fact passage with this fact key, in every language. */
    List<Passage> factsWithKey(String key);

    /**
     * Every passage of one file (its {@link SourceMeta#path()}), in file order; empty if not indexed. The default
     * knows no file.
     */
    default List<Passage> passagesOf(String path) {
        return List.of();
    }

    /** Every indexed document, one entry per document and language. */
    List<SourceMeta> sources();

    /** Number of passages in the index. */
    int passageCount();
}
