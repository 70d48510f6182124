package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehablawbot.knowledge.Language;

class QuestionTest {

    @Test
    void whatIsAskedComesFromTheAskingPartNotTheStory() {
        Question q = Question.analyse("My parents were exiled to Karaganda, where they stayed until 1956. "
                + "How much compensation do we get now?", null, null);
        assertEquals(Intent.HOW_MANY, q.intent());
        assertTrue(q.perPerson(), "a payment asked of one family is a rate, not a total");
        assertTrue(q.moneyCounts());
        assertFalse(q.opinionAsked());
        assertEquals(Language.EN, q.language());
        assertFalse(q.isFollowUp());

        Question story = Question.analyse("My grandmother always said the camps were a crime. When was the "
                + "Kazakh law adopted?", null, Language.RU);
        assertEquals(Intent.WHEN, story.intent());
        assertFalse(story.opinionAsked(), "what the asker's grandmother said is no opinion asked");
        assertEquals(Language.EN, story.language(), "the question's letters decide over the preferred language");
        assertEquals(List.of("KZ"), story.countries());
    }

    @Test
    void aFollowUpIsAnalysedAsCompleted() {
        Question q = Question.analyse("а в узбекистане?", "сколько человек реабилитировали в казахстане?", null);
        assertTrue(q.isFollowUp());
        assertEquals(Language.RU, q.language());
        assertEquals(Intent.HOW_MANY, q.intent(), q.query());
        assertEquals(CountedEvent.REHABILITATED, q.event());
        assertTrue(q.peopleAsked());
        assertEquals(List.of("UZ"), q.countries());
    }

    @Test
    void whichCountryCountsMorePeopleAsksACountOfPeopleAndWhoPaysMoreDoesNot() {
        for (String q : List.of("which country rehabilitated fewer people, kyrgyzstan or kazakhstan?",
                "в какой стране реабилитировали меньше людей, в казахстане или в узбекистане?",
                "где больше реабилитировали, в узбекистане или казахстане")) {
            Question asked = Question.analyse(q, null, null);
            assertEquals(Intent.HOW_MANY, asked.intent(), q);
            assertTrue(asked.peopleAsked(), q);
        }
        assertFalse(Question.analyse("в какой стране реабилитированным платят больше денег, в казахстане или в "
                + "кыргызстане?", null, null).peopleAsked());
        // "больше 20" of amendments, with "жертв" in the law's name far from it, compares no people
        assertFalse(Question.analyse("Сколько раз вносили изменения в российский закон о реабилитации жертв "
                + "политических репрессий — 16 или больше 20?", null, null).peopleAsked());
    }

    @Test
    void aCountryAskedWhetherItPaysAsksWhatOneIsEntitledTo() {
        assertTrue(Question.analyse("does uzbekistan pay anything to descendants?", null, null).entitlementAsked());
        assertTrue(Question.analyse("узбекистан платит ли что-нибудь потомкам?", null, null).entitlementAsked());
    }

    @Test
    void aFollowUpThatIsAQuestionOfItsOwnKeepsItsOwnIntent() {
        String previous = "Ищу дело прабабушки, её выслали в 1944 в Казахстан, умерла на спецпоселении. Где сейчас "
                + "искать документы?";
        Question q = Question.analyse("а её дочь, она была с ней на спецпоселении - её признают пострадавшей?",
                previous, null);
        assertTrue(q.isFollowUp(), q.query());
        assertEquals(Intent.OTHER, q.intent(), "a yes/no question on status asks for no place");
        assertFalse(q.askedText().contains("Где"), q.askedText());
        // an elliptical follow-up still asks what its question asked
        Question where = Question.analyse("а в Узбекистане?", previous, null);
        assertEquals(Intent.WHERE, where.intent(), where.query());
    }

    @Test
    void theCountriesAskedAreThoseOfTheAskingPartAndOfAListAfterIt() {
        assertEquals(List.of("KZ", "UZ", "RU"), Question.analyse("где день памяти 31 мая, где 31 августа, а где 30 "
                + "октября? казахстан узбекистан россия", null, null).countriesAsked());
        Question story = Question.analyse("отца с семьей выселили из поволжья в 41м. можно через суд установить, что "
                + "его насильно переселили?", null, null);
        assertEquals(List.of(), story.countriesAsked(), "the Volga of the story is not asked about");
        assertEquals(List.of("RU"), story.countries(), "though the story names it for retrieval");
        assertEquals(List.of(), Question.analyse("What period did the Kyrgyz bill name according to the Socialist "
                + "Movement of Kazakhstan?", null, null).countriesAsked(), "countries named apart are no list");
        assertEquals(List.of("KZ", "RU"), Question.analyse("Did Kazakhstan copy Russia's formula? What unit does each "
                + "use?", null, null).countriesAsked());
        // a choice among countries asks each one's count
        Question which = Question.analyse("в какой стране больше людей оправдали: в казахстане через госкомиссию или в "
                + "узбекистане через верховный суд?", null, null);
        assertEquals(List.of("KZ", "UZ"), which.countriesAsked());
        assertEquals(Intent.HOW_MANY, which.intent());
        // one country's deed set in time against another's asks of each
        assertEquals(List.of("UZ", "KZ"), Question.analyse("did uzbekistan pass its own rehabilitation law before "
                + "kazakhstan did?", null, null).countriesAsked());
        assertFalse(Question.analyse("did uzbekistan pass a rehabilitation law before 2000, like kazakhstan?", null,
                null).countriesAsked().contains("KZ"), "a year after \"before\" is no country");
        // which of two came first asks the date of each
        Question first = Question.analyse("Which came first, Russia's rehabilitation law or Kazakhstan's? how many "
                + "years apart?", null, null);
        assertEquals(Intent.WHEN, first.intent());
        assertEquals(List.of("RU", "KZ"), first.countriesAsked());
        Question earlier = Question.analyse("какой закон о реабилитации приняли раньше, в россии или в казахстане?",
                null, null);
        assertEquals(Intent.WHEN, earlier.intent());
        assertEquals(List.of("RU", "KZ"), earlier.countriesAsked());
        // words between "which", the verb and "first"
        Question day = Question.analyse("Which remembrance day was set up first - Kazakhstan's 31 May or "
                + "Uzbekistan's 31 August?", null, null);
        assertEquals(Intent.WHEN, day.intent());
        assertEquals(List.of("KZ", "UZ"), day.countriesAsked());
        // a lookup's noun of an amount asks how much; "first" in a story asks no date
        assertEquals(Intent.HOW_MANY, Intent.of("kz special allowance monthly amount?"));
        assertEquals(Intent.OTHER, Intent.of("If the bill had passed the way it was first written, would he be paid?"));
        assertEquals(Intent.HOW_MANY, Intent.of("which country paid more, kazakhstan or kyrgyzstan?"));
        assertEquals(List.of("KZ", "RU"), Question.analyse("Compare who decides on rehabilitation in Kazakhstan and in "
                + "Russia", null, null).countriesAsked());
    }

    @Test
    void aCountIsOfTheOneEventItsQuestionNames() {
        assertEquals(CountedEvent.REPRESSED, CountedEvent.askedIn("How many people were repressed in Kazakhstan?"));
        assertEquals(CountedEvent.REHABILITATED, CountedEvent.askedIn("сколько человек реабилитировали в узбекистане?"));
        assertNull(CountedEvent.askedIn("how many of the repressed were rehabilitated?"), "two events bind neither");
        assertTrue(CountedEvent.REPRESSED.otherNamedIn("311,000 victims of repressions were rehabilitated."));
        assertFalse(CountedEvent.REPRESSED.otherNamedIn("100,000 were convicted, 25,000 of them shot."));
        assertNull(Question.analyse("When were people deported to Kazakhstan?", null, null).event(),
                "only a \"how many\" question counts an event");
        assertFalse(Question.analyse("How many people were shot?", null, null).moneyCounts());
        assertTrue(Question.analyse("How many times was the law amended?", null, null).moneyCounts());
        // a count of persons asked is no sum, whatever payment it names; a unit payments are counted in asks money
        Question recipients = Question.analyse("how many people receive the special state allowance in Kazakhstan?",
                null, null);
        assertFalse(recipients.moneyCounts());
        assertFalse(recipients.perPerson(), "a count of recipients is not what each receives");
        assertTrue(Question.analyse("спецпособие кз репрессированным скока мрп", null, null).moneyCounts());
        assertTrue(Question.analyse("в питере сколько в месяц доплачивают реабилитированным", null, null)
                .perPerson(), "what is paid on top each month is what one person receives");
        assertEquals(CountedEvent.PAID, CountedEvent.askedIn("сколько человек получают спецпособие?"));
        assertTrue(CountedEvent.REPRESSED.otherNamedIn("В Казахстане проживают 28 316 жертв политических репрессий, "
                + "получающих госпособия."), "recipients of an allowance are no count of the repressed");
    }

    @Test
    void aComparisonNamesItsTwoThings() {
        assertEquals(List.of("Kazakhstan's one-time compensation", "the special state allowance"),
                Question.compared("what's the difference between Kazakhstan's one-time compensation and the "
                        + "special state allowance?"));
        assertEquals(List.of("единовременная компенсация", "пособия"),
                Question.compared("чем отличается единовременная компенсация от пособия? для курсовой"));
        assertEquals(List.of(), Question.compared("When was the law adopted and signed?"));
        assertEquals(List.of("the 1994 law", "the 2024 law"),
                Question.analyse("the 1994 law vs the 2024 law?", null, null).compared());
    }

    @Test
    void aQuestionForWhoGivesWhichFigureAsksTheSides() {
        assertTrue(Question.analyse("скока было репрессированных? какая официальная цифра и кто называет больше",
                null, null).sidesAsked());
        assertTrue(Question.analyse("2,4 млн или 2,6 млн карточек? у кого какая цифра", null, null).sidesAsked());
        assertTrue(Question.analyse("Who says what about the number of victims?", null, null).sidesAsked());
        // an argument in the asker's chat: more than one answer met
        assertTrue(Question.analyse("когда в кыргызстане приняли новый закон? в чате спорим", null, null).sidesAsked());
        assertTrue(Question.analyse("when was it adopted? we're arguing about it in the group", null, null)
                .sidesAsked());
        assertTrue(Question.analyse("Sources disagree on the law's number. Which is the real one?", null, null)
                .sidesAsked(), "the asker knows of a disagreement");
        assertTrue(Question.analyse("источники расходятся в дате, кто прав?", null, null).sidesAsked());
    }

    @Test
    void aChoiceBetweenCountriesAsksOfEach() {
        assertEquals(List.of("RU", "KZ"), Question.analyse("Я родилась в ссылке. По какому закону меня признают, по "
                + "российскому или по казахстанскому?", null, null).countriesAsked());
        assertEquals(List.of("KG", "UZ"), Question.analyse("Does the Kyrgyz law or the Uzbek one cover the Basmachi?",
                null, null).countriesAsked());
        assertTrue(Question.analyse("When exactly did parliament adopt it? I've seen November, December and even "
                + "October in different outlets.", null, null).sidesAsked(), "the asker met several sides");
        assertTrue(Question.analyse("когда приняли закон? в разных источниках пишут по-разному", null, null)
                .sidesAsked());
        // the asker has met both sides
        assertTrue(Question.analyse("How long did the commission work, three years or four? I keep seeing both.",
                null, null).sidesAsked());
        assertTrue(Question.analyse("сколько лет работала комиссия? видела и то и другое", null, null).sidesAsked());
        assertFalse(Question.analyse("Do both children get the payment?", null, null).sidesAsked());
        // a duration is asked by its years
        assertEquals(Intent.WHEN, Intent.of("How long did Kazakhstan's rehabilitation commission work?"));
        assertEquals(Intent.WHEN, Intent.of("Сколько лет работала госкомиссия по полной реабилитации?"));
        assertEquals(Intent.WHEN, Intent.of("For how many years did the commission work?"));
        // a deadline asks a date
        assertEquals(Intent.WHEN, Intent.of("До какого срока можно подать?"));
        assertEquals(Intent.WHEN, Intent.of("until when can we apply?"));
        assertTrue(Question.analyse("kg repressed count official vs akayev?", null, null).sidesAsked());
        assertTrue(Question.analyse("официальная цифра или акаева?", null, null).sidesAsked());
        assertFalse(Question.analyse("one-time compensation vs special allowance?", null, null).sidesAsked());
        assertTrue(Question.analyse("I need the number of people repressed. Give me the range of estimates and who "
                + "says which.", null, null).sidesAsked());
        assertFalse(Question.analyse("How many people were repressed in Kyrgyzstan?", null, null).sidesAsked());
    }

    @Test
    void anOpinionIsAskedByAClaimToCheckOrAControversyNotByALegalStatus() {
        assertTrue(Question.analyse("What do critics say about the commission?", null, null).opinionAsked());
        assertTrue(Question.analyse("правда ли, что закон реабилитирует басмачей?", null, null).opinionAsked());
        assertTrue(Question.analyse("Why was the law amended?", null, null).opinionAsked());
        assertFalse(Question.analyse("кто считается пострадавшим от репрессий?", null, null).opinionAsked());
        assertTrue(Question.analyse("маму выслали в казахстан. ей что-то положено по закону?", null, null)
                .entitlementAsked());
        assertTrue(Question.analyse("What are children of repressed people entitled to?", null, null)
                .entitlementAsked());
        assertFalse(Question.analyse("Who signed the law?", null, null).entitlementAsked());
        assertTrue(Question.analyse("а семье за это что то платят?", null, null).entitlementAsked());
        // a follow-up with a question word of its own keeps it; one without takes the previous question's
        assertEquals(Intent.OTHER, Question.analyse("and the remembrance day, which decree set it?",
                "when was the repression museum in Tashkent opened?", null).intent());
        assertEquals(Intent.WHEN, Question.analyse("and in Uzbekistan?", "when was the law adopted in Kazakhstan?",
                null).intent());
        assertTrue(Question.analyse("Do they pay anything to the family?", null, null).entitlementAsked());
        assertTrue(Question.analyse("and what does she actually get?", null, null).entitlementAsked());
        assertTrue(Question.analyse("is there any money for that?", null, null).entitlementAsked());
        assertFalse(Question.analyse("is there any record of the sentence?", null, null).entitlementAsked());
    }

    @Test
    void aCountOrSumSetsAsideWhatItIsAskedWithout() {
        Question q = Question.analyse("How much was paid in total in one-time compensations alone (not allowances) "
                + "to repression victims in Kazakhstan since 2003?", null, null);
        assertEquals(List.of(List.of(Terms.stem("allowances"))), q.excluded());
        assertTrue(q.countsIn("18.4 billion tenge in one-time compensations and special state allowances"));
        assertFalse(q.countsIn("one-time compensations (without allowances) paid since 2003"));
        assertFalse(q.countsIn("2.9 billion tenge of one-time compensations were paid"));
        assertFalse(q.searched().contains("allowances"), q.searched());
        assertTrue(q.totalAsked());

        Question ru = Question.analyse("сколько выплатили единовременных компенсаций без учёта пособий?", null, null);
        assertEquals(List.of(List.of(Terms.stem("пособий"))), ru.excluded());
        assertTrue(ru.countsIn("выплачено 18,4 млрд тенге компенсаций и специальных государственных пособий"));
        Question compound = Question.analyse("сколько выплатили единовременно, не считая спецпособий?", null, null);
        assertTrue(compound.countsIn("выплачено 18,4 млрд тенге компенсаций и специальных государственных пособий"),
                "a compound shortened with спец- stands for its head word");
        assertFalse(compound.countsIn("выплачено 2,9 млрд тенге единовременных компенсаций"));

        Question lookup = Question.analyse("kz one-time compensation total paid since 2003 excluding the special "
                + "state allowance", null, null);
        assertEquals(Intent.HOW_MANY, lookup.intent(), "a lookup's \"total\" asks an amount");
        assertEquals(1, lookup.excluded().size());
        assertTrue(lookup.countsIn("one-time compensations and special state allowances together"));

        // "without" in a question on how to apply sets nothing aside: it asks what happens without the thing
        Question apply = Question.analyse("Can I apply for rehabilitation without the archive documents?", null, null);
        assertTrue(apply.excluded().isEmpty());
        assertEquals(apply.query(), apply.searched());
    }

    @Test
    void howMuchIsDueIsWhatOnePersonReceives() {
        Question q = Question.analyse("а скока это?", "маму сослали в 1937. ей что то положено от государства?", null);
        assertTrue(q.isFollowUp());
        assertEquals(Intent.HOW_MANY, q.intent());
        assertTrue(q.perPerson(), "how much is due to her is a rate, not billions paid out");
        assertTrue(q.moneyCounts());
        assertFalse(q.totalAsked());
        assertEquals("а скока это? ей что то положено от государства?", q.askedText(),
                "the thing asked is looked for in what is asked, not in the story told before");
    }

    @Test
    void aRegulationIsNoEntitlement() {
        assertTrue(Question.analyse("ей что-то положено?", null, null).entitlementAsked());
        assertTrue(Question.analyse("если б бабушка жила в казахстане, ей бы там что-то дали?", null, null)
                .entitlementAsked());
        assertTrue(Question.analyse("Does she get anything?", null, null).entitlementAsked());
        // which body acts is asked of a follow-up naming only a country, not of one asking something else
        assertTrue(Question.analyse("а в Узбекистане?", "кто решает о реабилитации в Кыргызстане?", null).bodyAsked());
        assertFalse(Question.analyse("а выплаты какие?", "кто решает о реабилитации в Кыргызстане?", null)
                .bodyAsked());
        assertFalse(Question.analyse("а когда утвердили ее положение?", null, null).entitlementAsked(),
                "\"положение\" is the commission's regulation");
    }

    @Test
    void gettingMoneyOrAPaymentAsksWhatOneIsEntitledTo() {
        assertTrue(Question.analyse("With the new law do we get money? how much a month?", null, null)
                .entitlementAsked());
        assertTrue(Question.analyse("will she receive any compensation?", null, null).entitlementAsked());
        assertTrue(Question.analyse("нам дадут какие-то деньги за деда?", null, Language.RU).entitlementAsked());
        assertTrue(Question.analyse("получим ли выплату?", null, Language.RU).entitlementAsked());
        assertFalse(Question.analyse("how much money does the state budget get?", null, null).entitlementAsked(),
                "a budget getting money is no one's entitlement");
    }

    @Test
    void aLaterPartAskingACountOrADateIsAskedOfItsOwn() {
        Question q = Question.analyse("When did Kazakhstan's state commission start and end, and how many people did "
                + "it rehabilitate?", null, null);
        assertEquals(Intent.WHEN, q.intent());
        assertEquals(1, q.laterParts().size(), q.laterParts().toString());
        Question.AskedPart part = q.laterParts().get(0);
        assertEquals(Intent.HOW_MANY, part.intent());
        assertTrue(part.asked().peopleAsked(), "a count of persons");
        assertTrue(part.saidIn("over 311,000 victims were rehabilitated"));
        assertFalse(part.saidIn("the final meeting took place on 26 December 2023"));
        assertTrue(Question.analyse("How many people were rehabilitated, and how many were shot?", null, null)
                .laterParts().isEmpty(), "a part asking what the first asks is answered with it");
        assertTrue(Question.analyse("Is he covered by the law, and where do we apply?", null, null).laterParts()
                .isEmpty(), "only counts, dates and things named are asked apart");
    }

    @Test
    void aLaterPartNamingAThingAfterWhatAsksThatThing() {
        Question q = Question.analyse("When was Kazakhstan's rehabilitation law adopted and what's its number?", null,
                null);
        assertEquals(Intent.WHEN, q.intent());
        assertEquals(1, q.laterParts().size(), q.laterParts().toString());
        Question.AskedPart part = q.laterParts().get(0);
        assertTrue(part.attribute() && !part.entitlement(), part.toString());
        assertTrue(part.saidIn("number of Kazakhstan's 1993 rehabilitation law"), "its word, general as it is");
        assertFalse(part.saidIn("adoption of Kazakhstan's 1993 rehabilitation law"));
        Question ru = Question.analyse("когда приняли казахстанский закон о реабилитации и какой у него номер?", null,
                null);
        assertTrue(ru.laterParts().get(0).saidIn("номер казахстанского закона о реабилитации 1993 года"));
        // a part asking what one is entitled to is no thing named
        Question entitled = Question.analyse("Does that count as repression in Kazakhstan, and can he get anything "
                + "for it?", null, null);
        assertTrue(entitled.laterParts().get(0).entitlement() && !entitled.laterParts().get(0).attribute());
    }

    @Test
    void theWordsOfEntitlementAndItsMoneyAreReadWhenEntitlementIsAsked() {
        Question q = Question.analyse("Мама родилась в ссылке. Положено ли маме что то от государства и сколько "
                + "примерно денег?", null, Language.RU);
        assertTrue(q.entitlementWords().contains(Terms.stem("положено")), q.entitlementWords().toString());
        assertTrue(q.entitlementWords().contains(Terms.stem("денег")), q.entitlementWords().toString());
        assertTrue(Question.analyse("сколько денег стоит закон?", null, Language.RU).entitlementWords().isEmpty());
    }

    @Test
    void anAskerWhoHasMetSeveralValuesAsksTheSides() {
        assertTrue(Question.analyse("When did the memorial open? Google gives me different ones", null, null)
                .sidesAsked());
        assertTrue(Question.analyse("когда открыли мемориал? нахожу разные ответы", null, Language.RU).sidesAsked());
        assertTrue(Question.analyse("I keep finding two different official numbers for the law", null, null)
                .sidesAsked());
        assertFalse(Question.analyse("When did the memorial open?", null, null).sidesAsked());
    }

    @Test
    void aClaimMetOnlineBeforeTheQuestionIsWhatItAsksAbout() {
        assertTrue(Question.analyse("Some blogs say the 311,000 were mostly Basmachi. Who were they?", null, null)
                .opinionAsked());
        assertTrue(Question.analyse("В телеграме пишут, что их было 500 тысяч. Сколько их было?", null, Language.RU)
                .opinionAsked());
        // a relative's words are no claim to check
        assertFalse(Question.analyse("My family always said he was a mullah. Does the law cover him?", null, null)
                .opinionAsked());
    }

    @Test
    void howManyAskedInAnyCaseIsACount() {
        assertEquals(Intent.HOW_MANY, Question.analyse("а скольких уже оправдали?", null, Language.RU).intent());
        assertEquals(Intent.HOW_MANY, Question.analyse("скольким заплатили?", null, Language.RU).intent());
    }

    @Test
    void aThingSetAsideTakesOnlyItsOwnWordsOutOfTheSearch() {
        Question q = Question.analyse("Мама пенсионерка. Ей кроме пенсии ещё что-то ежемесячно полагается? сколько?",
                null, Language.RU);
        assertEquals(List.of(List.of(Terms.stem("пенсии"))), q.excluded());
        assertTrue(q.searched().contains("ещё что-то ежемесячно полагается"), q.searched());
        assertFalse(q.searched().contains("пенсии"), q.searched());
    }

    @Test
    void aBoundOnACountOfPeopleAsksTheCount() {
        Question q = Question.analyse("Has Uzbekistan's Supreme Court rehabilitated more than 1,000 people by now?",
                null, Language.EN);
        assertEquals(Intent.HOW_MANY, q.intent());
        assertTrue(q.peopleAsked());
        Question ru = Question.analyse("Правда ли что в Казахстане рассекретили больше 2 миллионов архивных дел?",
                null, Language.RU);
        assertEquals(Intent.HOW_MANY, ru.intent());
        assertFalse(ru.peopleAsked());
    }

    @Test
    void aStatusIsAskedByAYesOrNoQuestionOnBeingCoveredOrRecognised() {
        assertTrue(Question.analyse("я родилась в спецпоселении. Считаюсь ли я пострадавшей?", null, Language.RU)
                .statusAsked());
        assertTrue(Question.analyse("will the new kyrgyz law clear his name?", null, Language.EN).statusAsked());
        assertFalse(Question.analyse("How many people were rehabilitated?", null, Language.EN).statusAsked());
        assertFalse(Question.analyse("who decides if he counts as repressed?", null, Language.EN).statusAsked());
    }

    @Test
    void aWhoOpeningAClauseOnAPersonAsksForNoPersonAndWhichBodyDoes() {
        assertEquals(Intent.OTHER, Question.analyse("which archive holds the file of my great-grandfather who was "
                + "exiled to Kazakhstan?", null, null).intent());
        assertEquals(Intent.OTHER, Question.analyse("what do people who were deported get?", null, null).intent());
        assertEquals(Intent.WHO, Question.analyse("which court do I go to in Kazakhstan?", null, null).intent());
        assertEquals(Intent.WHO, Question.analyse("who signed the law?", null, null).intent());
        assertEquals(Intent.WHO, Question.analyse("в какой суд обращаться?", null, null).intent());
    }

    @Test
    void aColloquialHowMuchAsksWhatAPersonGets() {
        Question q = Question.analyse("скок денег дают репрессированным в казахстане? единовременно в смысле", null,
                Language.RU);
        assertEquals(Intent.HOW_MANY, q.intent());
        assertTrue(q.perPerson(), "what one person gets, not what was paid in all");
    }

    @Test
    void aDateAskedAfterAndWithAPrepositionIsALaterPartOfItsOwn() {
        Question q = Question.analyse("кто подписал российский закон о реабилитации и какого числа?", null, Language.RU);
        assertEquals(Intent.WHO, q.intent());
        assertEquals(1, q.laterParts().size(), q.laterParts().toString());
        assertEquals(Intent.WHEN, q.laterParts().get(0).intent());
        // "числа" names the unit of the date asked, not a thing a sentence must say
        assertTrue(q.laterParts().get(0).stems().isEmpty(), q.laterParts().get(0).stems().toString());
        Question en = Question.analyse("who signed the russian rehabilitation law and on what date?", null, Language.EN);
        assertEquals(Intent.WHEN, en.laterParts().get(0).intent());
        assertTrue(en.laterParts().get(0).stems().isEmpty());
    }

    @Test
    void theTimeBetweenTwoLawsIsAskedOfEachCountrysDate() {
        Question q = Question.analyse("how many years passed between russia's rehabilitation law and the kazakh one?",
                null, Language.EN);
        assertEquals(Intent.WHEN, q.intent());
        assertEquals(List.of("RU", "KZ"), q.countriesAsked());
        assertTrue(Intent.SPAN_ASKED.matcher("сколько лет прошло между законом рф и законом казахстана").find());
        assertFalse(Intent.SPAN_ASKED.matcher("how many years did the commission work?").find());
        // from the thing named before to the one after
        assertTrue(Intent.SPAN_ASKED.matcher("в каком году казахстан принял закон и сколько лет прошло до указа").find());
        assertTrue(Intent.SPAN_ASKED.matcher("how many years passed before the decree on 31 may").find());
        assertFalse(Intent.SPAN_ASKED.matcher("сколько лет до пенсии").find());
    }

    @Test
    void aFollowUpAskingWhetherAPersonMayDoSomethingAsksItsOwnThing() {
        String previous = "how much money do you get in kazakhstan for a repressed relative, the one time payment";
        Question q = Question.analyse("im his son, he was in exile. can i apply too or only him", previous, Language.EN);
        assertTrue(q.isFollowUp());
        assertEquals(Intent.OTHER, q.intent(), "the previous question's \"how much\" is not asked again");
        // an elliptical follow-up still asks what the previous one asked
        assertEquals(Intent.HOW_MANY, Question.analyse("and in tenge in 2020?", "compensation cap in MRP",
                Language.EN).intent());
    }

    @Test
    void aSumAskedInAUnitOfMoneyIsAHowMuchQuestion() {
        Question q = Question.analyse("whats the rehab compensation in rubles in russia today?", null, null);
        assertEquals(Intent.HOW_MANY, q.intent());
        assertEquals(Intent.HOW_MANY, Question.analyse("kz one-off comp formula?", null, null).intent());
        assertTrue(Question.analyse("kz one-off comp formula?", null, null).perPerson());
    }

    @Test
    void twoDatesOfferedAsAlternativesAskADate() {
        Question q = Question.analyse("закон рф о реабилитации — 18 или 19 октября 91?", null, null);
        assertEquals(Intent.WHEN, q.intent());
        assertEquals(List.of("--10-18", "--10-19"), Question.datesOffered(q.asking()));
        assertEquals(List.of("--10-18", "--10-19"),
                Question.datesOffered("was it signed on the 18th or the 19th of october?"));
        assertEquals(List.of("1991", "1993"), Question.datesOffered("adopted in 1991 or 1993?"));
        assertEquals(List.of(), Question.datesOffered("how many of the 18 or 19 parties signed it?"));
    }

    @Test
    void aYearTakenForTheLawsMakingIsFoundBesideTheDeed() {
        assertEquals(2020, Question.premisedYear("почему казахстан принял закон о реабилитации только в 2020 году?"));
        assertEquals(2023, Question.premisedYear("the kyrgyz rehab law was signed in 2023, right?"));
        assertEquals(0, Question.premisedYear("my grandfather was shot in 1938, does the law cover him?"));
        assertEquals(0, Question.premisedYear("when was the kazakh rehabilitation law adopted?"));
        assertTrue(Question.aboutEnactment("дата принятия казахстанского закона о реабилитации 1993 года"));
        assertTrue(Question.aboutEnactment("date of Kyrgyzstan's 1994 law on the rights of rehabilitated citizens"));
        assertFalse(Question.aboutEnactment("date of the order approving Kazakhstan's 2023 payment rules"));
    }

    @Test
    void aListOfCountriesIsAskedOfThoughALawIsNamedAfterIt() {
        Question q = Question.analyse("what years did kazakhstan, kyrgyzstan and uzbekistan adopt theirs? is "
                + "uzbekistan's even a law?", null, null);
        assertEquals(List.of("KZ", "KG", "UZ"), q.countries());
        assertEquals(List.of("KZ", "KG", "UZ"), q.countriesAsked());
    }

    @Test
    void howAFigureChangedIsAskedInEitherLanguage() {
        assertTrue(Question.analyse("делаю доклад. как по годам росло число реабилитированных в узбекистане?", null,
                null).trendAsked());
        assertTrue(Question.analyse("нужна динамика выплат в казахстане", null, null).trendAsked());
        assertTrue(Question.analyse("how has the number of people rehabilitated in Uzbekistan grown over time?", null,
                null).trendAsked());
        assertFalse(Question.analyse("how many people has Uzbekistan rehabilitated?", null, null).trendAsked());
        assertFalse(Question.analyse("как подать заявление на реабилитацию?", null, null).trendAsked());
    }

    @Test
    void aLawDatedByAYearInTheGenitiveTakesThatYearForItsCountry() {
        String q = "казахстанский закон о реабилитации жертв репрессий он же 1991 года, одновременно с российским?";
        assertEquals(1991, Question.premisedYear(q));
        // the law dated is Kazakhstan's, named before the year; Russia's is what it is compared with
        assertEquals(List.of("KZ"), Question.premisedCountries(q));
        assertEquals(List.of("KZ"), Question.analyse(q, null, null).premisedLawCountries());
        // a year of the repression or of a person's life dates those, not the law
        assertEquals(0, Question.premisedYear("распространяется ли закон на жертв репрессий 1937 года?"));
        assertEquals(0, Question.premisedYear("закон касается 1927 года рождения?"));
        assertTrue(Question.amends("date of Federal Law No. 122-FZ that repealed a paragraph of Article 2.1"));
        assertTrue(Question.amends("когда в закон внесли изменения?"));
        assertFalse(Question.amends("signing of Russia's 1991 rehabilitation law"));
    }

    @Test
    void aLawsDateIsAskedWhenTheQuestionNamesNothingElse() {
        assertTrue(Question.analyse("дата закона кр о реабилитации?", null, null).lawDateAsked());
        assertTrue(Question.analyse("when was kyrgyzstan's rehabilitation law signed?", null, null).lawDateAsked());
        assertFalse(Question.analyse("when can i apply under the kazakh law?", null, null).lawDateAsked());
        assertFalse(Question.analyse("when was the uzbek working group set up?", null, null).lawDateAsked());
    }

    @Test
    void aFollowUpsOwnQuestionWordDecidesWhatItAsks() {
        // merged, the follow-up reads "числа когда день памяти …", whose first cue counts
        assertEquals(Intent.WHEN, Question.analyse("а в узбекистане какого числа?",
                "когда день памяти жертв репрессий в казахстане", null).intent());
        assertTrue(Intent.SPAN_ASKED.matcher("which came first? how many years apart").find());
    }

    @Test
    void aDocumentsNumberIsAskedBesideItsDateButACountIsNot() {
        assertTrue(Question.analyse("kz rehab law date and number?", null, null).documentNumberAsked());
        assertTrue(Question.analyse("дата и номер закона рк о реабилитации", null, null).documentNumberAsked());
        assertTrue(Question.analyse("what is the number of the law?", null, null).documentNumberAsked());
        assertFalse(Question.analyse("what number of people were rehabilitated?", null, null).documentNumberAsked());
        assertFalse(Question.analyse("число жертв в казахстане", null, null).documentNumberAsked());
        assertFalse(Question.analyse("kazakhstan rehabilitated 2.4 million people in 2023, is that the biggest number "
                + "in central asia?", null, null).documentNumberAsked());
        assertTrue(Question.analyse("а номер у него какой?", null, null).documentNumberAsked());
        assertTrue(Question.analyse("дата и номер закона рк о реабилитации", null, null).lawDateAsked());
    }

    @Test
    void anArticleIsAskedWholeOnlyWhenNothingElseIsAskedOfIt() {
        assertTrue(LawArticles.asksWhole("ст 5 закона рф о реабилитации что там"));
        assertTrue(LawArticles.asksWhole("what does article 5 of the russian rehabilitation law say?"));
        assertFalse(LawArticles.asksWhole("рф компенсация по ст 15 наследникам платят?"));
        assertFalse(LawArticles.asksWhole("what does the law say?"));
        assertTrue(LawArticles.asksExclusion("and what does russia's own law exclude?"));
        assertEquals("5", LawArticles.named("По статье 5 российского закона"));
        assertNull(LawArticles.named("Articles 70 and 190.1 of the Code, and Article 5 of the law"));
    }
}
