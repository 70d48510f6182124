package org.rehablawbot.index;

import java.nio.file.Path;
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
 * @param damage           what was wrong with the index found at the start, when it was damaged and therefore
 *                         rebuilt; null when it was whole (or missing)
 * @param damagedCopy      where the damaged index was moved for inspection; null when it was whole
 */
public record IndexReport(int filesRead, int documents, int passages, int filesAdded, int filesChanged,
                          int filesRemoved, int filesUnchanged, int passagesEmbedded, boolean fullRebuild,
                          List<Problem> problems, long millis, String damage, Path damagedCopy) {

    public IndexReport {
        problems = List.copyOf(problems);
    }

    /** A report of an update that found the index whole (or had none to check). */
    public IndexReport(int filesRead, int documents, int passages, int filesAdded, int filesChanged,
                       int filesRemoved, int filesUnchanged, int passagesEmbedded, boolean fullRebuild,
                       List<Problem> problems, long millis) {
        this(filesRead, documents, passages, filesAdded, filesChanged, filesRemoved, filesUnchanged, passagesEmbedded,
                fullRebuild, problems, millis, null, null);
    }

    /** This report, saying that the index was found damaged ({@code damage}) and kept in {@code copy}. */
    public IndexReport withDamage(String damage, Path copy) {
        return new IndexReport(filesRead, documents, passages, filesAdded, filesChanged, filesRemoved, filesUnchanged,
                passagesEmbedded, true, problems, millis, damage, copy);
    }

    /** True when the index was found damaged, moved aside and rebuilt. */
    public boolean repaired() {
        return damage != null;
    }

    /** Files added, changed or removed. */
    public int filesTouched() {
        return filesAdded + filesChanged + filesRemoved;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
