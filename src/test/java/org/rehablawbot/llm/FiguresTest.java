package org.rehablawbot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiguresTest {

    @ParameterizedTest
    @ValueSource(strings = {"on 20 November 2024", "on 2024-11-20", "20 ноября 2024 года", "November 20, 2024",
            "on 20.11.2024", "the 20th of November 2024", "20-го ноября 2024 г."})
    void everyWayOfWritingADayIsTheSameDate(String text) {
        assertEquals(Set.of("d:2024-11-20"), Figures.stated(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18,000 people", "18 000 человек", "18000 people", "18\u00a0000 человек", "18.000"})
    void thousandsSeparatorsDoNotChangeANumber(String text) {
        assertEquals(Set.of("n:18000"), Figures.stated(text));
    }

    @Test
    void decimalCommaAndPointAreTheSameNumber() {
        assertEquals(Figures.stated("1.5 million"), Figures.stated("1,5 млн"));
    }

    @Test
    void monthsAndYearsAreReadAsSuch() {
        assertEquals(Set.of("m:2024-11"), Figures.stated("in November 2024"));
        assertEquals(Set.of("m:2024-11"), Figures.stated("в ноябре 2024 года"));
        assertEquals(Set.of("y:1918", "y:1953"), Figures.stated("between 1918 and 1953"));
        assertEquals(Set.of("y:1937", "n:40"), Figures.stated("in 1937, 40 people"));
    }

    @Test
    void aFullDateInAPassageAllowsItsMonthAndYearButNotAnotherDay() {
        Set<String> allowed = Figures.allowed("The law was adopted on 20 November 2024.");
        assertTrue(allowed.containsAll(Figures.stated("in November 2024")));
        assertTrue(allowed.containsAll(Figures.stated("in 2024")));
        assertTrue(allowed.containsAll(Figures.stated("20 ноября 2024")));
        assertFalse(allowed.containsAll(Figures.stated("on 21 November 2024")));
        assertFalse(allowed.containsAll(Figures.stated("in 2023")));
    }

    @Test
    void aNumberInAPassageAllowsItInAnyFormButNotAnother() {
        Set<String> allowed = Figures.allowed("About 18,000 people are expected to have their names restored.");
        assertTrue(allowed.containsAll(Figures.stated("около 18 000 человек")));
        assertFalse(allowed.containsAll(Figures.stated("about 19,000 people")));
        assertFalse(allowed.containsAll(Figures.stated("about 180,000 people")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"250 thousand people", "250,000 people", "250 тысяч человек", "250 тыс. человек",
            "250 000 человек"})
    void aNumberWithAScaleWordIsItsValue(String text) {
        assertEquals(Set.of("n:250000"), Figures.stated(text));
    }

    @Test
    void millionsAndBillionsInBothLanguagesAreTheSameNumber() {
        assertEquals(Set.of("n:77000000"), Figures.stated("77 million som"));
        assertEquals(Set.of("n:77000000"), Figures.stated("77 млн сомов"));
        assertEquals(Set.of("n:2400000"), Figures.stated("более 2,4 миллиона карточек"));
        assertEquals(Set.of("n:1200000000"), Figures.stated("1,2 млрд"));
        assertTrue(Figures.allowed("311 тысяч человек").containsAll(Figures.stated("311,000 people")));
        assertFalse(Figures.allowed("311 тысяч человек").containsAll(Figures.stated("311 million people")));
    }

    @Test
    void smallNumbersWrittenAsWordsAreNumbers() {
        assertEquals(Set.of("n:4"), Figures.stated("only four times"));
        assertEquals(Set.of("n:4"), Figures.stated("лишь четыре раза"));
        assertEquals(Set.of("n:15"), Figures.stated("fifteen deputies"));
        assertEquals(Set.of(), Figures.stated("one of the sponsors, a tribunal of the third reading"));
    }
}
