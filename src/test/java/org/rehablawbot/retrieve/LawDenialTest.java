package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehablawbot.knowledge.Language;

class LawDenialTest {

    @Test
    void aSentenceSayingACountryHasNoLawOfItsOwnIsToldFromOneOnWhatALawDoes() {
        for (String s : new String[] {"In Uzbekistan, victims of Soviet repression are rehabilitated by the Supreme "
                + "Court, not by a special commission or a separate law on rehabilitation.", "В Узбекистане жертв "
                + "советских репрессий реабилитирует Верховный суд, а не особая комиссия и не отдельный закон о "
                + "реабилитации.", "В стране нет закона о реабилитации.", "Turkmenistan has no rehabilitation law."}) {
            assertTrue(LawDenial.deniedIn(s), s);
        }
        for (String s : new String[] {"The law does not cover people convicted under the law on treason.",
                "Закон не распространяется на лиц, осуждённых за измену Родине.",
                "Не подлежат реабилитации особо опасные преступники, осуждённые по закону.",
                "The Kyrgyz law was signed on 31 December 2024."}) {
            assertFalse(LawDenial.deniedIn(s), s);
        }
        assertEquals("Нет отдельного закона.", LawDenial.sentenceOf(List.of("Суд реабилитирует.",
                "Нет отдельного закона.")));
        assertNull(LawDenial.sentenceOf(List.of("Суд реабилитирует.")));
    }

    @Test
    void onlyAQuestionOnALawOfOneCountryAsksIt() {
        assertTrue(LawDenial.asked(Question.analyse("в каком году узбекистан принял закон о реабилитации?", null,
                Language.RU)));
        assertTrue(LawDenial.asked(Question.analyse("is there a rehabilitation law in uzbekistan?", null, null)));
        assertFalse(LawDenial.asked(Question.analyse("кто подписал закон о реабилитации?", null, Language.RU)));
        assertFalse(LawDenial.asked(Question.analyse("how does rehabilitation work in uzbekistan?", null, null)));
        assertFalse(LawDenial.asked(Question.analyse("compare the laws of kazakhstan and kyrgyzstan", null, null)));
    }
}
