package org.rehablawbot.moderation;

import java.time.Instant;
import java.util.List;
import org.rehablawbot.index.IndexReport;
import org.rehablawbot.knowledge.Problem;

/**
 * One reload of the knowledge: what the index update did, when it became visible to searches and how long it
 * took from reading the folder to the searchers switching over.
 *
 * @param finishedAt when the new index became visible to searches
 * @param millis     wall time of the reload, searcher switch included
 * @param index      the index update's own report (documents, passages, files added, changed, removed,
 *                   passages embedded, problems)
 */
public record ReloadReport(Instant finishedAt, long millis, IndexReport index) {

    public int documents() {
        return index.documents();
    }

    public int passages() {
        return index.passages();
    }

    /** Files added, changed or removed (a file that became bad counts as removed). */
    public int filesChanged() {
        return index.filesTouched();
    }

    public int passagesEmbedded() {
        return index.passagesEmbedded();
    }

    /** Every problem of the folder; each file with a problem is left out of the index. */
    public List<Problem> problems() {
        return index.problems();
    }

    /** One line for logs and replies: {@code reloaded in 230 ms: 1 file changed, 12 passages embedded}. */
    public String summary() {
        int files = filesChanged();
        int embedded = passagesEmbedded();
        return "reloaded in " + millis + " ms: " + files + (files == 1 ? " file" : " files") + " changed, "
                + embedded + (embedded == 1 ? " passage" : " passages") + " embedded"
                + (index.fullRebuild() ? " (full rebuild)" : "");
    }
}
