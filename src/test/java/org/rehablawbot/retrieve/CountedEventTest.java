package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountedEventTest {

    @Test
    void aCountOfPersonsIsANumberThenAWordForPeople() {
        assertTrue(CountedEvent.countsPeople("over 311,000 victims of political repressions were rehabilitated"));
        assertTrue(CountedEvent.countsPeople("было сослано более 5 миллионов человек"));
        assertTrue(CountedEvent.countsPeople("около 1 миллиона 200 тысяч человек депортированных народов"));
        assertFalse(CountedEvent.countsPeople("the commission prepared 72 volumes of documents"));
        assertFalse(CountedEvent.countsPeople("2 camps"), "a camp is no person");
    }

    @Test
    void withoutItsCountsOfPersonsASentenceKeepsOnlyItsCountsOfThings() {
        String camps = "в лагеря Казахстана было сослано более 5 миллионов человек, а около 1 миллиона 200 тысяч "
                + "человек депортированных народов были переселены";
        String left = CountedEvent.withoutCountsOfPeople(camps);
        assertFalse(left.matches("(?s).*\\d.*"), "no number is left to count camps: " + left);
        String volumes = "425 scholars prepared 72 volumes";
        assertTrue(CountedEvent.withoutCountsOfPeople(volumes).contains("72 volumes"));
    }

    @Test
    void anEnglishQuestionsBareVerbNamesItsEvent() {
        assertEquals(CountedEvent.REHABILITATED, CountedEvent.askedIn("how many victims did kazakhstan rehabilitate?"));
        assertEquals(CountedEvent.SHOT, CountedEvent.askedIn("how many did the NKVD shoot in 1938?"));
        assertEquals(CountedEvent.REPRESSED, CountedEvent.askedIn("how many did they arrest?"));
    }
}
