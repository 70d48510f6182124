package org.rehablawbot.moderation;

import java.util.ArrayList;
import java.util.List;

/**
 * A notifier whose destination is connected later: the knowledge goes live (and may find problems) before the
 * bot that messages the moderators has started. Until {@link #connect} every notice is logged and kept (the
 * latest {@value #KEEP}); connecting sends the kept ones, then every later one goes straight through. Never
 * connected, it only logs. Thread-safe.
 */
public final class DeferredNotifier implements ModeratorNotifier {

    static final int KEEP = 20;

    private final ModeratorNotifier log = ModeratorNotifier.logOnly();
    private final List<String> kept = new ArrayList<>();
    private ModeratorNotifier target;

    @Override
    public void notifyModerators(String text) {
        ModeratorNotifier t;
        synchronized (this) {
            t = target;
            if (t == null) {
                if (kept.size() == KEEP) {
                    kept.remove(0);
                }
                kept.add(text);
            }
        }
        if (t == null) {
            log.notifyModerators(text);
        } else {
            t.notifyModerators(text);
        }
    }

    /** Sends the notices kept so far to {@code destination}, and every later one. */
    public void connect(ModeratorNotifier destination) {
        List<String> flush;
        synchronized (this) {
            target = destination;
            flush = List.copyOf(kept);
            kept.clear();
        }
        flush.forEach(destination::notifyModerators);
    }
}
