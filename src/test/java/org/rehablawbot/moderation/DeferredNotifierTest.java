package org.rehablawbot.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredNotifierTest {

    @Test
    void noticesBeforeTheBotStartsAreSentWhenItConnectsThenGoStraightThrough() {
        DeferredNotifier deferred = new DeferredNotifier();
        for (int i = 0; i < DeferredNotifier.KEEP + 5; i++) {
            deferred.notifyModerators("early " + i);
        }
        List<String> sent = new ArrayList<>();
        deferred.connect(sent::add);
        assertEquals(DeferredNotifier.KEEP, sent.size(), "the latest ones are kept");
        assertEquals("early 5", sent.get(0));
        assertEquals("early " + (DeferredNotifier.KEEP + 4), sent.get(sent.size() - 1));
        deferred.notifyModerators("late");
        assertEquals("late", sent.get(sent.size() - 1));
        assertEquals(DeferredNotifier.KEEP + 1, sent.size());
    }
}
