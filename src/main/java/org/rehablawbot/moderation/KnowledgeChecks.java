package org.rehablawbot.moderation;

import java.io.IOException;
import java.util.List;
import org.rehablawbot.knowledge.Problem;
import org.rehablawbot.knowledge.SourceMeta;

/** The knowledge format's checks, as moderation uses them. Thread-safe. */
public interface KnowledgeChecks {

    /**
     * Parses one file's bytes as if it were stored at {@code relativePath}.
     *
     * @return its front matter when the file has no problem, else its problems (and a null meta)
     */
    Checked check(byte[] bytes, String relativePath);

    /** Every problem of the knowledge folder, files and the relations between them, as {@code validate} lists them. */
    List<Problem> validateFolder() throws IOException;

    /** The outcome of checking one file: a meta when good, problems when bad. */
    record Checked(SourceMeta meta, List<Problem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return meta != null && problems.isEmpty();
        }
    }
}
