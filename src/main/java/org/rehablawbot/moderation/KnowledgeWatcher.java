package org.rehablawbot.moderation;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folder and its subfolders and calls {@code onChange} once a burst of changes has
 * settled: after a quiet period with no further change, or at the latest {@code maxDelay} after the first
 * change of a burst that does not stop. {@code onChange} is given the paths (relative to the folder,
 * {@code /} separated) seen to change in the burst, for logs; the set may be incomplete (after an overflow it
 * is empty), so the receiver should always look at the whole folder.
 *
 * <p>Two detectors feed it. The JDK {@link WatchService} reports changes at once and is told about every new
 * subfolder as it appears. A periodic scan compares the content hashes of every knowledge file with the
 * previous scan and catches what the watch service missed (an overflow, a platform that polls slowly, a
 * folder created and filled before it could be registered).
 *
 * <p>Only knowledge files count ({@code .md} and {@code .txt}); hidden files (such as the temporary files of an
 * atomic write) and editor backups do not. Deleting or creating a folder counts.
 */
public final class KnowledgeWatcher implements AutoCloseable {

    /** Defaults: 500 ms quiet period, at most 2 s delay, a safety scan every 2 s. */
    public static final Duration QUIET_PERIOD = Duration.ofMillis(500);
    public static final Duration MAX_DELAY = Duration.ofSeconds(2);
    public static final Duration SCAN_INTERVAL = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeWatcher.class);

    private final Path root;
    private final Consumer<Set<String>> onChange;
    private final long quietNanos;
    private final long maxDelayNanos;
    private final Duration scanInterval;
    private final boolean watchEvents;

    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;
    private WatchService watchService;
    private Thread watchThread;
    private volatile boolean closed;
    private boolean started;

    private final Object lock = new Object();
    private long burstStart;
    private ScheduledFuture<?> pending;
    private Set<String> burstPaths = new TreeSet<>();
    private Map<Path, String> snapshot = Map.of();

    /** A watcher with the default timing. */
    public KnowledgeWatcher(Path root, Consumer<Set<String>> onChange) {
        this(root, onChange, QUIET_PERIOD, MAX_DELAY, SCAN_INTERVAL);
    }

    /**
     * @param root         the knowledge folder
     * @param onChange     called (on the watcher's thread, so it should return quickly) after changes settle
     * @param quietPeriod  how long no change must be seen before {@code onChange} runs
     * @param maxDelay     the longest {@code onChange} waits after the first change of a burst
     * @param scanInterval how often the safety scan runs
     */
    public KnowledgeWatcher(Path root, Consumer<Set<String>> onChange, Duration quietPeriod, Duration maxDelay,
            Duration scanInterval) {
        this(root, onChange, quietPeriod, maxDelay, scanInterval, true);
    }

    /** As above; {@code watchEvents} false leaves only the periodic scan (to test it alone). */
    KnowledgeWatcher(Path root, Consumer<Set<String>> onChange, Duration quietPeriod, Duration maxDelay, Duration scanInterval,
            boolean watchEvents) {
        this.watchEvents = watchEvents;
        this.root = root.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.quietNanos = quietPeriod.toNanos();
        this.maxDelayNanos = Math.max(quietPeriod.toNanos(), maxDelay.toNanos());
        this.scanInterval = scanInterval;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "knowledge-watch-debounce");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts watching. Changes made before this call are not reported. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        boolean events = watchEvents;
        if (events) {
            try {
                watchService = root.getFileSystem().newWatchService();
                registerTree(root);
            } catch (IOException | UnsupportedOperationException e) {
                // e.g. the system's limit of inotify instances is reached: the periodic scan still sees every change
                LOG.warn("cannot watch {} for changes ({}); relying on a scan every {} ms", root, e.getMessage(),
                        scanInterval.toMillis());
                events = false;
            }
        }
        synchronized (lock) {
            snapshot = scan();
        }
        if (events) {
            watchThread = new Thread(this::watchLoop, "knowledge-watch");
            watchThread.setDaemon(true);
            watchThread.start();
        }
        long ms = scanInterval.toMillis();
        scheduler.scheduleWithFixedDelay(this::safetyScan, ms, ms, TimeUnit.MILLISECONDS);
        LOG.info("watching {} for changes ({} folders)", root, keys.size());
    }

    private void registerTree(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
                try {
                    WatchKey key = d.register(watchService, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                    keys.put(key, d);
                } catch (NoSuchFileException e) {
                    // removed meanwhile; the scan settles it
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("cannot watch {} fully ({}); changes there are found by the periodic scan", dir, e.getMessage());
        }
    }

    private void watchLoop() {
        while (!closed) {
            WatchKey key;
            try {
                key = watchService.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path dir = keys.get(key);
            boolean relevant = false;
            Set<String> paths = new TreeSet<>();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW) {
                    LOG.debug("watch events overflowed; reloading to be safe");
                    relevant = true;
                    continue;
                }
                if (dir == null) {
                    continue;
                }
                Path child = dir.resolve((Path) event.context());
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    // A new subfolder: watch it and everything already in it (it may have been filled before
                    // registration, so it counts as a change).
                    registerTree(child);
                    relevant = true;
                    paths.add(relative(child) + "/");
                } else if (counts(child)) {
                    relevant = true;
                    paths.add(relative(child));
                }
            }
            if (!key.reset()) {
                keys.remove(key);
            }
            if (relevant) {
                changed(paths);
            }
        }
    }

    /** True for knowledge files and for names that may be folders (a deleted folder can no longer be tested). */
    static boolean counts(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        if (n.startsWith(".") || n.endsWith("~") || n.startsWith("#")) {
            return false;
        }
        String lower = n.toLowerCase(Locale.ROOT);
        return isKnowledgeFile(lower) || !lower.contains(".");
    }

    private static boolean isKnowledgeFile(String lowerName) {
        return (lowerName.endsWith(".md") || lowerName.endsWith(".txt")) && !lowerName.startsWith(".");
    }

    private String relative(Path p) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(p)) {
            sb.append(sb.length() == 0 ? "" : "/").append(part);
        }
        return sb.toString();
    }

    /** Notes a change and (re)schedules {@code onChange} for the end of the quiet period. */
    private void changed(Set<String> paths) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            burstPaths.addAll(paths);
            long now = System.nanoTime();
            if (pending == null) {
                burstStart = now;
            } else {
                pending.cancel(false);
            }
            long delay = Math.min(quietNanos, burstStart + maxDelayNanos - now);
            pending = scheduler.schedule(this::fire, Math.max(0, delay), TimeUnit.NANOSECONDS);
        }
    }

    private void fire() {
        Set<String> paths;
        synchronized (lock) {
            pending = null;
            paths = Collections.unmodifiableSet(burstPaths);
            burstPaths = new TreeSet<>();
            // Whatever the reload will see is the new baseline of the safety scan.
            snapshot = scan();
        }
        try {
            onChange.accept(paths);
        } catch (RuntimeException e) {
            LOG.error("reload request failed: {}", e.getMessage(), e);
        }
    }

    private void safetyScan() {
        try {
            Set<String> differ = new TreeSet<>();
            synchronized (lock) {
                if (pending != null) {
                    return;
                }
                Map<Path, String> now = scan();
                for (Map.Entry<Path, String> e : now.entrySet()) {
                    if (!e.getValue().equals(snapshot.get(e.getKey()))) {
                        differ.add(relative(e.getKey()));
                    }
                }
                for (Path p : snapshot.keySet()) {
                    if (!now.containsKey(p)) {
                        differ.add(relative(p));
                    }
                }
                snapshot = now;
            }
            if (!differ.isEmpty()) {
                LOG.debug("periodic scan found changes the watch service did not report: {}", differ);
                changed(differ);
            }
        } catch (RuntimeException e) {
            LOG.warn("periodic scan of {} failed: {}", root, e.getMessage());
        }
    }

    /** Content hash of every knowledge file under the root. */
    private Map<Path, String> scan() {
        Map<Path, String> hashes = new HashMap<>();
        if (!Files.isDirectory(root)) {
            return hashes;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> isKnowledgeFile(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.debug("scan of {} incomplete: {}", root, e.getMessage());
            return snapshot;
        }
        for (Path f : files) {
            try {
                hashes.put(f, sha256(f));
            } catch (IOException e) {
                hashes.put(f, "unreadable");
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[16384];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @Override
    public synchronized void close() {
        closed = true;
        scheduler.shutdownNow();
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.debug("closing the watch service: {}", e.getMessage());
            }
        }
        if (watchThread != null) {
            watchThread.interrupt();
        }
    }
}
