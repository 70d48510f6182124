package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rehablawbot.knowledge.Language;

class CoverageQuestionTest {

    @Test
    void aQuestionOnWhatALawCoversOrOnAPersonsStatusIsToldFromOtherQuestions() {
        for (String q : new String[] {"а раскулачивание туда входит?", "does the new kyrgyz law cover kulaks?",
                "Считаюсь ли я пострадавшей и что мне положено?", "её считают пострадавшей или нет??",
                "will the new kyrgyz law clear his name?", "Новый кыргызский закон его реабилитирует или нет?",
                "is she eligible?", "Does the Russian law count her as repressed herself?",
                "Is she a victim under the Kazakh law?", "является ли бабушка жертвой репрессий?",
                "она тоже пострадавшая?", "am I a victim too?", "is my mother a victim?"}) {
            assertTrue(CoverageQuestion.asksStatus(q), q);
        }
        for (String q : new String[] {"where do I apply?", "сколько денег положено?", "when was the law adopted?",
                "who signed the law?", "how many victims were there?", "is the victims' list online?",
                "сколько было жертв?"}) {
            assertFalse(CoverageQuestion.asksStatus(q), q);
        }
        assertTrue(CoverageQuestion.asksCoverage("а раскулачивание туда входит?"));
        assertFalse(CoverageQuestion.asksCoverage("её считают пострадавшей?"));
    }

    @Test
    void aSentenceStatingWhomALawCoversIsToldFromOthers() {
        assertTrue(CoverageQuestion.statesCoverage("закон распространяется на детей жертв, находившихся вместе с "
                + "родителями на спецпоселении"));
        assertTrue(CoverageQuestion.statesCoverage("Under Article 2.1, recognised as having suffered are children"));
        assertTrue(CoverageQuestion.statesCoverage("пострадавшими от политических репрессий признаются дети"));
        assertFalse(CoverageQuestion.statesCoverage("The monthly allowance is 1.07 MCI."));
    }

    @Test
    void theWordsOfStatusAreTheVerbAndTheStatusAskedIn() {
        Set<String> stems = CoverageQuestion.statusStems("Считаюсь ли я пострадавшей и что мне положено?");
        assertTrue(stems.contains(Terms.stem("считаюсь")), stems.toString());
        assertTrue(stems.contains(Terms.stem("пострадавшей")), stems.toString());
        assertFalse(stems.contains(Terms.stem("положено")), stems.toString());
        assertEquals(Set.of(), CoverageQuestion.statusStems("сколько денег положено?"));
    }

    @Test
    void theWordsOfALawNameNoCase() {
        for (String w : new String[] {"закону", "law", "реабилитации", "new", "политических", "repression"}) {
            assertTrue(CoverageQuestion.isFrameWord(w), w);
        }
        for (String w : new String[] {"спецпоселении", "kulaks", "плену", "legion"}) {
            assertFalse(CoverageQuestion.isFrameWord(w), w);
        }
        assertTrue(CoverageQuestion.coverWords(Language.RU).contains("распространяется"));
        assertTrue(CoverageQuestion.coverWords(Language.EN).contains("covers"));
    }

    @Test
    void theWordsOfACaseAreNeitherKinNorCountriesNorTheWordsOfStatusOrOfTheLaw() {
        Set<String> status = CoverageQuestion.statusStems("Считаюсь ли я пострадавшей?");
        for (String w : new String[] {"спецпоселении", "родилась", "kulaks", "плену"}) {
            assertTrue(CoverageQuestion.namesCase(w, Terms.stem(w), status), w);
        }
        for (String w : new String[] {"пострадавшей", "считаюсь", "мама", "казахстан", "закону", "1950", "людей"}) {
            assertFalse(CoverageQuestion.namesCase(w, Terms.stem(w), status), w);
        }
    }

    @Test
    void anExceptionIsToldApartFromARule() {
        assertTrue(CoverageQuestion.statesExclusion("статья 2 не распространяется на участников декабрьских событий "
                + "1986 года, осуждённых за умышленное убийство"));
        assertTrue(CoverageQuestion.statesExclusion("the law excludes servicemen whose files prove treason"));
        assertTrue(CoverageQuestion.statesExclusion("it does not apply to those convicted of murder"));
        assertFalse(CoverageQuestion.statesExclusion("статья 2 распространяется и на лиц, репрессированных за участие "
                + "в событиях 17–18 декабря 1986 года"));
        assertFalse(CoverageQuestion.statesExclusion("the law covers people deported to Kazakhstan"));
    }

    @Test
    void aCasesYearIsReadOnlyOfACoverageQuestionAndHeldByTheYearsOfRepressionAFactGives() {
        assertEquals(1938, CoverageQuestion.caseYear("деда расстреляли в 1938, подпадает ли он под закон?",
                "подпадает ли он под закон?"));
        assertEquals(0, CoverageQuestion.caseYear("бабушка 1939 г.р., подпадает она под закон?",
                "подпадает она под закон?"), "a year of birth is no year of the case");
        assertEquals(1937, CoverageQuestion.caseYear("mom was born in 1947, her father was shot in 1937. is he covered?",
                "is he covered?"));
        assertEquals(0, CoverageQuestion.caseYear("деда расстреляли в 1938, сколько всего расстреляли?",
                "сколько всего расстреляли?"));
        org.rehablawbot.knowledge.Fact law = new org.rehablawbot.knowledge.Fact("kg-rehab-law.repression-period",
                "1918..1924,1929..1953", "years in which the people the law is to rehabilitate were repressed", null);
        assertTrue(CoverageQuestion.coversYear(law, 1938));
        assertFalse(CoverageQuestion.coversYear(law, 1926), "between the two ranges");
        assertFalse(CoverageQuestion.coversYear(law, 0));
        org.rehablawbot.knowledge.Fact commission = new org.rehablawbot.knowledge.Fact("kz-rehab-commission.period",
                "2020..2023", "period of work of the commission", null);
        assertFalse(CoverageQuestion.coversYear(commission, 2021), "a span of work is no years of repression");
    }

    @Test
    void aSentenceOnTheCaseAloneSpeaksOfNoLaw() {
        assertFalse(CoverageQuestion.speaksOfLaw("perceptiopt.com gives several dates for Ata-Beyit: the victims were "
                + "shot and buried in a brick kiln in early November 1938; the new Ata-Beyit cemetery was opened on "
                + "30 August 1991."), "\"new\" names no law");
        assertTrue(CoverageQuestion.speaksOfLaw("Under Kyrgyzstan's new rehabilitation legislation, decisions taken "
                + "from 1917 to 1953 count as political repression."));
        assertTrue(CoverageQuestion.speaksOfLaw("Верховный суд оправдал 408 человек."), "an acquittal is a status");
        assertTrue(CoverageQuestion.speaksOfLaw("The prosecutor's office lodges a protest against the troika decision."),
                "a body taking a step of the procedure");
    }
}
