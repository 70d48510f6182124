package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void wordsAreLowerCaseWithoutPossessivesAndKeepNumbersWhole() {
        assertEquals(List.of("kyrgyzstan", "law", "counts", "18000", "people", "in", "1937"),
                Terms.words("Kyrgyzstan's law counts 18,000 people in 1937."));
        assertEquals(List.of("закон", "принят", "в", "2024", "году"), Terms.words("Закон принят в 2024 году."));
        assertEquals(List.of("елена", "еще"), Terms.words("Елёна ещё"));
        assertEquals(List.of("сколько", "их", "было"), Terms.words("сколько их было на самом деле?"), "\"actually\"");
        assertTrue(Terms.words("в его деле нет справки").contains("деле"), "a case file's word stays");
    }

    @Test
    void questionWordsAreNotContent() {
        assertEquals(List.of("kyrgyz", "law", "adopted"), Terms.contentWords("When was the Kyrgyz law adopted?"));
        // hedges and the asker's frame are no thing asked: "actually", "really", "пока", "нашей"
        assertEquals(List.of("countries", "pay", "money"), Terms.contentWords("Which countries actually pay money?"));
        assertEquals(List.of("рабочая", "группа", "области"),
                Terms.contentWords("пока рабочая группа до нашей области"));
        assertEquals(List.of("закон", "принят"), Terms.contentWords("Когда был принят закон?").stream().sorted().toList());
    }

    @Test
    void stemsMatchAcrossFormsAndTypos() {
        assertTrue(Terms.matches(Terms.stem("rehabilitaion"), Terms.stem("rehabilitation")));
        assertTrue(Terms.matches(Terms.stem("kyrgystan"), Terms.stem("kyrgyzstan")));
        assertTrue(Terms.matches(Terms.stem("kyrgyz"), Terms.stem("kyrgyzstan")));
        assertTrue(Terms.matches(Terms.stem("реабилитации"), Terms.stem("реабилитация")));
        assertTrue(Terms.matches(Terms.stem("wrote"), Terms.stem("written")));
        assertFalse(Terms.matches(Terms.stem("pizza"), Terms.stem("prize")));
        assertFalse(Terms.matches(Terms.stem("приготовить"), Terms.stem("подготовила")));
        // the thing asked is said only by a word that keeps its first letter: "residents" is no misspelt "president"
        assertFalse(Terms.matchesAny(Terms.stem("residents"), java.util.Set.of(Terms.stem("president")), true));
        assertTrue(Terms.matchesAny(Terms.stem("residents"), java.util.Set.of(Terms.stem("president")), false));
        assertTrue(Terms.matchesAny(Terms.stem("presidnet"), java.util.Set.of(Terms.stem("president")), true));
    }

    @Test
    void numbersMatchOnlyExactly() {
        assertTrue(Terms.matches("1993", "1993"));
        assertFalse(Terms.matches("1993", "1992"));
        assertFalse(Terms.matches("18000", "180000"));
    }

    @Test
    void aNegatedWordIsMarkedAndMatchesOnlyANegatedWord() {
        Set<String> stems = Terms.stems("Article 2 does not cover participants convicted of murder.");
        assertTrue(stems.contains("¬cover"), stems.toString());
        assertTrue(stems.contains("cover"), "the word itself stays: " + stems);
        assertTrue(Terms.stems("статья 2 не распространяется на участников").contains("¬распространя"));
        assertFalse(Terms.stems("Article 2 covers everyone repressed.").contains("¬cover"));
        assertFalse(Terms.matchesAny("¬cover", Terms.stems("Article 2 covers everyone repressed.")));
        assertFalse(Terms.matchesAny("cover", Set.of("¬cover")), "not a typo of each other");
        assertEquals("¬распространя", Terms.stem("¬распространяется"));
    }

    @Test
    void anOAfterAHushingConsonantIsReadAsTheYoItIsWrittenFor() {
        assertEquals(Terms.stem("учёных"), Terms.stem("учоных"));
        assertEquals(Terms.stem("жёнами"), Terms.stem("жонами"));
        assertNotEquals(Terms.stem("учёных"), Terms.stem("уставных"));
    }

    @Test
    void aMonthOrADayAsksForADate() {
        assertEquals(Intent.WHEN, Intent.of("what month is uzbekistan's remembrance week"));
        assertEquals(Intent.WHEN, Intent.of("в каком месяце проходит неделя памяти?"));
        assertEquals(Intent.HOW_MANY, Intent.of("how many months of exile are paid?"));
        assertEquals(Intent.HOW_MANY, Intent.of("uzbek rehabilitated 2023 count"), "a lookup's noun asks a count");
        assertEquals(Intent.WHO, Intent.of("ru rehab law 1761-1 signed by"), "a lookup ending on \"by\" asks who");
        assertEquals(Intent.HOW_MANY, Intent.of("kz one-off compensation cap in MRP"), "a limit is an amount");
        assertEquals(Intent.HOW_MANY, Intent.of("какой максимум единовременной компенсации?"));
        assertEquals(Intent.OTHER, Intent.of("is the law signed by now"), "\"by\" inside a question asks nobody");
        assertEquals(Intent.OTHER, Intent.of("does my grandmother count as a victim?"));
        assertEquals(Intent.OTHER, Intent.of("would the years in exile count?"));
    }

    @Test
    void aDomainsEndingIsNoWordOfTheText() {
        // "kz" of "zakonpravo.kz" would say a lookup's "kz law date?" for every page note of a Kazakh site
        assertEquals(List.of("the", "zakonpravo", "page", "24", "wrote", "kz", "law"),
                Terms.words("The zakonpravo.kz page: 24.kg wrote. kz law"));
        assertEquals(List.of("segodnya", "reports", "kazakhstan", "then"),
                Terms.words("segodnya.today reports Kazakhstan.Then"));
    }

    @Test
    void aTwoDigitYearAsPeopleWriteItIsReadAsItsYear() {
        assertEquals(List.of("в", "1937", "забрали"), Terms.words("в 37м забрали"));
        assertEquals(List.of("в", "1991", "году"), Terms.words("в 91-м году"));
        assertEquals(List.of("1944", "года"), Terms.words("44-го года"));
        assertEquals(List.of("in", "1991"), Terms.words("in '91"));
        // a count, an article and two digits that may be either century stay as written
        assertEquals(List.of("37", "человек"), Terms.words("37 человек"));
        assertEquals(List.of("статья", "58"), Terms.words("статья 58"));
        assertEquals(List.of("в", "20х"), Terms.words("в 20х"));
    }

    @Test
    void whatTheAskerWritesForIsNoWordOfTheQuestion() {
        assertTrue(Terms.isStopword("thesis"));
        assertTrue(Terms.isStopword("курсовой"));
        // "citing" names a source in passages ("reported, citing the ministry"): it stays a word
        assertFalse(Terms.isStopword("citing"));
    }

    @Test
    void aWhereOpeningARelativeClauseAfterAPlaceAsksForNoPlace() {
        assertEquals(Intent.OTHER, Intent.of("can she get housing back in St Petersburg where they lived before?"));
        assertEquals(Intent.OTHER, Intent.of("можно ли вернуть жильё в Ленинграде, где они жили до ссылки?"));
        assertEquals(Intent.WHERE, Intent.of("where can I find the archive?"));
        assertEquals(Intent.WHERE, Intent.of("а где искать документы?"));
        assertEquals(Intent.WHERE, Intent.of("in Almaty, where do I apply?"), "a verb after it: it asks");
    }
}
