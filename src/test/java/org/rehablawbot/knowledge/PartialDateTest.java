package org.rehablawbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void theFirstDayWrittenOutIsReadInEitherLanguageAndOrder() {
        assertEquals(Optional.of(new PartialDate(1993, 4, 14)),
                PartialDate.firstDayIn("The Adilet database gives 14 April 1993 as the date the law was adopted."));
        assertEquals(Optional.of(new PartialDate(1991, 10, 18)),
                PartialDate.firstDayIn("Ельцин подписал закон 18 октября 1991 года."));
        assertEquals(Optional.of(new PartialDate(1994, 5, 27)), PartialDate.firstDayIn("the law of May 27, 1994"));
        // a month or a year alone is no day; a day that does not exist is read past
        assertTrue(PartialDate.firstDayIn("In April 1993 and in 1994 the law changed.").isEmpty());
        assertEquals(Optional.of(new PartialDate(2000, 7, 8)),
                PartialDate.firstDayIn("31 April 1999 is no day; the complex opened on 8 July 2000."));
        assertTrue(PartialDate.firstDayIn("Chapter 12 of 1993 rules").isEmpty());
    }

    @Test
    void aMonthIsNamedInFullOrByItsFirstLetters() {
        assertEquals(10, PartialDate.monthNamed("October"));
        assertEquals(10, PartialDate.monthNamed("октября"));
        assertEquals(10, PartialDate.monthNamed("окт"));
        assertEquals(9, PartialDate.monthNamed("sept"));
        assertEquals(5, PartialDate.monthNamed("мая"));
        // two letters, or letters that begin no month (or two), name none
        assertEquals(0, PartialDate.monthNamed("ma"));
        assertEquals(0, PartialDate.monthNamed("law"));
        assertEquals(0, PartialDate.monthNamed(null));
    }
}
