package org.rehablawbot.moderation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.rehablawbot.index.Embedder;
import org.rehablawbot.index.IndexProgress;
import org.rehablawbot.index.KnowledgeIndex;
import org.rehablawbot.knowledge.KnowledgeFolder;
import org.rehablawbot.knowledge.LoadedFile;

/**
 * Measures live reload on a copy of a knowledge folder: builds an index of the copy, then changes one file at a
 * time and times the reload the bot would run (read and check the folder, embed the changed file's passages,
 * commit, switch the searchers). Prints figures; the real folder and index are not touched.
 */
public final class ReloadBench {

    /** The reload time the bot aims at for a one-file change. */
    public static final long TARGET_MILLIS = 1000;

    private ReloadBench() {
    }

    /**
     * Runs the measurement and prints it.
     *
     * @param knowledgeDir the folder to copy and measure
     * @param embedder     the embedder the bot uses
     * @param rounds       how many one-file changes to time
     * @return the median reload time of a one-file change, in ms
     */
    public static long run(Path knowledgeDir, Embedder embedder, int rounds, PrintStream out)
            throws IOException, InterruptedException {
        Path temp = Files.createTempDirectory("rehab-reload-bench");
        try {
            Path knowledge = temp.resolve("knowledge");
            copy(knowledgeDir, knowledge);
            List<String> good = KnowledgeFolder.load(knowledge).files().stream().filter(LoadedFile::ok)
                    .map(LoadedFile::path).toList();
            if (good.isEmpty()) {
                throw new IOException("no valid knowledge file in " + knowledgeDir);
            }
            long t0 = System.nanoTime();
            try (KnowledgeIndex index = KnowledgeIndex.openUpdated(knowledge, temp.resolve("index"), embedder,
                    IndexProgress.NONE);
                 KnowledgeReloader reloader = new KnowledgeReloader(() -> index.update(IndexProgress.NONE, false),
                         text -> { }, AuditLog.inDataDir(temp.resolve("data")))) {
                out.printf(Locale.ROOT, "knowledge folder %s: %d valid files, %d documents, %d passages; first build %d ms%n",
                        knowledgeDir, good.size(), index.sources().size(), index.passageCount(),
                        (System.nanoTime() - t0) / 1_000_000);
                ReloadReport idle = reload(reloader);
                out.println("no change: " + idle.summary());
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < rounds; i++) {
                    String path = good.get((i * 7919) % good.size());
                    Path file = knowledge.resolve(path);
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    // A new last paragraph in the file's own script, so the file stays valid.
                    boolean ru = path.contains(".ru.");
                    Files.writeString(file, text + (text.endsWith("\n") ? "" : "\n") + "\n"
                            + (ru ? "Проверочный абзац номер " : "Benchmark paragraph number ") + i + ".\n",
                            StandardCharsets.UTF_8);
                    ReloadReport r = reload(reloader);
                    times.add(r.millis());
                    out.println("one file changed (" + path + "): " + r.summary());
                }
                List<Long> sorted = times.stream().sorted(Comparator.naturalOrder()).toList();
                long median = sorted.get(sorted.size() / 2);
                out.printf(Locale.ROOT, "reload after a one-file change: median %d ms, max %d ms over %d changes "
                        + "(target <= %d ms)%n", median, sorted.get(sorted.size() - 1), sorted.size(), TARGET_MILLIS);
                return median;
            }
        } finally {
            delete(temp);
        }
    }

    private static ReloadReport reload(KnowledgeReloader reloader) throws IOException, InterruptedException {
        try {
            return reloader.request(KnowledgeReloader.Trigger.MODERATOR).get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new IOException("reload failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("reload took more than 10 minutes", e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
