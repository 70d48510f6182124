package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final String OPENING = "маминых родителей в 1937 сослали из алма-аты в спецпоселок. мама там "
            + "родилась. что ей положено по закону казахстана?";

    @Test
    void aQuestionPointingBackIsCompletedFromTheOpeningNotFromTheQuestionBefore() {
        Conversation c = Conversation.NEW.after(OPENING);
        assertEquals(OPENING, c.opening());
        c = c.after("а скока это?");
        assertEquals(OPENING, c.opening(), "a follow-up keeps the opening");
        assertTrue(c.context().startsWith("скока"), c.context());
        String back = "понятно. а по маме, с которой я начала, куда ей идти оформлять?";
        assertEquals(OPENING, c.previousFor(back));
        String merged = FollowUp.merge(back, c.previousFor(back));
        assertTrue(merged.contains("казахстан") || merged.contains("Казахстан"), merged);
        assertFalse(merged.contains("начала"), "the pointer itself is not searched: " + merged);
        // a question that does not point back continues the one before
        assertEquals(c.context(), c.previousFor("а детям тоже?"));
    }

    @Test
    void aQuestionThatStandsAloneOpensANewThread() {
        Conversation c = Conversation.NEW.after(OPENING).after("When was Kyrgyzstan's rehabilitation law signed?");
        assertEquals("When was Kyrgyzstan's rehabilitation law signed?", c.opening());
        // naming its own country and subject, a question that mentions the start still stands alone
        String alone = "Going back to the 18,000 you mentioned at the start: do other people give different counts "
                + "of victims in Kyrgyzstan?";
        assertFalse(FollowUp.isFollowUp(alone, OPENING));
        assertNull(Conversation.NEW.previousFor("going back to my first question"));
    }

    @Test
    void pointersBackAreToldInBothLanguages() {
        for (String q : new String[] {"а вот про выплаты, с чего я начала: ей бы там что-то дали?",
                "и вы в самом первом ответе про годы писали, до какого года?", "going back to my first question - "
                + "can she get housing?", "back to what I started with: where do we apply?"}) {
            assertTrue(FollowUp.pointsBack(q), q);
        }
        for (String q : new String[] {"а первый из них когда меняли?", "when was the first law adopted?",
                "с чего начать оформление?"}) {
            assertFalse(FollowUp.pointsBack(q), q);
        }
    }

    @Test
    void aStorysPlacesNameTheCountryAFollowUpCarries() {
        String merged = FollowUp.merge("и до какого года репрессии по этому закону считаются?", "прадеда в нарыне "
                + "в 1930 раскулачили. по новому закону это считается репрессией?");
        assertTrue(merged.contains("Кыргызстан"), merged);
    }
}
