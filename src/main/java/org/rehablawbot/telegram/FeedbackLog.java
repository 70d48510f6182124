package org.rehablawbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Citation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends users' 👍/👎 on answers to {@code <data.dir>/feedback.jsonl}, one JSON object a line:
 * {@code time}, {@code vote} ({@code up} or {@code down}), {@code chat_type}, {@code question}, {@code language},
 * {@code status}, {@code composer} and {@code citations} (each {@code n}, {@code source_id}, {@code path},
 * {@code line}). No user or chat ids are stored. Each vote is also logged with its question. Thread-safe.
 */
final class FeedbackLog {

    private static final Logger log = LoggerFactory.getLogger(FeedbackLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    FeedbackLog(Path file) {
        this.file = file;
    }

    /** Logs and appends one vote; an I/O failure is logged and the vote is still in the log. */
    void record(boolean up, String chatType, String question, Answer answer) {
        String vote = up ? "up" : "down";
        log.info("feedback {} on question \"{}\"", vote, question);
        ObjectNode line = JSON.createObjectNode();
        line.put("time", Instant.now().toString());
        line.put("vote", vote);
        line.put("chat_type", chatType);
        line.put("question", question);
        line.put("language", answer.language() == null ? null : answer.language().code());
        line.put("status", answer.status() == null ? null : answer.status().name().toLowerCase(java.util.Locale.ROOT));
        line.put("composer", answer.composer());
        ArrayNode citations = line.putArray("citations");
        for (Citation c : answer.citations()) {
            citations.addObject().put("n", c.n()).put("source_id", c.sourceId()).put("path", c.path()).put("line", c.line());
        }
        byte[] bytes;
        try {
            bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.error("cannot write feedback as JSON", e);
            return;
        }
        synchronized (this) {
            try {
                Path dir = file.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException e) {
                log.error("cannot append feedback to {}: {}", file, e.getMessage());
            }
        }
    }
}
