package org.rehablawbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static org.rehablawbot.knowledge.Fact fact(String value, String about) {
        return new org.rehablawbot.knowledge.Fact("k.total", value, about, null);
    }

    @Test
    void aFourDigitCountIsANumberNotAYear() {
        var total = fact("1031", "total number of people rehabilitated (acquitted) in Uzbekistan so far");
        assertEquals(FactValues.Type.NUMBER, FactValues.type(total));
        assertTrue(FactValues.fits(total, org.rehablawbot.retrieve.Intent.HOW_MANY));
        assertFalse(FactValues.fits(total, org.rehablawbot.retrieve.Intent.WHEN));
        assertEquals("1,031", FactValues.display(total, Language.EN));
        var ru = fact("1031", "общее число реабилитированных (оправданных) в Узбекистане на тот момент");
        assertEquals(FactValues.Type.NUMBER, FactValues.type(ru));
        assertEquals("1031", FactValues.display(ru, Language.RU));
        var tenge = fact("2588", "минимальная единовременная компенсация (3/4 МРП) жертвам репрессий, в тенге");
        assertEquals(FactValues.Type.NUMBER, FactValues.type(tenge));
        // the value alone still reads as a year
        assertEquals(FactValues.Type.DATE, FactValues.type("1031"));
    }

    @Test
    void aYearStaysAYearAndAnActNumberIsNeither() {
        var year = fact("1961", "year until which the RSFSR Criminal Code was in force in Kyrgyzstan");
        assertEquals(FactValues.Type.DATE, FactValues.type(year));
        assertEquals(FactValues.Type.DATE, FactValues.type(fact("1937", "год, с которого кыргызский закон считает репрессии")));
        assertEquals(FactValues.Type.DATE, FactValues.type(fact("1994", "adoption of the Kyrgyz law")));
        var decree = fact("3443", "number of the decree establishing Kazakhstan's 31 May Day of Remembrance");
        assertEquals(FactValues.Type.PHRASE, FactValues.type(decree));
        assertFalse(FactValues.fits(decree, org.rehablawbot.retrieve.Intent.WHEN));
        assertFalse(FactValues.fits(decree, org.rehablawbot.retrieve.Intent.HOW_MANY));
        assertEquals(FactValues.Type.PHRASE, FactValues.type(fact("2200", "номер указа об установлении Дня памяти")));
        assertEquals(FactValues.Type.PHRASE, FactValues.type(fact("2143", "number of Kazakhstan's 1993 rehabilitation law")));
        assertEquals("3443", FactValues.display(decree, Language.EN));
    }
}
