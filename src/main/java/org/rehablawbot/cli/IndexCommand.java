package org.rehablawbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rehablawbot.config.Settings;
import org.rehablawbot.index.Embedder;
import org.rehablawbot.index.IndexProgress;
import org.rehablawbot.index.IndexReport;
import org.rehablawbot.index.IndexUpdater;
import org.rehablawbot.index.MiniLmEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Brings the index up to date with the knowledge folder (only new and changed files are embedded) and prints
 * what it did. Problems are printed as {@code path:line: message}; the files without problems are indexed all
 * the same. Exits 1 when any file has a problem, 2 when the index cannot be built, 0 otherwise.
 */
@Command(name = "index", description = "Update the search index from the knowledge folder (only changed files are re-embedded)")
public final class IndexCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--rebuild", description = "Rebuild the whole index, re-embedding every passage")
    boolean rebuild;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        IndexProgress live = System.console() != null ? new ProgressLine(err) : IndexProgress.NONE;
        return run(common.settings(), MiniLmEmbedder.shared(), rebuild, live, spec.commandLine().getOut(), err);
    }

    /**
     * Updates the index of {@code settings} and prints the report on {@code out}.
     *
     * @param live receives progress to show while working, or {@link IndexProgress#NONE}
     * @return 0, 1 when any file has a problem, 2 when the index cannot be built
     */
    public static int run(Settings settings, Embedder embedder, boolean rebuild, IndexProgress live, PrintWriter out,
                          PrintWriter err) {
        EmbeddingClock clock = new EmbeddingClock(live);
        IndexReport report;
        try {
            report = new IndexUpdater(settings.knowledgeDir(), settings.indexDir(), embedder).update(clock, rebuild);
        } catch (NoSuchFileException e) {
            clock.done();
            err.println("knowledge folder not found: " + settings.knowledgeDir()
                    + " (give --knowledge DIR or set knowledge.dir)");
            err.flush();
            return 2;
        } catch (IOException | RuntimeException e) {
            clock.done();
            err.println("index not updated: " + e.getMessage());
            err.flush();
            return 2;
        }
        clock.done();
        report.problems().forEach(out::println);
        out.println("index " + settings.indexDir() + ": " + report.documents() + " documents, " + report.passages()
                + " passages" + (report.fullRebuild() ? " (rebuilt in full)" : ""));
        out.println("files: " + report.filesRead() + " read, " + report.filesAdded() + " added, "
                + report.filesChanged() + " changed, " + report.filesRemoved() + " removed, "
                + report.filesUnchanged() + " unchanged" + (report.hasProblems()
                ? ", " + report.problems().stream().map(p -> p.path()).distinct().count() + " left out with problems" : ""));
        double seconds = clock.embeddingNanos() / 1e9;
        out.println("passages embedded: " + report.passagesEmbedded() + (report.passagesEmbedded() > 0 && seconds > 0
                ? String.format(Locale.ROOT, " in %.1f s (%.1f a second)", seconds, report.passagesEmbedded() / seconds)
                : ""));
        out.println(String.format(Locale.ROOT, "time: %.2f s", report.millis() / 1000.0));
        out.flush();
        return report.hasProblems() ? 1 : 0;
    }

    /** Measures the embedding stage and passes progress on. */
    private static final class EmbeddingClock implements IndexProgress {
        private final IndexProgress next;
        private long embeddingStart;
        private long embeddingEnd;

        EmbeddingClock(IndexProgress next) {
            this.next = next;
        }

        @Override
        public void update(Stage stage, int done, int total) {
            long now = System.nanoTime();
            if (stage == Stage.EMBEDDING && embeddingStart == 0) {
                embeddingStart = now;
            }
            if (stage == Stage.EMBEDDING) {
                embeddingEnd = now;
            }
            next.update(stage, done, total);
        }

        long embeddingNanos() {
            return embeddingStart == 0 ? 0 : embeddingEnd - embeddingStart;
        }

        void done() {
            if (next instanceof ProgressLine line) {
                line.clear();
            }
        }
    }

    /** One line on a terminal, rewritten in place with {@code \r}: files read, passages embedded, rate. */
    static final class ProgressLine implements IndexProgress {
        private final PrintWriter err;
        private long embeddingStart;
        private long lastDraw;
        private int width;

        ProgressLine(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(Stage stage, int done, int total) {
            long now = System.nanoTime();
            if (stage == Stage.EMBEDDING && embeddingStart == 0) {
                embeddingStart = now;
            }
            boolean last = done == total;
            if (!last && now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            String text = switch (stage) {
                case READING -> total == 0 ? "reading files" : "reading files " + done + "/" + total;
                case EMBEDDING -> {
                    double s = (now - embeddingStart) / 1e9;
                    yield "embedding passages " + done + "/" + total
                            + (s > 0.2 ? String.format(Locale.ROOT, " (%.0f a second)", done / s) : "");
                }
                case COMMITTING -> "committing";
            };
            draw(text);
        }

        private void draw(String text) {
            StringBuilder sb = new StringBuilder("\r").append(text);
            for (int i = text.length(); i < width; i++) {
                sb.append(' ');
            }
            width = text.length();
            err.print(sb);
            err.flush();
        }

        void clear() {
            if (width > 0) {
                draw("");
                err.print('\r');
                err.flush();
                width = 0;
            }
        }
    }
}
