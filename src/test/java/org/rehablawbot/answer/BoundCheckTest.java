package org.rehablawbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundCheckTest {

    @Test
    void aYesNoQuestionWithOneBoundIsRead() {
        BoundCheck before = BoundCheck.of("Was Kazakhstan's state rehabilitation commission set up before 2021?");
        assertEquals(2021, before.value());
        assertEquals(-1, before.direction());
        BoundCheck more = BoundCheck.of("Правда ли что в Казахстане рассекретили больше 2 миллионов архивных дел?");
        assertEquals(2_000_000, more.value());
        // a million said in a word alone
        BoundCheck million = BoundCheck.of("правда ли что госкомиссия реабилитировала больше миллиона человек?");
        assertEquals(1_000_000, million.value());
        assertEquals(1, million.direction());
        assertEquals(Boolean.TRUE, BoundCheck.of("did kazakhstan declassify more than a million archive cards?")
                .verdict("Kazakhstan had declassified more than 2.4 million archive cards."));
        assertEquals(1, more.direction());
        // no yes/no question, or two bounds, or none
        assertNull(BoundCheck.of("When was the commission set up before 2021?"));
        assertNull(BoundCheck.of("Was it set up after 2019 and before 2021?"));
        assertNull(BoundCheck.of("Was the commission set up in 2020?"));
    }

    @Test
    void aYearWithinOrOutsideTheBoundIsTheYesOrTheNo() {
        BoundCheck before = BoundCheck.of("Was the commission set up before 2021?");
        assertEquals(Boolean.TRUE, before.verdict("Radio Azattyq wrote that Tokayev ordered its creation in May 2020."));
        assertEquals(Boolean.FALSE, before.verdict("It was set up on 5 January 2021."), "before 2021 excludes 2021");
        // the date a source reported on is no date of the thing asked
        assertNull(before.verdict("Kazinform wrote on 31 May 2016 that the commission will be set up."));
        assertNull(BoundCheck.of("Was it done by 2021?").verdict("It was done in 2021."), "by 2021 may hold 2021");
    }

    @Test
    void aCountIsReadOnlyUpwardsSinceItMayBeAPartOfTheTotal() {
        BoundCheck more = BoundCheck.of("Did Uzbekistan's Supreme Court rehabilitate more than 1,000 people?");
        // a batch of 240 says nothing of the total
        assertNull(more.verdict("Uzbekistan's Supreme Court rehabilitated 240 people on 24 August."));
        assertEquals(Boolean.TRUE, more.verdict("Uzbekistan's Supreme Court has rehabilitated over 1,200 people."));
        BoundCheck over = BoundCheck.of("Did the commission rehabilitate more than 300,000 people?");
        assertEquals(Boolean.TRUE, over.verdict("Tokayev said over 300,000 people were rehabilitated."));
        assertNull(over.verdict("Tokayev said 300,000 people were rehabilitated."), "a round figure is no more than");
        BoundCheck less = BoundCheck.of("Were fewer than 1,000 cases declassified?");
        assertEquals(Boolean.FALSE, less.verdict("More than 2.4 million archive cards were declassified."));
    }

    @Test
    void aNameTheQuestionGivesMustBeInTheSentence() {
        BoundCheck signed = BoundCheck.of("Was Kyrgyzstan's law signed by Atambayev before 2025?");
        assertNull(signed.verdict("Japarov signed Kyrgyzstan's law on 31 December 2024."));
        assertEquals(Boolean.TRUE, signed.verdict("Atambayev signed it on 1 May 2015."));
    }

    @Test
    void aLimitOrARangesUpperEndBelowTheBoundSaysNo() {
        BoundCheck more = BoundCheck.of("so more than 400,000 tenge is possible?");
        assertEquals(400_000, more.value(), "a question with no question word that states a bound asks yes or no");
        assertEquals(Boolean.FALSE, more.verdict("In 2024 the one-time compensation ranged from 2,769 tenge (3/4 of "
                + "the monthly calculation index) to 369,200 tenge (100 MCI)."));
        assertEquals(Boolean.FALSE, more.verdict("The compensation goes up to 345,000 tenge."));
        // a limit above the bound says nothing of whether the amount paid reaches it
        assertNull(BoundCheck.of("Is it more than 300,000 tenge?").verdict("The compensation goes up to 345,000 "
                + "tenge."));
        assertEquals(Boolean.TRUE, BoundCheck.of("Is it less than 400,000 tenge?").verdict("The compensation goes up "
                + "to 369,200 tenge."));
        // a rise read as a range is read only downwards: "from 856 to 1,031" says no to more than 1,200, nothing to 1,000
        assertEquals(Boolean.FALSE, BoundCheck.of("Was it more than 1,200?").verdict("The total rose from 856 to 1,031."));
        assertNull(BoundCheck.of("Was it more than 1,000?").verdict("The total rose from 856 to 1,031."));
        // a chat's "500k" is 500,000
        BoundCheck k = BoundCheck.of("kz one-off compensation more than 500k tenge?");
        assertEquals(500_000, k.value());
        assertEquals(Boolean.FALSE, k.verdict("In 2024 the compensation goes up to 369,200 tenge (100 MCI)."));
        assertEquals(1_500_000, BoundCheck.of("is it more than 1.5m tenge?").value());
    }

    @Test
    void theNamesAreThoseOfTheSentenceThatHoldsTheBoundAndADocumentsNumberIsNoCount() {
        BoundCheck more = BoundCheck.of("How many people had Uzbekistan's Supreme Court rehabilitated by May 2024? Was "
                + "it more than 1,000?");
        assertEquals(List.of(), more.names());
        assertEquals(Boolean.TRUE, more.verdict("Gazeta.uz reported that the total number of rehabilitated victims "
                + "in Uzbekistan rose to 1,031 in May 2024."));
        assertEquals(Boolean.TRUE, more.verdict("Resolution PP-270 of 19 July 2024 states that the Supreme Court "
                + "rehabilitated over 1,200 victims."), "PP-270 is a resolution's number, no count");
    }
}
