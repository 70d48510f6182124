package org.rehablawbot.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.rehablawbot.index.IndexReport;
import org.rehablawbot.knowledge.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs reloads of the knowledge in the background, one at a time. A request while a reload runs schedules
 * exactly one more, shared by every request made meanwhile, so a burst of changes costs at most two reloads
 * and the last one sees every change. Searches keep using the previous complete index until the
 * {@link Reindexer} switches them over.
 *
 * <p>After each reload: the summary is logged ({@code reloaded in N ms: 1 file changed, K passages embedded}),
 * each problem is logged as {@code path:line: message}, problems not reported before are sent to the
 * moderators (and fixed ones announced), and an automatic reload that changed something is audited. A failed
 * reload is logged and sent to the moderators; answers keep coming from the previous index.
 */
public final class KnowledgeReloader implements AutoCloseable {

    /** Why a reload was asked for. */
    public enum Trigger {
        /** The folder watcher saw a change. */
        AUTO,
        /** A moderator's command or upload. */
        MODERATOR,
        /** Start-up. */
        START
    }

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeReloader.class);

    private final Reindexer reindexer;
    private final ModeratorNotifier notifier;
    private final AuditLog audit;
    private final ExecutorService executor;

    private final Object lock = new Object();
    private boolean running;
    private CompletableFuture<ReloadReport> next;
    private Set<Trigger> nextTriggers = new LinkedHashSet<>();
    private Set<String> nextPaths = new TreeSet<>();
    private volatile ReloadReport last;
    private volatile Set<String> reportedProblems = Set.of();
    private boolean closed;

    public KnowledgeReloader(Reindexer reindexer, ModeratorNotifier notifier, AuditLog audit) {
        this.reindexer = reindexer;
        this.notifier = notifier;
        this.audit = audit;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "knowledge-reload");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Asks for a reload. Returns at once; the future completes with the report of a reload that started after
     * this call (so it sees every change made before it), or exceptionally when that reload failed.
     */
    public CompletableFuture<ReloadReport> request(Trigger trigger) {
        return request(trigger, Set.of());
    }

    /**
     * As {@link #request(Trigger)}, naming the files known to have changed (relative to the knowledge folder), for
     * the log and the audit; the reload looks at the whole folder regardless.
     */
    public CompletableFuture<ReloadReport> request(Trigger trigger, Set<String> paths) {
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("reloader is closed"));
            }
            if (running) {
                if (next == null) {
                    next = new CompletableFuture<>();
                    nextTriggers = new LinkedHashSet<>();
                    nextPaths = new TreeSet<>();
                }
                nextTriggers.add(trigger);
                nextPaths.addAll(paths);
                return next;
            }
            running = true;
            CompletableFuture<ReloadReport> f = new CompletableFuture<>();
            Set<Trigger> triggers = new LinkedHashSet<>(Set.of(trigger));
            Set<String> p = new TreeSet<>(paths);
            executor.execute(() -> run(f, triggers, p));
            return f;
        }
    }

    /** The report of the last successful reload, if any. */
    public Optional<ReloadReport> last() {
        return Optional.ofNullable(last);
    }

    private void run(CompletableFuture<ReloadReport> future, Set<Trigger> triggers, Set<String> paths) {
        try {
            long start = System.nanoTime();
            IndexReport update = reindexer.reindex();
            long millis = (System.nanoTime() - start) / 1_000_000;
            ReloadReport report = new ReloadReport(Instant.now(), millis, update);
            last = report;
            afterReload(report, triggers, paths);
            future.complete(report);
        } catch (Throwable e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            if (e instanceof java.io.IOException) {
                LOG.error("reload failed; answers still come from the previous index: {}", message);
            } else {
                LOG.error("reload failed; answers still come from the previous index: {}", message, e);
            }
            notifier.notifyModerators("Reloading the knowledge failed: " + message
                    + "\nAnswers still come from the previous index.");
            if (triggers.contains(Trigger.AUTO)) {
                audit.record(null, null, AuditLog.Action.AUTO_RELOAD, files(paths), AuditLog.Result.ERROR, message);
            }
            future.completeExceptionally(e);
        } finally {
            synchronized (lock) {
                if (next != null && !closed) {
                    CompletableFuture<ReloadReport> f = next;
                    Set<Trigger> t = nextTriggers;
                    Set<String> p = nextPaths;
                    next = null;
                    nextTriggers = new LinkedHashSet<>();
                    nextPaths = new TreeSet<>();
                    executor.execute(() -> run(f, t, p));
                } else {
                    running = false;
                }
            }
        }
    }

    private static String files(Set<String> paths) {
        return paths.isEmpty() ? null : String.join(", ", paths);
    }

    private void afterReload(ReloadReport report, Set<Trigger> triggers, Set<String> paths) {
        boolean changedSomething = report.filesChanged() > 0;
        String seen = paths.isEmpty() ? "" : " after changes to " + String.join(", ", paths);
        if (changedSomething || !triggers.equals(Set.of(Trigger.AUTO))) {
            LOG.info("{} ({} documents, {} passages){}", report.summary(), report.documents(), report.passages(), seen);
        } else {
            LOG.debug("{}{}", report.summary(), seen);
        }
        Set<String> now = new LinkedHashSet<>();
        for (Problem p : report.problems()) {
            now.add(p.toString());
        }
        Set<String> before = reportedProblems;
        List<String> fresh = new ArrayList<>();
        for (String p : now) {
            if (!before.contains(p)) {
                fresh.add(p);
                LOG.warn("{}", p);
            }
        }
        List<String> fixed = before.stream().filter(p -> !now.contains(p)).toList();
        reportedProblems = Set.copyOf(now);
        if (!fresh.isEmpty()) {
            notifier.notifyModerators("Knowledge problems; a file with an error is left out of the index until it is fixed:\n"
                    + String.join("\n", fresh));
        }
        if (!fixed.isEmpty()) {
            notifier.notifyModerators("Fixed:\n" + String.join("\n", fixed));
        }
        if (triggers.contains(Trigger.AUTO) && (changedSomething || !fresh.isEmpty())) {
            String message = report.summary() + (fresh.isEmpty() ? "" : "; problems: " + String.join("; ", fresh));
            audit.record(null, null, AuditLog.Action.AUTO_RELOAD, files(paths), AuditLog.Result.OK, message);
        }
    }

    /** Stops accepting requests and waits briefly for a running reload to finish. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (next != null) {
                next.completeExceptionally(new IllegalStateException("reloader is closed"));
                next = null;
            }
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
