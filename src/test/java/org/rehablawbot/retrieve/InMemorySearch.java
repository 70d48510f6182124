package org.rehablawbot.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehablawbot.index.Embedder;
import org.rehablawbot.index.PassageSearch;
import org.rehablawbot.index.ScoredPassage;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;

/**
 * A small in-memory {@link PassageSearch} for unit tests: BM25 over stemmed content words of each passage's text,
 * heading and title, and exact cosine nearest neighbours with the given embedder.
 */
public final class InMemorySearch implements PassageSearch {

    private final List<Passage> passages;
    private final List<List<String>> terms = new ArrayList<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final List<float[]> vectors = new ArrayList<>();
    private final double avgLength;

    public InMemorySearch(List<Passage> passages, Embedder embedder) {
        this.passages = List.copyOf(passages);
        double total = 0;
        for (Passage p : this.passages) {
            List<String> t = analyse(p.text() + " " + (p.heading() == null ? "" : p.heading()) + " "
                    + p.source().title());
            terms.add(t);
            total += t.size();
            t.stream().distinct().forEach(x -> df.merge(p.source().language().code() + ":" + x, 1, Integer::sum));
            vectors.add(embedder == null ? null : embedder.embed(p.text()));
        }
        avgLength = passages.isEmpty() ? 1 : total / passages.size();
    }

    private static List<String> analyse(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Terms.words(text)) {
            if (!Terms.isStopword(w)) {
                out.add(Terms.stem(w));
            }
        }
        return out;
    }

    @Override
    public List<ScoredPassage> lexical(String query, Language language, int k) {
        List<String> q = analyse(query).stream().distinct().toList();
        List<ScoredPassage> hits = new ArrayList<>();
        int n = passages.size();
        for (int i = 0; i < n; i++) {
            Passage p = passages.get(i);
            if (language != null && p.source().language() != language) {
                continue;
            }
            double score = 0;
            List<String> t = terms.get(i);
            for (String term : q) {
                long tf = t.stream().filter(term::equals).count();
                if (tf == 0) {
                    continue;
                }
                int d = df.getOrDefault(p.source().language().code() + ":" + term, 0);
                double idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
                score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * t.size() / avgLength));
            }
            if (score > 0) {
                hits.add(new ScoredPassage(p, (float) score));
            }
        }
        hits.sort(Comparator.comparingDouble((ScoredPassage s) -> -s.score()));
        return hits.subList(0, Math.min(k, hits.size()));
    }

    @Override
    public List<ScoredPassage> nearest(float[] vector, Language language, int k) {
        List<ScoredPassage> hits = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            float[] v = vectors.get(i);
            if (v == null || (language != null && p.source().language() != language)) {
                continue;
            }
            double dot = 0;
            for (int j = 0; j < v.length; j++) {
                dot += v[j] * vector[j];
            }
            hits.add(new ScoredPassage(p, (float) dot));
        }
        hits.sort(Comparator.comparingDouble((ScoredPassage s) -> -s.score()));
        return hits.subList(0, Math.min(k, hits.size()));
    }

    @Override
    public List<Passage> factsWithKey(String key) {
        return passages.stream().filter(p -> p.isFact() && p.fact().key().equals(key)).toList();
    }

    @Override
    public List<SourceMeta> sources() {
        Map<String, SourceMeta> byPath = new LinkedHashMap<>();
        passages.forEach(p -> byPath.putIfAbsent(p.source().path(), p.source()));
        return new ArrayList<>(byPath.values());
    }

    @Override
    public List<Passage> passagesOf(String path) {
        return passages.stream().filter(p -> p.source().path().equals(path)).toList();
    }

    @Override
    public int passageCount() {
        return passages.size();
    }
}
