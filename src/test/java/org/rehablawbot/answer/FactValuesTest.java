package org.rehablawbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rehablawbot.knowledge.Language;

class FactValuesTest {

    @Test
    void aQualifiedNumberIsShownInTheAnswersLanguage() {
        assertEquals("более 20", FactValues.display("more than 20", Language.RU));
        assertEquals("около 3 000 000 000", FactValues.display("about 3000000000", Language.RU).replace('\u00a0', ' '));
        assertEquals("more than 20", FactValues.display("more than 20", Language.EN));
        assertEquals("up to 369,200", FactValues.display("up to 369200", Language.EN));
    }

    @Test
    void plainValuesAreShownAsBefore() {
        assertEquals("18,000", FactValues.display("18000", Language.EN));
        assertEquals("exiles and special settlers", FactValues.display("exiles and special settlers", Language.RU));
    }
}
