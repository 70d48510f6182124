package org.rehablawbot.knowledge;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WrittenFiguresTest {

    @Test
    void figuresAreReadWithTheirSeparatorsAndScaleWords() {
        assertEquals(18_400_000_000L, WrittenFigures.figure("18", "4", "млрд"));
        assertEquals(311_000L, WrittenFigures.figure("311 000", null, null));
        assertEquals(1_031L, WrittenFigures.figure("1,031", null, null));
        assertEquals(Set.of(5_000_000L, 1_200_000L),
                WrittenFigures.figures("сослано более 5 миллионов человек, а около 1 миллиона 200 тысяч погибли"));
        assertEquals(Set.of(2_400_000L, 2_500_000L, 2_600_000L),
                WrittenFigures.figures("i've seen 2.4 million, 2,5 млн and 2.6m"));
        assertEquals(Set.of(500_000L, 1_000_000_000L), WrittenFigures.figures("500k of 1 bn"));
    }

    @Test
    void documentsNumbersWrittenAgainstLettersAreNoFigure() {
        assertTrue(WrittenFigures.figures("PP-270 and №82").isEmpty());
        assertEquals(Set.of(270L), WrittenFigures.figures("resolution 270"));
    }

    @Test
    void unreadableFiguresAreZero() {
        assertEquals(0L, WrittenFigures.figure("x", null, null));
    }
}
