package org.rehablawbot.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.rehablawbot.knowledge.KnowledgeFolder;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the Lucene index in line with the knowledge folder, doing only the work that changed.
 *
 * <p>The index's last commit carries a manifest: every indexed file's path and content hash, the embedding
 * model's id and the index format version. An update reads and checks every file (cheap), then:
 * <ul>
 *   <li>leaves files with an unchanged hash untouched (no re-embedding);</li>
 *   <li>deletes the passages of changed files by path and adds their new passages, embedding only those;</li>
 *   <li>deletes the passages of removed files, and of files that now have problems (those are reported);</li>
 *   <li>rebuilds everything when asked, when there is no index yet, or when the embedding model or the index
 *       format changed.</li>
 * </ul>
 * All changes go into one commit at the end, so readers switch from the old index to the new one at once; if
 * anything fails before that, the index is left as it was.
 *
 * <p>Before the first update of a process (and before every full rebuild) the index is checked with
 * {@link IndexCheck}: a damaged index is moved aside to {@code <index>.corrupt-<time>} and rebuilt in full, so a
 * damaged file is never taken for an unchanged one.
 *
 * <p>Updates of one index folder are serialised within the process, so one updater and many readers
 * ({@link KnowledgeIndex}) may work at the same time; Lucene's write lock also keeps a second process out.
 */
public final class IndexUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    static final String FORMAT_KEY = "rehab.format";
    static final String MODEL_KEY = "rehab.model";
    static final String FILES_KEY = "rehab.files";

    /** Passages embedded per call to {@link Embedder#embedAll}. */
    private static final int BATCH = 32;

    private final Path knowledgeDir;
    private final Path indexDir;
    private final Embedder embedder;

    /**
     * @param knowledgeDir the knowledge folder to read
     * @param indexDir     the folder of the Lucene index (created when missing)
     * @param embedder     the embedder for passages of new and changed files
     */
    public IndexUpdater(Path knowledgeDir, Path indexDir, Embedder embedder) {
        this.knowledgeDir = Objects.requireNonNull(knowledgeDir);
        this.indexDir = Objects.requireNonNull(indexDir);
        this.embedder = Objects.requireNonNull(embedder);
    }

    /**
     * Updates the index.
     *
     * @param progress    told what is being done
     * @param fullRebuild true to re-read and re-embed everything
     * @return what was done, including the problems of the files left out
     * @throws java.nio.file.NoSuchFileException when the knowledge folder does not exist
     * @throws IOException when the index cannot be written (then it is left as it was), or another process is
     *                     updating it
     */
    public IndexReport update(IndexProgress progress, boolean fullRebuild) throws IOException {
        return update(progress, fullRebuild, true);
    }

    /**
     * Updates the index, first checking it when {@code check} is true.
     *
     * <p>The check ({@link IndexCheck#damage}) reads every file of the last commit and verifies its checksum. A
     * damaged or unreadable index is moved aside to {@code <index>.corrupt-<time>} (kept for inspection), a
     * warning says so, and the index is rebuilt in full from the knowledge folder; the report then gives the
     * damage and where the copy is ({@link IndexReport#damage()}, {@link IndexReport#damagedCopy()}).
     *
     * @param progress    told what is being done
     * @param fullRebuild true to re-read and re-embed everything
     * @param check       true to check the index first (on opening it; live reloads of an index this process
     *                    checked and wrote skip it)
     * @return what was done
     * @throws java.nio.file.NoSuchFileException when the knowledge folder does not exist
     * @throws IOException when the index cannot be written (the message says by whom and what to do), a damaged
     *                     index cannot be moved aside, or another process is updating it
     */
    public IndexReport update(IndexProgress progress, boolean fullRebuild, boolean check) throws IOException {
        long start = System.nanoTime();
        ReentrantLock lock = LOCKS.computeIfAbsent(indexDir.toAbsolutePath().normalize(), p -> new ReentrantLock());
        lock.lock();
        try {
            progress.update(IndexProgress.Stage.READING, 0, 0);
            KnowledgeFolder folder = KnowledgeFolder.load(knowledgeDir,
                    (done, total) -> progress.update(IndexProgress.Stage.READING, done, total));
            try {
                Files.createDirectories(indexDir);
            } catch (AccessDeniedException e) {
                throw IndexCheck.notWritable(Files.isDirectory(indexDir.getParent()) ? indexDir.getParent() : indexDir, e);
            }
            String damage = null;
            Path copy = null;
            if (check || fullRebuild) {
                damage = IndexCheck.damage(indexDir);
                if (damage != null) {
                    copy = IndexCheck.moveAside(indexDir);
                    LOG.warn("The index in {} is damaged ({}). It was moved to {} for inspection and is being rebuilt "
                            + "from {}.", indexDir, damage, copy, knowledgeDir);
                }
            }
            try (Directory dir = FSDirectory.open(indexDir)) {
                IndexReport report = apply(dir, folder, progress, fullRebuild || damage != null, start);
                return damage == null ? report : report.withDamage(damage, copy);
            } catch (AccessDeniedException e) {
                throw IndexCheck.notWritable(indexDir, e);
            }
        } finally {
            lock.unlock();
        }
    }

    private IndexReport apply(Directory dir, KnowledgeFolder folder, IndexProgress progress, boolean fullRebuild,
                              long start) throws IOException {
        Map<String, String> commitData = lastCommitData(dir);
        Map<String, String> manifest = commitData == null ? null : files(commitData);
        boolean full = fullRebuild || manifest == null
                || !IndexSchema.FORMAT.equals(commitData.get(FORMAT_KEY))
                || !embedder.modelId().equals(commitData.get(MODEL_KEY));
        Map<String, String> indexed = full ? Map.of() : manifest;
        if (full && commitData != null && !fullRebuild) {
            LOG.info("Rebuilding the index in full: it was built with format {} and model {}, now format {} and model {}",
                    commitData.get(FORMAT_KEY), commitData.get(MODEL_KEY), IndexSchema.FORMAT, embedder.modelId());
        }

        Map<String, SourceDocument> wanted = new LinkedHashMap<>();
        for (SourceDocument d : folder.documents()) {
            wanted.put(d.meta().path(), d);
        }
        List<String> delete = new ArrayList<>();
        List<SourceDocument> add = new ArrayList<>();
        int added = 0;
        int changed = 0;
        int removed = 0;
        int unchanged = 0;
        for (String path : indexed.keySet()) {
            if (!wanted.containsKey(path)) {
                delete.add(path);
                removed++;
            }
        }
        for (SourceDocument d : wanted.values()) {
            String old = indexed.get(d.meta().path());
            if (old == null) {
                add.add(d);
                added++;
            } else if (!old.equals(d.contentHash())) {
                delete.add(d.meta().path());
                add.add(d);
                changed++;
            } else {
                unchanged++;
            }
        }
        int passages = wanted.values().stream().mapToInt(d -> d.passages().size()).sum();
        int embedded = 0;
        if (full || !delete.isEmpty() || !add.isEmpty()) {
            embedded = write(dir, full, delete, add, wanted, progress);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        IndexReport report = new IndexReport(folder.files().size(), wanted.size(), passages, added, changed, removed,
                unchanged, embedded, full, folder.problems(), millis);
        LOG.debug("Index update: {}", report);
        return report;
    }

    /** Writes the changes in one commit; returns the number of passages embedded. */
    private int write(Directory dir, boolean full, List<String> delete, List<SourceDocument> add,
                      Map<String, SourceDocument> wanted, IndexProgress progress) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
                .setOpenMode(full ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        IndexWriter writer;
        try {
            writer = new IndexWriter(dir, config);
        } catch (AccessDeniedException e) {
            throw IndexCheck.notWritable(indexDir, e);
        } catch (LockObtainFailedException e) {
            throw new IOException("the index in " + indexDir + " is being updated by another process; try again "
                    + "when it has finished", e);
        }
        try (IndexWriter w = writer) {
            try {
                for (String path : delete) {
                    w.deleteDocuments(new Term(IndexSchema.PATH, path));
                }
                List<Passage> toEmbed = new ArrayList<>();
                add.forEach(d -> toEmbed.addAll(d.passages()));
                progress.update(IndexProgress.Stage.EMBEDDING, 0, toEmbed.size());
                for (int from = 0; from < toEmbed.size(); from += BATCH) {
                    List<Passage> batch = toEmbed.subList(from, Math.min(toEmbed.size(), from + BATCH));
                    List<float[]> vectors = embedder.embedAll(batch.stream().map(IndexSchema::embeddingText).toList());
                    if (vectors.size() != batch.size()) {
                        throw new IllegalStateException("the embedder returned " + vectors.size() + " vectors for "
                                + batch.size() + " texts");
                    }
                    for (int i = 0; i < batch.size(); i++) {
                        w.addDocument(IndexSchema.toDocument(batch.get(i), vectors.get(i)));
                    }
                    progress.update(IndexProgress.Stage.EMBEDDING, from + batch.size(), toEmbed.size());
                }
                if (!delete.isEmpty()) {
                    // a changed file's old passages would still count in the term statistics BM25 weighs words by
                    // until a merge: answers to questions on other files would shift with each edit, and differ from
                    // a fresh build's. Expunged now (one merge of a few thousand passages, well under a second)
                    w.forceMergeDeletes();
                }
                progress.update(IndexProgress.Stage.COMMITTING, 0, 0);
                Map<String, String> manifest = new TreeMap<>();
                wanted.values().forEach(d -> manifest.put(d.meta().path(), d.contentHash()));
                Map<String, String> data = new HashMap<>();
                data.put(FORMAT_KEY, IndexSchema.FORMAT);
                data.put(MODEL_KEY, embedder.modelId());
                data.put(FILES_KEY, JSON.writeValueAsString(manifest));
                w.setLiveCommitData(data.entrySet());
                w.commit();
                return toEmbed.size();
            } catch (IOException | RuntimeException | Error e) {
                w.rollback();
                throw e;
            }
        }
    }

    /** The user data of the index's last commit, or null when there is no readable index. */
    static Map<String, String> lastCommitData(Directory dir) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return null;
            }
            List<IndexCommit> commits = DirectoryReader.listCommits(dir);
            return commits.get(commits.size() - 1).getUserData();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The index cannot be read ({}); it will be rebuilt", e.toString());
            return null;
        }
    }

    /** The manifest of indexed files, path to content hash; null when the commit has none (rebuild then). */
    static Map<String, String> files(Map<String, String> commitData) {
        String json = commitData.get(FILES_KEY);
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
