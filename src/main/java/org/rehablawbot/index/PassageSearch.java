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

    /**
     * BM25 search of a query and of the other wordings of its concepts ({@code wordings}: one list per concept, each
     * wording a phrase of the searched language, such as "application" and "submit" for "подает"). A passage scores
     * for each group by its best wording alone (Lucene's {@code DisjunctionMaxQuery}), so a concept the synonym map
     * gives many wordings counts as one word more, not as many: "кто подает протест" is not filled with passages
     * saying "apply", "application" and "submit" over those saying "протест". The default joins every wording into
     * the query, which counts each.
     *
     * @param query         the question's text, as for {@link #lexical(String, Language, List, int)}
     * @param wordings      per concept, its wordings other than the query's own word; may be empty
     * @param jurisdictions country codes; empty searches every document
     */
    default List<ScoredPassage> lexical(String query, List<List<String>> wordings, Language language,
                                        List<String> jurisdictions, int k) {
        StringBuilder all = new StringBuilder(query);
        wordings.forEach(group -> group.forEach(w -> all.append(' ').append(w)));
        return lexical(all.toString(), language, jurisdictions, k);
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
