package org.rehablawbot.index;

import java.util.List;
import org.rehablawbot.knowledge.Problem;

/**
 * What one index update did.
 *
 * @param filesRead        knowledge files found and read
 * @param documents        documents in the index after the update
 * @param passages         passages in the index after the update
 * @param filesAdded       files indexed for the first time
 * @param filesChanged     files whose content changed and whose passages were replaced
 * @param filesRemoved     files whose passages left the index: deleted files, and files that now have problems
 * @param filesUnchanged   files left untouched
 * @param passagesEmbedded passages embedded by this update (only those of added and changed files)
 * @param fullRebuild      true when the whole index was rebuilt (asked for, first build, or a new embedding
 *                         model or index format)
 * @param problems         problems of the files left out, as {@code path:line: message}
 * @param millis           wall time of the update
 */
public record IndexReport(int filesRead, int documents, int passages, int filesAdded, int filesChanged,
                          int filesRemoved, int filesUnchanged, int passagesEmbedded, boolean fullRebuild,
                          List<Problem> problems, long millis) {

    public IndexReport {
        problems = List.copyOf(problems);
    }

    /** Files added, changed or removed. */
    public int filesTouched() {
        return filesAdded + filesChanged + filesRemoved;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
