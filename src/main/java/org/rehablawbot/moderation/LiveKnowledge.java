package org.rehablawbot.moderation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.rehablawbot.config.Settings;
import org.rehablawbot.index.IndexProgress;
import org.rehablawbot.index.KnowledgeIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live knowledge for a running bot: watches the knowledge folder, reloads the index in the background after
 * every change (searches keep using the previous complete index until the new one is committed), and serves
 * the moderators' commands and uploads. One per process; {@link #close} stops watching.
 *
 * <pre>{@code
 * try (KnowledgeIndex index = KnowledgeIndex.openUpdated(settings, MiniLmEmbedder.shared(), IndexProgress.NONE);
 *      LiveKnowledge live = LiveKnowledge.start(settings, index, notifier)) {
 *     String reply = live.moderation().command(userId, username, "/status");
 * }
 * }</pre>
 */
public final class LiveKnowledge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveKnowledge.class);

    private final KnowledgeReloader reloader;
    private final KnowledgeWatcher watcher;
    private final ModerationService moderation;
    private final AuditLog audit;

    private LiveKnowledge(KnowledgeReloader reloader, KnowledgeWatcher watcher, ModerationService moderation,
            AuditLog audit) {
        this.reloader = reloader;
        this.watcher = watcher;
        this.moderation = moderation;
        this.audit = audit;
    }

    /**
     * Starts watching {@link Settings#knowledgeDir()} and reloading {@code index} (opened with
     * {@code KnowledgeIndex.openUpdated}) on every change, with the default timing (500 ms quiet period, a safety
     * scan every 2 s). A first reload runs at once, so {@code /status} has figures and the moderators hear about
     * files left out with problems.
     *
     * @param notifier tells the moderators about problems; {@link ModeratorNotifier#logOnly()} without a bot
     */
    public static LiveKnowledge start(Settings settings, KnowledgeIndex index, ModeratorNotifier notifier) {
        return start(settings.knowledgeDir(), settings.dataDir(), settings.moderatorIds(),
                () -> index.update(IndexProgress.NONE, false), notifier, KnowledgeWatcher.QUIET_PERIOD,
                KnowledgeWatcher.MAX_DELAY, KnowledgeWatcher.SCAN_INTERVAL);
    }

    /** As {@link #start(Settings, KnowledgeIndex, ModeratorNotifier)} with every part given. */
    public static LiveKnowledge start(Path knowledgeDir, Path dataDir, Set<Long> moderators, Reindexer reindexer,
            ModeratorNotifier notifier, Duration quietPeriod, Duration maxDelay, Duration scanInterval) {
        AuditLog audit = AuditLog.inDataDir(dataDir);
        KnowledgeReloader reloader = new KnowledgeReloader(reindexer, notifier, audit);
        KnowledgeWatcher watcher = new KnowledgeWatcher(knowledgeDir,
                paths -> reloader.request(KnowledgeReloader.Trigger.AUTO, paths), quietPeriod, maxDelay, scanInterval);
        try {
            watcher.start();
        } catch (RuntimeException e) {
            reloader.close();
            throw e;
        }
        reloader.request(KnowledgeReloader.Trigger.START);
        ModerationService moderation = new ModerationService(moderators, knowledgeDir, dataDir, reloader, audit);
        if (moderators.isEmpty()) {
            LOG.info("no moderators configured (telegram.moderator_ids / MODERATOR_IDS): moderator commands are refused");
        }
        return new LiveKnowledge(reloader, watcher, moderation, audit);
    }

    public ModerationService moderation() {
        return moderation;
    }

    public KnowledgeReloader reloader() {
        return reloader;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Stops watching and waits for a running reload to finish. */
    @Override
    public void close() {
        watcher.close();
        reloader.close();
    }
}
