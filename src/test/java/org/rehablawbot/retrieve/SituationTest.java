package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SituationTest {

    @Test
    void theStoryBeforeTheQuestionIsTheSituation() {
        assertEquals("Does the Kyrgyz law apply to him?",
                Situation.asking("My grandfather was repressed in Tajikistan. Does the Kyrgyz law apply to him?"));
        assertEquals("как мне признать себя пострадавшей? куда идти", Situation.asking(
                "я родилась в спецпоселении в карагандинской обл в 1950, как мне признать себя пострадавшей? куда идти"));
        assertEquals("скока денег положено?", Situation.asking(
                "мой дед был в ссылке в казахстане 8 лет, скока денег положено? он уже умер, я внучка"));
        assertEquals("how do I prove it in Kazakhstan?", Situation.asking("I was born in a special settlement, "
                + "but I have no papers. So how do I prove it in Kazakhstan?").replace("So ", ""));
    }

    @Test
    void aDictatedMessageWithoutStopsAsksWhereItsQuestionIsAnnouncedOrBegins() {
        assertEquals("считается ли это репрессией по киргизскому закону и что ей положено в месяц", Situation.asking(
                "здравствуйте пишу голосом за маму в 43 году её мобилизовали в трудармию на шахты документы какие то "
                        + "есть вопрос такой считается ли это репрессией по киргизскому закону и что ей положено в месяц"));
        assertEquals("does the Kyrgyz law cover him?", Situation.asking(
                "Grandfather was exiled in 1931. My question is: does the Kyrgyz law cover him?"));
        assertEquals("где теперь искать его дело в каком архиве и положено ли мне как дочери что-нибудь",
                Situation.asking("добрый день мне 84 года папу забрали в 37 году в акмолинске и расстреляли мама потом "
                        + "говорила что его реабилитировали но бумаги сгорели где теперь искать его дело в каком архиве "
                        + "и положено ли мне как дочери что-нибудь"));
        // "хочу узнать про …" tells what the question is for, it announces no question
        assertTrue(Situation.asking("Подскажите телефон приемной прокуратуры Жамбылской области, хочу узнать про "
                + "дело прадеда").startsWith("Подскажите телефон"));
        // "где-то" asks nothing; a short message is read as a whole
        assertEquals("где-то читала что платят внукам это правда", Situation.asking(
                "где-то читала что платят внукам это правда"));
    }

    @Test
    void aReportedQuestionAsksFromItsWhetherAndWhoAsksItIsTheStory() {
        assertEquals("whether Japarov signed the rehabilitation law or not and when?", Situation.asking(
                "my grandma from Naryn keeps asking me whether Japarov signed the rehabilitation law or not, and when? "
                        + "she wants to apply for her father"));
        assertEquals("if we qualify under the Kazakh law?",
                Situation.asking("My father was born in exile. I want to know if we qualify under the Kazakh law?"));
        assertEquals("which body will decide whether he counts as a victim?", Situation.asking(
                "He was exiled in 1931. which body will decide whether he counts as a victim?"), "its own question");
        assertTrue(Situation.stems("my grandma keeps asking me whether Japarov signed the law?")
                .containsAll(Set.of(Terms.stem("grandma"), Terms.stem("keeps"))), "who asks is the story");
    }

    @Test
    void anAskerWhoTypesNoQuestionMarkAsksInTheLastSentence() {
        String q = "дядя был на площади в декабре 86го, его потом осудили. попадает он под казахский закон о "
                + "реабилитации или нет";
        assertEquals("попадает он под казахский закон о реабилитации или нет", Situation.asking(q));
        assertTrue(Situation.stems(q).containsAll(Set.of(Terms.stem("площади"), Terms.stem("осудили"))),
                "the story before it is the situation");
        // one sentence is the question, whatever it holds
        assertEquals("дед сидел в карлаге нужна справка", Situation.asking("дед сидел в карлаге нужна справка"));
    }

    @Test
    void aRussianYesNoQuestionIsItsLastClauseAndMidClauseKakCompares() {
        assertEquals("ей что нибудь положено?", Situation.asking(
                "бабушку в 1943 как трудармейку отправили работать в казахстан, ей что нибудь положено?"));
        assertEquals("а как подать заявление?", Situation.asking("дед умер в ссылке, а как подать заявление?"));
        assertEquals("он реабилитирован?", Situation.asking("дед был репрессирован в 1937, он реабилитирован?"));
    }

    @Test
    void aTruthCheckAsksTheClaimBeforeItWithoutWhoPassedItOn() {
        String asking = Situation.asking("Прадеда раскулачили в 1931 и сослали, он умер в ссылке. Слышала что в "
                + "Кыргызстане будут платить 1500 сом в месяц. Это правда? Сколько точно дадут нам?");
        assertTrue(asking.startsWith("в Кыргызстане будут платить 1500 сом в месяц."), asking);
        assertTrue(asking.endsWith("Сколько точно дадут нам?"), asking);
        assertFalse(asking.contains("раскулачили"), asking);
        assertEquals("akimats paid May 31 aid to almost 10,000 victims in 2024. True?", Situation.asking(
                "Someone in our group chat says akimats paid May 31 aid to almost 10,000 victims in 2024. True?"));
        // a question that is more than a truth check asks on its own
        assertEquals("Is that law still in force?", Situation.asking("My grandfather was exiled in 1931. Is that "
                + "law still in force?"));
    }

    @Test
    void askingWhatTheSourcesSayOfAThingToldBeforeAsksOfThatThing() {
        String asking = Situation.asking("For my course: the outlets disagree on when parliament passed the bill. "
                + "What do the different sources say?");
        assertTrue(asking.startsWith("For my course: the outlets disagree on when parliament passed the bill."),
                asking);
        assertTrue(Situation.asking("Одни пишут 1991, другие 1999. Где правда?").startsWith("Одни пишут 1991"));
        // a sentence before a question of its own stays the story
        assertEquals("What do the sources say about the exclusions?", Situation.asking("My grandfather served in the "
                + "war. What do the sources say about the exclusions?"));
    }

    @Test
    void aQuestionWithoutStoryAsksAsAWhole() {
        assertEquals("как оформить пенсию", Situation.asking("как оформить пенсию"));
        assertEquals("Kyrgyz law 2024 exclusions?", Situation.asking("Kyrgyz law 2024 exclusions?"));
        assertEquals("Do descendants of people rehabilitated in Uzbekistan receive any compensation?",
                Situation.asking("Do descendants of people rehabilitated in Uzbekistan receive any compensation?"));
        assertTrue(Situation.stems("When was the Kazakh law adopted?").isEmpty());
    }

    @Test
    void situationStemsLeaveOutWhatIsAskedCountriesAndStopWords() {
        Set<String> story = Situation.stems("мой дед был в ссылке в казахстане 8 лет, скока денег положено?");
        assertTrue(story.contains(Terms.stem("ссылке")), story.toString());
        assertFalse(story.contains(Terms.stem("казахстане")), story.toString());
        assertFalse(story.contains(Terms.stem("денег")), story.toString());
        assertFalse(story.contains(Terms.stem("мой")), story.toString());
        // the city the asker lives in is the story's, though it stands for its country elsewhere
        Set<String> city = Situation.stems("маму выслали в казахстан, она живёт в шымкенте. ей что-то положено?");
        assertTrue(city.contains(Terms.stem("шымкенте")), city.toString());
        assertFalse(city.contains(Terms.stem("казахстан")), city.toString());
        // who asks, said in the asking part, is the asker's situation too
        Set<String> role = Situation.stems("Can I, as a grandson living abroad, still ask Russia to rehabilitate him?");
        assertTrue(role.contains(Terms.stem("grandson")), role.toString());
        assertFalse(role.contains(Terms.stem("rehabilitate")), role.toString());
        assertTrue(Situation.stems("мне как правнуку дадут посмотреть дело?").contains(Terms.stem("правнуку")));
        // a group of kin asked about is what is asked
        assertFalse(Situation.stems("сколько платят внукам репрессированных?").contains(Terms.stem("внукам")));
    }

    @Test
    void remarksAfterTheLastQuestionAreWhyOneAsksNotWhat() {
        // how the asker met the figures ("seeing", "different") says nothing of what they are
        assertEquals(Set.of(Terms.stem("keep"), Terms.stem("dates"), Terms.stem("articles")),
                Situation.remarkStems("When was the law adopted? I keep seeing different dates in different articles."));
        assertTrue(Situation.remarkStems("какой номер у закона 1993 года? в разных местах вижу разное")
                .contains(Terms.stem("местах")));
        assertTrue(Situation.remarkStems("My great-grandmother was punished by the Komsomol. Does that count as "
                + "repression?").isEmpty(), "a story before the question is what 'that' points at");
        assertTrue(Situation.remarkStems("Who signed the law?").isEmpty());
    }

    @Test
    void aSentenceWithoutTheMarkTellsWhereTheAskerMarksQuestions() {
        assertEquals("по закону казахстана он подпадает под реабилитацию?", Situation.asking("дед жил в "
                + "семипалатинске, в 1938 его арестовали, когда он работал в китае. по закону казахстана он подпадает "
                + "под реабилитацию?"), "'когда' inside a told sentence does not ask");
        assertEquals("My grandmother was deported in 1941 when she was 4 and lives in Saratov now",
                Situation.asking("My grandmother was deported in 1941 when she was 4 and lives in Saratov now"),
                "with no question mark anywhere, nothing is told apart");
    }

    @Test
    void aFiguresCommaBreaksNoClauseAndABoundsFigureIsWeighedNotSearched() {
        assertEquals("so more than 400,000 tenge is possible?", Situation.asking("so more than 400,000 tenge is possible?"));
        Set<String> told = Situation.stems("so more than 400,000 tenge is possible?");
        assertTrue(told.contains(Terms.stem("400000")) || told.stream().anyMatch(t -> t.startsWith("400")), told.toString());
        assertFalse(told.contains(Terms.stem("tenge")), told.toString());
    }

    @Test
    void theRelativeTheAskingPartSpeaksOfIsWhomItConcernsAGroupOfKinIsAsked() {
        assertTrue(Situation.stems("Маму выслали в 1944. Положено ли маме что-то?").contains(Terms.stem("маме")));
        assertTrue(Situation.stems("can my father apply?").contains(Terms.stem("father")));
        assertFalse(Situation.stems("what do grandchildren get?").contains(Terms.stem("grandchildren")));
        assertFalse(Situation.stems("что положено внукам?").contains(Terms.stem("внукам")));
    }

    @Test
    void aClaimCheckedByOneWordAfterACommaIsWhatIsAsked() {
        assertEquals("закон рф подписан в 91м году верно?", Situation.asking("закон рф подписан в 91м году, верно?"));
        assertEquals("the law was signed in December right?",
                Situation.asking("the law was signed in December, right?"));
    }

    @Test
    void aTopicBeforeADashIsAskedOfAStoryClauseIsNot() {
        assertEquals("желтоксан 86 всех участников реабилитировали? кого нет",
                Situation.asking("желтоксан 86 — всех участников реабилитировали? кого нет"));
        assertEquals("кто это решает?", Situation.asking("деда посадили в 1937, кто это решает?"));
    }

    @Test
    void theStoryToldIsItsWordsOutsideTheAskingPart() {
        assertEquals("родилась 1950 спецпоселении акмолинской обл родители немцы высланные поволжья",
                Situation.told("я родилась в 1950 в спецпоселении в Акмолинской обл, родители немцы высланные с "
                        + "Поволжья. Считаюсь ли я пострадавшей?"));
        assertEquals("", Situation.told("Считаюсь ли я пострадавшей?"));
        assertEquals("", Situation.told(null));
    }

    @Test
    void aBoundsFigureIsWeighedNotLookedFor() {
        assertTrue(Situation.boundsFigure("Has the Supreme Court rehabilitated more than 1,000 people by now?"));
        assertTrue(Situation.boundsFigure("рассекретили больше 2 миллионов дел?"));
        assertFalse(Situation.boundsFigure("How many people has the Supreme Court rehabilitated?"));
        assertEquals(java.util.Set.of("1000"), Situation.boundStems("Has the Supreme Court rehabilitated more than "
                + "1,000 people by now?"));
        assertTrue(Situation.boundStems("When was the law adopted?").isEmpty());
    }

    @Test
    void aClauseOnARelativesCaseTellsWhoseCaseNotWhatIsAsked() {
        assertEquals("в каком архиве искать дело прадеда", Situation.withoutKinClauses("в каком архиве искать дело "
                + "прадеда который был раскулачен и выслан в казахстан").strip(), "the clause runs to the end");
        assertEquals("где дело деда , куда писать?", Situation.withoutKinClauses("где дело деда, которого выслали, "
                + "куда писать?"), "the clause runs to the next break");
        assertEquals("which archive holds the file of my great-grandfather ?", Situation.withoutKinClauses(
                "which archive holds the file of my great-grandfather who was dekulakized and exiled?"));
        // a "who" after no relative is no clause on one
        assertEquals("who was exiled and why?", Situation.withoutKinClauses("who was exiled and why?"));
    }

    @Test
    void askingWhoIsRightAsksNothingOfAPersonAndTellsNoStory() {
        String q = "кыргызский закон реабилитирует легионеров и басмачей или нет? кто прав";
        assertEquals("кыргызский закон реабилитирует легионеров и басмачей или нет?", Situation.asking(q));
        assertFalse(Situation.stems(q).contains(org.rehablawbot.retrieve.Terms.stem("прав")),
                "\"кто прав\" is no word of a story: " + Situation.stems(q));
        assertEquals(Intent.OTHER, Question.analyse(q, null, null).intent());
    }

    @Test
    void aClauseAfterTheAskingOneThatTellsWhatHappenedIsStory() {
        String q = "куда писать запрос чтобы найти уголовное дело прадеда, его забрали в 1930 в Джамбульской области "
                + "как кулака. КНБ или архив президента?";
        assertFalse(Situation.asking(q).contains("забрали"), Situation.asking(q));
        assertTrue(Situation.told(q).contains("кулака"), Situation.told(q));
        assertEquals("what documents do i need to apply for rehabilitation in kyrgyzstan for my grandfather",
                Situation.asking("what documents do i need to apply for rehabilitation in kyrgyzstan for my "
                        + "grandfather, he was shot in 1938"));
        // the last clause of a sentence that ends with the mark is its yes/no question, told in the past or not
        assertTrue(Situation.asking("деда посадили по 58 статье, его реабилитировали автоматически или надо "
                + "подавать?").contains("реабилитировали"));
    }

    @Test
    void aThingHeardOfIsAskedWhenTheQuestionPointsBackAtIt() {
        String q = "слышал что в узбекистане с 2023 года дают ежемесячную пенсию 5 миллионов сумов детям "
                + "репрессированных. как её оформить?";
        assertTrue(Situation.asking(q).contains("пенсию"), Situation.asking(q));
        assertFalse(Situation.asking(q).contains("слышал"), Situation.asking(q));
        assertTrue(Situation.asking("I heard Kazakhstan pays a monthly allowance now. How do I apply for it?")
                .contains("allowance"));
        // a story sentence is no thing heard of, and a question that points back at nothing asks alone
        assertFalse(Situation.asking("деда расстреляли в 1937. как его реабилитировать?").contains("расстреляли"));
        assertFalse(Situation.asking("слышал что в казахстане платят компенсацию. куда обращаться?")
                .contains("компенсацию"));
    }

    @Test
    void aBareAskingClauseAfterAThingHeardOfAsksOfThatThing() {
        String asking = Situation.asking("слышала что в узб платят 10 млн сум каждому потомку репрессированных, куда "
                + "подавать");
        assertTrue(asking.contains("10 млн сум") && asking.endsWith("куда подавать"), asking);
        // an asking clause with a thing of its own asks of that thing
        String own = Situation.asking("слышала что в узб платят пенсию, а какие документы нужны для реабилитации "
                + "деда?");
        assertFalse(own.contains("пенсию"), own);
    }

    @Test
    void aConditionAfterTheAskingClauseTellsTheCase() {
        assertEquals("где взять справку о реабилитации",
                Situation.asking("где взять справку о реабилитации если дед сидел в карлаге"));
        assertEquals("где взять справку", Situation.asking("где взять справку, если дед сидел в карлаге?"));
        assertTrue(Situation.told("где взять справку о реабилитации если дед сидел в карлаге").contains("карлаге"));
    }

    @Test
    void anOpeningTellingWhatTheAskerWritesIsNotWhatIsAsked() {
        assertEquals("подскажите точную дату принятия закона",
                Situation.withoutPurpose("пишу материал к 31 мая. подскажите точную дату принятия закона"));
        // the countries the opening names stay: they say of which country the rest asks
        assertEquals("uzbekistan how many people has their supreme court rehabilitated?", Situation.withoutPurpose(
                "working on a piece about uzbekistan - how many people has their supreme court rehabilitated?"));
        // what the piece is about is what "it" asks of
        assertEquals("the kazakh rehabilitation law when was it adopted?", Situation.withoutPurpose(
                "i'm writing an article about the kazakh rehabilitation law. when was it adopted?"));
        // a family's story and a question that is only such an opening are left as they are
        assertEquals("пишу с телефона, деда расстреляли в 1938. положено ли что-то?",
                Situation.withoutPurpose("пишу с телефона, деда расстреляли в 1938. положено ли что-то?"));
        assertEquals("i'm writing an article about the kazakh law.",
                Situation.withoutPurpose("i'm writing an article about the kazakh law."));
    }

    @Test
    void aQuestionWordAfterAPrepositionAsks() {
        // "и во сколько бы он обошёлся" asks, though no question mark ends it
        assertEquals("почему жапаров возвращал закон? и во сколько бы он обошелся бюджету",
                Situation.asking("почему жапаров возвращал закон? и во сколько бы он обошелся бюджету"));
        assertEquals("с какого года действует закон", Situation.asking("дед сидел с 1937. с какого года действует закон"));
    }

    @Test
    void whereTheAskerLivesIsTheirSituationEvenInsideTheAskingPart() {
        Set<String> told = Situation.stems("дедушку забрали в 37 году. я внучка живу в усть каменогорске положено нам "
                + "что то от государства сейчас? и сколько");
        assertTrue(told.contains(Terms.stem("живу")) && told.contains(Terms.stem("каменогорске")), told.toString());
        assertFalse(told.contains(Terms.stem("положено")), told.toString());
        Set<String> en = Situation.stems("we live in almaty now, what do we get?");
        assertTrue(en.contains(Terms.stem("almaty")), en.toString());
    }
}
