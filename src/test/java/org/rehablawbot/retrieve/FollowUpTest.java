package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    @Test
    void newCountryReplacesTheOldOneInEnglish() {
        assertEquals("When was the rehabilitation law adopted in Kazakhstan?",
                FollowUp.merge("and in Kazakhstan?", "When was the rehabilitation law adopted in Kyrgyzstan?"));
        assertEquals("How many people were acquitted in Kazakhstan?",
                FollowUp.merge("What about Kazakhstan?", "How many people were acquitted in Uzbekistan?"));
        assertEquals("When was the Kazakh law signed?",
                FollowUp.merge("And Kazakhstan?", "When was the Kyrgyz law signed?"));
        assertEquals("Who signed Kazakhstan's law?", FollowUp.merge("and Kazakhstan?", "Who signed Kyrgyzstan's law?"));
    }

    @Test
    void aFollowUpListingCountriesAsksThePreviousQuestionOfEachOfThem() {
        assertEquals("когда в казахстане и в россии день памяти жертв репрессий",
                FollowUp.merge("а в казахстане и в россии когда?", "когда в узбекистане день памяти жертв репрессий"));
        assertEquals("When was the rehabilitation law adopted in Kazakhstan and Russia?",
                FollowUp.merge("and in Kazakhstan and Russia?", "When was the rehabilitation law adopted in Kyrgyzstan?"));
        // one country alone is put in place as before
        assertEquals("когда в казахстане день памяти жертв репрессий",
                FollowUp.merge("а в казахстане?", "когда в узбекистане день памяти жертв репрессий"));
    }

    @Test
    void aFollowUpNamingAMonthAsksThePreviousQuestionAsOfThatMonth() {
        assertEquals("сколько всего людей реабилитировали в узбекистане по состоянию на августе 2023",
                FollowUp.merge("а в августе 2023?", "сколько всего людей реабилитировали в узбекистане по состоянию на "
                        + "май 2024"));
        assertEquals("how many had uzbekistan rehabilitated by August 2023",
                FollowUp.merge("and as of August 2023?", "how many had uzbekistan rehabilitated by May 2024"));
        assertEquals("how many had uzbekistan rehabilitated August 2023",
                FollowUp.merge("and in August 2023?", "how many had uzbekistan rehabilitated"));
        // a month with a thing of its own is a question of its own
        assertFalse(FollowUp.merge("and how many were paid in August 2023?", "how many had uzbekistan rehabilitated "
                + "by May 2024").contains("rehabilitated by"));
    }

    @Test
    void aFollowUpNamingTheSameCountryByItsEventAsksItsOwnThing() {
        String previous = "дядя был на площади в декабре 86го, его потом осудили. попадает он под казахский закон о "
                + "реабилитации или нет";
        String merged = FollowUp.merge("а выплаты участникам желтоксана сейчас какие-то есть?", previous);
        assertTrue(merged.startsWith("выплаты участникам желтоксана"), merged);
        assertFalse(merged.contains("площади"), "the previous story is not asked again: " + merged);
        // pointing back ("of them") asks the previous question's thing of the place
        String almaty = FollowUp.merge("and how many of them ended up in Almaty?",
                "How many people were exiled to Kazakhstan in Soviet times?");
        assertTrue(almaty.contains("exiled"), almaty);
        assertTrue(almaty.toLowerCase(java.util.Locale.ROOT).contains("almaty"), "the place is kept: " + almaty);
    }

    @Test
    void newCountryReplacesTheOldOneInRussianKeepingTheCase() {
        assertEquals("Когда был принят закон о реабилитации в Казахстане?",
                FollowUp.merge("а в Казахстане?", "Когда был принят закон о реабилитации в Кыргызстане?"));
        assertEquals("Сколько томов подготовила комиссия Узбекистана?",
                FollowUp.merge("А Узбекистан?", "Сколько томов подготовила комиссия Казахстана?"));
        assertEquals("Когда принят казахский закон?", FollowUp.merge("а казахский?", "Когда принят кыргызский закон?"));
        assertEquals("Когда принят закон в России?", FollowUp.merge("а в России?", "Когда принят закон в Кыргызстане?"));
    }

    @Test
    void shortQuestionWithoutACountryIsSearchedWithThePreviousOne() {
        String merged = FollowUp.merge("And when?", "Who signed the Kyrgyz rehabilitation law?");
        assertTrue(merged.startsWith("when"), merged);
        assertTrue(merged.contains("Who signed the Kyrgyz rehabilitation law?"), merged);
        assertEquals(Intent.WHEN, Intent.of(merged));
        assertTrue(FollowUp.isFollowUp("Who signed it?", "When was the Kyrgyz law adopted?"));
        assertTrue(FollowUp.isFollowUp("а когда?", "Кто подписал закон?"));
    }

    @Test
    void tooAsksThePreviousThingOfSomeoneElse() {
        String merged = FollowUp.merge("а детям репрессированных тоже дают?",
                "какие выплаты есть жертвам политических репрессий в казахстане?");
        assertTrue(merged.contains("выплаты"), merged);
        assertTrue(merged.startsWith("детям репрессированных тоже дают?"), merged);
        // without "too" a new thing about the same subject carries only the subject
        assertFalse(FollowUp.merge("And who is excluded from it?", "Who sponsored the Kyrgyz law?")
                .contains("sponsored"));
    }

    @Test
    void regionsCitiesAndCampsStandForTheirCountry() {
        assertEquals(List.of("KZ"), FollowUp.countries("я родилась в спецпоселении в карагандинской обл в 1950"));
        assertEquals(List.of("KG"), FollowUp.countries("Who is buried at Ata-Beyit near Bishkek?"));
        assertEquals(List.of("UZ", "KZ"), FollowUp.countries("deported from Tashkent to ALZHIR"));
        assertEquals(List.of(), FollowUp.countries("семей репрессированных, ошибка"));
        // Russia's regions and cities, and words that only begin like one
        assertEquals(List.of("RU"), FollowUp.countries("мы краеведческий кружок в тверской области"));
        assertEquals(List.of("RU"), FollowUp.countries("grandfather was shot in Chelyabinsk in 1938"));
        assertEquals(List.of("UZ"), FollowUp.countries("деда расстреляли в самарканде"));
        assertEquals(List.of(), FollowUp.countries("she lived there permanently with her family"));
        assertEquals(List.of(), FollowUp.countries("решение комиссии"));
        // the December 1986 events stand for Kazakhstan, and a country's "-stan" adjective for its country
        assertEquals(List.of("KZ"), FollowUp.countries("отец участвовал в Желтоксане"));
        assertEquals(List.of("RU", "KZ"), FollowUp.countries("по российскому или по казахстанскому закону?"));
        assertEquals(List.of("KG"), FollowUp.countries("кыргызстанские архивы"));
    }

    @Test
    void applyingForNothingNamedAsksWhereToApplyForThePreviousQuestionsPayment() {
        String previous = "My grandfather was exiled to Kazakhstan in 1937; my mother was born there in exile. Is "
                + "she entitled to any payment?";
        assertTrue(FollowUp.isFollowUp("where do we send the papers?", previous));
        assertTrue(FollowUp.merge("where do we send the papers?", previous).contains("payment"));
        String ru = FollowUp.merge("а куда заявление нести?", "Папа родился в ссылке в Казахстане. Положено ли ему "
                + "что-нибудь по закону? и сколько денег");
        assertTrue(ru.contains("выплат"), ru);
        // a question naming a thing of its own stands alone
        assertFalse(FollowUp.isFollowUp("where do I send an archive request for NKVD files?", previous));
    }

    @Test
    void aCountryOfTheStoryIsNotCarriedWhenTheAskingPartNamesAnother() {
        String merged = FollowUp.merge("and who decides?", "She lives in Shymkent and is a Kazakh citizen, not "
                + "Kyrgyz. Does Kyrgyzstan's law still cover her?");
        assertTrue(merged.contains("Kyrgyzstan"), merged);
        assertFalse(merged.contains("Kazakh"), merged);
        // a story's country is the one asked of when the asking part names none
        String told = FollowUp.merge("and who decides?", "My grandmother was exiled to Kazakhstan in 1937. Is she "
                + "covered by the law?");
        assertTrue(told.contains("Kazakhstan"), told);
    }

    @Test
    void aNewQuestionAboutTheSameSubjectCarriesOverOnlyTheSubject() {
        String merged = FollowUp.merge("How much would it cost?", "Who sponsored the Kyrgyz rehabilitation bill?");
        assertEquals("How much would it cost? Kyrgyz bill", merged);
        assertEquals(Intent.of("How much would it cost?"), Intent.of(merged));
        String ru = FollowUp.merge("а когда открыли мемориал?", "Сколько человек похоронено в Ата-Бейите в Кыргызстане?");
        // a place stands for its country and is part of the subject
        assertEquals("когда открыли мемориал? Ата-Бейите Кыргызстане", ru);
        // the previous question's own topic ("sponsored") does not come along
        assertFalse(FollowUp.merge("Who is excluded from it?", "Who sponsored the Kyrgyz law?").contains("sponsored"));
        // a city of the story told before the previous question is the asker's, not what was asked about
        assertEquals("как подать заявление? казахстан закону", FollowUp.merge("а как подать заявление?",
                "маму выслали в казахстан, она живёт в шымкенте. ей что-то положено по закону?"));
    }

    @Test
    void anotherYearOrUnitOfTheSameThingCarriesThePreviousQuestionWhole() {
        assertEquals("in tenge in 2020? kz one-off compensation cap in MRP",
                FollowUp.merge("and in tenge in 2020?", "kz one-off compensation cap in MRP"));
        assertEquals("в рублях? сколько платят реабилитированным в месяц в Москве?",
                FollowUp.merge("а в рублях?", "сколько платят реабилитированным в месяц в Москве?"));
        Question q = Question.analyse("and in tenge in 2020?", "kz one-off compensation cap in MRP", null);
        assertEquals(Intent.HOW_MANY, q.intent(), "a follow-up without a question word asks what the previous did");
    }

    @Test
    void aGreetingOrMarkupWithoutContentIsNoFollowUp() {
        String previous = "How many victims of repression were there in Kyrgyzstan?";
        assertEquals("<b>hello</b>", FollowUp.merge("<b>hello</b>", previous));
        assertEquals("привет", FollowUp.merge("привет", previous));
        assertTrue(FollowUp.isFollowUp("When?", previous));
        assertTrue(FollowUp.isFollowUp("Сколько?", previous));
        assertTrue(FollowUp.isFollowUp("Kazakhstan?", previous));
    }

    @Test
    void aQuestionNamingItsCountryAndSubjectStandsAloneEvenWithThere() {
        String q = "How many victims of repression were there in Kyrgyzstan?";
        assertEquals(q, FollowUp.merge(q, "What is Ata-Beyit?"));
        assertTrue(FollowUp.isFollowUp("When was it adopted there?", "Who signed the Kyrgyz rehabilitation law?"));
        assertTrue(FollowUp.isFollowUp("When was it adopted in Kazakhstan?", "Who signed the Kyrgyz law?"));
    }

    @Test
    void aQuestionThatStandsAloneIsLeftAlone() {
        String q = "How many volumes did Kazakhstan's commission prepare?";
        assertEquals(q, FollowUp.merge(q, "When was the Kyrgyz law adopted?"));
        assertEquals(q, FollowUp.merge(q, null));
        assertFalse(FollowUp.isFollowUp("Which SS regiment took part in suppressing the Warsaw uprising?",
                "Who wrote the commentary?"));
    }

    @Test
    void countriesAreFoundInBothLanguages() {
        assertEquals(List.of("KG", "KZ"), FollowUp.countries("Kyrgyz and Kazakhstan's laws"));
        assertEquals(List.of("UZ", "RU"), FollowUp.countries("в Узбекистане и России"));
        // a country the knowledge does not cover is named by its noun, so a question on it is not taken for
        // one on the countries it does; a nationality is the asker's, not the country asked about
        assertEquals(List.of("AM"), FollowUp.countries("when did Armenia pass its rehabilitation law?"));
        assertEquals(List.of("UA", "KZ"), FollowUp.countries("из Украины выслали в Казахстан"));
        assertEquals(List.of("KZ"), FollowUp.countries("a Ukrainian family deported to Kazakhstan"));
        assertEquals(List.of(), FollowUp.countries("украинцы и грузины"));
        assertEquals("когда день памяти в казахстане и ?",
                FollowUp.onlyCountry("когда день памяти в казахстане и узбекистане?", "KZ"));
        assertEquals("Which of , Kyrgyzstan and actually pay?",
                FollowUp.onlyCountry("Which of Kazakhstan, Kyrgyzstan and Uzbekistan actually pay?", "KG"));
    }

    @Test
    void countriesCoordinatedWithTheirNounUnsaidAreAllAsked() {
        assertEquals(List.of("KZ", "KG"), FollowUp.askedCountries(
                "какой закон о реабилитации раньше приняли, казахстанский или кыргызский?"));
        assertEquals(List.of("KZ", "KG"), FollowUp.askedCountries("which law came first, Kazakhstan's or Kyrgyzstan's?"));
    }

    @Test
    void aFollowUpPointingBackToTheCountriesAsATeamAsksEachOfThem() {
        String previous = "what years did kazakhstan, kyrgyzstan and uzbekistan adopt their rehabilitation laws?";
        assertTrue(FollowUp.refersToCountries("ok and who qualifies in each one?", previous));
        assertTrue(FollowUp.refersToCountries("and money wise? which of the three pays something", previous));
        assertTrue(FollowUp.refersToCountries("а в каждой из них кто может подать?", "законы казахстана и кыргызстана"));
        assertFalse(FollowUp.refersToCountries("do both parents count?", previous), "people, not countries");
        assertFalse(FollowUp.refersToCountries("how much does each person get?", previous));
        assertFalse(FollowUp.refersToCountries("а если из трёх детей выжил один?", "законы казахстана и кыргызстана"));
        assertFalse(FollowUp.refersToCountries("and in Uzbekistan, each one?", previous), "a country of its own");
        assertFalse(FollowUp.refersToCountries("who qualifies in each one?", "when was the kazakh law adopted?"),
                "one country before is no group");
        assertEquals("ok and who qualifies in? Kazakhstan Kyrgyzstan Uzbekistan",
                FollowUp.merge("ok and who qualifies in each one?", previous));
        Question q = Question.analyse("ok and who qualifies in each one?", previous, null);
        assertEquals(List.of("KZ", "KG", "UZ"), q.countriesAsked());
    }

    @Test
    void theCountryWhoseLawIsNamedIsTheOneAsked() {
        assertEquals(List.of("KZ"), FollowUp.askedCountries("She lives in Pavlodar now. Does the Kazakh law cover her "
                + "even though she was repressed in Russia?"));
        assertEquals(List.of("KZ"), FollowUp.askedCountries("распространяется ли закон Казахстана на тех, кого "
                + "репрессировали в России?"));
        assertEquals(List.of("KZ"), FollowUp.askedCountries("Is someone repressed in Russia covered by "
                + "Kazakhstan's 1993 rehabilitation law?"));
        assertEquals(List.of("UZ", "KZ"), FollowUp.askedCountries("how does uzbekistan clear people? do they have a "
                + "rehab law like kazakhstan?"), "a law compared with is not the law asked");
        assertEquals(List.of("KG", "KZ"), FollowUp.askedCountries("Compare Kyrgyzstan and Kazakhstan"));
    }

    @Test
    void shortNamesStandForTheirCountryButNotInsideASitesName() {
        assertEquals(List.of("KZ"), FollowUp.countries("кз компенсация репрессированным формула"));
        assertEquals(List.of("KG"), FollowUp.countries("а в кр?"));
        assertEquals(List.of("UZ"), FollowUp.countries("узб сколько всего реабилитировано?"));
        assertEquals(List.of("KZ"), FollowUp.countries("kz law date?"));
        assertEquals(List.of(), FollowUp.countries("Informburo.kz and 24.kg wrote about it"));
        assertEquals(List.of("RU"), FollowUp.countries("сколько в месяц получают реабилитированные в Саратове?"));
        assertEquals(List.of("RU"), FollowUp.countries("How much do rehabilitated people get per month in Moscow?"));
        assertEquals(List.of(), FollowUp.countries("people who permanently lived there"), "no place inside a word");
        assertEquals("Кыргызстан компенсация репрессированным формула",
                FollowUp.merge("а в кр?", "кз компенсация репрессированным формула"));
    }

    @Test
    void aFollowUpCarriesThePreviousQuestionsStoryAsStory() {
        String previous = "прабабку в 37м забрали как жену врага народа, дали 5 лет лагерей. по киргизскому закону её "
                + "можно реабилитировать?";
        String question = "а если б это было в казахстане?";
        String query = FollowUp.merge(question, previous);
        java.util.Set<String> story = HybridRetriever.story(question, query, previous);
        assertTrue(story.contains(Terms.stem("лагерей")), story.toString());
        assertFalse(story.contains(Terms.stem("реабилитировать")), "what the previous question asked is asked");
    }

    @Test
    void placesAreOneAcrossFormsAndScripts() {
        assertEquals(java.util.List.of("алматы", "Karaganda"),
                FollowUp.places("сколько в алматы и в Karaganda region, а не в Казахстане"));
        assertTrue(FollowUp.namesPlace("In Almaty 500 people received it", "алматы"));
        assertTrue(FollowUp.namesPlace("выплаты реабилитированным в Москве", "Moscow"));
        assertFalse(FollowUp.namesPlace("In Almaty 500 people received it", "Karaganda"));
        assertFalse(FollowUp.namesPlace("9,668 people in Kazakhstan received it", "Almaty"));
        assertTrue(FollowUp.places("Kazakhstan and Kyrgyzstan").isEmpty(), "a country is no place");
        // a place's other names are the place
        assertTrue(FollowUp.namesPlace("ежемесячная выплата в Санкт-Петербурге", "питере"));
        assertTrue(FollowUp.namesPlace("monthly payments in St. Petersburg", "Ленинграде"));
        assertTrue(FollowUp.namesPlace("в Алматы прошёл митинг", "Alma-Ata"));
        assertFalse(FollowUp.namesPlace("выплаты в Москве", "питер"));
        assertEquals(java.util.List.of("новосиб"), FollowUp.places("новосиб ежемесячная выплата скока"), "a short name");
    }

    @Test
    void aSubjectCarriedIntoAFollowUpInTheOtherScriptIsWrittenInItsScript() {
        String merged = FollowUp.merge("she died in 1990, who can file the application for her?",
                "бабушку в 1962 в курске осудили за то что учила детей закону божьему при церкви. по российскому закону "
                        + "её реабилитируют?");
        assertTrue(merged.contains("Russia") && !merged.matches("(?s).*\\p{IsCyrillic}.*"), merged);
    }

    @Test
    void whereToApplyAfterHowMuchTheyPayAsksOfThePayment() {
        String merged = FollowUp.merge("а куда подавать?", "сколько платят? закону Казахстана закон");
        assertTrue(merged.contains("платят") && merged.contains("Казахстан"), merged);
    }

    @Test
    void aShortQuestionPointingBackThenARemarkFollowsUp() {
        String previous = "Did Kazakhstan's state commission rehabilitate more than 300,000 people?";
        assertTrue(FollowUp.isFollowUp("who were they though? I read they were basmachi and legionnaires", previous));
        assertTrue(FollowUp.merge("who were they though? I read they were basmachi and legionnaires", previous)
                .contains("commission"), "the previous question's subject carries over");
        assertFalse(FollowUp.isFollowUp("Which archive holds the files of people exiled to Karaganda? They were "
                + "deported in 1944", previous), "a question of its own, its remark pointing back");
    }

    @Test
    void aPlaceWhereANamedEventHappenedIsNotAsked() {
        assertEquals(java.util.List.of(), FollowUp.placesAsked(
                "Which participants of the December 1986 events in Almaty are NOT covered by the law?"));
        assertEquals(java.util.List.of(), FollowUp.placesAsked("кого из участников событий 1986 года в Алма-Ате не реабилитируют"));
        assertEquals(java.util.List.of("Almaty"), FollowUp.placesAsked(
                "how many participants of the 1986 events live in Almaty now?"), "the place asked, after the event");
        assertEquals(java.util.List.of("karaganda"), FollowUp.placesAsked(
                "who chaired the regional rehab commission in karaganda oblast?"));
    }

    @Test
    void aCountrySaidWithNotIsNotTheOneAsked() {
        String merged = FollowUp.merge("а если бы их выслали не в казахстан, а в сибирь?",
                "семью выселили в казахстан в 1936. это подпадает под казахстанский закон?");
        assertEquals(java.util.List.of("RU"), FollowUp.countries(merged), merged);
        String en = FollowUp.merge("and what if it was not in Kazakhstan but in Russia?",
                "Does the Kazakh law cover a family deported in 1936?");
        assertEquals(java.util.List.of("RU"), FollowUp.countries(en), en);
    }

    @Test
    void aFollowUpAfterAnAcknowledgementWidensARegionToItsCountry() {
        String previous = "How many people were repressed in Karaganda region specifically?";
        assertTrue(FollowUp.isFollowUp("ok and for Kazakhstan as a whole?", previous));
        assertTrue(FollowUp.isFollowUp("понятно, а в кр?", "кз компенсация формула"));
        String merged = FollowUp.merge("ok and for Kazakhstan as a whole?", previous);
        assertTrue(merged.toLowerCase().contains("kazakhstan") && merged.contains("repressed"), merged);
        assertFalse(merged.contains("Karaganda") || merged.contains("region"), merged);
        String ru = FollowUp.merge("а в узбекистане?", "сколько репрессировали в карагандинской области?");
        assertEquals(java.util.List.of("UZ"), FollowUp.countries(ru), ru);
    }

    @Test
    void aLanguagesNameIsNoCountry() {
        assertTrue(FollowUp.countries("three quarters of the index (MCI; in Russian МРП) in Kazakhstan").equals(
                java.util.List.of("KZ")));
        assertTrue(FollowUp.countries("a Russian-language site on Kazakhstan's law").equals(java.util.List.of("KZ")));
        assertEquals(java.util.List.of("RU"), FollowUp.countries("Under Russian law he is rehabilitated"));
        // the language a report is written in names no country
        assertEquals(java.util.List.of("KG"), FollowUp.countries("Kyrgyzstan's parliament passed the bill, Kloop "
                + "recalled in its Uzbek-language report"));
        assertEquals(java.util.List.of("KZ"), FollowUp.countries("Казахстан принял закон, пишет издание на узбекском "
                + "языке"));
        assertEquals(java.util.List.of("UZ"), FollowUp.countries("an Uzbek court"), "an adjective of a thing stays");
    }

    @Test
    void aNewQuestionAfterAStoryCarriesTheLawAskedNotTheStorysWords() {
        // "рабочую колонну" and "без всякого суда" are the story's; the asking part asks of the Russian law
        assertEquals("куда писать? российскому закону", FollowUp.merge("а куда писать?", "деда немца в 1943 "
                + "мобилизовали в рабочую колонну нквд на урал, на шахты, без всякого суда. по российскому закону "
                + "это вообще считается репрессией?"));
    }

    @Test
    void aFollowUpAskingOnlyWhereToApplyCarriesThePreviousPayment() {
        String previous = "Мой дед был расстрелян в 1937 в Караганде. Положена ли маме какая то выплата от государства "
                + "в Казахстане?";
        String where = FollowUp.merge("а куда подавать?", previous);
        assertTrue(where.contains("выплата") && where.contains("Казахстан"), where);
        // a follow-up naming its own thing asks of that thing, not of the payment
        String decides = FollowUp.merge("а кто там вообще решает, что человек реабилитирован?", previous);
        assertFalse(decides.contains("выплата"), decides);
    }

    @Test
    void whereAFamilyWasDeportedFromIsNotTheCountryAskedOf() {
        assertEquals(List.of("KZ"), FollowUp.askedCountries("я родилась в 1950 в спецпоселении в Акмолинской обл, "
                + "родители немцы высланные с Поволжья. Считаюсь ли я пострадавшей?"));
        assertEquals(List.of("RU"), FollowUp.askedCountries("отца с семьей выселили из поволжья в 41м. можно через суд "
                + "установить?"), "the only country named stays");
        assertEquals(List.of("KZ", "UA"), FollowUp.askedCountries("дед из шымкента служил на украине, там его осудил "
                + "трибунал. надо в украину писать?"), "a country the knowledge does not cover does not replace it");
        assertEquals(List.of("KZ", "RU"), FollowUp.askedCountries("чем отличается выплата в Казахстане по сравнению с "
                + "Россией?"), "'с Россией' is with Russia, not from it");
    }

    @Test
    void aCountrysPossessiveWithItsLawLeftUnsaidAsksOfItsLaw() {
        assertEquals(List.of("KZ", "KG", "RU"), FollowUp.askedCountries("Which came first, Kazakhstan's rehabilitation "
                + "law or Kyrgyzstan's? and how about Russia's?"));
        // a possessive that goes on to its own noun names no law
        assertEquals(List.of("KZ"), FollowUp.askedCountries("Does Kazakhstan's law cover her? Russia's camps held "
                + "her for ten years."));
    }

    @Test
    void whereToApplyAfterWhatOneIsDueAsksOfThePayment() {
        String merged = FollowUp.merge("а куда подавать?", "Мама родилась в ссылке под Карагандой. Положено ли маме "
                + "что-то от государства и сколько примерно денег?");
        assertTrue(merged.contains("выплата"), merged);
        String en = FollowUp.merge("and where do we apply?", "My mother was born in exile in Kazakhstan. Is she "
                + "entitled to anything?");
        assertTrue(en.contains("payment"), en);
    }

    @Test
    void aFollowUpNamingOnlyAnotherYearReplacesThePreviousQuestionsYear() {
        assertEquals("How much is the compensation in 2023, in tenge?",
                FollowUp.merge("and in 2023?", "How much is the compensation in 2024, in tenge?"));
        assertEquals("сколько компенсация в 2023 году?", FollowUp.merge("а в 2023 году?", "сколько компенсация в 2024 году?"));
        // a follow-up that asks more than its year is not a mere change of year
        assertFalse(FollowUp.merge("and in rubles in 2023?", "How much is the compensation in 2024, in tenge?")
                .startsWith("How much is the compensation in 2023"));
        // a year of the story is not the year asked
        assertEquals(null, FollowUp.withYearAsked("and in 2023?", "My grandfather was shot in 1937. What do we get?"));
    }

    @Test
    void aFollowUpOfAQuestionOnWhatAPresidentDidAsksOfHisCountry() {
        assertEquals(List.of("KG"), FollowUp.leadersCountries("when did japarov sign the rehabilitation law"));
        assertEquals(List.of("KZ"), FollowUp.leadersCountries("Что подписал Токаев 24 ноября 2020 года?"));
        assertTrue(FollowUp.leadersCountries("when was the law signed?").isEmpty());
        String merged = FollowUp.merge("what exactly did it change", "when did japarov sign the rehabilitation law");
        assertTrue(merged.contains("Kyrgyzstan"), merged);
    }

    @Test
    void aFollowUpChangingTheCaseAsksThePreviousQuestionAgain() {
        String previous = "My grandmother was repressed in Russia in 1937 and later rehabilitated. Can I, as her "
                + "grandson, read her criminal case file and get copies?";
        String merged = FollowUp.merge("and if she had never been rehabilitated?", previous);
        assertTrue(merged.startsWith("if she had never been rehabilitated?") && merged.contains("case file"), merged);
        assertFalse(merged.contains("1937"), "the story the follow-up changes is not carried: " + merged);
        String ru = FollowUp.merge("а если бы его не реабилитировали?", "Деда реабилитировали в 1989. Можно ли "
                + "получить его дело из архива?");
        assertTrue(ru.contains("дело из архива") && !ru.contains("1989"), ru);
        // a condition that changes nothing the previous question said asks a question of its own
        String told = "папа родился в 1947 в спецпоселке. он считается пострадавшим?";
        String own = FollowUp.merge("а если никакой справки нет, архив ничего не нашел?", told);
        assertFalse(own.equals("если никакой справки нет, архив ничего не нашел? " + Situation.asking(told)), own);
        // a follow-up with a question of its own asks that
        assertFalse(FollowUp.merge("and if he was not rehabilitated, where do I go?", previous).contains("copies"));
    }

    @Test
    void aRussianCountryAdjectiveLeftWithoutItsNounIsTheLawSaidBefore() {
        assertEquals(List.of("RU", "KZ"),
                FollowUp.askedCountries("сколько лет прошло между законом рф о реабилитации и казахстанским?"));
        // a country adjective with its own noun after it, away from the law, is the asker's story
        assertEquals(List.of("KZ"), FollowUp.askedCountries(
                "дед жил в российской деревне у границы, подпадает ли он под закон казахстана?"));
        assertEquals(List.of("RU", "KZ"), FollowUp.askedCountries(
                "дед жил в российской деревне у границы, подпадает ли он под закон казахстана или российский?"));
    }

    @Test
    void aCountryTypedWithoutItsApostropheIsStillTheCountry() {
        assertEquals(List.of("KZ"), FollowUp.countries("who signed kazakhstans 1993 rehab law?"));
        assertEquals(List.of("KG"), FollowUp.countries("kyrgyzstans new law"));
    }

    @Test
    void aFollowUpAskingAnotherExtentOfTheSameThingIsTheWholePreviousQuestion() {
        String previous = "how much compensation do u get per month of repression in kz?";
        assertTrue(FollowUp.merge("and whats the max in tenge, newest number u have?", previous).endsWith(previous));
        assertTrue(FollowUp.merge("а какая максимальная сумма сейчас?", "сколько дают компенсации в казахстане?")
                .endsWith("сколько дают компенсации в казахстане?"));
    }

    @Test
    void aFollowUpAskingOnlyWhoseTheAnswerIsIsThePreviousQuestionAgain() {
        String previous = "why did japarov send the rehabilitation bill back?";
        for (String q : List.of("who says so?", "source?", "and where is that from?", "according to whom?",
                "источник?", "а источник?", "кто так говорит?", "откуда информация?", "по чьим данным?")) {
            assertTrue(FollowUp.asksSource(q), q);
            assertTrue(FollowUp.isFollowUp(q, previous), q);
            assertEquals(previous, FollowUp.merge(q, previous), q);
        }
        // naming what it wants the source of, or whose claim, it asks of that
        assertFalse(FollowUp.asksSource("source for the 1200 figure?"));
        assertFalse(FollowUp.asksSource("а кто пишет что до 100 тысяч"));
        assertFalse(FollowUp.asksSource("what sources of funding does the bill name?"));
    }

    @Test
    void aFollowUpNamingItsOwnThingAfterAQuestionWithNoSubjectIsAskedOnItsOwn() {
        String first = "Мой дядя в декабре 86-го вышел на площадь, ему дали 5 лет. Казахстанский закон о реабилитации "
                + "касается тех кого судили за декабрьские события?";
        String second = FollowUp.merge("а если по делу было нападение на милиционера? на него тоже распространяется?",
                first);
        // the remark's "он" points at the story's person, not back: the previous question's case is not searched
        String third = FollowUp.merge("понятно. а участникам желтоксана сейчас что-то платят? он в алматы живёт",
                second);
        assertTrue(third.contains("платят") && !third.contains("милиционер"), third);
        // a previous question with no subject of its own carries nothing over to one that names its thing
        assertEquals("участникам декабрьских событий сейчас платят пособие?",
                FollowUp.merge("а участникам декабрьских событий сейчас платят пособие?",
                        "а если по делу было нападение на милиционера? на него тоже распространяется?"));
        // "им" in the asking part points back
        assertNotEquals("а им сейчас что-то платят?", FollowUp.merge("а им сейчас что-то платят?", second));
    }

    @Test
    void aLoneThingAskedContinuesThePreviousSubjectAndThanksDoNot() {
        assertEquals("amendments? kz law", FollowUp.merge("amendments?", "kz rehab law date and number?"));
        assertTrue(FollowUp.merge("а поправки?", "дата и номер закона рк о реабилитации").contains("рк"));
        assertEquals("thanks a lot", FollowUp.merge("thanks a lot", "kz rehab law date and number?"));
        // which of the country's laws was asked is kept with it
        assertTrue(FollowUp.merge("а номер у него какой?", "а новый закон кр когда приняли и кто подписал?")
                .contains("новый закон"));
    }
}
