package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.SourceMeta;

class PeriodTest {

    private static final SourceMeta RU = Fixtures.meta("ru-law", "Compensation under Russia's law", Kind.NEWS,
            "aif.ru", "2020", Language.EN, "RU");

    @Test
    void aTextStatesAYearARangeOrADecade() {
        assertTrue(Period.statesYear("The final meeting took place on 26 December 2023."));
        assertTrue(Period.statesYear("репрессии 1937-1938 годов"));
        assertTrue(Period.statesYear("in the 1930s"));
        assertFalse(Period.statesYear("over 311,000 victims were rehabilitated"), "a count is no year");
        assertTrue(Period.statesYear("The final meeting took place on 26 December 2023."), "asked again, the same");
    }

    @Test
    void aQuestionIsBoundByAYearARangeOrADecadeAfterAPrepositionOfTime() {
        assertEquals(new Period(2025, 2025), Period.asked("What is the Article 15 compensation in Russia in 2025?"));
        assertEquals(new Period(2025, 2025), Period.asked("какая сумма компенсации в россии в 2025 году?"));
        assertEquals(new Period(2023, 2023), Period.asked("сколько выплатили за 2023 год?"));
        assertEquals(new Period(1920, 1929), Period.asked("сколько человек расстреляли в узбекистане в 1920-е?"));
        assertEquals(new Period(1930, 1939), Period.asked("кого репрессировали в 30-е годы?"));
        assertEquals(new Period(1920, 1929), Period.asked("How many were shot in the 1920s?"));
        assertEquals(new Period(1937, 1938), Period.asked("Сколько расстреляли в 1937-1938 годах?"));
    }

    @Test
    void aStoryASinceALawsYearOrABareRussianYearDoNotBind() {
        assertNull(Period.asked("My grandfather was born in 1948 in a special settlement, how can he prove it?"));
        assertNull(Period.asked("How much has Kazakhstan paid since 2003?"));
        assertNull(Period.asked("Who is excluded under the 1993 law?"));
        assertNull(Period.asked("Who is excluded in the 1993 law?"));
        assertNull(Period.asked("что сказано в 1993 законе?"));
        assertNull(Period.asked("How much do victims get?"));
        assertNull(Period.asked(null));
    }

    @Test
    void aYearOfWhatBefellOnePersonInTheAskingPartDoesNotBind() {
        assertNull(Period.asked("Does Kyrgyzstan's 2024 law clear a local man who was drafted and was convicted of "
                + "treason in 1943, if his file has evidence against him?"));
        assertNull(Period.asked("можно ли реабилитировать деда, если его посадили в 1949 году?"));
        // no one person: the year is what is asked about
        assertEquals(new Period(1937, 1937), Period.asked("How many people were shot in 1937?"));
        assertEquals(new Period(2022, 2022), Period.asked("сколько человек реабилитировали в 2022 году?"));
        // a person, but no event of theirs beside the year
        assertEquals(new Period(2025, 2025), Period.asked("how much will my grandmother receive in 2025?"));
    }

    @Test
    void aYearAYesNoQuestionPutsForwardForOneEventDoesNotBind() {
        assertNull(Period.asked("Did Kazakhstan pass the new law? Was it adopted in 2024?"));
        assertNull(Period.asked("закон принят в 2024 году?"));
        assertNull(Period.asked("был ли подписан указ в 1997 году?"));
        // no single dated event, or a question word asking of the year's events: bound
        assertEquals(new Period(2023, 2023), Period.asked("were any people rehabilitated in 2023?"));
        assertEquals(new Period(2024, 2024), Period.asked("which laws were adopted in 2024?"));
    }

    @Test
    void aPassageSpeaksOfTheYearsItsTextTitleOrFactName() {
        Period p2025 = new Period(2025, 2025);
        assertFalse(p2025.spokenOfIn(Fixtures.body(RU, 0, "The one-time compensation was 180 rubles for each month"
                + " of imprisonment, at most 25,000 rubles.")));
        assertTrue(p2025.spokenOfIn(Fixtures.body(RU, 1, "In 2025 the allowance was indexed.")));
        Period twenties = new Period(1920, 1929);
        assertFalse(twenties.spokenOfIn(Fixtures.body(RU, 2, "13,000 people were shot in 1937–1953.")));
        assertTrue(twenties.spokenOfIn(Fixtures.body(RU, 3, "The law covers the Red Terror of 1918-24.")));
        assertTrue(twenties.spokenOfIn(Fixtures.body(RU, 4, "Репрессии 1920-х годов затронули духовенство.")));
        assertTrue(new Period(2024, 2024).spokenOfIn(Fixtures.fact(RU, 5, "kg-law.signed", "2024-12-31",
                "signing of the law", null, "The president signed the law at the end of the year.")));
        assertFalse(new Period(2020, 2020).spokenOfIn(Fixtures.body(RU, 6, "No year here.")),
                "the document's publication date is not a year it speaks of");
    }

    @Test
    void aPeriodEndsNoEarlierThanItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Period(2025, 2024));
    }

    @Test
    void aLawNamedByItsYearSetsAsidePassagesOnTheOtherLaws() {
        assertEquals(2024, Period.lawYear("What is the number of Kyrgyzstan's 2024 rehabilitation law?"));
        assertEquals(2024, Period.lawYear("номер закона кр 2024 года?"));
        assertEquals(1993, Period.lawYear("Who is excluded under the 1993 law?"));
        assertEquals(1994, Period.lawYear("What does the law of 27 May 1994 give?"));
        assertNull(Period.lawYear("Who signed the Kyrgyz law?"));
        SourceMeta kg = Fixtures.meta("kg-laws", "Kyrgyzstan's rehabilitation laws", Kind.NEWS, "24.kg", "2025",
                Language.EN, "KG");
        assertTrue(Period.namesOtherLaw(Fixtures.body(kg, 0, "The law of 27 May 1994 is No. 1538-XII."), 2024));
        assertFalse(Period.namesOtherLaw(Fixtures.body(kg, 1, "The law signed on 31 December 2024 excludes "
                + "traitors; it replaces the 1994 law."), 2024), "it speaks of the 2024 law too");
        assertFalse(Period.namesOtherLaw(Fixtures.body(kg, 2, "The new law excludes proven traitors."), 2024),
                "naming no law by its year, it may be about any");
    }

    @Test
    void aYearNamedInALookupIsTheValueOfATimelineAsked() {
        assertEquals(new Period(2023, 2023), Period.named("kz one-time compensation max 2023 tenge"));
        assertEquals(new Period(1930, 1939), Period.named("repressed count 1930s"));
        assertNull(Period.named("kz total paid since 2003"), "a total's start");
        assertNull(Period.named("what does the 1993 law give"), "a law's year");
        assertNull(Period.named("kz compensation max"));
        assertNull(Period.asked("kz one-time compensation max 2023 tenge"), "binds no retrieval");
    }

    @Test
    void aYearACountIsMadeWithinIsToldFromTheDateATotalStoodAt() {
        assertTrue(Period.asksWithinYear("how many people did kazakhstan rehabilitate in 2024 alone?"));
        assertTrue(Period.asksWithinYear("сколько реабилитировали за 2022 год"));
        assertTrue(Period.asksWithinYear("сколько человек реабилитировали в 2021 году?"));
        assertFalse(Period.asksWithinYear("how many volumes had it prepared by early 2023?"));
        assertFalse(Period.asksWithinYear("how many had been rehabilitated as of 2024?"));
        assertFalse(Period.asksWithinYear("the 2023 declaration says how many people?"));
        assertFalse(Period.asksWithinYear("what does the law in 1993 law say"));
        assertFalse(Period.asksWithinYear(null));
    }

    @Test
    void theDatesASourceSpokeOnAreTakenOutAndTheDatesItTellsKept() {
        String attributed = "According to the Socialist Movement of Kazakhstan (statement, 2 January 2024), many of the "
                + "311,000 people acquitted had been convicted of banditry.";
        assertFalse(Period.statesYear(ReportDates.withoutSayingDates(attributed)));
        assertFalse(Period.statesYear(ReportDates.withoutSayingDates("The movement, in a second statement published on "
                + "solidnet.org on 2 January 2024, condemned the decision to acquit 311,000 people.")));
        assertFalse(Period.statesYear(ReportDates.withoutSayingDates("Казинформ 31 мая 2016 года писал, что закон "
                + "действует")));
        assertTrue(Period.statesYear(ReportDates.withoutSayingDates("In May 2024 the Deputy Prosecutor General lodged "
                + "protests (Gazeta.uz, 7 May 2024).")));
        assertTrue(ReportDates.withoutSayingDates("115 people were acquitted in August 2021 (RFE/RL, 25 August 2021).")
                .contains("August 2021"));
    }

    @Test
    void aCountrysNewestLawIsAskedByTheWordNew() {
        assertTrue(Period.asksNewLaw("номер у него какой? новый закон кр"));
        assertTrue(Period.asksNewLaw("who does kyrgyzstan's new rehabilitation law cover?"));
        assertTrue(Period.asksNewLaw("по новому закону это считается?"));
        assertFalse(Period.asksNewLaw("is there any news on the law?"));
        assertFalse(Period.asksNewLaw(null));
    }
}
