package org.rehablawbot.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.rehablawbot.knowledge.Problem;

/**
 * What one reload of the knowledge folder did.
 *
 * @param finishedAt       when the new index became visible to searches
 * @param took             how long the reload took, from reading the folder to the searchers switching
 * @param documents        documents (one per source and language) in the index after the reload
 * @param passages         passages in the index after the reload
 * @param added            files (relative to the knowledge folder) indexed for the first time
 * @param changed          files whose content changed and were re-indexed
 * @param removed          files whose passages were removed from the index
 * @param passagesEmbedded passages embedded in this reload (only those of added and changed files)
 * @param problems         every problem of the folder; a file with an error is left out of the index
 */
public record ReloadReport(
        Instant finishedAt,
        Duration took,
        int documents,
        int passages,
        List<String> added,
        List<String> changed,
        List<String> removed,
        int passagesEmbedded,
        List<Problem> problems) {

    public ReloadReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        problems = List.copyOf(problems);
    }

    /** Number of files added, changed or removed. */
    public int filesChanged() {
        return added.size() + changed.size() + removed.size();
    }

    /** Every file added, changed or removed, in that order. */
    public List<String> changedFiles() {
        return java.util.stream.Stream.of(added, changed, removed).flatMap(List::stream).toList();
    }

    /** One line for logs and replies: {@code reloaded in 230 ms: 1 file changed, 12 passages embedded}. */
    public String summary() {
        int files = filesChanged();
        return "reloaded in " + took.toMillis() + " ms: " + files + (files == 1 ? " file" : " files") + " changed, "
                + passagesEmbedded + (passagesEmbedded == 1 ? " passage" : " passages") + " embedded";
    }
}
