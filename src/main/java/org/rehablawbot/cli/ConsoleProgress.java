package org.rehablawbot.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rehablawbot.index.IndexProgress;

/**
 * Shows the progress of an index update on standard error while a command waits for it: at a terminal a
 * progress bar (files read, then passages embedded, with the rate and the time left), elsewhere (a pipe, a log, a
 * container without {@code -t}) one plain line per stage: what is to be embedded with the time that takes on an
 * idle 2-core machine, then, after the first batch, the time left at the rate this machine reaches. Nothing is shown when the index is already up to date
 * and nothing needs embedding, so piped commands stay quiet on later starts.
 *
 * <p>Not thread-safe: an update reports from one thread.
 */
final class ConsoleProgress implements IndexProgress {

    /**
     * Passages embedded a second, for the expected time shown before embedding: a little under the 110–140 a
     * second measured on 2 cores (README, Performance), so the estimate errs long.
     */
    static final double PASSAGES_PER_SECOND = 100;

    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private Stage barStage;
    private int files;
    private int embedding;
    private long embeddingStart;
    private boolean rateSaid;
    private boolean wrote;

    /**
     * @param err      where to show progress (standard error)
     * @param terminal true to draw a progress bar (a person watches a terminal), false for plain lines
     */
    ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Progress on standard error: a bar when the program runs at a terminal, else plain lines. */
    static ConsoleProgress onStandardError() {
        return new ConsoleProgress(System.err, System.console() != null);
    }

    /** The expected embedding time of {@code passages} passages, such as "about 8 s" or "about 2 min". */
    static String expected(int passages) {
        return "about " + duration(passages / PASSAGES_PER_SECOND);
    }

    /** "8 s", "2 min". */
    static String duration(double seconds) {
        long s = Math.max(1, Math.round(seconds));
        return s < 90 ? s + " s" : Math.round(s / 60.0) + " min";
    }

    @Override
    public void update(Stage stage, int done, int total) {
        switch (stage) {
            case READING -> {
                files = Math.max(files, total);
                if (terminal && total > 0) {
                    bar(Stage.READING, "Reading knowledge files", total, false).stepTo(done);
                }
            }
            case EMBEDDING -> {
                if (total == 0) {
                    return;
                }
                if (embedding == 0) {
                    embedding = total;
                    embeddingStart = System.nanoTime();
                    String what = "Building the search index: " + total + " passages from " + files
                            + " knowledge files to embed (" + expected(total) + " on an idle 2-core machine)";
                    closeBar();
                    err.println(what + (terminal ? "" : "…"));
                    wrote = true;
                } else if (!terminal && !rateSaid && done > 0 && done < total) {
                    // after the first batch: the time left at the rate this machine really reaches
                    rateSaid = true;
                    double seconds = (System.nanoTime() - embeddingStart) / 1e9;
                    double rate = seconds > 0 ? done / seconds : PASSAGES_PER_SECOND;
                    err.println(String.format(Locale.ROOT, "Embedding at %.0f passages a second: about %s left…",
                            rate, duration((total - done) / Math.max(rate, 0.1))));
                }
                if (terminal) {
                    bar(Stage.EMBEDDING, "Embedding", total, true).stepTo(done);
                }
            }
            case COMMITTING -> {
                closeBar();
                if (embedding > 0 && !terminal) {
                    err.println("Embedded " + embedding + " passages; writing the index…");
                }
            }
            default -> { }
        }
        err.flush();
    }

    private ProgressBar bar(Stage stage, String task, int total, boolean speed) {
        if (bar == null || barStage != stage) {
            closeBar();
            ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(err));
            if (speed) {
                b.setUnit(" passages", 1).showSpeed();
            } else {
                b.clearDisplayOnFinish().hideEta();
            }
            bar = b.build();
            barStage = stage;
        }
        return bar;
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
            barStage = null;
        }
    }

    /** Ends the display: closes the bar and, when anything was embedded, says the index is ready and how long it took. */
    void finish() {
        closeBar();
        if (wrote) {
            err.println(String.format(Locale.ROOT, "Search index ready (%.1f s).", (System.nanoTime() - start) / 1e9));
        }
        err.flush();
    }
}
