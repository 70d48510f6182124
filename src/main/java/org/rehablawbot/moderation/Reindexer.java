package org.rehablawbot.moderation;

import java.io.IOException;

/**
 * Brings the index in line with the knowledge folder and reports what it did. When it returns, searches see
 * the new index; until then they see the previous complete one. A file with an error is left out and listed
 * in {@link ReloadReport#problems()}. Called from one thread at a time.
 */
@FunctionalInterface
public interface Reindexer {

    ReloadReport reindex() throws IOException;
}
