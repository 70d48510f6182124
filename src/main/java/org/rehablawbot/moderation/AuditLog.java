package org.rehablawbot.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderation audit log: one JSON object per line in {@code <data.dir>/audit.jsonl}, appended and flushed
 * per entry, never rewritten. Thread-safe: each entry is written whole with one append. A failure to write is
 * logged and never stops the action it records.
 *
 * <p>Fields: {@code time} (ISO-8601 UTC), {@code user_id} and {@code username} (null for automatic actions or
 * when unknown), {@code action} (see {@link Action}), {@code file} (knowledge file(s) concerned, or null),
 * {@code result} ({@code ok}, {@code rejected} or {@code error}) and {@code message}.
 */
public final class AuditLog {

    /** What was done. */
    public enum Action {
        STATUS, RELOAD, VALIDATE, UPLOAD, REMOVE, REFUSED, AUTO_RELOAD;

        /** The name written to the log: {@code status}, …, {@code auto-reload}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How it went. */
    public enum Result {
        OK, REJECTED, ERROR;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The file name inside the data folder. */
    public static final String FILE_NAME = "audit.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;

    /** An audit log appending to {@code file}; the file and its folder are created on the first entry. */
    public AuditLog(Path file) {
        this(file, Clock.systemUTC());
    }

    AuditLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The audit log of a data folder: {@code <dataDir>/audit.jsonl}. */
    public static AuditLog inDataDir(Path dataDir) {
        return new AuditLog(dataDir.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /**
     * Appends one entry.
     *
     * @param userId   Telegram user id, or null for automatic actions
     * @param username Telegram username, or null when unknown
     * @param file     knowledge file(s) concerned, or null
     * @param message  details: the error, the refusal, what changed; may be null
     */
    public void record(Long userId, String username, Action action, String file, Result result, String message) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("time", Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        entry.put("user_id", userId);
        entry.put("username", username);
        entry.put("action", action.code());
        entry.put("file", file);
        entry.put("result", result.code());
        entry.put("message", message);
        byte[] line;
        try {
            line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write audit entry as JSON", e);
        }
        synchronized (this) {
            try {
                Path parent = this.file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                // One write of the whole line in append mode: concurrent writers never interleave inside a line.
                try (var out = Files.newOutputStream(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    out.write(line);
                    out.flush();
                }
            } catch (IOException | UncheckedIOException e) {
                LOG.error("cannot append to audit log {}: {}", this.file, e.getMessage());
            }
        }
    }
}
