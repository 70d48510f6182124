package org.rehablawbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
 * what it did. The index is checked first: a damaged one is moved aside (kept) and rebuilt in full. Problems are
 * printed as {@code path:line: message}; the files without problems are indexed all the same. Exits 0 when every
 * file was indexed, 1 when any file has a problem or the index cannot be built (the message says what to do).
 */
@Command(name = "index", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Update the search index from the knowledge folder (only changed files are re-embedded). "
                + "A damaged index is moved aside to data/index.corrupt-<time> and rebuilt.",
        footer = {"", "Examples:",
                "  rehab-law-bot index                     update data/index from knowledge/",
                "  rehab-law-bot index --rebuild           re-embed everything (also repairs any damage)",
                "  rehab-law-bot index --knowledge my-knowledge --data /tmp/data",
                "", "Exit status: 0 all files indexed, 1 files left out with problems or the index cannot be "
                + "built, 2 usage error."})
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
        ConsoleProgress progress = ConsoleProgress.onStandardError();
        try {
            return run(common.settings(), MiniLmEmbedder.shared(), rebuild, progress, spec.commandLine().getOut(), err);
        } finally {
            progress.finish();
        }
    }

    /**
     * Updates the index of {@code settings} and prints the report on {@code out}.
     *
     * @param live receives progress to show while working, or {@link IndexProgress#NONE}
     * @return 0, or 1 when any file has a problem or the index cannot be built
     */
    public static int run(Settings settings, Embedder embedder, boolean rebuild, IndexProgress live, PrintWriter out,
                          PrintWriter err) {
        EmbeddingClock clock = new EmbeddingClock(live);
        IndexReport report;
        try {
            report = new IndexUpdater(settings.knowledgeDir(), settings.indexDir(), embedder).update(clock, rebuild);
        } catch (IOException | RuntimeException e) {
            err.println("index not updated: " + Engines.describe(settings, e));
            err.flush();
            return Cli.PROBLEM;
        }
        if (report.repaired()) {
            out.println("the index was damaged (" + report.damage() + "); it was moved to " + report.damagedCopy()
                    + " and rebuilt from " + settings.knowledgeDir());
        }
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
        if (report.hasProblems()) {
            out.println("Fix the files above (rehab-law-bot validate lists every problem) and run the index command again.");
        }
        out.flush();
        return report.hasProblems() ? Cli.PROBLEM : Cli.OK;
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
    }
}
