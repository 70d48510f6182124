package org.rehablawbot.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NoLockFactory;

/**
 * Checks an index folder before it is used, and moves a damaged one aside.
 *
 * <p>Every file Lucene writes ends with a checksum of its content, and the commit point ({@code segments_N})
 * lists the files of the index. {@link #damage(Path)} reads the last commit point and every segment it names
 * ({@code .si}, {@code .cfs}, postings, vectors, stored fields, …) with {@link CheckIndex} in its checksum-only
 * mode, which reads each file once from start to end: a truncated, emptied or overwritten file is found, also
 * when the damage is in the middle of a segment. On the shipped knowledge (a few MB) this takes tens of
 * milliseconds.
 */
public final class IndexCheck {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private IndexCheck() {
    }

    /**
     * Checks the index in {@code indexDir}.
     *
     * @param indexDir an index folder; it may be missing or empty (nothing to check then)
     * @return null when the folder holds a whole index, is missing or holds nothing; else a short description of
     *         the damage, such as "segment _0: checksum failed …"
     *         (also when another process holds the index's write lock: that process checked it on opening, and
     *         files change under a writer, so it is taken as it is)
     * @throws IOException when the folder cannot be listed
     */
    public static String damage(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return null;
        }
        List<String> names;
        try (Stream<Path> files = Files.list(indexDir)) {
            names = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(IndexWriter.WRITE_LOCK_NAME)).toList();
        }
        if (names.isEmpty()) {
            return null;
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) {
                return "it holds " + names.size() + " file(s) but no commit point (segments_N)";
            }
            try (Lock lock = writeLock(dir); CheckIndex check = new CheckIndex(dir, lock)) {
                check.setChecksumsOnly(true);
                check.setThreadCount(1);
                check.setInfoStream(null);
                CheckIndex.Status status = check.checkIndex();
                return status.clean ? null : describe(status);
            } catch (LockObtainFailedException e) {
                // another process is writing this index (the bot reloading); it opened and checked it itself, and
                // files change under a writer, so nothing can be said now: take the index as it is
                return null;
            } catch (IOException | RuntimeException e) {
                return oneLine(e);
            }
        }
    }

    /** The index's write lock, so that no writer changes files while they are checked; none on a read-only folder. */
    private static Lock writeLock(Directory dir) throws IOException {
        try {
            return dir.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        } catch (AccessDeniedException e) {
            // a read-only data folder: nobody can write there, so there is nothing to lock against
            return NoLockFactory.INSTANCE.obtainLock(dir, IndexWriter.WRITE_LOCK_NAME);
        }
    }

    /**
     * The error for a folder the index cannot be written to, saying by whom and what to do.
     *
     * @param folder the data or index folder that could not be written
     * @param cause  the refused file operation
     */
    public static IOException notWritable(Path folder, IOException cause) {
        return new IOException("the data folder " + folder.toAbsolutePath() + " is not writable by " + currentUser()
                + ": make it writable for that user (e.g. chown -R " + uid() + " " + folder.toAbsolutePath()
                + "), or give a writable folder with --data DIR (or DATA_DIR)", cause);
    }

    /** "user bot (uid 10001)": who this process runs as, as far as the platform tells. */
    public static String currentUser() {
        String name = System.getProperty("user.name", "?");
        String uid = uid();
        if (name.isBlank() || name.equals("?")) {
            return "uid " + uid; // a user id without a name, as with docker run --user 1234
        }
        return "user " + name + (uid.equals(name) ? "" : " (uid " + uid + ")");
    }

    private static String uid() {
        try {
            return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("user.name", "?");
        }
    }

    private static String describe(CheckIndex.Status status) {
        if (status.missingSegments) {
            return "its commit point " + (status.segmentsFileName == null ? "(segments_N)" : status.segmentsFileName)
                    + " cannot be read";
        }
        for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
            if (s.error != null) {
                return "segment " + s.name + ": " + oneLine(s.error);
            }
        }
        return status.numBadSegments + " damaged segment(s)";
    }

    private static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof RuntimeException)) {
            t = t.getCause();
        }
        String text = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        text = text.replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /**
     * Moves the index folder aside, to {@code <indexDir>.corrupt-<yyyyMMdd-HHmmss>} beside it, keeping it for
     * inspection, and leaves an empty {@code indexDir} in its place.
     *
     * @return the folder the damaged index now lives in
     * @throws IOException when it cannot be moved (the message says what to do)
     */
    public static Path moveAside(Path indexDir) throws IOException {
        String base = indexDir.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP);
        Path aside = indexDir.resolveSibling(base);
        for (int i = 2; Files.exists(aside); i++) {
            aside = indexDir.resolveSibling(base + "-" + i);
        }
        try {
            try {
                Files.move(indexDir, aside, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // the folder itself may be a mount point: move its files instead
                Files.createDirectory(aside);
                try (Stream<Path> files = Files.list(indexDir)) {
                    for (Path f : files.toList()) {
                        Files.move(f, aside.resolve(f.getFileName()));
                    }
                }
            }
            Files.createDirectories(indexDir);
        } catch (IOException e) {
            throw new IOException("the damaged index in " + indexDir + " cannot be moved aside to " + aside + " ("
                    + oneLine(e) + "); move or delete " + indexDir + " by hand, then run the index command again", e);
        }
        return aside;
    }
}
