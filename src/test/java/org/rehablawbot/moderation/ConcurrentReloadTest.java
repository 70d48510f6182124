package org.rehablawbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehablawbot.moderation.TestDocs.doc;
import static org.rehablawbot.moderation.TestDocs.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.index.IndexProgress;
import org.rehablawbot.index.KnowledgeIndex;
import org.rehablawbot.index.MiniLmEmbedder;
import org.rehablawbot.knowledge.Language;

/**
 * Questions asked while the index is rebuilt are answered from a complete index: each search sees either the
 * index before the reload or the one after it, never a part of the new files.
 */
class ConcurrentReloadTest {

    private static final int OLD_FILES = 5;
    private static final int NEW_FILES = 40;

    @TempDir
    Path tmp;

    private static String paragraph(int i) {
        return "Archive record " + i + " about the rehabilitation commission mentions a zanzibarite seal.";
    }

    @Test
    void searchesDuringAReloadSeeTheOldOrTheNewIndexNeverAMix() throws Exception {
        Path knowledge = tmp.resolve("knowledge");
        for (int i = 0; i < OLD_FILES; i++) {
            write(knowledge, "kz/old-" + i + ".en.md", doc("old-" + i, "en", "KZ", paragraph(i)));
        }
        try (KnowledgeIndex index = KnowledgeIndex.openUpdated(knowledge, tmp.resolve("index"), MiniLmEmbedder.shared(),
                IndexProgress.NONE);
             KnowledgeReloader reloader = new KnowledgeReloader(() -> index.update(IndexProgress.NONE, false),
                     text -> { }, AuditLog.inDataDir(tmp.resolve("data")))) {
            int oldHits = index.lexical("zanzibarite", Language.EN, 1000).size();
            int oldPassages = index.passageCount();
            assertEquals(OLD_FILES, oldHits);

            for (int i = 0; i < NEW_FILES; i++) {
                write(knowledge, "kg/new-" + i + ".en.md", doc("new-" + i, "en", "KG", paragraph(100 + i),
                        "A second paragraph of record " + i + " names the Zhogorku Kenesh."));
            }
            // delete one old file too: the new index differs from the old by additions and a removal
            Files.delete(knowledge.resolve("kz/old-0.en.md"));
            int newHits = OLD_FILES - 1 + NEW_FILES;

            AtomicBoolean stop = new AtomicBoolean();
            AtomicBoolean reloading = new AtomicBoolean();
            AtomicInteger searchesDuringReload = new AtomicInteger();
            Map<Integer, Integer> seen = new ConcurrentHashMap<>();
            List<String> wrong = new CopyOnWriteArrayList<>();
            List<Thread> searchers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread th = new Thread(() -> {
                    while (!stop.get()) {
                        boolean during = reloading.get();
                        int hits = index.lexical("zanzibarite", Language.EN, 1000).size();
                        if (hits != oldHits && hits != newHits) {
                            wrong.add("search saw " + hits + " hits");
                        }
                        seen.merge(hits, 1, Integer::sum);
                        if (during && reloading.get()) {
                            searchesDuringReload.incrementAndGet();
                        }
                    }
                }, "searcher-" + t);
                th.start();
                searchers.add(th);
            }
            Thread.sleep(100);
            reloading.set(true);
            ReloadReport report = reloader.request(KnowledgeReloader.Trigger.AUTO).get(120, TimeUnit.SECONDS);
            reloading.set(false);
            Thread.sleep(100);
            stop.set(true);
            for (Thread th : searchers) {
                th.join(10_000);
            }

            System.out.println("concurrent reload: " + report.summary() + "; searches by hit count "
                    + new TreeMap<>(seen) + ", " + searchesDuringReload.get() + " during the reload");
            assertEquals(List.of(), wrong, "every search saw a complete index");
            assertTrue(searchesDuringReload.get() > 0, "searches ran while the index was rebuilt");
            assertTrue(seen.containsKey(oldHits) && seen.containsKey(newHits), "both indexes were seen: " + seen);
            assertEquals(NEW_FILES, report.index().filesAdded());
            assertEquals(1, report.index().filesRemoved());
            assertEquals(newHits, index.lexical("zanzibarite", Language.EN, 1000).size());
            assertEquals(oldPassages - 1 + NEW_FILES * 2, index.passageCount(),
                    "the two paragraphs of each new file, less the removed file's one");
            assertTrue(Set.of(oldHits, newHits).containsAll(seen.keySet()));
        }
    }
}
