package org.rehablawbot.telegram;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The updates the bot has accepted from Telegram and not yet finished, kept in an append-only file
 * ({@code <data.dir>/telegram/updates-<bot id>.journal}) so that none is lost when the bot stops or crashes. One line a
 * record:
 * <ul>
 *   <li>{@code A <update_id> <update JSON>}: accepted; written and forced to disk (fsync) before the offset
 *       that confirms the update to Telegram is sent;</li>
 *   <li>{@code D <update_id>}: finished (its answer sent, or failed for good); written at once, not forced: it
 *       survives a crash of the process, only a crash of the machine can lose it (then the update is answered
 *       again);</li>
 *   <li>{@code O <update_id>}: the highest update id confirmed so far, so polling resumes after it.</li>
 * </ul>
 * At start the unfinished updates are read back to be handled again; a torn last line (a crash mid-write) is
 * ignored. The file is compacted (rewritten with only the unfinished updates, then atomically moved into place)
 * at start and whenever it grows past {@code compactBytes}. Holds the text of questions not yet answered, and of
 * answered ones until the next compaction. Thread-safe.
 */
final class UpdateJournal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UpdateJournal.class);

    /** Compacted when the file grows past this many bytes. */
    static final long DEFAULT_COMPACT_BYTES = 1 << 20;

    /** An accepted, unfinished update: its id and the update's JSON as Telegram sent it. */
    record Entry(int id, String json) {
    }

    private final Path file;
    private final long compactBytes;
    private final TreeMap<Integer, String> open = new TreeMap<>();
    private FileChannel channel;
    private long size;
    private int lastId = -1;
    private boolean closed;

    private UpdateJournal(Path file, long compactBytes) {
        this.file = file;
        this.compactBytes = compactBytes;
    }

    /**
     * Opens the journal, creating its folder and file when missing, reads back the unfinished updates, and
     * compacts it.
     *
     * @throws IOException when the file cannot be read or written
     */
    static UpdateJournal open(Path file, long compactBytes) throws IOException {
        UpdateJournal j = new UpdateJournal(file, compactBytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            j.load();
        }
        j.rewrite();
        return j;
    }

    private void load() throws IOException {
        int torn = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            try {
                if (line.startsWith("A ")) {
                    int sp = line.indexOf(' ', 2);
                    int id = Integer.parseInt(line.substring(2, sp));
                    String json = line.substring(sp + 1);
                    if (!json.endsWith("}")) {
                        throw new IllegalArgumentException("torn");
                    }
                    open.put(id, json);
                    lastId = Math.max(lastId, id);
                } else if (line.startsWith("D ")) {
                    open.remove(Integer.parseInt(line.substring(2).strip()));
                } else if (line.startsWith("O ")) {
                    lastId = Math.max(lastId, Integer.parseInt(line.substring(2).strip()));
                } else if (!line.isBlank()) {
                    torn++;
                }
            } catch (RuntimeException e) {
                torn++;
            }
        }
        if (torn > 0) {
            log.warn("update journal {}: {} unreadable line(s) skipped (a write cut short by a crash)", file, torn);
        }
    }

    /** The unfinished updates, oldest first. */
    synchronized List<Entry> unfinished() {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<Integer, String> e : open.entrySet()) {
            out.add(new Entry(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** The highest update id accepted or confirmed, or -1 when none ever was. */
    synchronized int lastId() {
        return lastId;
    }

    /** Updates accepted and not finished. */
    synchronized int openCount() {
        return open.size();
    }

    /**
     * Records a batch: its accepted updates and the highest id in it (accepted or not), written but not yet
     * forced; {@link #force} must follow before the offset confirming the batch is sent to Telegram.
     *
     * @throws IOException when they cannot be written; the batch must then not be confirmed
     */
    synchronized void append(List<Entry> entries, int maxId) throws IOException {
        ensureOpen();
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append("A ").append(e.id()).append(' ').append(e.json().replace('\n', ' ')).append('\n');
        }
        sb.append("O ").append(maxId).append('\n');
        write(sb.toString());
        for (Entry e : entries) {
            open.put(e.id(), e.json());
        }
        lastId = Math.max(lastId, maxId);
    }

    /**
     * Forces what was written to disk (fsync), outside the lock so that marking updates finished never waits
     * for the disk; compacts the file when it has grown past the limit.
     *
     * @throws IOException when the disk refuses; the batch must then not be confirmed
     */
    void force() throws IOException {
        FileChannel c;
        synchronized (this) {
            ensureOpen();
            c = channel;
        }
        try {
            c.force(false);
        } catch (java.nio.channels.ClosedChannelException e) {
            // compacted meanwhile: the rewrite forced everything to disk
        }
        synchronized (this) {
            if (size > compactBytes) {
                rewrite();
            }
        }
    }


    /** {@link #append} then {@link #force}. */
    void accept(List<Entry> entries, int maxId) throws IOException {
        append(entries, maxId);
        force();
    }

    /** Marks an update finished; an I/O failure is logged (the update is then handled again after a restart). */
    synchronized void done(int id) {
        if (closed || open.remove(id) == null) {
            return;
        }
        try {
            ensureOpen();
            write("D " + id + "\n");
        } catch (IOException e) {
            log.error("cannot mark update {} finished in {}: {}", id, file, e.getMessage());
        }
    }

    private void write(String text) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) {
            size += channel.write(b);
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the update journal is closed");
        }
        if (channel == null || !channel.isOpen()) {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            size = channel.size();
        }
    }

    /** Writes the unfinished updates and the last id to a new file, forces it, and moves it over the journal. */
    private void rewrite() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Integer, String> e : open.entrySet()) {
            sb.append("A ").append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        if (lastId >= 0) {
            sb.append("O ").append(lastId).append('\n');
        }
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer b = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                out.write(b);
            }
            out.force(true);
        }
        if (channel != null) {
            channel.close();
            channel = null;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ensureOpen();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("closing the update journal: {}", e.getMessage());
            }
        }
    }
}
