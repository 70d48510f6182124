package org.rehablawbot.moderation;

import java.io.IOException;
import org.rehablawbot.index.IndexReport;

/**
 * Brings the index in line with the knowledge folder and reports what it did. When it returns, searches see
 * the new index; until then they see the previous complete one. A file with an error is left out and listed
 * in {@link IndexReport#problems()}. For the bot this is {@code index.update(IndexProgress.NONE, false)} of a
 * {@link org.rehablawbot.index.KnowledgeIndex}, whose commit and searcher refresh make the switch atomic.
 */
@FunctionalInterface
public interface Reindexer {

    IndexReport reindex() throws IOException;
}
