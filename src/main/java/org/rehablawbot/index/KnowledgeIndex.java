package org.rehablawbot.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.QueryBuilder;
import org.rehablawbot.config.Settings;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;

/**
 * The committed Lucene index of the knowledge, read through a {@link SearcherManager}: every search sees one
 * complete commit, and {@link #refresh()} switches to a newer commit atomically, so searches never see an
 * index half built. Alongside each searcher it keeps every passage in memory (by document, by fact key, by
 * source), so that hits, {@link #factsWithKey} and {@link #sources()} cost no disk reads.
 *
 * <p>Typical use, by the answer engine, the bot and the console:
 * <pre>{@code
 * Embedder embedder = MiniLmEmbedder.shared();
 * try (KnowledgeIndex index = KnowledgeIndex.openUpdated(settings, embedder, IndexProgress.NONE)) {
 *     index.lastUpdate().ifPresent(r -> r.problems().forEach(p -> log.warn("{}", p)));
 *     List<ScoredPassage> hits = index.lexical("rehabilitation commission", Language.EN, 10);
 *     ...
 *     index.update(IndexProgress.NONE, false); // live reload after the knowledge changed
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of threads may search while one thread updates.
 */
public final class KnowledgeIndex implements PassageSearch, Closeable {

    private static final Analyzer ANALYZER = IndexSchema.analyzer();
    private static final float TEXT_BOOST = 1.0f;
    private static final float HEADING_BOOST = 0.5f;
    private static final float TITLE_BOOST = 0.5f;
    /** Words of a query searched at most: keeps every query under Lucene's limit of 1024 clauses. */
    static final int MAX_QUERY_WORDS = 150;

    private final Path indexDir;
    private final Directory directory;
    private final SearcherManager manager;
    private final Path knowledgeDir;
    private final Embedder embedder;
    private volatile IndexReport lastUpdate;

    private KnowledgeIndex(Path indexDir, Path knowledgeDir, Embedder embedder, IndexReport lastUpdate)
            throws IOException {
        this.indexDir = indexDir;
        this.knowledgeDir = knowledgeDir;
        this.embedder = embedder;
        this.lastUpdate = lastUpdate;
        this.directory = FSDirectory.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new NoSuchFileException(indexDir.toString(), null,
                        "no index here; build it with the index command");
            }
            this.manager = new SearcherManager(directory, new SnapshotFactory());
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Opens the index already committed in {@code indexDir}, without updating it.
     *
     * @throws NoSuchFileException when there is no index there
     */
    public static KnowledgeIndex open(Path indexDir) throws IOException {
        return new KnowledgeIndex(indexDir, null, null, null);
    }

    /**
     * Brings the index in {@link Settings#indexDir()} up to date with the knowledge folder
     * {@link Settings#knowledgeDir()} (only new and changed files are embedded; the first call builds it), then
     * opens it. Files with problems are left out and reported in {@link #lastUpdate()}. This is how the engine,
     * the bot and the console get a ready index; {@link #update} reloads it later.
     *
     * @param settings the configuration (knowledge and data folders)
     * @param embedder embeds the passages of new and changed files; use {@link MiniLmEmbedder#shared()}
     * @param progress told what is being done, or {@link IndexProgress#NONE}
     * @throws NoSuchFileException when the knowledge folder does not exist
     * @throws IOException         when the index cannot be written or read
     */
    public static KnowledgeIndex openUpdated(Settings settings, Embedder embedder, IndexProgress progress)
            throws IOException {
        return openUpdated(settings.knowledgeDir(), settings.indexDir(), embedder, progress);
    }

    /** As {@link #openUpdated(Settings, Embedder, IndexProgress)}, with the folders given directly. */
    public static KnowledgeIndex openUpdated(Path knowledgeDir, Path indexDir, Embedder embedder,
                                             IndexProgress progress) throws IOException {
        IndexReport report = new IndexUpdater(knowledgeDir, indexDir, embedder).update(progress, false);
        return new KnowledgeIndex(indexDir, knowledgeDir, embedder, report);
    }

    /**
     * Brings the index up to date with the knowledge folder it was opened with (by {@code openUpdated}) and
     * switches searches to the result. Searches running meanwhile keep seeing the previous index.
     *
     * @param fullRebuild true to re-embed everything
     * @throws IllegalStateException when the index was opened with {@link #open(Path)}, without a folder
     */
    public IndexReport update(IndexProgress progress, boolean fullRebuild) throws IOException {
        if (knowledgeDir == null) {
            throw new IllegalStateException("this index was opened without a knowledge folder; use openUpdated");
        }
        return update(knowledgeDir, embedder, progress, fullRebuild);
    }

    /** Brings the index up to date with {@code knowledgeDir} and switches searches to the result. */
    public IndexReport update(Path knowledgeDir, Embedder embedder, IndexProgress progress, boolean fullRebuild)
            throws IOException {
        // a live reload of the index this object opened (and checked): no need to read every file again
        IndexReport report = new IndexUpdater(knowledgeDir, indexDir, embedder).update(progress, fullRebuild, false);
        refresh();
        lastUpdate = report;
        return report;
    }

    /**
     * Switches to the index's latest commit, if it is newer than the one searched now.
     *
     * @return true when searches now see a newer commit
     */
    public boolean refresh() throws IOException {
        IndexSearcher before = manager.acquire();
        manager.release(before);
        manager.maybeRefreshBlocking();
        IndexSearcher after = manager.acquire();
        manager.release(after);
        return before != after;
    }

    /** The report of the last update made through this object, if any. */
    public Optional<IndexReport> lastUpdate() {
        return Optional.ofNullable(lastUpdate);
    }

    /** The index folder. */
    public Path indexDir() {
        return indexDir;
    }

    /**
     * BM25 search of the passage text (and, with less weight, its heading, fact description and document
     * title), analysed with the language's stemmer. Language null searches both languages. Only the first
     * {@value #MAX_QUERY_WORDS} words of a longer query are searched.
     */
    @Override
    public List<ScoredPassage> lexical(String query, Language language, int k) {
        Query q = k <= 0 ? null : lexicalQuery(query, language);
        return q == null ? List.of() : search(q, k, false);
    }

    /**
     * {@link #lexical(String, Language, int)} among the documents of the given jurisdictions, filtered in the search
     * (a filter clause: it scores nothing).
     */
    @Override
    public List<ScoredPassage> lexical(String query, Language language, List<String> jurisdictions, int k) {
        Query q = k <= 0 ? null : lexicalQuery(query, language);
        if (q == null || jurisdictions.isEmpty()) {
            return q == null ? List.of() : search(q, k, false);
        }
        BooleanQuery.Builder of = new BooleanQuery.Builder();
        for (String j : jurisdictions) {
            of.add(new TermQuery(new Term(IndexSchema.JURISDICTION, j)), BooleanClause.Occur.SHOULD);
        }
        return search(new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
                .add(of.build(), BooleanClause.Occur.FILTER).build(), k, false);
    }

    /**
     * {@inheritDoc} Each group is one clause per field, a {@link DisjunctionMaxQuery} of its wordings with a tie
     * breaker of {@value #WORDING_TIE_BREAKER}; the query's own words are clauses as in {@link #lexical(String,
     * Language, int)}.
     */
    @Override
    public List<ScoredPassage> lexical(String query, List<List<String>> wordings, Language language,
                                       List<String> jurisdictions, int k) {
        Query own = k <= 0 ? null : lexicalQuery(query, language);
        if (own == null) {
            return List.of();
        }
        QueryBuilder builder = new QueryBuilder(ANALYZER);
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(own, BooleanClause.Occur.SHOULD);
        int clauses = 0;
        for (List<String> group : wordings) {
            for (Language l : language == null ? List.of(Language.values()) : List.of(language)) {
                String[] fields = {IndexSchema.textField(l), IndexSchema.headingField(l), IndexSchema.titleField(l)};
                float[] boosts = {TEXT_BOOST, HEADING_BOOST, TITLE_BOOST};
                for (int f = 0; f < fields.length; f++) {
                    List<Query> alternatives = new ArrayList<>();
                    for (String wording : group) {
                        Query w = builder.createBooleanQuery(fields[f], wording);
                        if (w != null) {
                            alternatives.add(w);
                        }
                    }
                    if (!alternatives.isEmpty() && ++clauses < MAX_QUERY_WORDS) {
                        add(q, alternatives.size() == 1 ? alternatives.get(0)
                                : new DisjunctionMaxQuery(alternatives, WORDING_TIE_BREAKER), boosts[f]);
                    }
                }
            }
        }
        Query built = q.build();
        if (jurisdictions.isEmpty()) {
            return search(built, k, false);
        }
        BooleanQuery.Builder of = new BooleanQuery.Builder();
        for (String j : jurisdictions) {
            of.add(new TermQuery(new Term(IndexSchema.JURISDICTION, j)), BooleanClause.Occur.SHOULD);
        }
        return search(new BooleanQuery.Builder().add(built, BooleanClause.Occur.MUST)
                .add(of.build(), BooleanClause.Occur.FILTER).build(), k, false);
    }

    /**
     * What the wordings of a concept other than its best add to a passage's score, as a share of theirs: a passage
     * saying two wordings ranks a little above one saying one, never as if it said two concepts.
     */
    static final float WORDING_TIE_BREAKER = 0.1f;

    /** The BM25 query of {@link #lexical(String, Language, int)}, or null when the query holds only stop words. */
    private static Query lexicalQuery(String query, Language language) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String[] words = query.strip().split("\\s+");
        if (words.length > MAX_QUERY_WORDS) {
            query = String.join(" ", java.util.Arrays.copyOf(words, MAX_QUERY_WORDS));
        }
        QueryBuilder builder = new QueryBuilder(ANALYZER);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        boolean any = false;
        for (Language l : language == null ? List.of(Language.values()) : List.of(language)) {
            any |= add(q, builder.createBooleanQuery(IndexSchema.textField(l), query), TEXT_BOOST);
            any |= add(q, builder.createBooleanQuery(IndexSchema.headingField(l), query), HEADING_BOOST);
            any |= add(q, builder.createBooleanQuery(IndexSchema.titleField(l), query), TITLE_BOOST);
        }
        return any ? q.build() : null; // only stop words: no query
    }

    private static boolean add(BooleanQuery.Builder q, Query clause, float boost) {
        if (clause == null) {
            return false;
        }
        q.add(boost == 1.0f ? clause : new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
        return true;
    }

    /**
     * Nearest passages by embedding; the score is the cosine similarity (-1 to 1, higher is closer). The vector
     * must come from an embedder with the index's dimensions.
     */
    @Override
    public List<ScoredPassage> nearest(float[] vector, Language language, int k) {
        if (vector == null || vector.length == 0 || k <= 0) {
            return List.of();
        }
        Query filter = language == null ? null : new TermQuery(new Term(IndexSchema.LANG, language.code()));
        return search(new KnnFloatVectorQuery(IndexSchema.VECTOR, IndexSchema.normalised(vector), k, filter), k, true);
    }

    private List<ScoredPassage> search(Query query, int k, boolean cosine) {
        try {
            Snapshot s = (Snapshot) manager.acquire();
            try {
                TopDocs top = s.search(query, k);
                List<ScoredPassage> out = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    Passage p = s.byDoc[sd.doc];
                    if (p != null) {
                        // Lucene scores a dot product as (1 + cos) / 2; give back the cosine itself.
                        out.add(new ScoredPassage(p, cosine ? 2 * sd.score - 1 : sd.score));
                    }
                }
                return out;
            } finally {
                manager.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index search failed in " + indexDir, e);
        }
    }

    /** Every fact passage with this key, in every language, in path order. From memory. */
    @Override
    public List<Passage> factsWithKey(String key) {
        return read(s -> s.factsByKey.getOrDefault(key, List.of()));
    }

    /** Every indexed document, one entry per document and language, in path order. From memory. */
    @Override
    public List<SourceMeta> sources() {
        return read(s -> s.sources);
    }

    @Override
    public int passageCount() {
        return read(s -> s.byId.size());
    }

    /** The passage with this {@link Passage#id()} ({@code path#ordinal}), if indexed. */
    public Optional<Passage> passage(String id) {
        return Optional.ofNullable(read(s -> s.byId.get(id)));
    }

    /** Every passage of one file (its {@link SourceMeta#path()}), in file order; empty if not indexed. From memory. */
    @Override
    public List<Passage> passagesOf(String path) {
        return read(s -> s.byPath.getOrDefault(path, List.of()));
    }

    private <T> T read(java.util.function.Function<Snapshot, T> f) {
        try {
            Snapshot s = (Snapshot) manager.acquire();
            try {
                return f.apply(s);
            } finally {
                manager.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index read failed in " + indexDir, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            manager.close();
        } finally {
            directory.close();
        }
    }

    /** Builds a {@link Snapshot} for every new reader. */
    private static final class SnapshotFactory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new Snapshot(reader);
        }
    }

    /** A searcher over one commit and every passage of that commit, in memory. */
    private static final class Snapshot extends IndexSearcher {
        final Passage[] byDoc;
        final Map<String, Passage> byId;
        final Map<String, List<Passage>> byPath;
        final Map<String, List<Passage>> factsByKey;
        final List<SourceMeta> sources;

        Snapshot(IndexReader reader) throws IOException {
            super(reader);
            byDoc = new Passage[reader.maxDoc()];
            Map<String, SourceMeta> metas = new HashMap<>();
            Map<String, Passage> ids = new HashMap<>();
            Map<String, List<Passage>> paths = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc);
                    SourceMeta meta = metas.computeIfAbsent(d.get(IndexSchema.PATH), p -> IndexSchema.toMeta(d));
                    Passage p = IndexSchema.toPassage(d, meta);
                    byDoc[leaf.docBase + doc] = p;
                    ids.put(p.id(), p);
                    paths.computeIfAbsent(meta.path(), x -> new ArrayList<>()).add(p);
                }
            }
            Comparator<Passage> order = Comparator.comparing((Passage p) -> p.source().path())
                    .thenComparingInt(Passage::ordinal);
            Map<String, List<Passage>> facts = new HashMap<>();
            Map<String, List<Passage>> sortedPaths = new HashMap<>();
            for (Map.Entry<String, List<Passage>> e : paths.entrySet()) {
                List<Passage> ps = new ArrayList<>(e.getValue());
                ps.sort(order);
                sortedPaths.put(e.getKey(), List.copyOf(ps));
                for (Passage p : ps) {
                    if (p.isFact()) {
                        facts.computeIfAbsent(p.fact().key(), x -> new ArrayList<>()).add(p);
                    }
                }
            }
            Map<String, List<Passage>> factsSorted = new LinkedHashMap<>();
            facts.forEach((key, ps) -> {
                ps.sort(order);
                factsSorted.put(key, List.copyOf(ps));
            });
            List<SourceMeta> sourceList = new ArrayList<>(metas.values());
            sourceList.sort(Comparator.comparing(SourceMeta::path));
            this.byId = Collections.unmodifiableMap(ids);
            this.byPath = Collections.unmodifiableMap(sortedPaths);
            this.factsByKey = Collections.unmodifiableMap(factsSorted);
            this.sources = List.copyOf(sourceList);
        }
    }

    @Override
    public String toString() {
        return "KnowledgeIndex[" + indexDir + ", " + Objects.toString(knowledgeDir, "no knowledge folder") + "]";
    }
}
