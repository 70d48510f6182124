package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.SourceMeta;

class SourceNamesTest {

    private static SourceMeta source(String publisher, List<String> aliases) {
        return new SourceMeta("id", "title", org.rehablawbot.knowledge.Kind.NEWS, publisher, null, null, List.of("KZ"), Language.RU,
                null, "kz/x.ru.md", null, aliases);
    }

    private final SourceNames names = SourceNames.of(List.of(
            source("Курсив (kz.kursiv.media)", List.of()),
            source("Tashkent Times (tashkenttimes.uz)", List.of()),
            source("Мемориал (memo.ru)", List.of()),
            source("Министерство труда и социальной защиты населения Казахстана (enbek.gov.kz)", List.of()),
            source("24.kg", List.of("Sputnik"))));

    @Test
    void anOutletsNameIsNoWordOfWhatItReports() {
        assertFalse(Terms.allStems(names.strip("«Курсив» подсчитал, что каждый получит 45,9 тысячи тенге"))
                .contains("курс"));
        assertFalse(names.strip("по данным «Курсива», выплаты выросли").contains("Курсив"));
        assertFalse(names.strip("Tashkent Times gave the number as 240").contains("Tashkent"));
        assertFalse(names.strip("as kz.kursiv.media and 24.kg wrote, citing Sputnik").matches(".*(kursiv|24\\.kg|Sputnik).*"));
    }

    @Test
    void theSameWordsOutsideANameStay() {
        assertTrue(names.strip("the memorial complex in Tashkent").contains("memorial complex in Tashkent"));
        assertTrue(names.strip("курс лечения").contains("курс"));
        // a body's full name may be what is asked of: it stays
        String ministry = "Министерство труда и социальной защиты населения Казахстана сообщило";
        assertEquals(ministry, names.strip(ministry));
    }

    @Test
    void noSourcesStripNothing() {
        assertEquals("«Курсив» подсчитал", SourceNames.of(List.of()).strip("«Курсив» подсчитал"));
    }
}
