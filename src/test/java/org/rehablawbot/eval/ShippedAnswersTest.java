package org.rehablawbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.render.TextRenderer;
import org.rehablawbot.retrieve.FollowUp;

/**
 * Kinds of questions users ask, answered from the shipped knowledge by the whole pipeline (real index on disk,
 * real embedding model): what each kind's answer must do, whatever the sets' wording.
 */
class ShippedAnswersTest {

    private final AnswerEngine engine = RealKnowledge.engine();

    private Answer ask(String question) {
        return engine.answer(question, null, null);
    }

    @Test
    void aCountryTheKnowledgeDoesNotCoverIsRefusedNotAnsweredWithItsNeighbours() {
        Answer a = ask("when did armenia pass its law rehabilitating stalin era victims");
        assertTrue(a.refused(), TextRenderer.render(a));
        assertTrue(a.citations().isEmpty());
    }

    @Test
    void aLookupWithItsCueLastIsACountAndACountNotHeldIsRefused() {
        Answer a = ask("russia rehabilitations 2023 count");
        assertTrue(a.refused(), TextRenderer.render(a));
    }

    @Test
    void aColloquialCityAndVerbFindTheCitysOwnPaymentFirst() {
        Answer a = ask("в питере сколько в месяц доплачивают реабилитированным которые сидели в лагере");
        String lead = a.statements().get(0).text();
        assertTrue(lead.contains("Санкт-Петербург") && lead.contains("2261"), TextRenderer.render(a));
    }

    @Test
    void aShortLookupOfASigningDateLeadsWithTheDate() {
        Answer a = ask("кр закон о реабилитации дата подписи");
        assertTrue(a.statements().get(0).text().contains("31 декабря 2024"), TextRenderer.render(a));
    }

    @Test
    void aQuestionOnSeveralCountriesGetsASentenceOnEach() {
        Answer a = ask("где день памяти жертв репрессий 31 мая, где 31 августа, а где 30 октября? казахстан "
                + "узбекистан россия");
        String text = TextRenderer.answerText(a);
        assertTrue(text.matches("(?s).*(31 ма\\p{L}+[^.]*Казах|Казах[^.]*31 ма).*"), text);
        assertTrue(text.matches("(?s).*(31 август\\p{L}*[^.]*Узбек|Узбек[^.]*31 август).*"), text);
        assertTrue(text.contains("30 октября"), text);
    }

    @Test
    void aQuestionForWhoGivesWhichFigureGetsEverySideWithItsSource() {
        Answer a = ask("пишу курсовую по кыргызстану. скока вообще было репрессированных? какая официальная цифра и "
                + "кто называет больше");
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().size() >= 2
                && d.positions().stream().allMatch(p -> !p.citations().isEmpty())
                && d.positions().stream().anyMatch(p -> p.text().contains("18"))
                && d.positions().stream().anyMatch(p -> p.text().contains("40"))), TextRenderer.render(a));
    }

    @Test
    void aFamilysQuestionOnWhomALawCoversGetsTheLawNotADisputeOfOpinions() {
        Answer a = ask("бабушка 1939 г.р. ребенком была с родителями в ссылке в сибири, а всю жизнь потом прожила в "
                + "токмоке, гражданка кр. подпадает она под киргизский закон о реабилитации если репрессировали не в "
                + "киргизии?");
        assertTrue(a.disagreements().isEmpty(), TextRenderer.render(a));
        assertTrue(a.citations().stream().noneMatch(c -> c.kind().equals("commentary") || c.kind().equals("statement")),
                TextRenderer.render(a));
    }

    @Test
    void whatOnePersonReceivesIsARateNotATotalPaidOut() {
        Answer a = ask("сколько тенге единоразово платят репрессированным в казахстане");
        // a timeline of the sums one person may receive (the cap year by year) may stand beside it; one of the sums
        // paid out in all (billions of tenge since 2003) may not
        assertTrue(a.disagreements().stream().filter(d -> d.timeline()).flatMap(d -> d.positions().stream())
                .noneMatch(p -> org.rehablawbot.retrieve.AmountQuestion.statesAggregate(p.text())),
                TextRenderer.render(a));
        assertTrue(a.statements().get(0).text().matches("(?s).*(МРП|месячн\\p{L}* расч).*"), TextRenderer.render(a));
    }

    @Test
    void aShortFollowUpAfterAFamilyStoryAsksWhatTheStoryAskedNotItsGreeting() {
        String story = "здравствуйте пишу с телефона извините. маминых родителей в 1937 сослали из алма-аты в "
                + "спецпоселок в северном казахстане, мама там с ними росла до 1953 года. ей сейчас 82, "
                + "пенсионерка, гражданка рк, живет в петропавловске. ей самой что то положено от государства?";
        Answer a = engine.answer("а скока это?", story, null);
        assertTrue(!a.refused(), "a greeting and the story's words are no thing asked: " + TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("компенсац"), TextRenderer.render(a));
    }

    @Test
    void aLookupShortensItsMonth() {
        Answer a = ask("uz rehab total aug 2023");
        assertTrue(!a.refused(), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("856"), TextRenderer.render(a));
    }

    @Test
    void theNumberOfADocumentTheSourcesDoNotNumberIsRefusedNotAnsweredWithItsDate() {
        Answer a = ask("What was the number of Uzbekistan's presidential order of 8 October 2020 that set up the "
                + "working group on repression victims?");
        assertTrue(a.refused(), TextRenderer.render(a));
        assertTrue(a.citations().isEmpty());
    }

    @Test
    void anAnnualCostIsWhatASumAYearAnswers() {
        Answer a = ask("For a budget story: what annual cost did Japarov's office put on Kyrgyzstan's rehabilitation "
                + "bill?");
        assertTrue(!a.refused(), TextRenderer.render(a));
        assertTrue(a.statements().get(0).text().contains("77 million som a year"), TextRenderer.render(a));
    }

    @Test
    void aQuestionNamingTwoValuesOfARunningTotalGetsItsTimeline() {
        Answer a = ask("Сколько всего человек реабилитировал Верховный суд Узбекистана? Видел и 856, и 1031 — где "
                + "правда?");
        String text = TextRenderer.render(a);
        assertTrue(a.disagreements().stream().anyMatch(d -> d.timeline() && d.positions().size() >= 3), text);
        assertTrue(text.contains("1200"), text);
    }

    @Test
    void aFollowUpAskingWhereToApplyGetsWhereThePaymentIsAppliedFor() {
        Answer first = ask("Мой дед был расстрелян в 1937 в Караганде, бабушку выслали на спецпоселение, мама родилась "
                + "там в 1942. Положена ли ей какая то выплата от государства и сколько это денег?");
        assertFalse(first.refused(), TextRenderer.render(first));
        Answer where = engine.answer("а куда подавать?", "Мой дед был расстрелян в 1937 в Караганде, "
                + "бабушку выслали на спецпоселение, мама родилась там в 1942. Положена ли ей какая то выплата от "
                + "государства и сколько это денег?", null);
        assertTrue(TextRenderer.render(where).contains("Правительство для граждан"), TextRenderer.render(where));
    }

    @Test
    void aQuestionOnHowAFamilyGetsARelativeRehabilitatedGetsTheStepsInTheirOrder() {
        Answer a = ask("How does an Uzbek family get a repressed relative rehabilitated? Is there some application to "
                + "file?");
        String text = TextRenderer.answerText(a);
        assertFalse(a.refused(), TextRenderer.render(a));
        int group = text.indexOf("working group");
        int prosecutor = text.indexOf("prosecutor");
        int court = text.indexOf("Supreme Court hears");
        assertTrue(group >= 0 && group < prosecutor && prosecutor < court, text);
    }

    @Test
    void aFollowUpOnWhoDecidesAndWhereToGoGetsTheBodyAndWhereItSits() {
        String previous = "прадеда в 1933 в джалал-абаде посадили как басмача, он умер в тюрьме. его могут "
                + "реабилитировать по новому киргизскому закону?";
        Answer a = engine.answer("а кто будет решать и куда нам идти?", previous, null);
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("комисси"), TextRenderer.render(a));
        assertTrue(text.contains("Институт"), TextRenderer.render(a));
    }

    @Test
    void aChoiceNeitherSideOfWhichTheSourcesTellIsRefused() {
        Answer a = ask("can i apply to the kyrgyz rehab commission online or do i have to go to bishkek in person");
        assertTrue(a.refused(), TextRenderer.render(a));
        assertTrue(a.citations().isEmpty());
    }

    @Test
    void aQuestionOnWhichCameFirstLeadsWithTheEarlierDate() {
        Answer day = ask("Which remembrance day was set up first - Kazakhstan's 31 May or Uzbekistan's 31 August?");
        String text = TextRenderer.answerText(day);
        assertTrue(text.contains("1997") && text.contains("2001"), text);
        assertTrue(text.indexOf("1997") < text.indexOf("2001"), text);
        // a phrase of the question ("came first") is not said by one of its words ("first, people convicted …")
        Answer law = ask("Which came first, Russia's rehabilitation law or Kazakhstan's? how many years apart?");
        String lawText = TextRenderer.answerText(law);
        assertTrue(lawText.contains("1991") && lawText.indexOf("1991") < lawText.indexOf("1993"), lawText);
    }

    @Test
    void aDurationTheAskerHasSeenTwoWaysGetsBothSidesWithTheirSources() {
        Answer a = ask("How long did Kazakhstan's rehabilitation commission actually work, three years or four? I keep "
                + "seeing both.");
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().size() >= 2
                && d.positions().stream().allMatch(p -> !p.citations().isEmpty())
                && d.positions().stream().anyMatch(p -> p.text().contains("2019"))
                && d.positions().stream().anyMatch(p -> p.text().contains("2020"))), TextRenderer.render(a));
    }

    @Test
    void anOpeningDateAskedOfAPlaceWithTwoOpeningsGetsBothEachWithItsSource() {
        // the cemetery (perceptiopt.com, 1991) and the memorial complex (open.kg, 2000) are two openings, linked by
        // the facts' contrast: an answer gives both, each in its source's words, and merges neither into the other
        Answer a = ask("ата-бейит когда открыли?");
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("1991") && text.contains("2000"), TextRenderer.render(a));
        assertTrue(a.citations().stream().map(c -> c.publisher()).distinct().count() >= 2, TextRenderer.render(a));
    }

    @Test
    void aYesNoQuestionBoundByAYearOpensWithItsYesOrNo() {
        Answer yes = ask("Was Kazakhstan's state rehabilitation commission set up before 2021?");
        assertTrue(yes.statements().get(0).text().startsWith("Yes: "), TextRenderer.render(yes));
        Answer none = ask("Did Uzbekistan's Supreme Court rehabilitate more than 1,000 people?");
        assertFalse(none.statements().get(0).text().startsWith("No: "), TextRenderer.render(none));
    }

    @Test
    void aClaimAboutOneCountrysLawGetsNoDisputeOnAnotherCountrysFigure() {
        Answer a = ask("Who has claimed that Kyrgyzstan's new law would rehabilitate Nazi collaborators, and what does "
                + "the law actually say about WWII traitors?");
        String text = TextRenderer.render(a);
        // one side of Kazakhstan's dispute on who the 311,000 were names Kyrgyzstan too; the dispute is still Kazakh
        assertTrue(a.disagreements().stream().flatMap(d -> d.positions().stream())
                .noneMatch(p -> p.text().contains("311")), text);
        assertTrue(TextRenderer.answerText(a).contains("Second World War"), text);
    }

    @Test
    void aTellingOfTheSameFactThatSaysMoreOfTheQuestionIsNotMergedAway() {
        Answer a = ask("Hi, my grandmothers father was from Talas, he was taken in 1933 as a kulak and never came back. "
                + "We live in Bishkek now. I heard Kyrgyzstan finally passed the law, when was it signed and does it "
                + "even cover kulaks?");
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("31 December 2024"), TextRenderer.render(a));
        assertTrue(text.contains("kulak"), TextRenderer.render(a));
    }

    @Test
    void aFamilysQuestionOnHowToGetARelativeRehabilitatedGetsAllTheStepsOfOneSource() {
        Answer a = ask("Мой прадед из Самарканда, его расстреляли в 1930 как басмача по решению тройки. Как в Узбекистане "
                + "добиться его реабилитации, куда писать? У нас на руках только архивная справка");
        String text = TextRenderer.answerText(a);
        int one = text.indexOf("Первый шаг");
        int two = text.indexOf("Второй шаг");
        int three = text.indexOf("Третий шаг");
        assertTrue(one >= 0 && one < two && two < three, TextRenderer.render(a));
        assertTrue(a.citations().size() <= 5, "the steps stay within the citation limit");
    }

    @Test
    void whetherAThingExistsTheSourcesNeverNameIsRefusedNotAnsweredWithHowToApply() {
        Answer a = ask("Скажите есть ли крайний срок до которого надо подать на компенсацию в Казахстане? мама боится "
                + "что уже опоздали, ей 79, документы о реабилитации есть с 1990х");
        assertTrue(a.refused(), TextRenderer.render(a));
        assertTrue(a.citations().isEmpty());
        // asked beside another question, the other part is still answered
        Answer both = ask("отец рассказывал что его деда в 1930 в шахрисабзе забрала тройка и расстреляли. есть ли в "
                + "узбекистане закон как в россии и куда нам идти чтоб его оправдали?");
        assertFalse(both.refused(), TextRenderer.render(both));
    }

    @Test
    void aFollowUpBoundAboveTheLargestPaymentIsAnsweredNo() {
        String previous = "how much is the one-off payment in kazakhstan for a repressed person in 2024, in tenge?";
        Answer a = engine.answer("so more than 400,000 tenge is possible?", previous, null);
        assertTrue(a.statements().get(0).text().startsWith("No: "), TextRenderer.render(a));
    }

    @Test
    void howManyYearsABodyWorkedIsADurationAndGetsTheSidesOfItsPeriod() {
        Answer a = ask("Сколько лет работала госкомиссия по полной реабилитации в Казахстане? Токаев вроде говорил про "
                + "пять лет, а в прессе пишут иначе");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().size() >= 2
                && d.positions().stream().anyMatch(p -> p.text().contains("2019"))), TextRenderer.render(a));
    }

    @Test
    void aRunningTotalAskedByAMonthLeadsWithThatMonthsTotalAndItsYesOrNo() {
        Answer a = ask("How many people had Uzbekistan's Supreme Court rehabilitated by May 2024? Was it more than "
                + "1,000?");
        String lead = a.statements().get(0).text();
        assertTrue(lead.startsWith("Yes: ") && lead.contains("1,031"), TextRenderer.render(a));
    }

    @Test
    void aRumouredSumNoSourceStatesIsNotConfirmedBeforeWhatTheSourcesSay() {
        Answer a = ask("Здравствуйте, мой дед был в трудармии в Челябинске, потом вернулся в Кустанай. Правда что в "
                + "Казахстане с 2025 года приняли новый закон и выплаты подняли до 1 миллиона тенге?");
        String lead = a.statements().get(0).text();
        assertTrue(lead.startsWith(org.rehablawbot.answer.Messages.notConfirmed(org.rehablawbot.knowledge.Language.RU)),
                TextRenderer.render(a));
        assertFalse(a.statements().get(0).citations().isEmpty(), "what the sources say is cited");
    }

    @Test
    void aCountAskedForAYearTheSourcesDoNotCountIsRefusedNotAnsweredWithAnotherYears() {
        Answer other = ask("kz 31 may local one-off aid 2025 how many people got it");
        assertTrue(other.refused(), TextRenderer.render(other));
        Answer held = ask("how many people got the one-time 31 May aid in kazakhstan in 2024?");
        assertTrue(TextRenderer.answerText(held).contains("9,668"), TextRenderer.render(held));
    }

    @Test
    void whatAPensionerIsDueAfterALongFamilyStoryLeadsWithTheRate() {
        Answer a = ask("Здравствуйте. Мой дед был раскулачен в 1931 и сослан с семьей в Карагандинскую обл, в "
                + "спецпоселение, там и родился мой папа в 1940. Дед давно умер. Папе 86 лет, пенсионер, живет в "
                + "Павлодаре. Положены ли ему какие то выплаты как пострадавшему от репрессий?? сколько примерно");
        assertTrue(a.statements().get(0).text().contains("МРП"), TextRenderer.render(a));
    }

    @Test
    void aCountrysLatinShortNameInALookupStandsForTheCountryNotForItsSitesPages() {
        Answer a = ask("kz law date?");
        assertTrue(a.statements().get(0).text().contains("14 April 1993"), TextRenderer.render(a));
        Answer exact = ask("russian rehab law 1991 exact date?");
        assertTrue(TextRenderer.answerText(exact).contains("18 October 1991"), TextRenderer.render(exact));
    }

    @Test
    void whichCameFirstOfThreeCountriesLeadsWithTheEarliestLawNotADisputeOnALaterOne() {
        Answer a = ask("Which came first, Kazakhstan's rehabilitation law or Kyrgyzstan's? and how about Russia's?");
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("1991") && text.contains("1993") && text.indexOf("1991") < text.indexOf("1993"),
                TextRenderer.render(a));
        assertTrue(a.disagreements().stream().noneMatch(d -> d.about().contains("Kyrgyz")), TextRenderer.render(a));
    }

    @Test
    void aRoleInAPlaceIsNotAnsweredWithTheHolderOfTheNationalOne() {
        Answer a = ask("who chaired the regional rehab commission in karaganda oblast?");
        assertTrue(a.refused(), TextRenderer.render(a));
    }

    @Test
    void aQuestionInTwoPartsIsAnsweredByTheOneTheSourcesHoldThoughNothingGivenIsFound() {
        Answer a = ask("My uncle in Pavlodar was locked up in a mental hospital in 1979 for writing letters against "
                + "the party. He's still alive. Does that count as political repression in Kazakhstan and can he get "
                + "anything for it?");
        assertTrue(TextRenderer.answerText(a).contains("psychiatric"), TextRenderer.render(a));
    }

    @Test
    void whereToFindAFileIsAskedByTheFileNotByTheVerbOfLooking() {
        Answer a = ask("My great-grandfather was sent to a special settlement in Akmola region in 1944, we are Chechen "
                + "originally. Where can I find his file? is there an archive that lets families see these cases now");
        assertTrue(TextRenderer.answerText(a).contains("Presidential Archive"), TextRenderer.render(a));
    }

    @Test
    void howMuchTheyPayAsksWhatTheRepressedArePaidNotTheCommissionsMembers() {
        String previous = "Hi, my grandmothers father was from Talas, he was taken in 1933 as a kulak and never came "
                + "back. We live in Bishkek now. I heard Kyrgyzstan finally passed the law, when was it signed and does "
                + "it even cover kulaks?";
        Answer a = engine.answer("how much money do they pay?", previous, null);
        assertFalse(TextRenderer.answerText(a).contains("members"), TextRenderer.render(a));
    }

    @Test
    void aQuestionInTwoPartsGetsWhatAPersonReceivesToo() {
        Answer a = ask("My uncle in Pavlodar was locked up in a mental hospital in 1979 for writing letters against "
                + "the party. He's still alive. Does that count as political repression in Kazakhstan and can he get "
                + "anything for it?");
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("psychiatric") && text.matches("(?s).*(3/4|three quarters).*"),
                TextRenderer.render(a));
    }

    @Test
    void aRelativeLookedUpInTheVolumesIsRefusedNotAnsweredWithTheirCount() {
        Answer a = ask("My great-grandfather Seitkali Zhunusov was shot in 1937 near Almaty. Is his name in the 72 "
                + "volumes the commission published, and which volume?");
        assertTrue(a.refused(), TextRenderer.render(a));
        assertTrue(ask("Мой дед Абдуллаев Рахим из Ферганы, осуждён в 1938. Есть ли он в списке 205 "
                + "реабилитированных в мае 2024?").refused());
    }

    @Test
    void aSumBoundInAChatsShortFormIsJudgedByTheCapNotByTheTotalPaid() {
        Answer a = ask("kz one-off compensation more than 500k tenge?");
        String first = a.statements().get(0).text();
        assertTrue(first.startsWith("No") && !first.contains("billion"), TextRenderer.render(a));
    }

    @Test
    void aReportedQuestionInAStoryIsAnsweredByTheDate() {
        Answer a = ask("my grandma from Naryn keeps asking me whether Japarov finally signed the rehabilitation law "
                + "or not, and when? she wants to apply for her father");
        assertTrue(a.statements().get(0).text().contains("31 December 2024"), TextRenderer.render(a));
    }

    @Test
    void whoTheyWereAfterACountIsTheDisputeOnWhoTheyWere() {
        Answer a = engine.answer("who were they though? I read they were basmachi and legionnaires",
                "Did Kazakhstan's state commission rehabilitate more than 300,000 people?", null);
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().stream()
                .anyMatch(p -> p.text().contains("special displaced persons") || p.text().contains("deported"))),
                TextRenderer.render(a));
    }

    @Test
    void anExceptionComesAfterTheRuleItExceptsUnlessTheExceptionIsAsked() {
        Answer a = ask("my uncle got 7 years after the December 1986 protests in Alma-Ata, officially for "
                + "'hooliganism'. is he covered by the Kazakh rehabilitation law? are there exceptions?");
        assertTrue(a.statements().size() >= 2 && a.statements().get(0).text().contains("also covers")
                && a.statements().get(1).text().contains("excludes"), TextRenderer.render(a));
        Answer excluded = ask("Which participants of the December 1986 events in Almaty are NOT covered by "
                + "Kazakhstan's rehabilitation law?");
        assertTrue(excluded.statements().get(0).text().contains("excludes"), TextRenderer.render(excluded));
    }

    @Test
    void aClaimedFigureIsAnsweredByTheSourcesFigureForIt() {
        Answer a = ask("Someone in our group chat says akimats paid May 31 aid to almost 10,000 repression victims in "
                + "2024. True?");
        assertTrue(a.statements().get(0).text().contains("9,668"), TextRenderer.render(a));
    }

    @Test
    void aDayAskedOfAYearGivenIsAnsweredByThatYearsDate() {
        Answer a = ask("закон о реабилитации рф 1991 какого числа");
        assertTrue(a.statements().get(0).text().contains("18 октября 1991"), TextRenderer.render(a));
    }

    @Test
    void aWhenQuestionGetsTheDisagreementOnTheEventItNames() {
        Answer a = ask("When exactly did Kyrgyzstan adopt its law rehabilitating victims of Stalin's repressions? I've "
                + "seen November, December and even October 2024 in different articles");
        assertFalse(a.disagreements().isEmpty(), TextRenderer.render(a));
        assertTrue(a.disagreements().get(0).about().contains("adoption"), TextRenderer.render(a));
    }

    @Test
    void aClaimedSumInALongStoryIsCheckedAgainstThePassageThatStatesIt() {
        Answer a = ask("my great grandfather was shot in Frunze in 1938, we live in bishkek. someone at the mosque said "
                + "the new law gives 1500 som every month to families of repressed, is that true?? how much do we "
                + "actually get");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("1,500 som"), TextRenderer.render(a));
    }

    @Test
    void whetherDekulakisationIsIncludedFollowsUpOnTheKyrgyzLaw() {
        Answer a = engine.answer("а раскулачивание туда входит?", "Бабушкину семью раскулачили в 1931 и выслали с "
                + "Иссык-Куля. Куда теперь в Кыргызстане подавать, чтобы её признали репрессированной? есть какая-то "
                + "комиссия?", null);
        assertTrue(TextRenderer.answerText(a).contains("кулацк"), TextRenderer.render(a));
        assertTrue(a.statements().get(0).text().startsWith("Да: "), "a yes/no question on coverage gets its yes first");
    }

    @Test
    void noYesIsGivenWhereTheLeadExceptsOrTheThingIsUnnamed() {
        Answer treason = ask("Does the Kyrgyz law cover people convicted for treason in WW2?");
        assertFalse(treason.statements().get(0).text().startsWith("Yes"), TextRenderer.render(treason));
        Answer he = ask("is he covered by the Kazakh rehabilitation law?");
        assertFalse(he.statements().get(0).text().startsWith("Yes"), TextRenderer.render(he));
    }

    @Test
    void whichCameFirstFindsACountrysEarlierLawPastItsPagesDates() {
        Answer a = ask("Which came first, Kazakhstan's rehabilitation law or Kyrgyzstan's?");
        assertTrue(TextRenderer.answerText(a).contains("27 May 1994"), TextRenderer.render(a));
    }

    @Test
    void whatAMotherIsDueAfterAFamilyStoryIsAnsweredWithTheRate() {
        Answer a = ask("Добрый день. Отца мамы раскулачили в 1930, сослали из Павлодарской обл под Караганду, там он "
                + "умер. Мама родилась в ссылке в 1947. Живём в Семее. Положено ли маме что-нибудь и сколько денег?");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("3/4"), TextRenderer.render(a));
    }

    @Test
    void whetherAndHowUzbekistanClearsAnAncestorIsAnsweredWithItsSupremeCourt() {
        Answer a = ask("Салам. Прапрадеда в 1931 в Фергане объявили басмачом и расстреляли. Можно ли добиться его "
                + "оправдания в Узбекистане и кто этим занимается? есть ли там отдельный закон?");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(a.statements().get(0).text().contains("Верховный суд"), TextRenderer.render(a));
    }

    @Test
    void whetherALawCoversPsychiatricConfinementAfterStalinIsAnsweredByItsArticleOne() {
        Answer a = ask("my uncle was put in a psychiatric ward in karaganda in the 80s after he wrote letters against "
                + "the party. does the kazakh law cover that or is it only for stalin era stuff?");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("psychiatric"), TextRenderer.render(a));
    }

    @Test
    void anAskerWhoHasMetDifferentDatesGetsTheDisagreementOnDates() {
        Answer a = ask("When was the Ata-Beyit memorial opened? Every site gives me different ones");
        assertFalse(a.disagreements().isEmpty(), TextRenderer.render(a));
        assertTrue(a.disagreements().stream().allMatch(d -> d.about().contains("date")), TextRenderer.render(a));
    }

    @Test
    void aClaimWithATwoDigitYearIsNotDeniedWhenTheSourcesGiveThatYear() {
        Answer a = ask("the russian rehab law was signed by yeltsin in oct 91, right?");
        assertFalse(a.statements().get(0).text().startsWith("My sources do not confirm"), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("1991"), TextRenderer.render(a));
    }

    @Test
    void aLabourArmyStoryKeepsTheArticleOnTheLabourArmyBesideThePayments() {
        Answer a = ask("деда в 1942 как трудармейца отправили на шахты в казахстан, ему что-нибудь положено?");
        assertTrue(TextRenderer.answerText(a).contains("МРП"), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).toLowerCase(java.util.Locale.ROOT).contains("трудов"),
                TextRenderer.render(a));
    }

    @Test
    void whereToApplyAfterWhatAMotherIsDueNamesThePaymentsOffice() {
        Answer a = engine.answer("а куда подавать?", "Деда раскулачили и выслали под Караганду, мама родилась там в "
                + "1948. Живём в Павлодаре. Положено ли маме что-нибудь от государства и сколько денег?", null);
        assertTrue(TextRenderer.answerText(a).contains("Правительство для граждан"), TextRenderer.render(a));
    }

    @Test
    void aClaimFromBlogsGetsTheOtherSidesToo() {
        Answer a = ask("Bloggers write that the 311,000 Kazakhstan rehabilitated were Basmachi and Turkestan Legion "
                + "men. Who were they really?");
        assertFalse(a.disagreements().isEmpty(), TextRenderer.render(a));
        assertTrue(a.disagreements().get(0).positions().size() >= 3, TextRenderer.render(a));
        assertTrue(TextRenderer.render(a).contains("special"), "the official description: " + TextRenderer.render(a));
    }

    @Test
    void howManyFilesWereHandedOverFollowsUpOnTheArchive() {
        Answer a = engine.answer("how many of those files were handed over?", "My grandparents were Volga Germans "
                + "deported to Kazakhstan as special settlers. Where are the special settlers' files kept?", null);
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("251,000"), TextRenderer.render(a));
    }

    @Test
    void whatIsDueBesidesAPensionIsAnsweredWithTheMonthlyAllowance() {
        Answer a = ask("Мама родилась на спецпоселении в 1947, её отца реабилитировали посмертно, она пенсионерка в "
                + "Таразе. Ей кроме пенсии ещё что-то ежемесячно полагается? сколько?");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("1,07 МРП"), TextRenderer.render(a));
    }

    @Test
    void whoAGroupNamedByItsFigureWereGetsTheSidesInTheAnswersLanguage() {
        Answer a = ask("311 тысяч реабилитированных — кто они такие?");
        assertFalse(a.disagreements().isEmpty(), TextRenderer.render(a));
        assertTrue(a.disagreements().get(0).positions().size() >= 3, TextRenderer.render(a));
        for (var p : a.disagreements().get(0).positions()) {
            assertFalse(p.text().matches("(?s)^\\p{IsLatin}[\\p{IsLatin}\\d ]+: .*"), "an English label: " + p.text());
        }
    }

    @Test
    void theDecember1986EventsByTheirKazakhNameFindTheLawsException() {
        Answer a = ask("Zheltoqsan 1986: were all the participants rehabilitated or not?");
        assertTrue(TextRenderer.answerText(a).contains("premeditated murder"), TextRenderer.render(a));
    }

    @Test
    void aClaimHeardThenACoverageQuestionAfterAStoryIsAnswered() {
        Answer a = ask("hello, my grandfather's family were dekulakised near Naryn in 1930 and deported. someone told "
                + "me the old kyrgyz law didnt cover kulaks. does the new 2024 law cover them and who decides?");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("kulak"), TextRenderer.render(a));
    }

    @Test
    void aStoryNamingTheCountryBeforeAMoneyQuestionGetsThatCountrysPayment() {
        Answer a = ask("my great-grandmother was exiled from Kyrgyzstan as a kulak family in 1932, I am her grandson in "
                + "Osh. under the new law from 2024 will we receive money? how much monthly?");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("1,500 som"), TextRenderer.render(a));
    }

    @Test
    void whoDecidesIsAnsweredByTheBodyDecidingNotByWhoCountsAsAVictim() {
        Answer a = ask("in kyrgyzstan who decides now whether my grandfather counts as a victim of repression?");
        String lead = a.statements().get(0).text();
        assertTrue(lead.contains("commission") && lead.contains("decide"), TextRenderer.render(a));
    }

    @Test
    void aCountAskedAfterDatesIsToldWithThem() {
        Answer a = ask("When was Kazakhstan's state rehabilitation commission set up, when did it finish, and how many "
                + "people did it rehabilitate?");
        assertTrue(TextRenderer.render(a).contains("311"), TextRenderer.render(a));
    }

    @Test
    void aSumAskedInEverydayWordsAfterAStoryIsAnswered() {
        Answer a = ask("Добрый день. Бабушка родилась в 1945 в спецпоселке в Казахстане, её мать была из депортированных. "
                + "Что ей положено? Сколько могут дать единоразово?");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("МРП"), TextRenderer.render(a));
    }

    @Test
    void aRelativeNamedInFullIsNotTakenForSomeoneWithOneNameALetterOff() {
        Answer a = ask("my grandmother Kasym Nurlanova was arrested in 1938 in Karaganda. was she rehabilitated?");
        assertTrue(a.refused(), TextRenderer.render(a));
    }

    @Test
    void aCountOfThingsIsNotAnsweredWithACountOfPeopleSentThere() {
        Answer camps = ask("how many Gulag labour camps did Kazakhstan have?");
        assertTrue(camps.refused(), TextRenderer.render(camps));
        Answer people = ask("how many people were exiled to the camps in Kazakhstan?");
        assertFalse(people.refused(), TextRenderer.render(people));
    }

    @Test
    void aLawsDateAskedByItsNumberLeadsWithTheDateItBears() {
        Answer a = ask("what date is law 1761-1 from?");
        assertTrue(a.statements().get(0).text().contains("18 October 1991"), TextRenderer.render(a));
    }

    @Test
    void aPeriodAskedOfALawGetsTheYearsItCoversFromEverySource() {
        Answer a = ask("what time span of repressions does the kyrgyz rehabilitation law cover?");
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().size() >= 2
                && d.positions().stream().anyMatch(p -> p.text().contains("1917"))
                && d.positions().stream().anyMatch(p -> p.text().contains("1929"))), TextRenderer.render(a));
        assertTrue(a.statements().isEmpty() || Pattern.compile("1[89]\\d\\d\\s*[-–]|from 1|since 1")
                .matcher(a.statements().get(0).text()).find(), TextRenderer.render(a));
    }

    @Test
    void aStoryOfADisagreementEndingInWhatTheSourcesSayGetsTheSides() {
        Answer a = ask("Working on an article. The outlets give different months for when Kyrgyz deputies passed the "
                + "rehabilitation bill. What do the sources say?");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().size() >= 3
                && d.positions().stream().anyMatch(p -> p.text().contains("20 November 2024"))),
                TextRenderer.render(a));
    }

    @Test
    void whichOfTwoNumbersIsRealGetsBothWithTheirSources() {
        Answer a = ask("adilet says N 2200 and cis-legislation says 2143-XII for the kazakh 1993 law. which one is the "
                + "real number?");
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().stream().anyMatch(p -> p.text()
                .contains("2143")) && d.positions().stream().anyMatch(p -> p.text().contains("2200"))),
                TextRenderer.render(a));
    }

    @Test
    void aYearTheAskerPutsForwardForAnAdoptionDoesNotHideTheBillsOwnTimetable() {
        Answer a = ask("Has Kazakhstan adopted the new full rehabilitation bill? Was it passed in 2023?");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("Abil"), TextRenderer.render(a));
    }

    @Test
    void twoYearsTheAskerHasMetAreShownAsTheSidesOfTheirDate() {
        Answer a = ask("Ата-Бейит: останки перезахоронили ещё до 2000-го? Одни пишут 1991, другие 1999.");
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().stream().anyMatch(p -> p.text()
                .contains("1991")) && d.positions().stream().anyMatch(p -> p.text().contains("1999"))),
                TextRenderer.render(a));
    }

    @Test
    void whetherARelativeIsCoveredLeadsWithTheRuleOnTheEventOfTheirStory() {
        Answer a = ask("Папа был на площади в декабре 1986-го, Желтоксан, получил 2 года. Его признают жертвой "
                + "репрессий?");
        assertTrue(a.statements().get(0).text().contains("1986"), TextRenderer.render(a));
    }

    @Test
    void aCountOfPeopleInAYearIsNotAnsweredByHowManyYearsABodyWorked() {
        Answer a = ask("how many people did Kazakhstan's state commission rehabilitate in 2021?");
        assertTrue(a.refused(), TextRenderer.render(a));
    }

    @Test
    void aChoiceBetweenTwoCountriesLawsGetsEachLawNotAnOpinionOnOne() {
        Answer a = ask("Я родилась в 1951 в ссылке в Сибири, родителей выслали как немцев с Волги. Живу в Караганде, "
                + "гражданство казахстанское. Меня признают пострадавшей по российскому закону или по казахстанскому?");
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("российского закона") && text.toLowerCase(java.util.Locale.ROOT).contains("казахстан"),
                TextRenderer.render(a));
        assertFalse(text.contains("легион"), TextRenderer.render(a));
    }

    @Test
    void whatTheSourcesDoNotShowFollowsTheSentenceItQualifies() {
        Answer bill = ask("how much per month was the Kyrgyz bill going to pay rehabilitated people?");
        String text = TextRenderer.answerText(bill);
        assertTrue(text.contains("1,500") && text.contains("not found in the sources"), TextRenderer.render(bill));
        Answer draft = ask("Has the new Kazakh rehabilitation bill that Abil's group was drafting been passed yet?");
        assertTrue(TextRenderer.answerText(draft).contains("No page found"), TextRenderer.render(draft));
        // asked whether it has happened yet, what no page shows is the first thing said
        assertTrue(draft.statements().get(0).text().startsWith("No page found"), TextRenderer.render(draft));
        Answer ru = ask("новый закон о полной реабилитации в рк уже приняли?");
        assertTrue(ru.statements().get(0).text().contains("не нашли"), TextRenderer.render(ru));
        // the note is the editors' reading of every source, not what knews.kg or KST News says: it cites none
        for (Answer a : List.of(bill, draft)) {
            for (var st : a.statements()) {
                boolean gap = st.text().contains("not found in the sources") || st.text().contains("No page found");
                assertEquals(gap, st.citations().isEmpty(), TextRenderer.render(a));
            }
        }
    }

    @Test
    void aMonthlySumAskedWithAModalVerbIsAnsweredByTheRateTheSourcesGive() {
        Answer a = ask("Сколько в месяц должен был платить кыргызский законопроект реабилитированным?");
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("1500") && text.contains("не найдено"), TextRenderer.render(a));
    }

    @Test
    void anOutletsNameSaysNothingOfTheThingAsked() {
        // "«Курсив»" stems to "курс" (rate): a rate of exchange is not in the knowledge
        Answer a = ask("какой сейчас курс рубля к тенге?");
        assertTrue(a.refused(), TextRenderer.render(a));
        assertTrue(a.citations().isEmpty());
    }

    @Test
    void aNoteOnWhatTheSourcesDoNotShowNeverPointsAtASentenceNotGiven() {
        Answer a = ask("What were Japarov's reasons for returning the rehabilitation bill to parliament?");
        String text = TextRenderer.answerText(a);
        if (text.contains("these payments")) {
            assertTrue(text.indexOf("1,500") >= 0 && text.indexOf("1,500") < text.indexOf("these payments"),
                    TextRenderer.render(a));
        }
        assertTrue(text.contains("1,500") || !text.contains("not found in the sources"), TextRenderer.render(a));
    }

    @Test
    void aCountSinceAYearTakesEveryYearFromItOn() {
        Answer a = ask("How many people have Uzbekistan's Supreme Court rehabilitated since 2021? I want the most "
                + "recent total");
        assertFalse(a.refused(), TextRenderer.render(a));
        String text = TextRenderer.render(a);
        assertTrue(text.contains("1,031") || text.contains("1,200"), TextRenderer.render(a));
    }

    @Test
    void whetherABodyStillWorksIsAnsweredByWhenItEnded() {
        Answer a = ask("is the kazakh state commission for full rehabilitation still working? can I still send it "
                + "an application?");
        assertTrue(a.statements().get(0).text().contains("26 December 2023"), TextRenderer.render(a));
    }

    @Test
    void aLengthOfTimeAskedIsNotAnsweredByAMonthlySumOrAYear() {
        Answer ru = ask("сколько месяцев рассматривает заявление комиссия по реабилитации в кыргызстане?");
        assertTrue(ru.refused(), TextRenderer.render(ru));
        Answer en = ask("I applied to the Kyrgyz rehabilitation commission last spring. How many months does it "
                + "usually take them to answer?");
        assertTrue(en.refused(), TextRenderer.render(en));
    }

    @Test
    void aStatementRepeatedWithItsAttributionsDetailsIsSaidOnce() {
        Answer a = ask("how many of the archive cards of repression victims has kazakhstan declassified so far?");
        String text = TextRenderer.answerText(a);
        String said = "declassified more than 2.4 million archive cards";
        assertTrue(text.contains(said), TextRenderer.render(a));
        assertEquals(text.indexOf(said), text.lastIndexOf(said), TextRenderer.render(a));
    }

    @Test
    void aCitysSentenceLeadsOnlyWhenItSaysWhatIsAskedOfTheCity() {
        Answer a = ask("My mother was born in exile in 1946; her parents had been deported from Leningrad and lost "
                + "their flat. Can she get housing back in St Petersburg where the family lived before?");
        String lead = a.statements().get(0).text();
        assertTrue(lead.contains("Constitutional Court") || lead.contains("Article 13"), TextRenderer.render(a));
    }

    @Test
    void aLengthTheSourcesDisagreeOnIsAnsweredByTheSidesNotByASentenceOfNoLength() {
        Answer a = ask("how many years did the kazakh state commission work?");
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().stream().anyMatch(p -> p.text()
                .contains("2019")) && d.positions().stream().anyMatch(p -> p.text().contains("2020"))),
                TextRenderer.render(a));
        assertTrue(a.statements().stream().noneMatch(st -> st.text().contains("million")), TextRenderer.render(a));
    }

    @Test
    void aPersonBornInASpecialSettlementIsToldTheRuleOnChildrenBeforeWhatIsPaid() {
        Answer a = ask("мой брат 1948 г.р. родился на спецпоселении в Кокчетавской области, родители были высланы "
                + "из Крыма. Считается ли он пострадавшим и что ему положено?");
        String lead = a.statements().get(0).text();
        assertTrue(lead.contains("спецпоселени") && lead.contains("дет"), TextRenderer.render(a));
    }

    @Test
    void aSoldierTakenPrisonerIsToldTheLawsRuleOnWartimeTreason() {
        Answer a = ask("grandpa was taken prisoner by the germans in 1943 and sentenced to 15 years when he came "
                + "back. we are in Bishkek. does the kyrgyz law rehabilitate people like him?");
        assertTrue(a.statements().get(0).text().contains("treason"), TextRenderer.render(a));
    }

    @Test
    void aBoundOnACountIsAnsweredByTheLatestTotalWithItsVerdict() {
        Answer a = ask("Has Uzbekistan's Supreme Court rehabilitated over 1000 people yet?");
        String lead = a.statements().get(0).text();
        assertTrue(lead.startsWith("Yes"), TextRenderer.render(a));
        assertTrue(lead.contains("1,200") || lead.contains("1,031"), TextRenderer.render(a));
    }

    @Test
    void whatAPersonSaidIsAnsweredOnlyByATextWhereThatPersonSaysSomething() {
        Answer signing = ask("what were Japarov's exact words when he signed the rehabilitation law? did he say "
                + "anything?");
        assertTrue(signing.refused(), TextRenderer.render(signing));
        Answer speech = ask("What did Tokayev say about the rehabilitation commission in May 2025?");
        assertFalse(speech.refused(), TextRenderer.render(speech));
        assertTrue(TextRenderer.answerText(speech).contains("Tokayev"), TextRenderer.render(speech));
    }

    @Test
    void whoDecidesAfterAStoryIsAnsweredByTheBodyThatDecides() {
        String first = "my great-grandpa was taken in 1937 near Naryn and shot. my uncle says the new Kyrgyz law gives "
                + "families of the repressed 1500 som monthly. is it true? can my gran get it";
        Answer a = engine.answer("ok, so who decides if he counts as repressed?", first, null);
        String lead = a.statements().get(0).text();
        assertTrue(lead.contains("commission") && lead.contains("decide"), TextRenderer.render(a));
    }

    @Test
    void whatAPersonGetsIsToldWithTheLatestSumsBesideTheFormula() {
        Answer a = ask("How much money do victims of repression get in Kazakhstan?");
        String all = TextRenderer.render(a);
        assertTrue(a.statements().get(0).text().contains("MCI"), all);
        assertTrue(a.disagreements().stream().anyMatch(d -> d.timeline() && d.positions().stream()
                .anyMatch(p -> p.text().startsWith("2024"))), all);
    }

    @Test
    void aPaymentAskedByItsExtentIsAnsweredByTheSumNotByTheTotalPaid() {
        Answer a = ask("What's the biggest one-time payment a repressed person can get in Kazakhstan, in tenge?");
        String lead = a.statements().isEmpty() ? "" : a.statements().get(0).text();
        assertTrue(lead.contains("369,200"), TextRenderer.render(a));
        assertFalse(TextRenderer.answerText(a).contains("billion"), TextRenderer.render(a));
    }

    @Test
    void aThingAskedAfterADateGetsItsOwnDisagreement() {
        Answer a = ask("When did Kazakhstan pass its rehabilitation law, and what is its official number?");
        String all = TextRenderer.render(a);
        assertTrue(a.statements().get(0).text().contains("1993"), all);
        assertTrue(a.disagreements().stream().anyMatch(d -> !d.timeline()
                && d.positions().stream().anyMatch(p -> p.text().contains("2200"))
                && d.positions().stream().anyMatch(p -> p.text().contains("2143-XII"))), all);
    }

    @Test
    void aCountOfAPartOfAGroupIsNotAnsweredByTheGroupsCount() {
        Answer a = ask("How many of the people rehabilitated in Uzbekistan were women?");
        assertTrue(a.refused(), TextRenderer.render(a));
        Answer ru = ask("сколько из реабилитированных в Кыргызстане были женщинами?");
        assertTrue(ru.refused(), TextRenderer.render(ru));
    }

    @Test
    void aSumAskedOfAYearTheSourcesDoNotDateIsRefused() {
        Answer a = ask("How much was the one-off compensation for the repressed in Kazakhstan back in 2020, in tenge?");
        assertTrue(a.refused(), TextRenderer.render(a));
        Answer held = ask("How much was the maximum one-time compensation in Kazakhstan in 2024?");
        assertTrue(TextRenderer.answerText(held).contains("369,200"), TextRenderer.render(held));
    }

    @Test
    void theRuleComesBeforeItsException() {
        Answer a = ask("отца посадили после Желтоксана в 86м, дали 4 года. его реабилитировали или нет?");
        String lead = a.statements().get(0).text();
        assertTrue(lead.contains("распространяется") && !lead.contains("не распространяется"), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("не распространяется"), TextRenderer.render(a));
    }

    @Test
    void howMuchIsAnsweredByASumAndNowByTheLatestYearsSum() {
        Answer allowance = ask("How much is the special allowance for repression victims in Kazakhstan?");
        assertTrue(allowance.statements().get(0).text().contains("1.07"), TextRenderer.render(allowance));
        Answer now = engine.answer("а сколько это в тенге сейчас?",
                "мама родилась на спецпоселении в Казахстане в 1948, ей что-то положено?", null);
        assertTrue(now.statements().get(0).text().contains("2024"), TextRenderer.render(now));
    }

    @Test
    void whereToApplyUnderRulesThatLapsedSaysTheyLapsed() {
        Answer a = ask("Where do I apply for the one-time compensation in Kazakhstan?");
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("Government for Citizens") && text.contains("1 July 2023"), TextRenderer.render(a));
        Answer ru = engine.answer("а куда подавать?", "маме что-то положено в казахстане? она родилась на спецпоселении",
                null);
        assertTrue(TextRenderer.answerText(ru).contains("утратило силу"), TextRenderer.render(ru));
    }

    @Test
    void aPersonAskedByARoleNoSourceNamesIsRefused() {
        Answer a = ask("Who was the architect of the Ata-Beyit memorial complex?");
        assertTrue(a.refused(), TextRenderer.render(a));
        Answer ru = ask("кто был архитектором Ата-Бейита?");
        assertTrue(ru.refused(), TextRenderer.render(ru));
        Answer named = ask("Who were the sponsors of the Kyrgyz rehabilitation bill?");
        assertTrue(TextRenderer.answerText(named).contains("Akayev"), TextRenderer.render(named));
    }

    @Test
    void aLengthOfTimeNoSourceGivesIsRefused() {
        Answer a = ask("сколько времени комиссия в кыргызстане рассматривает заявление о реабилитации? есть какой то срок?");
        assertTrue(a.refused(), TextRenderer.render(a));
        Answer span = ask("how long did kazakhstan's rehabilitation commission work?");
        assertFalse(span.refused(), TextRenderer.render(span));
    }

    @Test
    void whenALawWasSignedIsNotAnsweredByItsAmendment() {
        Answer a = ask("When was the Kazakh rehabilitation law signed?");
        assertTrue(a.statements().get(0).text().contains("14 April 1993"), TextRenderer.render(a));
        Answer amended = ask("When was the Kazakh rehabilitation law amended?");
        assertTrue(amended.statements().get(0).text().contains("1997"), TextRenderer.render(amended));
    }

    @Test
    void aFollowUpNamingAnotherYearAsksThePreviousQuestionOfThatYear() {
        Answer a = engine.answer("and in 2023?",
                "How much is the one-off compensation for repression victims in Kazakhstan in 2024, in tenge?", null);
        String lead = a.statements().get(0).text();
        assertTrue(lead.contains("2,588") || lead.contains("345,000"), TextRenderer.render(a));
    }

    @Test
    void aTimeLimitNoSourceGivesIsRefusedNotAnsweredWithWhereToApply() {
        Answer a = ask("мы не опоздали подать на компенсацию? бабушке 85, живем в казахстане");
        assertTrue(a.refused(), TextRenderer.render(a));
        Answer en = ask("is it too late to apply for the one-time compensation in kazakhstan? dad is 90");
        assertTrue(en.refused(), TextRenderer.render(en));
        Answer until = ask("When was the draft decree on the commission published, and until when did the public "
                + "discussion run?");
        assertFalse(until.refused(), TextRenderer.render(until));
    }

    @Test
    void whetherALawCoversACaseOfAYearGetsTheYearsItCoversAsEachSourceGivesThem() {
        Answer a = ask("деда расстреляли в 1938 году в Нарыне. подпадает ли он под кыргызский закон о реабилитации?");
        String all = TextRenderer.render(a);
        assertTrue(a.statements().get(0).text().contains("1917"), all);
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().stream().anyMatch(p -> p.text().contains("1918"))
                && d.positions().stream().anyMatch(p -> p.text().contains("1917"))), all);
    }

    @Test
    void aLawsDateAndNumberAskedTogetherShowTheSourcesNumbersSideBySide() {
        Answer a = ask("When did Kazakhstan pass its law on rehabilitation of victims of mass political repressions, "
                + "and what is the law's number?");
        String text = TextRenderer.answerText(a);
        assertTrue(a.statements().get(0).text().contains("14 April 1993"), text);
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().size() >= 2), text);
        assertTrue(text.contains("2200") && text.contains("2143-XII"), text);
    }

    @Test
    void whyABillWasReturnedIsLedByTheReasonToldBesideIt() {
        Answer a = ask("почему президент вернул закон о реабилитации в жогорку кенеш");
        assertTrue(a.statements().get(0).text().contains("финансир"), TextRenderer.render(a));
    }

    @Test
    void askingWhoIsRightOfACoverageQuestionGetsTheLawAndItsCritics() {
        Answer a = ask("кыргызский закон реабилитирует легионеров туркестанского легиона и басмачей или нет? кто прав");
        String text = TextRenderer.answerText(a);
        assertFalse(a.refused(), text);
        assertTrue(text.contains("предательств"), "the law's exclusion: " + text);
        assertTrue(text.contains("Социалистическ"), "its critics: " + text);
    }

    @Test
    void aCountOfTheCommissionsScholarsDoesNotAnswerHowManyItRehabilitated() {
        Answer a = ask("How many people did Kazakhstan's state rehabilitation commission rehabilitate in the end, and "
                + "how many volumes did it put out?");
        assertTrue(a.statements().get(0).text().contains("311,000"), TextRenderer.render(a));
    }

    @Test
    void aFollowUpOfWhatAPresidentSignedAsksOfHisCountry() {
        Answer a = engine.answer("what exactly did it change", "when did japarov sign the rehabilitation law", null);
        String text = TextRenderer.answerText(a);
        assertFalse(a.refused(), text);
        assertTrue(a.statements().stream().allMatch(st -> !st.text().contains("Russia") && !st.text().contains(
                "Kazakhstan")), "the Kyrgyz law's changes, not another country's: " + text);
    }

    @Test
    void aMotiveAskedIsAnsweredByTheSentenceThatGivesOneInEitherLanguage() {
        Answer en = ask("What motive does the Hizb ut Tahrir commentary attribute to Central Asian governments "
                + "rehabilitating Red Terror victims?");
        assertTrue(TextRenderer.answerText(en).contains("image"), TextRenderer.render(en));
        Answer ru = ask("зачем власти средней азии вообще реабилитируют жертв? какие у них мотивы");
        assertTrue(TextRenderer.answerText(ru).contains("имидж"), TextRenderer.render(ru));
    }

    @Test
    void aFollowUpAskingWhatMoneyThePersonGetsIsAnsweredWithThePayment() {
        Answer a = engine.answer("and what does she actually get, is there any money?", "my mother was born in 1949 "
                + "in a special settlement in north Kazakhstan, her parents were deported Chechens. is she considered "
                + "a victim herself under the Kazakh law or just a child of victims?", null);
        String text = TextRenderer.answerText(a);
        assertFalse(a.refused(), text);
        assertTrue(text.contains("monthly calculation index"), text);
    }

    @Test
    void aCountOfPeopleIsNotLedByATimelineOfTheVolumesTheSameBodyProduced() {
        Answer a = ask("сколько людей в итоге реабилитировала госкомиссия казахстана");
        assertTrue(a.statements().get(0).text().contains("311"), TextRenderer.render(a));
    }

    @Test
    void aCoverageQuestionWithAChoiceOrAClaimedFigureIsAnswered() {
        Answer other = ask("дед из шымкента в 41м служил в армии на украине, там его военный трибунал осудил за "
                + "разговоры. он подпадает под казахстанский закон о реабилитации или надо в украину писать?");
        assertFalse(other.refused(), "\"писать\" is the other side of the choice");
        Answer figure = ask("правда ли что госкомиссия в казахстане реабилитировала больше миллиона человек?");
        assertFalse(figure.refused(), "a claim's figure is weighed against the sources' figures");
    }

    @Test
    void aCountryNamedOnceDoesNotOutweighTheThingAsked() {
        // "Узбекистане" has several wordings of one stem in the synonym map; counted once, "закон" still weighs
        Answer a = ask("есть ли в Узбекистане закон о реабилитации?");
        assertFalse(a.refused(), TextRenderer.render(a));
        assertTrue(a.statements().get(0).text().contains("не отдельный закон"), TextRenderer.render(a));
    }

    @Test
    void aThingHeardOfAndAskedHowToGetIsWhatTheAnswerMustName() {
        // no source speaks of a monthly pension in Uzbekistan: the court's acquittals do not answer "как её оформить"
        assertRefused("слышал что в узбекистане с 2023 года дают ежемесячную пенсию 5 миллионов сумов детям "
                + "репрессированных. как её оформить?");
    }

    @Test
    void aClaimOfAYearNoSourceNamesIsNotAnsweredWithOtherYears() {
        assertRefused("говорят что в кыргызстане реабилитировали участников восстания 1916 года. это правда? это "
                + "же не советские репрессии");
    }

    @Test
    void aClaimedYearNamedOnlyBesideAnotherEventIsCheckedAgainstTheSourcesDate() {
        // 2024 is named by a statement on the commission's final decision, not as the year of a new law
        Answer a = ask("правда ли что в 2024 году казахстан принял новый закон о полной реабилитации?");
        String lead = a.statements().get(0).text();
        assertTrue(lead.startsWith("Нет") && lead.contains("1993"), TextRenderer.render(a));
    }

    @Test
    void whoHeadsABodyIsNotAnsweredByTheHeadOfAnother() {
        // the sources name no chair of Russia's presidential commission; a deputy chairman of the Supreme Soviet
        // signing a resolution beside the law's name heads another body
        assertRefused("кто сейчас возглавляет комиссию при президенте рф по реабилитации жертв политических "
                + "репрессий?");
    }

    @Test
    void aLookupNamingAYearIsLedByThatYearsNews() {
        Answer a = ask("кр 2025 реабилитация что нового");
        assertTrue(a.statements().get(0).text().contains("2025"), TextRenderer.render(a));
    }

    @Test
    void aLawsDateAskedOfACountryWithoutOneIsNotADecreesDate() {
        Answer a = engine.answer("а в узбекистане?", "в каком году россия приняла закон о реабилитации жертв "
                + "политических репрессий", null);
        assertFalse(TextRenderer.answerText(a).contains("2001"), "a decree on a memorial dates no law: "
                + TextRenderer.render(a));
    }

    @Test
    void aRulesExceptionIsNotCrowdedOutByANoteOnThePage() {
        Answer a = ask("My uncle was jailed after Zheltoqsan in Almaty, December 1986, he threw stones at the "
                + "militia. Is he covered by the rehabilitation law or not?");
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("murder"), text);
        assertFalse(text.contains("breaks off"), text);
    }

    @Test
    void whetherALawCoversACaseIsLedByWhomItCoversNotByWhatItPays() {
        Answer a = ask("прабабку в 37м в оше забрали как жену врага народа, дали 5 лет лагерей, потом вернулась. по "
                + "киргизскому закону её можно реабилитировать?");
        assertTrue(a.statements().get(0).text().contains("распространяется"), TextRenderer.render(a));
    }

    @Test
    void howMuchInTengeAfterWhoMayBePaidIsLedByTheLatestSum() {
        Answer a = engine.answer("а сколько это в тенге?", "здравствуйте. мой дед был расстрелян в 1937 году в "
                + "Алма-Ате по 58 статье, бабушку с детьми выслали. могу ли я как внучка получить какую то компенсацию "
                + "по казахстанскому закону? и куда обращаться?", null);
        assertTrue(a.statements().get(0).text().contains("тенге"), TextRenderer.render(a));
    }

    @Test
    void aLawAskedOfACountryWithoutOneIsAnsweredByTheSentenceSayingSo() {
        for (String q : new String[] {"в каком году узбекистан принял закон о реабилитации жертв политических "
                + "репрессий", "is there a rehabilitation law in uzbekistan?"}) {
            Answer a = ask(q);
            String lead = a.statements().get(0).text();
            assertTrue(!a.refused() && lead.matches("(?s).*(отдельный закон|separate law).*")
                    && a.citations().get(0).sourceId().startsWith("daryo-uz-2022-12-21"), TextRenderer.render(a));
        }
        Answer a = engine.answer("а в узбекистане кто подписывал?", "кто подписал закон о реабилитации в казахстане",
                null);
        assertTrue(TextRenderer.answerText(a).contains("отдельный закон"), TextRenderer.render(a));
    }

    @Test
    void whoSignedALawIsNotAnsweredByWhoAdoptedItNorByWhoSignedADecree() {
        // the sources name the body that adopted Kazakhstan's law and the president who signed a decree on the
        // commission; none says who signed the law
        assertRefused("кто подписал закон о реабилитации в казахстане");
        assertRefused("кто подписал закон казахстана о реабилитации жертв массовых политических репрессий?");
        Answer a = ask("кто подписал закон о реабилитации в кыргызстане?");
        assertTrue(a.statements().get(0).text().contains("Жапаров"), TextRenderer.render(a));
    }

    @Test
    void aMonthlyPaymentAskedIsNotAnsweredByTheOneTimeCompensation() {
        Answer a = ask("is there a monthly payment for rehabilitated people in kazakhstan? how much in tenge");
        String lead = a.statements().get(0).text();
        assertTrue(lead.contains("special state allowance") && lead.contains("1.07"), TextRenderer.render(a));
    }

    @Test
    void whetherAPersonIsAVictimUnderALawIsAnsweredByWhomItCovers() {
        Answer a = ask("My grandmother was sent to ALZhIR as the wife of a \"traitor of the motherland\". Is she a "
                + "victim under the Kazakh law?");
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("covers") && text.contains("deprivation of liberty"), TextRenderer.render(a));
    }

    @Test
    void howManyPeopleWereRepressedIsNotAnsweredByACountOfVolumes() {
        Answer a = ask("Do historians agree on how many people were repressed in Kazakhstan? I keep seeing very "
                + "different figures");
        String lead = a.statements().get(0).text();
        assertFalse(lead.contains("volume"), TextRenderer.render(a));
        assertTrue(TextRenderer.answerText(a).contains("100,000"), TextRenderer.render(a));
    }

    @Test
    void howManyPeopleABodyRehabilitatedIsLedByTheRunningTotalNotByItsYears() {
        for (String q : new String[] {"How many people has the Kazakh commission rehabilitated?",
                "how many victims did kazakhstan rehabilitate?"}) {
            Answer a = ask(q);
            assertTrue(a.statements().get(0).text().contains("311,000"), TextRenderer.render(a));
        }
    }

    @Test
    void whenALawWasAdoptedIsNotLedByAnEarlierAttemptNorByHowAPageGaveItsMonth() {
        Answer a = ask("кр закон о реабилитации когда приняли");
        String lead = a.statements().get(0).text();
        assertFalse(lead.contains("попытк") || lead.contains("только месяц"), TextRenderer.render(a));
        assertTrue(lead.contains("2024"), TextRenderer.render(a));
    }

    @Test
    void aBareAskingClauseAfterAPaymentHeardOfIsRefusedWhenNoSourceStatesThePayment() {
        assertRefused("слышала что в узб платят 10 млн сум каждому потомку репрессированных, куда подавать");
    }

    /** Asserts that the shipped knowledge's answer to the question is a refusal citing nothing. */
    @Test
    void papersAskedForAreRefusedWhenTheKnowledgeListsNone() {
        // the knowledge says which body decides in Kyrgyzstan, never which papers to bring: that is no answer
        assertRefused("what documents do i need to apply for rehabilitation in kyrgyzstan for my grandfather who was "
                + "shot in 1938");
        assertRefused("какие документы нужны для получения справки о реабилитации в кыргызстане? дедушка был осужден "
                + "тройкой");
    }

    @Test
    void whoSignedALawAndWhenIsAnsweredByTheSidesOnTheSigningDate() {
        Answer a = ask("кто подписал российский закон о реабилитации и какого числа?");
        String text = TextRenderer.render(a);
        assertFalse(a.refused(), text);
        assertTrue(text.contains("Ельцин") && text.contains("18 октября 1991") && text.contains("19 октября 1991"), text);
        // no article of the law, which tells no signing, comes first
        assertFalse(text.startsWith("Реабилитации по статье"), text);
    }

    @Test
    void theTimeBetweenTwoLawsLeadsWithTheSpanBetweenTheirCitedDays() {
        Answer a = ask("how many years passed between russia's rehabilitation law and the kazakh one?");
        String lead = a.statements().get(0).text();
        assertTrue(lead.startsWith("18 October 1991 and 14 April 1993 are 1 year, 5 months and 27 days apart. "),
                TextRenderer.render(a));
        // the days it is counted from are each quoted with their citations after it
        String text = TextRenderer.render(a);
        assertTrue(text.contains("Russia's") && text.contains("14 April 1993 as the date"), text);
        org.rehablawbot.answer.MarkerIntegrity.check(a);
    }

    @Test
    void howManyTimesIsAnsweredByANumberOfTimesEvenInWords() {
        // "only four times": the count in a word answers, and leads before the 4,114 people the court cleared
        Answer a = ask("how many times did the kyrgyz supreme court refuse rehabilitation between 1954 and 1999 and why");
        assertTrue(a.statements().get(0).text().contains("four times"), TextRenderer.render(a));
        // the question on how many it cleared keeps its own count first
        Answer granted = ask("I read that before 2000 Kyrgyzstan's Supreme Court turned down only a handful of "
                + "rehabilitation requests. Is that true, how many did it grant, and whose were refused?");
        assertTrue(granted.statements().get(0).text().contains("4,114"), TextRenderer.render(granted));
        // "меняли" is the knowledge's "изменения вносились" and "корректировался"
        Answer ru = ask("сколько раз меняли российский закон о реабилитации?");
        String text = TextRenderer.render(ru);
        assertTrue(text.contains("16 раз") && text.contains("более 20"), text);
    }

    @Test
    void theLastOfASeriesIsNotAnsweredByTheFirst() {
        Answer en = ask("who chaired the last meeting of the kz state commission and when was it");
        assertTrue(en.statements().get(0).text().contains("Karin"), TextRenderer.render(en));
        Answer ru = ask("кто вел последнее заседание госкомиссии казахстана?");
        String lead = ru.statements().get(0).text();
        assertTrue(lead.contains("заключительное заседание") && lead.contains("26 декабря 2023"), TextRenderer.render(ru));
        Answer first = ask("кто вёл первое заседание госкомиссии казахстана?");
        assertTrue(first.statements().get(0).text().contains("3 декабря 2020"), TextRenderer.render(first));
    }

    @Test
    void theTimeBetweenTwoLawsInRussianCountsFromARussianAdjectiveLeftWithoutItsNoun() {
        Answer a = ask("сколько лет прошло между законом рф о реабилитации и казахстанским?");
        assertTrue(a.statements().get(0).text().startsWith(
                "Между 18 октября 1991 года и 14 апреля 1993 года — 1 год, 5 месяцев и 27 дней. "), TextRenderer.render(a));
        org.rehablawbot.answer.MarkerIntegrity.check(a);
    }

    @Test
    void whichArchiveIsRefusedWhenNoArchiveIsNamed() {
        // the Uzbek steps read "criminal cases kept in the archives" and name no archive to write to
        assertRefused("where in uzbekistan do i request my great grandfather's nkvd file? which archive");
        // Kazakhstan's specialised archive fund is named, and answers
        Answer kz = ask("which archive holds the rehabilitation files in kazakhstan?");
        assertFalse(kz.refused(), TextRenderer.render(kz));
    }

    @Test
    void figuresTheQuestionNamesBringThePassagesStatingThem() {
        // the story states 856, 205 and 1031: the total of 1,031 is found however it is written
        Answer a = ask("856 plus 205 is 1061 but the news says 1031 — whats going on with the uzbek figures?");
        String text = TextRenderer.render(a);
        assertTrue(text.contains("856") && text.contains("1,031") && text.contains("205"), text);
    }

    @Test
    void aCountOfPeopleIsNotAnsweredByACountOfVolumes() {
        // the knowledge holds a 12-volume edition on Alash Orda cases, and no count of its members rehabilitated
        assertRefused("how many alash orda members were rehabilitated in total?");
    }

    @Test
    void aNamedPersonsRehabilitationNeedsASentenceOnIt() {
        // the declaration names Mustafa Shokai, and says nothing of his rehabilitation; 311,000 others are no answer
        assertRefused("was mustafa shokai officially rehabilitated in kazakhstan?");
        // the country written as typed ("kazakhstans") is still the country, whose law names no signer
        assertRefused("who signed kazakhstans 1993 rehab law? was it nazarbayev?");
    }

    @Test
    void aFormulaAskedIsAnsweredByTheRulePerMonthNotByTheCap() {
        Answer a = ask("how much compensation do u get per month of repression in kz? whats the formula");
        assertTrue(Pattern.compile("3/4|three quarters").matcher(a.statements().get(0).text()).find(),
                TextRenderer.render(a));
        Answer shortOne = ask("kz one-off comp formula?");
        assertTrue(Pattern.compile("3/4|three quarters").matcher(shortOne.statements().get(0).text()).find(),
                TextRenderer.render(shortOne));
    }

    @Test
    void todaysAmountIsRefusedWhenTheSourceSaysItsSumsAreOfAnotherTime() {
        // Argumenty i Fakty's 180 rubles a month are of the 1990s, "not today's", as the knowledge writes
        assertRefused("whats the rehab compensation in rubles in russia today?");
        assertRefused("сколько сейчас платят компенсацию репрессированным в россии?");
        Answer then = ask("how much was the russian compensation in the 1990s?");
        assertTrue(TextRenderer.render(then).contains("180"), TextRenderer.render(then));
    }

    @Test
    void theAskersSumIsSetAgainstTheReportedTotal() {
        Answer a = ask("856 plus 205 is 1061 but the news says 1031 — whats going on with the uzbek figures?");
        assertTrue(a.statements().get(0).text().startsWith("856 + 205 = 1,061, 30 more than the 1,031 reported. "),
                TextRenderer.render(a));
        org.rehablawbot.answer.MarkerIntegrity.check(a);
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().size() >= 2), "the totals' timeline: "
                + TextRenderer.render(a));
        Answer ru = ask("В новостях пишут 1031, а у меня по подсчету 856 + 205 выходит больше. Сколько всего "
                + "реабилитировал Верховный суд Узбекистана?");
        assertTrue(ru.statements().get(0).text().startsWith("856 + 205 = 1061, на 30 больше, чем 1031 в источниках. "),
                TextRenderer.render(ru));
        org.rehablawbot.answer.MarkerIntegrity.check(ru);
    }

    @Test
    void aClaimTheAskerHeardGetsWhatOtherSourcesSayOfIt() {
        Answer a = ask("who sponsored the kyrgyz rehab bill? i heard they got banned from russia");
        String text = TextRenderer.render(a);
        assertTrue(a.statements().get(0).text().contains("Akayev"), text);
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().stream()
                .anyMatch(p -> p.text().contains("did not confirm"))), text);
    }

    @Test
    void aPaymentToAnotherGroupDoesNotLeadWhatVictimsArePaid() {
        Answer a = engine.answer("how much money do they pay?", "Hi, my grandmothers father was from Talas, he was "
                + "taken in 1933 as a kulak and never came back. I heard Kyrgyzstan finally passed the law, does it "
                + "cover kulaks?", null);
        assertFalse(a.statements().get(0).text().contains("labour army"), TextRenderer.render(a));
    }

    @Test
    void whereToNowAfterAProsecutorsRefusalIsTheCourt() {
        Answer a = ask("прокуратура отказала в реабилитации деда в казахстане, его осудила тройка. куда теперь?");
        assertTrue(a.statements().get(0).text().contains("суд"), TextRenderer.render(a));
    }

    @Test
    void aDateAskedOfADeedIsAnsweredBySentencesThatDateTheDeed() {
        // a court ruling of 2019 on the law's Article 13 names the law and a date, and dates no signing
        Answer a = ask("когда подписан закон рф о реабилитации?");
        String text = TextRenderer.render(a);
        assertTrue(a.statements().stream().noneMatch(st -> st.text().contains("Конституционн")), text);
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().stream().anyMatch(p -> p.text()
                .contains("18 октября")) && d.positions().stream().anyMatch(p -> p.text().contains("19 октября"))),
                text);
        // the two dates offered name the disagreement on them
        Answer offered = ask("закон рф о реабилитации — 18 или 19 октября 91?");
        assertTrue(offered.disagreements().stream().anyMatch(d -> d.positions().size() >= 2
                && d.positions().stream().anyMatch(p -> p.text().contains("19 октября"))), TextRenderer.render(offered));
    }

    @Test
    void aWrongYearTakenForTheLawIsCorrectedFirst() {
        Answer a = ask("почему казахстан принял закон о реабилитации только в 2020 году, так поздно?");
        assertTrue(a.statements().get(0).text().contains("14 апреля 1993"), TextRenderer.render(a));
        // a president's veto is a bill returned with objections, and the law was signed after it
        Answer veto = ask("japarov vetoed the rehab law in the end, didn't he? so it never came into force");
        assertFalse(veto.refused(), TextRenderer.render(veto));
        assertTrue(TextRenderer.render(veto).contains("31 December 2024"), TextRenderer.render(veto));
    }

    @Test
    void aLawsDateAskedIsTheDateOfItsMaking() {
        Answer a = ask("дата закона кр о реабилитации?");
        assertTrue(Pattern.compile("31 декабря 2024|27 мая 1994|20 ноября 2024").matcher(a.statements().get(0).text())
                .find(), TextRenderer.render(a));
    }

    @Test
    void theTimeBetweenOneCountrysTwoLawsIsWorkedOut() {
        Answer a = ask("сколько лет прошло между кыргызским законом о реабилитированных 1994 года и тем что подписал "
                + "жапаров?");
        assertTrue(a.statements().get(0).text().startsWith("Между 27 мая 1994 года и 31 декабря 2024 года — 30 лет"),
                TextRenderer.render(a));
        org.rehablawbot.answer.MarkerIntegrity.check(a);
        Answer apart = ask("which came first, the russian rehab law or the kazakh one? how many years apart");
        assertTrue(apart.statements().get(0).text().startsWith("18 October 1991 and 14 April 1993 are 1 year"),
                TextRenderer.render(apart));
    }

    @Test
    void aSumIsNotReadAsTheYearOfAPayment() {
        // "2000 сомов в месяц" is no payment of the year 2000, older than the 7000 som of 2022 beside it
        Answer a = ask("в кыргызстане трудармейцам сколько платят в месяц вместо льгот?");
        assertTrue(a.statements().get(0).text().contains("2000 сомов"), TextRenderer.render(a));
    }

    @Test
    void figuresTheAskerFoundDifferingAreAnsweredByEachSourcesCount() {
        Answer a = ask("сколько всего людей репрессировали в киргизии, цифры разные попадаются");
        String text = TextRenderer.render(a);
        assertTrue(a.statements().stream().noneMatch(st -> st.text().contains("распространяется")), text);
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().stream().anyMatch(p -> p.text()
                .contains("18 тысяч")) && d.positions().stream().anyMatch(p -> p.text().contains("40"))), text);
    }

    @Test
    void aFollowUpAskingTheDayIsAnsweredByTheDay() {
        Answer a = engine.answer("а в узбекистане какого числа?", "когда день памяти жертв репрессий в казахстане",
                null);
        assertTrue(a.statements().get(0).text().contains("31 августа"), TextRenderer.render(a));
    }

    @Test
    void aChangeTheSourcesDoNotDateIsRefusedAndOneTheyDateIsAnswered() {
        assertRefused("when did kazakhstan officially add 'and famine' to the name of the 31 may remembrance day?");
        Answer amended = ask("when was kazakhstan's rehabilitation law amended?");
        assertTrue(TextRenderer.render(amended).contains("1997"), TextRenderer.render(amended));
    }

    @Test
    void aProtestIsLodgedByTheProsecutorNotAppliedFor() {
        Answer a = engine.answer("а кто протест подает?", "кто в узбекистане решает о реабилитации, комиссия по пп-270?",
                null);
        assertTrue(a.statements().get(0).text().contains("прокурор"), TextRenderer.render(a));
    }

    @Test
    void anArticleAskedIsAnsweredByTheArticlesNumber() {
        Answer a = ask("по какой статье в узбекистане оправдывают репрессированных?");
        assertTrue(a.statements().get(0).text().matches("(?s).*стать\\p{L}* 83.*"), TextRenderer.render(a));
    }

    @Test
    void eachCountryComparedKeepsItsOwnCount() {
        Answer a = ask("which country rehabilitated more people, kazakhstan or uzbekistan?");
        String text = TextRenderer.render(a);
        assertTrue(text.contains("311,000") && text.contains("1,200"), text);
    }

    @Test
    void aCountryWithoutALawOfItsOwnSaysSoBesideTheOthersLaw() {
        String text = TextRenderer.render(ask("did uzbekistan pass its own rehabilitation law before kazakhstan did?"));
        assertTrue(text.contains("14 April 1993") && text.contains("not by a special commission or a separate law"),
                text);
    }

    @Test
    void theKinAskedAboutLeadWhatTheyMayReceive() {
        Answer a = ask("дети репрессированных в казахстане тоже могут получить выплату?");
        assertTrue(a.statements().get(0).text().contains("дети жертв"), TextRenderer.render(a));
    }

    @Test
    void aParliamentsVoteIsAskedAsItsAdoption() {
        Answer a = engine.answer("а парламент когда проголосовал?", "кто подписал закон в кыргызстане и когда", null);
        assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().stream()
                .anyMatch(p -> p.text().contains("20 ноября 2024"))), TextRenderer.render(a));
    }

    @Test
    void aSumPaidToAnotherGroupIsNoAnswerToWhatOnePersonGets() {
        assertRefused("mom in bishkek is rehabilitated and a pensioner, how much compensation instead of benefits "
                + "does she get a month");
    }

    @Test
    void theYearsUntilALaterDeedAreWorkedOutFromTheDeedBefore() {
        Answer a = ask("в каком году казахстан принял закон о реабилитации и сколько лет прошло до указа про 31 мая?");
        assertTrue(a.statements().get(0).text().startsWith("Между 14 апреля 1993 года и 5 апреля 1997 года — 3 года"),
                TextRenderer.render(a));
    }

    @Test
    void aStoryWithoutAQuestionMarkIsToldAndItsLastSentenceAsked() {
        String first = "дядя был на площади в декабре 86го, его потом осудили. попадает он под казахский закон о "
                + "реабилитации или нет";
        Answer a = ask(first);
        String text = TextRenderer.answerText(a);
        assertTrue(!a.refused() && text.contains("1986") && text.contains("убийств"), TextRenderer.render(a));
        // the next turn names the same country by its event and asks its own thing: the payment, not the law again
        Answer b = engine.answer("а выплаты участникам желтоксана сейчас какие-то есть?", first, null);
        assertTrue(b.statements().get(0).text().contains("150"), TextRenderer.render(b));
    }

    @Test
    void aTotalTheKnowledgeHoldsForNoCountryAskedIsRefusedNotAnsweredByHowOftenALawChanged() {
        // the knowledge counts Russia's amendments (16, then more than 20) and Kazakhstan's rehabilitated, not Russia's
        assertRefused("how many people has russia rehabilitated in total since 1991");
    }

    @Test
    void theLatestFigureAskedIsTheRunningTotalNotTheLastBatch() {
        Answer a = ask("для статьи нужна последняя официальная цифра: сколько человек реабилитировал верховный суд "
                + "узбекистана и где это сказано");
        String lead = a.statements().get(0).text();
        assertTrue(lead.contains("1200") || lead.contains("1 200"), TextRenderer.render(a));
    }

    @Test
    void whichOfTwoCountriesCountsMoreIsLedByEachCountrysFigureTheLargestFirst() {
        Answer more = ask("which country rehabilitated more people, kazakhstan or uzbekistan?");
        assertTrue(more.statements().size() >= 2 && more.statements().get(0).text().contains("311,000")
                && more.statements().get(1).text().contains("1,200"), TextRenderer.render(more));
        Answer fewer = ask("which country rehabilitated fewer people, kazakhstan or uzbekistan?");
        assertTrue(fewer.statements().get(0).text().contains("1,200"), TextRenderer.render(fewer));
    }

    @Test
    void aCitizenshipTheAskerNamesGetsTheConditionThePaymentSets() {
        Answer a = ask("бабушка была в трудармии, сейчас живёт в кыргызстане, но гражданство у неё российское. ей там "
                + "что-то платят?");
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("2000") && text.contains("граждане других стран"), TextRenderer.render(a));
    }

    @Test
    void volumesWrittenInOneWordWithTheirNumberAreACountOfVolumes() {
        Answer a = ask("что конкретно сказал токаев 31 мая 2025 про реабилитацию? сколько человек и сколько томов, "
                + "нужны цифры");
        assertTrue(!a.refused() && TextRenderer.answerText(a).contains("72-томный"), TextRenderer.render(a));
        // each count asked gets its sentence: "сколько человек" is answered by the count of people he gave
        assertTrue(TextRenderer.answerText(a).contains("300 тысяч человек"), TextRenderer.render(a));
    }

    @Test
    void whichOfTwoCountriesCountsFewerAskedInRussianIsLedByEachCountrysRunningTotal() {
        Answer a = ask("в какой стране реабилитировали меньше людей, в казахстане или в узбекистане?");
        assertTrue(a.statements().size() >= 2 && a.statements().get(0).text().contains("1200")
                && a.statements().get(1).text().contains("311"), TextRenderer.render(a));
    }

    @Test
    void whetherACountryPaysIsNotAnsweredByWhatOtherCountriesPay() {
        // the knowledge holds no Uzbek payment; St Petersburg's and Kazakhstan's payments answer another question
        assertRefused("i live in israel, my grandparents were repressed in uzbekistan. does uzbekistan pay anything "
                + "to descendants?");
    }

    @Test
    void aDescendantLivingAbroadGetsTheLawsConditionOfCitizenship() {
        Answer a = ask("we live in germany since 1995, my opa was a deported volga german in kazakhstan. can i as "
                + "grandchild living abroad get anything under the kazakh law?");
        assertTrue(TextRenderer.answerText(a).contains("now a citizen of Kazakhstan"), TextRenderer.render(a));
        // the place before the verb, and a condition found outside the documents on payments
        Answer b = ask("мама родилась в 1952 в спецпоселении в Джамбуле, ее родители корейцы с дальнего востока. она "
                + "теперь в россии живет. положено ли ей что то от казахстана?");
        assertTrue(TextRenderer.answerText(b).contains("гражданами Казахстана"), TextRenderer.render(b));
    }

    @Test
    void aFollowUpListingTwoCountriesIsAnsweredForEach() {
        String first = "когда в узбекистане день памяти жертв репрессий";
        Answer b = engine.answer("а в казахстане и в россии когда?", first, null);
        String text = TextRenderer.answerText(b);
        assertTrue(text.contains("31 мая") && text.contains("30 октября"), TextRenderer.render(b));
    }

    @Test
    void aFollowUpNamingAnotherMonthAsksTheRunningTotalAsOfThatMonth() {
        String first = "сколько всего людей реабилитировали в узбекистане по состоянию на май 2024";
        Answer b = engine.answer("а в августе 2023?", first, null);
        assertTrue(b.statements().get(0).text().contains("856"), TextRenderer.render(b));
    }

    @Test
    void whatIsPaidForPropertyTakenIsTheCompensationForMaterialDamage() {
        Answer a = ask("деда раскулачили в 1930 под семипалатинском, дом и скот отобрали. по закону казахстана можно "
                + "что-то получить за имущество?");
        assertTrue(TextRenderer.answerText(a).contains("материального ущерба"), TextRenderer.render(a));
    }

    @Test
    void aCountOfOnePeopleIsNotTheCountOfTheGroupListingIt() {
        String first = "сколько всего депортированных народов завезли в казахстан? корейцы, немцы, чеченцы и тд";
        Answer whole = ask(first);
        assertTrue(TextRenderer.answerText(whole).contains("200 тысяч"), TextRenderer.render(whole));
        Answer b = engine.answer("а корейцев конкретно сколько было в 37м?", first, null);
        assertTrue(b.refused() && b.citations().isEmpty(), TextRenderer.render(b));
        assertRefused("how many germans were deported to kazakhstan?");
    }

    @Test
    void aFollowUpAskingForWhatNoSourceGivesIsRefused() {
        String first = "Ищу дело прадеда, его раскулачили на Украине и выслали в 1931 году в Казахстан, был "
                + "спецпереселенцем в Акмолинской области. В каком архиве теперь такие дела и куда писать запрос?";
        Answer b = engine.answer("а телефон архива?", first, null);
        assertTrue(b.refused() && b.citations().isEmpty(), TextRenderer.render(b));
        // every word of so short a follow-up is asked, those after its question mark too
        Answer hours = engine.answer("а адрес и телефон архива? и часы работы", first, null);
        assertTrue(hours.refused() && hours.citations().isEmpty(), TextRenderer.render(hours));
        // one word the knowledge never uses among several of the follow-up's own is only its wording
        Answer c = engine.answer("а дела спецпереселенцев там же лежат?", "где в казахстане собраны архивные документы "
                + "по репрессиям? слышала есть какой то спецфонд", null);
        assertTrue(!c.refused() && TextRenderer.answerText(c).contains("251"), TextRenderer.render(c));
    }

    @Test
    void aFollowUpAskingWhoSaysSoGetsTheSameAnswerWithEverySourceNamed() {
        String first = "why did japarov return the rehabilitation bill?";
        Answer a = ask(first);
        Answer who = engine.answer("who says so?", first, null);
        assertFalse(who.refused(), TextRenderer.render(who));
        assertEquals(a.statements().size(), who.statements().size(), TextRenderer.render(who));
        for (var st : who.statements()) {
            // each statement names the publisher of one of the passages it cites
            assertTrue(st.citations().stream().map(n -> who.citations().get(n - 1).publisher())
                    .anyMatch(p -> namesPublisher(st.text(), p)), TextRenderer.render(who));
        }
        Answer ru = engine.answer("источник?", "ата бейит когда перезахоронили останки?", null);
        assertFalse(ru.refused(), TextRenderer.render(ru));
    }

    private static boolean namesPublisher(String text, String publisher) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        for (String part : publisher.toLowerCase(java.util.Locale.ROOT).split("[()]")) {
            if (!part.isBlank() && t.contains(part.strip())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aClaimAskedTrueOrFalseGetsEverySideOnIt() {
        Answer a = ask("a post says kazakhstan cleared 311,000 basmachi and legion soldiers - is that true or made up?");
        assertFalse(a.refused(), TextRenderer.render(a));
        String all = TextRenderer.render(a);
        // the critics and the official description of the same 311,000, each with its own citation
        assertTrue(all.contains("Goble") || all.contains("Socialist Movement"), all);
        assertTrue(all.contains("exiles") || all.contains("special settlers"), all);
    }

    @Test
    void anOpeningTellingWhatTheAskerWritesDoesNotChooseTheAnswer() {
        // "к 31 мая" is the asker's deadline: the first sentence gives the law's date, not the 31 May payments
        Answer a = ask("пишу текст к 31 мая — когда приняли казахстанский закон о реабилитации?");
        assertTrue(a.statements().get(0).text().contains("14 апреля 1993"), TextRenderer.render(a));
    }

    @Test
    void anAttemptAndAnAmendmentAreAskedInTheWordsTheKnowledgeUses() {
        Answer tried = ask("did kyrgyzstan try to pass a rehabilitation law before 2024?");
        assertTrue(TextRenderer.answerText(tried).contains("2019"), TextRenderer.render(tried));
        Answer amended = ask("были ли изменения в казахстанском законе о реабилитации после 1993 года?");
        assertTrue(TextRenderer.answerText(amended).contains("1997"), TextRenderer.render(amended));
        Answer compared = ask("сравните кого не реабилитируют по российскому закону и по кыргызскому");
        assertFalse(compared.refused(), TextRenderer.render(compared));
    }

    @Test
    void aListOfRepressionsNamingCitizenshipTakenIsNoConditionOfCitizenship() {
        Answer a = ask("my mother was born in exile in kazakhstan in 1950 and now has german citizenship, does the "
                + "kazakh law cover her?");
        assertTrue(TextRenderer.answerText(a).contains("now a citizen of Kazakhstan"), TextRenderer.render(a));
    }

    @Test
    void aYesOrNoOnWhatCountsAsRepressionOrWhetherALawExistsGetsItsYesOrNoFirst() {
        // the case told before "это" is what the law's sentence must name ("трудовая армия") for a yes
        Answer labourArmy = ask("дед в войну был в трудармии на шахтах. по казахскому закону это считается "
                + "репрессией? да или нет");
        assertTrue(labourArmy.statements().get(0).text().startsWith("Да: "), TextRenderer.render(labourArmy));
        Answer famine = ask("мой дед умер от голода в 1932. по казахскому закону это считается репрессией?");
        assertTrue(famine.statements().isEmpty() || !famine.statements().get(0).text().startsWith("Да: "),
                TextRenderer.render(famine));
        Answer law = ask("does uzbekistan have its own rehabilitation law?");
        assertTrue(law.statements().get(0).text().startsWith("No: "), TextRenderer.render(law));
        // a date asked of a law that does not exist is no yes/no question
        Answer when = ask("в каком году узбекистан принял закон о реабилитации?");
        assertFalse(when.statements().get(0).text().startsWith("Нет: "), TextRenderer.render(when));
    }

    @Test
    void whetherARelativeMayApplyGetsWhoMayApplyWithItsYesFirst() {
        String previous = "моего отца расстреляли в 1937 в новосибирске, реабилитировали его или нет мы не знаем, "
                + "бумаг никаких. я его сын. куда мне подавать заявление на реабилитацию?";
        Answer grandson = engine.answer("а внуку можно подать? сын мой хочет сам этим заниматься", previous, null);
        String lead = grandson.statements().get(0).text();
        assertTrue(lead.startsWith("Да: ") && lead.contains("любое другое лицо"), TextRenderer.render(grandson));
        // how one applies is not who may: no yes for what no sentence says
        Answer online = ask("can i apply online in kazakhstan?");
        assertTrue(online.statements().isEmpty() || !online.statements().get(0).text().startsWith("Yes: "),
                TextRenderer.render(online));
    }

    @Test
    void anAnswerOnlyOnTheCountryOfARemarkIsRefused() {
        // Russia's housing right, named in a remark, says nothing of what Kazakhstan gives
        assertRefused("Положена ли реабилитированным в Казахстане квартира или льгота по жилью? В России вроде есть "
                + "право вернуться в свой город");
    }

    @Test
    void aClaimAskedTrueIsAnsweredByTheReportsThatStateIt() {
        Answer a = ask("is it true uzbekistan rehabilitated basmachi? my friend says its fake news");
        assertTrue(a.statements().stream().anyMatch(st -> st.text().contains("Supreme Court")
                && st.text().contains("Basmachi")), TextRenderer.render(a));
    }

    @Test
    void aDateAskedAfterAStoryIsTheDateOfTheDeedAskedNotOfTheStorysPlaces() {
        Answer a = ask("my great-grandfather was shot in 1938 near frunze, we think hes buried at ata-beyit. when did "
                + "kyrgyzstan actually pass its rehabilitation law? i see different dates online");
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("20 November 2024") && !a.disagreements().isEmpty(), text);
        assertTrue(a.statements().stream().noneMatch(st -> st.text().contains("Ata-Beyit")), text);
    }

    @Test
    void anArgumentInTheAskersChatGetsEverySourcesDate() {
        Answer a = ask("подскажите когда в кыргызстане приняли новый закон о реабилитации репрессированных? в чате "
                + "спорим");
        String text = TextRenderer.answerText(a);
        assertTrue(!a.disagreements().isEmpty() && text.contains("20 ноября 2024"), text);
    }

    @Test
    void whoIsLeftOutOfALawIsLedByItsException() {
        Answer a = engine.answer("and who is left out of it? can someone be refused",
                "when did kyrgyzstan pass its rehabilitation law?", null);
        assertTrue(a.statements().get(0).text().matches("(?s).*(excludes|does not apply).*"), TextRenderer.render(a));
    }

    @Test
    void aFollowUpOnItsOwnThingIsAnsweredOnItNotOnThePreviousQuestion() {
        String first = "Мой дядя в декабре 86-го был студентом в Алма-Ате, вышел на площадь, потом ему дали 5 лет. "
                + "Вообще казахстанский закон о реабилитации касается тех кого судили за декабрьские события?";
        String second = FollowUp.merge("а если по делу было нападение на милиционера? на него тоже распространяется?",
                first);
        Answer a = engine.answer("понятно. а участникам желтоксана сейчас что-то платят? он в алматы живёт", second,
                null);
        assertTrue(a.statements().get(0).text().matches("(?s).*1[05]0 тысяч.*"), TextRenderer.render(a));
    }

    @Test
    void russianTypedInLatinLettersIsAnsweredInRussian() {
        Answer a = ask("kak poluchit spravku o reabilitacii v kazakhstane");
        assertEquals(org.rehablawbot.knowledge.Language.RU, a.language());
        assertFalse(a.refused(), TextRenderer.render(a));
        // an English question keeps its language, typo and all
        assertEquals(org.rehablawbot.knowledge.Language.EN, ask("rehabilitaion law kyrgyzstan signed when").language());
    }

    @Test
    void aWrongYearTakenForALawIsCorrectedByThatLawsMakingNotByAnAmendment() {
        Answer a = ask("the russian rehabilitation law was signed by putin in 2001, wasn't it?");
        assertTrue(a.statements().get(0).text().contains("1991"), TextRenderer.render(a));
        // the year taken for Kazakhstan's law, set beside Russia's, is corrected by Kazakhstan's own
        Answer kz = ask("казахстанский закон о реабилитации жертв репрессий он же 1991 года, одновременно с российским?");
        assertTrue(kz.statements().get(0).text().contains("1993"), TextRenderer.render(kz));
    }

    @Test
    void whichOfTwoLawsCameFirstIsAnsweredWithTheDateOfEach() {
        String text = TextRenderer.answerText(ask("which law came first, Kazakhstan's or Kyrgyzstan's?"));
        assertTrue(text.contains("1993") && text.contains("Kyrgyz"), text);
    }

    @Test
    void aDictatedStoryWithoutStopsIsAnsweredOnTheQuestionItAnnounces() {
        Answer a = ask("здравствуйте пишу голосом за маму она 1927 года рождения немка в 43 году её мобилизовали в "
                + "трудармию на шахты потом она всю жизнь прожила в токмоке документы какие то есть вопрос такой "
                + "считается ли это вообще репрессией по киргизскому закону и что ей сейчас от государства положено в "
                + "месяц");
        assertTrue(TextRenderer.answerText(a).contains("2000 сомов"), TextRenderer.render(a));
    }

    @Test
    void howAFigureGrewIsAnsweredWithItsTimelineLatestFirst() {
        Answer a = ask("how has the number of people rehabilitated in Uzbekistan grown over time?");
        String text = TextRenderer.answerText(a);
        assertTrue(a.statements().get(0).text().contains("1,200"), TextRenderer.render(a));
        assertTrue(text.contains("408") && text.contains("856") && text.contains("1,031"), text);
    }

    @Test
    void eachFigureTheAskerHasMetIsToldWithItsSource() {
        String text = TextRenderer.answerText(ask("how many archive files did kazakhstan declassify? i've seen 2.4 "
                + "million, 2.5 million and 2.6 million in different articles and need the right one for my piece"));
        assertTrue(text.contains("2.4 million") && text.contains("2.6 million"), text);
    }

    @Test
    void aCountAskedWithinOneYearIsNotAnsweredByATotalDatedOnlyByItsReport() {
        // the 311,000 is dated by the day the movement's statement spoke, not by a year it counts
        assertRefused("how many people did kazakhstan rehabilitate in 2024 alone?");
        assertRefused("сколько человек реабилитировали в казахстане за 2024 год?");
        // a total asked as it stood is dated by its report
        Answer a = ask("How many volumes had Kazakhstan's rehabilitation commission prepared by early 2023, and for "
                + "how many people?");
        assertTrue(TextRenderer.answerText(a).contains("31"), TextRenderer.render(a));
    }

    @Test
    void howToGetARelativeRehabilitatedIsLedByTheStepsNotByACaseThatWentThroughThem() {
        Answer a = ask("бабушка рассказывала что её отца арестовали в 1930 в сурхандарье как басмача и расстреляли по "
                + "решению тройки. мы в ташкенте. как нам его реабилитировать куда писать заявление?");
        String text = TextRenderer.answerText(a);
        assertFalse(a.statements().get(0).text().contains("2024"), TextRenderer.render(a));
        assertTrue(text.contains("рабочая группа") && text.contains("протест") && text.contains("Верховный суд"),
                text);
    }

    @Test
    void aLawsDateAndNumberAskedTogetherGetTheDateFirstAndEachSourcesNumber() {
        for (String q : List.of("kz rehab law date and number?", "дата и номер закона рк о реабилитации")) {
            Answer a = ask(q);
            assertTrue(a.statements().get(0).text().contains("1993"), TextRenderer.render(a));
            assertTrue(a.disagreements().stream().anyMatch(d -> d.positions().size() >= 2
                    && TextRenderer.render(a).contains("2200") && TextRenderer.render(a).contains("2143")),
                    TextRenderer.render(a));
        }
    }

    @Test
    void aFollowUpOnTheNewLawsNumberIsNotAnsweredWithTheOldLaws() {
        Answer a = engine.answer("а номер у него какой?", "а новый закон кр когда приняли и кто подписал?", null);
        assertTrue(a.refused() && a.citations().isEmpty(), TextRenderer.render(a));
        Answer old = ask("номер закона кр о реабилитации 1994");
        assertTrue(TextRenderer.answerText(old).contains("1538"), TextRenderer.render(old));
    }

    @Test
    void booksAskedOfTheCommissionAreItsVolumes() {
        Answer a = engine.answer("any books?", "how many researchers worked for kazakhstan's rehab commission?",
                null);
        assertTrue(TextRenderer.answerText(a).contains("72"), TextRenderer.render(a));
    }

    @Test
    void whatAnArticleSaysIsToldWholeInItsDocumentsOrder() {
        String text = TextRenderer.answerText(ask("ст 5 закона рф о реабилитации что там"));
        assertTrue(text.contains("антисоветская агитация") && text.contains("церкви") && text.contains("побег"), text);
        assertTrue(text.indexOf("антисоветская") < text.indexOf("церкви"), text);
        Answer excluded = engine.answer("and what does russia's own law exclude, for comparison?",
                "who is excluded under kyrgyzstan's new law?", null);
        String told = TextRenderer.answerText(excluded);
        assertTrue(told.contains("espionage") && told.contains("armed gangs"), TextRenderer.render(excluded));
    }

    @Test
    void aThingTheKnowledgeNamesInOtherWordsIsFoundAndOneItLacksIsRefused() {
        Answer flat = ask("my gran was born in 1941 in a special settlement in kazakhstan, her parents had been "
                + "deported from leningrad. she lives in st petersburg now. can she get their old flat back or some "
                + "housing?");
        assertTrue(TextRenderer.answerText(flat).contains("Article 13"), TextRenderer.render(flat));
        assertRefused("сколько стоит госпошлина в суд чтобы признали жертвой репрессий в казахстане?");
        assertRefused("сколько стоит подать на реабилитацию в казахстане?");
    }

    private void assertRefused(String question) {
        Answer a = ask(question);
        assertTrue(a.refused() && a.citations().isEmpty(), TextRenderer.render(a));
    }
}
