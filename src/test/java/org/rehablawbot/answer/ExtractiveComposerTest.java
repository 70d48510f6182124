package org.rehablawbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehablawbot.retrieve.Fixtures.body;
import static org.rehablawbot.retrieve.Fixtures.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehablawbot.index.ScoredPassage;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.render.TextRenderer;
import org.rehablawbot.retrieve.Fixtures;
import org.rehablawbot.retrieve.Intent;
import org.rehablawbot.retrieve.Question;
import org.rehablawbot.retrieve.Retrieval;

class ExtractiveComposerTest {

    private final ExtractiveComposer composer = new ExtractiveComposer(5);

    /** A retrieval of these passages, best first. */
    private static Retrieval retrieval(String question, Language language, Passage... passages) {
        List<ScoredPassage> scored = new ArrayList<>();
        float score = 1.0f;
        for (Passage p : passages) {
            scored.add(new ScoredPassage(p, score));
            score -= 0.05f;
        }
        return new Retrieval(question, question, language, scored);
    }

    /** A composer whose term weights and knowledge checks come from a retriever over exactly these passages. */
    private static ExtractiveComposer overKnowledge(Passage... knowledge) {
        return new ExtractiveComposer(5, new org.rehablawbot.retrieve.HybridRetriever(
                new org.rehablawbot.retrieve.InMemorySearch(List.of(knowledge),
                        new org.rehablawbot.retrieve.HashingEmbedder()), null, 0.5),
                org.rehablawbot.retrieve.Synonyms.builtIn());
    }

    private static Passage find(String sourceId, Language language, int ordinal) {
        return Fixtures.passages().stream()
                .filter(p -> p.source().id().equals(sourceId) && p.source().language() == language
                        && p.ordinal() == ordinal)
                .findFirst().orElseThrow();
    }

    @Test
    void aDocumentsDateIsTheOneBesideItsNumber() {
        assertEquals(List.of("1761-1"), ExtractiveComposer.documentNumbers("1761-1 date?"));
        assertEquals(List.of("PP-270"), ExtractiveComposer.documentNumbers("when was PP-270 adopted"));
        assertEquals(List.of("2200"), ExtractiveComposer.documentNumbers("закон № 2200 когда принят"));
        assertTrue(ExtractiveComposer.documentNumbers("repressions of 1937-1938: when?").isEmpty(),
                "a range of years names no document");
        List<String> law = List.of("1761-1");
        assertTrue(ExtractiveComposer.datesDocument("The cis-legislation.com text gives Russia's rehabilitation law of "
                + "18 October 1991 the number 1761-1.", law));
        assertFalse(ExtractiveComposer.datesDocument("The English text of Law No. 1761-1 on cis-legislation.com says "
                + "it aims to rehabilitate everyone repressed on Russian territory since 25 October 1917.", law),
                "a date the document's text names further off is not the date it bears");
    }

    @Test
    void aDocumentsIdentifierOrNumberCountsNothing() {
        Question q = Question.analyse("how many victims were rehabilitated in kazakhstan?", null, Language.EN);
        assertFalse(ExtractiveComposer.givesCountAsked("The CIS Legislation database (document rgn=1182) gives "
                + "Kazakhstan's law of 14 April 1993 the number No. 2143-XII.", q));
        assertFalse(ExtractiveComposer.givesCountAsked("In the Kazakh-language text on Adilet, the 1993 law on "
                + "rehabilitation of victims carries the number N 2200.", q));
        assertTrue(ExtractiveComposer.givesCountAsked("over 311,000 victims of political repressions were "
                + "rehabilitated in Kazakhstan", q));
    }

    @Test
    void whenQuestionPrefersTheDatedSentence() {
        Passage news = body(Fixtures.KG_NEWS, 0, "Deputy Zhanar Akayev said the Kyrgyz rehabilitation bill had been "
                + "agreed with the Prosecutor General's Office. The Kyrgyz parliament passed the rehabilitation bill "
                + "on 20 November 2024.");
        Answer a = composer.compose(retrieval("When did the Kyrgyz parliament pass the rehabilitation bill?",
                Language.EN, news));
        assertEquals(Answer.Status.ANSWERED, a.status());
        assertTrue(a.statements().get(0).text().contains("20 November 2024"), a.statements().toString());
        MarkerIntegrity.check(a);
    }

    @Test
    void howManyQuestionPrefersTheNumber() {
        Passage p = body(Fixtures.KG_NEWS, 1, "Repression in Kyrgyzstan was discussed by the deputies of the "
                + "parliament. Official data say 18,000 citizens of Kyrgyzstan were repressed.");
        Answer a = composer.compose(retrieval("How many citizens of Kyrgyzstan were repressed?", Language.EN, p));
        assertTrue(a.statements().get(0).text().contains("18,000"), a.statements().toString());
        MarkerIntegrity.check(a);
    }

    @Test
    void whoQuestionPrefersTheSentenceWithANameItDoesNotAsk() {
        Passage p = body(Fixtures.KZ_DECREE, 0, "The state commission for rehabilitation was set up in 2020. "
                + "President Kassym-Jomart Tokayev set up the state commission for rehabilitation by decree.");
        Answer a = composer.compose(retrieval("Who set up the state commission for rehabilitation?", Language.EN, p));
        assertTrue(a.statements().get(0).text().contains("Tokayev"), a.statements().toString());
    }

    @Test
    void sentenceWithTheQuestionsOwnWordFormComesBeforeOneSharingOnlyTheStem() {
        // "declared" and "declaration" share the stem "declar"; the better-ranked passage only has the verb.
        Passage decree = body(Fixtures.KZ_DECREE, 0, "Decree No. 3299, as published on the history portal, "
                + "declared 1997 a year of memory on 30 December 1996.");
        Passage declaration = body(Fixtures.KG_NEWS, 0, "The declaration of the communist parties was published "
                + "on 22 March 2023.");
        Answer a = composer.compose(retrieval("When was the declaration published?", Language.EN, decree,
                declaration));
        assertTrue(a.statements().get(0).text().contains("22 March 2023"), a.statements().toString());
        MarkerIntegrity.check(a);
    }

    @Test
    void russianSentenceWithTheQuestionsInflectionComesFirst() {
        Passage sponsors = body(Fixtures.KG_NEWS, 0, "Авторами кыргызского законопроекта 2019 года о реабилитации "
                + "были 15 депутатов.");
        Passage cost = body(Fixtures.KZ_DECREE, 0, "Кыргызский законопроект о реабилитации потребовал бы 77 млн "
                + "сомов в год.");
        Answer a = composer.compose(retrieval("Во сколько обойдётся кыргызский законопроект о реабилитации в год?",
                Language.RU, sponsors, cost));
        assertTrue(a.statements().get(0).text().contains("77 млн"), a.statements().toString());
        MarkerIntegrity.check(a);
    }

    @Test
    void exactStemMatchComesBeforeAPrefixMatch() {
        // "commissioner" matches "commission" only as a longer word with the same beginning.
        Passage office = body(Fixtures.KZ_DECREE, 0, "The post of commissioner was created on 3 May 2001.");
        Passage commission = body(Fixtures.KG_NEWS, 0, "The state commission was created on 24 November 2020.");
        Answer a = composer.compose(retrieval("When was the commission created?", Language.EN, office, commission));
        assertTrue(a.statements().get(0).text().contains("24 November 2020"), a.statements().toString());
    }

    @Test
    void differentValuesUnderOneKeyShowEverySideWithItsOwnCitation() {
        Passage a24 = find("kg-news-parliament", Language.EN, 2);
        Passage aki = find("kg-aki-law-adopted", Language.EN, 1);
        Answer a = composer.compose(retrieval("When did parliament adopt the Kyrgyz rehabilitation law?",
                Language.EN, a24, aki));
        assertEquals(1, a.disagreements().size());
        Disagreement d = a.disagreements().get(0);
        assertEquals("adoption of the Kyrgyz rehabilitation law by parliament", d.about());
        assertEquals(2, d.positions().size());
        assertTrue(d.positions().get(0).text().startsWith("20 November 2024: "), d.toString());
        assertTrue(d.positions().get(1).text().startsWith("21 November 2024: "), d.toString());
        Set<Integer> first = Set.copyOf(d.positions().get(0).citations());
        Set<Integer> second = Set.copyOf(d.positions().get(1).citations());
        assertTrue(first.stream().noneMatch(second::contains), "each side cites its own source");
        assertTrue(a.citations().get(first.iterator().next() - 1).publisher().equals("24.kg"));
        assertTrue(a.citations().get(second.iterator().next() - 1).publisher().equals("AKIpress"));
        // the answer picks no side: no sentence of its own states either date
        for (Statement s : a.statements()) {
            assertFalse(s.text().contains("November 2024") && !s.text().startsWith("According to"), s.text());
        }
        assertTrue(TextRenderer.answerText(a).contains("Sources differ: adoption of the Kyrgyz rehabilitation law"));
        MarkerIntegrity.check(a);
    }

    @Test
    void whyQuestionShowsNoDisagreementOnDates() {
        Passage a24 = find("kg-news-parliament", Language.EN, 2);
        Passage aki = find("kg-aki-law-adopted", Language.EN, 1);
        assertEquals(Intent.WHY, Intent.of("Почему парламент принял закон?"));
        Answer a = composer.compose(retrieval("Why did parliament adopt the Kyrgyz rehabilitation law?",
                Language.EN, a24, aki));
        assertTrue(a.disagreements().isEmpty(), TextRenderer.render(a));
        MarkerIntegrity.check(a);
    }

    @Test
    void whyQuestionPrefersTheSentenceGivingAReason() {
        Passage returned = body(Fixtures.KG_NEWS, 5, "President Japarov returned the rehabilitation bill to parliament "
                + "in early September 2024.");
        Passage reason = body(Fixtures.KG_AKI, 5, "President Japarov's objections to the rehabilitation bill concerned "
                + "its funding.");
        Answer a = composer.compose(retrieval("Why did President Japarov return the rehabilitation bill?",
                Language.EN, returned, reason));
        assertTrue(a.statements().get(0).text().contains("funding"), TextRenderer.render(a));
        Passage ruReturned = body(Fixtures.KG_NEWS_RU, 5, "Президент Жапаров вернул законопроект о реабилитации в "
                + "парламент в начале сентября 2024 года.");
        Passage ruReason = body(Fixtures.KG_NEWS_RU, 6, "Возражения президента Жапарова по законопроекту о реабилитации "
                + "касались финансирования.");
        Answer ru = composer.compose(retrieval("Почему Жапаров вернул законопроект о реабилитации?", Language.RU,
                ruReturned, ruReason));
        assertTrue(ru.statements().stream().anyMatch(st -> st.text().contains("финансирования")), TextRenderer.render(ru));
        MarkerIntegrity.check(a);
        MarkerIntegrity.check(ru);
    }

    @Test
    void disagreementNextToTheQuestionIsNotShownWhenASentenceAnswersItFarBetter() {
        Passage law = body(Fixtures.KZ_LAW, 0, "The Supreme Soviet of Kazakhstan adopted the law on rehabilitation "
                + "of victims of mass political repressions on 14 April 1993.");
        String about = "establishment of Kazakhstan's state commission for rehabilitation of victims of political "
                + "repressions";
        Passage decree = fact(Fixtures.KZ_DECREE, 1, "kz-commission.established", "2020-11-24", about, null,
                "Kazakhstan's state commission for rehabilitation of victims of political repressions was set up "
                        + "on 24 November 2020.");
        Passage kaztag = fact(Fixtures.KG_NEWS, 1, "kz-commission.established", "2020-11-10", about, null,
                "Kazakhstan's state commission for rehabilitation of victims of political repressions was set up "
                        + "on 10 November 2020.");
        String question = "When did Kazakhstan adopt the law on rehabilitation of victims of mass political "
                + "repressions?";
        Answer a = composer.compose(retrieval(question, Language.EN, law, decree, kaztag));
        assertTrue(a.disagreements().isEmpty(), TextRenderer.render(a));
        assertTrue(a.statements().get(0).text().contains("14 April 1993"), TextRenderer.render(a));
        MarkerIntegrity.check(a);

        // Without the sentence on the law, the commission's dates are all the passages hold: they date no law, and a
        // question on when the law was adopted is not answered with them.
        Answer alone = composer.compose(retrieval(question, Language.EN, decree, kaztag));
        assertTrue(alone.refused(), TextRenderer.render(alone));
        // Asked of the commission, the same disagreement is the answer.
        Answer commission = composer.compose(retrieval("When was Kazakhstan's state commission for rehabilitation of "
                + "victims of political repressions set up?", Language.EN, decree, kaztag));
        assertEquals(1, commission.disagreements().size(), TextRenderer.render(commission));
    }

    @Test
    void opposingPositionsUnderOneKeyAreADisagreement() {
        Passage smk = find("smk-declaration", Language.EN, 1);
        Passage cmo = find("cmo-commentary", Language.EN, 0);
        Answer a = composer.compose(retrieval("What do the rehabilitation laws aim at?", Language.EN, smk, cmo));
        assertEquals(1, a.disagreements().size());
        List<String> sides = a.disagreements().get(0).positions().stream().map(Disagreement.Position::text).toList();
        assertTrue(sides.get(0).startsWith("revising history: According to the Socialist Movement of Kazakhstan "
                + "(statement, 22 March 2023), "), sides.toString());
        assertTrue(sides.get(1).startsWith("image goals: According to the Central Media Office of Hizb ut Tahrir "
                + "(commentary, 2025), "), sides.toString());
        MarkerIntegrity.check(a);
    }

    @Test
    void sameValueFromTwoSourcesIsNoDisagreement() {
        Passage en = find("kg-news-parliament", Language.EN, 2);
        Passage other = fact(Fixtures.KG_AKI, 1, "kg-rehab-law.adopted", "2024-11-20", "adoption", null,
                "AKIpress also dated the adoption of the Kyrgyz rehabilitation law to 20 November 2024.");
        Answer a = composer.compose(retrieval("When was the Kyrgyz rehabilitation law adopted?", Language.EN, en, other));
        assertTrue(a.disagreements().isEmpty(), a.disagreements().toString());
    }

    @Test
    void aLessPreciseDateThatAgreesIsNoDisagreement() {
        Passage en = find("kg-news-parliament", Language.EN, 2);
        Passage month = fact(Fixtures.KZ_LAW, 9, "kg-rehab-law.adopted", "2024-11", "adoption", null,
                "AKIpress dated the adoption of the Kyrgyz rehabilitation law to November 2024.");
        Answer a = composer.compose(retrieval("When was the Kyrgyz rehabilitation law adopted?", Language.EN, en, month));
        assertTrue(a.disagreements().isEmpty(), a.disagreements().toString());
    }

    @Test
    void aYearTwoDifferentDatesRefineStaysASideOfItsOwn() {
        Passage a24 = find("kg-news-parliament", Language.EN, 2);
        Passage aki = find("kg-aki-law-adopted", Language.EN, 1);
        Passage year = fact(Fixtures.KZ_LAW, 9, "kg-rehab-law.adopted", "2024", "adoption", null,
                "A third report dated the adoption of the Kyrgyz rehabilitation law to 2024.");
        Answer a = composer.compose(retrieval("When did parliament adopt the Kyrgyz rehabilitation law?",
                Language.EN, a24, aki, year));
        assertEquals(1, a.disagreements().size());
        assertEquals(3, a.disagreements().get(0).positions().size(), a.disagreements().toString());
        MarkerIntegrity.check(a);
    }

    @Test
    void opinionsAreAlwaysAttributed() {
        Passage smk = find("smk-declaration", Language.EN, 0);
        Answer a = composer.compose(retrieval("What do the rehabilitation efforts in Kazakhstan aim at?",
                Language.EN, smk));
        String text = a.statements().get(0).text();
        assertTrue(text.startsWith("According to the Socialist Movement of Kazakhstan (statement, 22 March 2023), "
                + "the declaration says"), text);
        MarkerIntegrity.check(a);
    }

    @Test
    void factWithAClaimantNamesTheClaimantAndTheSource() {
        Passage cmo = find("cmo-commentary", Language.EN, 1);
        Answer a = composer.compose(retrieval("When did Japarov sign the rehabilitation law?", Language.EN, cmo));
        String text = a.statements().get(0).text();
        assertTrue(text.startsWith("According to TRT, as relayed by the Central Media Office of Hizb ut Tahrir "
                + "(commentary, 2025), the commentary"), text);
        MarkerIntegrity.check(a);
    }

    @Test
    void newsIsStatedWithItsCitationOnly() {
        Passage p = find("kz-decree-commission", Language.EN, 0);
        Answer a = composer.compose(retrieval("Who set up the State Commission for rehabilitation?", Language.EN, p));
        assertTrue(a.statements().get(0).text().startsWith("President Kassym-Jomart Tokayev set up"));
        assertEquals(List.of(1), a.statements().get(0).citations());
    }

    @Test
    void aNeighbouringFactThatSaysNoneOfTheQuestionsKeyWordsIsRefused() {
        // rare words of the knowledge weigh most: "family", "monthly" and "compensation" are what is asked;
        // "acquitted" is in almost every passage about Kyrgyzstan's acquittals
        ExtractiveComposer weighted = new ExtractiveComposer(5, (word, language) ->
                Set.of("acquitted", "get", "any").contains(word) ? 1.0 : 5.0);
        Passage counts = body(Fixtures.KG_NEWS, 0, "The Supreme Court of Kyrgyzstan acquitted 408 people repressed "
                + "in the Soviet era. The acquitted people had been convicted by troikas.");
        Answer refused = weighted.compose(retrieval(
                "Does the family of the acquitted in Kyrgyzstan get any monthly compensation?", Language.EN, counts));
        assertEquals(Answer.Status.REFUSED, refused.status(), refused.statements().toString());
        assertTrue(refused.citations().isEmpty());

        Passage paid = body(Fixtures.KG_NEWS, 1, "The family of the acquitted in Kyrgyzstan gets no monthly "
                + "compensation, the Supreme Court said.");
        Answer answered = weighted.compose(retrieval(
                "Does the family of the acquitted in Kyrgyzstan get any monthly compensation?", Language.EN, paid));
        assertEquals(Answer.Status.ANSWERED, answered.status());
    }

    @Test
    void aThingTheKnowledgeHoldsOnlyForAnotherCountryIsRefused() {
        var uzNews = Fixtures.meta("uz-court", "Uzbekistan's Supreme Court rehabilitates 240",
                org.rehablawbot.knowledge.Kind.NEWS, "Kun.uz", "2023-08-25", Language.EN, "UZ");
        var kzLaw = Fixtures.meta("kz-law", "Kazakhstan's rehabilitation law", org.rehablawbot.knowledge.Kind.LAW,
                "Adilet", "1993-04-14", Language.EN, "KZ");
        Passage acquitted = body(uzNews, 0, "Uzbekistan's Supreme Court rehabilitated 240 people on 24 August 2023. "
                + "They had been convicted as members of the Basmachi movement.");
        Passage paid = body(kzLaw, 0, "In Kazakhstan a rehabilitated person receives compensation of three "
                + "quarters of the monthly calculation index for each month of imprisonment.");
        String question = "Do descendants of people rehabilitated by Uzbekistan's Supreme Court receive any "
                + "compensation?";
        // the knowledge: the two passages; compensation is spoken of for Kazakhstan only
        Answer refused = overKnowledge(acquitted, paid).compose(retrieval(question, Language.EN, acquitted));
        assertEquals(Answer.Status.REFUSED, refused.status(), refused.statements().toString());
        assertTrue(refused.citations().isEmpty());

        Passage uzPaid = body(uzNews, 1, "Relatives of the people rehabilitated by Uzbekistan's Supreme Court receive "
                + "no compensation, the court's press service said.");
        Answer answered = overKnowledge(acquitted, paid, uzPaid).compose(retrieval(question, Language.EN, acquitted,
                uzPaid));
        assertEquals(Answer.Status.ANSWERED, answered.status());
        assertTrue(answered.statements().get(0).text().contains("no compensation"), answered.statements().toString());
    }

    @Test
    void theAskersRelativeIsTheirSituationNotTheThingAsked() {
        // "дед" is read as the repressed person by a one-way rule of the synonym map: a passage on what an heir
        // receives answers the question without naming anyone's grandfather
        var ruLaw = Fixtures.meta("ru-law", "Закон о реабилитации жертв политических репрессий",
                org.rehablawbot.knowledge.Kind.LAW, "Консультант", "1991-10-18", Language.RU, "RU");
        Passage heirs = body(ruLaw, 0, "Наследники реабилитированного, умершего в заключении, получают "
                + "компенсацию за конфискованное имущество по российскому закону.");
        Answer a = composer.compose(retrieval("могу ли я получить компенсацию за деда по российскому закону?",
                Language.RU, heirs));
        assertEquals(Answer.Status.ANSWERED, a.status(), a.statements().toString());
    }

    @Test
    void whatAPersonReceivesLeadsWithTheRateAndATotalQuestionWithTheSum() {
        var kz = Fixtures.meta("kz-payments", "Payments to victims of repression in Kazakhstan",
                org.rehablawbot.knowledge.Kind.NEWS, "Liter.kz", "2023-05-31", Language.EN, "KZ");
        Passage total = body(kz, 0, "Kazakhstan paid 18.4 billion tenge of compensation to victims of repression "
                + "since 2003, the ministry said.");
        Passage rate = body(kz, 1, "The compensation paid to each rehabilitated victim of repression in Kazakhstan "
                + "is three quarters of the monthly calculation index for each month of repression, at most 100 MCI.");
        Passage rules = body(kz, 2, "The rules for paying compensation to victims of repression in Kazakhstan were "
                + "approved by order No. 277 of 30 June 2023.");
        Answer perPerson = composer.compose(retrieval("How much compensation do victims of repression get in "
                + "Kazakhstan?", Language.EN, total, rules, rate));
        assertTrue(perPerson.statements().get(0).text().contains("three quarters"), perPerson.statements().toString());
        Answer inAll = composer.compose(retrieval("How much compensation has Kazakhstan paid to victims of repression "
                + "in total?", Language.EN, rules, rate, total));
        assertTrue(inAll.statements().get(0).text().contains("18.4 billion"), inAll.statements().toString());
    }

    @Test
    void theNumberOfAnOrderIsNoCount() {
        Passage p = body(Fixtures.KG_NEWS, 1, "The rules were approved by order No. 277 and article 15 of the law.");
        assertEquals(0.0, ExtractiveComposer.intentBonus(Intent.HOW_MANY, p.text()));
        assertTrue(ExtractiveComposer.intentBonus(Intent.HOW_MANY, "The commission produced 72 volumes.") > 0);
    }

    @Test
    void aQuestionAboutAClaimGetsWhatOtherSourcesSayOfTheSameThing() {
        var blog = Fixtures.meta("blog-legion", "Kazakhstan rehabilitates legionnaires",
                org.rehablawbot.knowledge.Kind.COMMENTARY, "Window on Eurasia", "2023-12-29", Language.EN, "KZ");
        var news = Fixtures.meta("news-311", "Kazakhstan declassifies files", org.rehablawbot.knowledge.Kind.NEWS,
                "Kazinform", "2023-09-19", Language.EN, "KZ");
        String about = "who the people rehabilitated in Kazakhstan were";
        Passage claimBody = body(blog, 0, "The blogger wrote that Kazakhstan's commission cleared soldiers of the "
                + "Turkestan Legion who fought on the German side.");
        Passage claim = fact(blog, 1, "kz-rehabilitated.who", "turkestan legion", about, null,
                "The blogger wrote that the people rehabilitated in Kazakhstan were members of the Turkestan Legion.");
        Passage official = fact(news, 0, "kz-rehabilitated.who", "exiles and special settlers", about, null,
                "Kazinform described the people rehabilitated in Kazakhstan as exiles and special settlers.");
        Answer a = composer.compose(retrieval("Did Kazakhstan's commission clear soldiers of the Turkestan Legion "
                + "who fought on the German side?", Language.EN, claimBody, claim, official));
        assertEquals(1, a.disagreements().size(), TextRenderer.render(a));
        assertEquals(2, a.disagreements().get(0).positions().size(), TextRenderer.render(a));
        assertTrue(a.statements().stream().noneMatch(st -> st.text().contains("blogger")),
                "the claim is voiced once, as its side: " + TextRenderer.render(a));
        MarkerIntegrity.check(a);
    }

    @Test
    void aSentenceThatPointsBackKeepsTheSentenceBeforeIt() {
        assertEquals(List.of("Decisions from 1917 to 1953 count as repression.",
                        "Decisions from 1917 to 1953 count as repression. These include the decrees on fighting the "
                                + "Basmachi.", "Thesis one stands alone."),
                ExtractiveComposer.withAntecedents(List.of("Decisions from 1917 to 1953 count as repression.",
                        "These include the decrees on fighting the Basmachi.", "Thesis one stands alone.")));
        assertEquals(List.of("Это утверждение движения."),
                ExtractiveComposer.withAntecedents(List.of("Это утверждение движения.")), "nothing before it");
        assertEquals(List.of("Sputnik писал о 37 тысячах получателей.", "Sputnik писал о 37 тысячах получателей. "
                        + "В том же сообщении сказано о 108 ветеранах."),
                ExtractiveComposer.withAntecedents(List.of("Sputnik писал о 37 тысячах получателей.",
                        "В том же сообщении сказано о 108 ветеранах.")));
    }

    @Test
    void aClaimBringsTheFactsItsModeratorsSetBesideIt() {
        var critic = Fixtures.meta("critic", "Critique of the Kyrgyz law", org.rehablawbot.knowledge.Kind.COMMENTARY,
                "skeptik.kg", "2025-01-10", Language.EN, "KG");
        var news = Fixtures.meta("law-signed", "Japarov signs the law", org.rehablawbot.knowledge.Kind.NEWS,
                "24.kg", "2024-12-31", Language.EN, "KG");
        Passage claim = new Passage(critic, 0, 14, null, "skeptik.kg claims that Kyrgyzstan's law could rehabilitate "
                + "Basmachi and Nazi accomplices.", new org.rehablawbot.knowledge.Fact("kg-law.critics-say",
                "nazi accomplices", "whom critics say the law rehabilitates", null, null, "kg-law.excluded"));
        Passage excluded = fact(news, 0, "kg-law.excluded", "proven traitors", "whom the law excludes", null,
                "According to 24.kg, the Kyrgyz law does not rehabilitate servicemen whose case files prove treason.");
        Answer a = composer.compose(retrieval("Does Kyrgyzstan's law rehabilitate Nazi accomplices?", Language.EN,
                claim, excluded));
        String text = TextRenderer.render(a);
        assertTrue(text.contains("skeptik.kg claims"), text);
        assertTrue(text.contains("does not rehabilitate servicemen whose case files prove treason"), text);
        assertEquals(2, a.citations().size(), text);
        MarkerIntegrity.check(a);
    }

    @Test
    void aHowQuestionIsAnsweredWithTheStepsNotTheExamples() {
        var uz = Fixtures.meta("uz-procedure", "How Uzbekistan rehabilitates", org.rehablawbot.knowledge.Kind.NEWS,
                "Daryo", "2022-12-21", Language.EN, "UZ");
        Passage example = body(uz, 0, "Uzbekistan's Supreme Court cleared 240 people sentenced by the troikas in "
                + "August 2023.");
        Passage step = body(uz, 1, "In Uzbekistan the prosecutor files a protest against the troika's sentence, and "
                + "the Supreme Court then hears the case and clears the people sentenced.");
        Answer a = composer.compose(retrieval("How does Uzbekistan clear people sentenced by the troikas?",
                Language.EN, example, step));
        assertTrue(a.statements().get(0).text().contains("protest"), a.statements().toString());
        Answer count = composer.compose(retrieval("How many people sentenced by the troikas did Uzbekistan clear?",
                Language.EN, example, step));
        assertTrue(count.statements().get(0).text().contains("240"), count.statements().toString());
    }

    @Test
    void aQuestionInTwoPartsGetsASentenceForEach() {
        assertEquals(List.of("Is he covered by the Kazakh law", "how can he prove it when the family has no papers"),
                Question.partsOf("Is he covered by the Kazakh law, and how can he prove it when the family "
                        + "has no papers?"));
        assertEquals(List.of(), Question.partsOf("When was the law adopted and signed?"));
        var kz = Fixtures.meta("kz-art2", "Article 2", org.rehablawbot.knowledge.Kind.LAW, "zakonpravo.kz",
                "1993-04-14", Language.EN, "KZ");
        Passage covered = body(kz, 0, "Article 2 of the Kazakh law covers a child born in a special settlement "
                + "where the parents were held.");
        Passage also = body(kz, 1, "The Kazakh law also covers every child born in exile or in a special "
                + "settlement to repressed parents.");
        Passage proof = body(kz, 2, "A court may establish it when no documents survive.");
        Answer a = composer.compose(retrieval("Is a child born in a special settlement covered by the Kazakh law, "
                + "and how can he prove it without documents?", Language.EN, covered, also, proof));
        String text = TextRenderer.render(a);
        assertTrue(text.contains("Article 2") && text.contains("A court may establish it"), text);
    }

    @Test
    void anOpinionDoesNotLeadAFamilysQuestionWhoseStorySaysSaidOrPropaganda() {
        Passage opinion = body(Fixtures.CMO, 5, "The commentary claims Kyrgyzstan became a dictatorship whose law "
                + "will never recognise an imam arrested for religious propaganda as a victim.");
        var law = Fixtures.meta("kg-law-1994", "Law of 1994", org.rehablawbot.knowledge.Kind.LAW, "CIS Legislation",
                "1994-05-27", Language.EN, "KG");
        Passage article = body(law, 0, "Under Article 1 of Kyrgyzstan's law, a victim of repression is a person "
                + "deprived of liberty on religious grounds since 1917.");
        Answer a = composer.compose(retrieval("My great-grandfather was an imam, arrested in 1930 for 'religious "
                + "propaganda'. My grandmother always said nobody cleared his name. Would Kyrgyz law recognise him as "
                + "a victim of religious repression?", Language.EN, opinion, article));
        assertTrue(a.statements().get(0).text().contains("Article 1"), a.statements().toString());
        // "считается" asks for a legal status, not for what someone thinks
        Passage ruOpinion = body(Fixtures.SMK_RU, 5, "В заявлении утверждается, что трудармейцы не считаются "
                + "жертвами репрессий по закону Казахстана.");
        var ruLaw = Fixtures.meta("kz-law-ru", "Закон 1993 года", org.rehablawbot.knowledge.Kind.LAW, "Әділет",
                "1993-04-14", Language.RU, "KZ");
        Passage ruArticle = body(ruLaw, 0, "Статья 1 закона Казахстана признаёт жертвами репрессий лиц, направленных "
                + "в трудовую армию.");
        Answer ru = composer.compose(retrieval("деда забрали в трудармию. по закону казахстана он считается жертвой "
                + "репрессий?", Language.RU, ruOpinion, ruArticle));
        assertTrue(ru.statements().get(0).text().contains("Статья 1"), ru.statements().toString());
        Answer asked = composer.compose(retrieval("What do critics say about Kyrgyzstan's religious repression?",
                Language.EN, opinion, article));
        assertTrue(TextRenderer.render(asked).contains("dictatorship"), TextRenderer.render(asked));
    }

    @Test
    void whenIsAnsweredByTheThingsDateNotTheReports() {
        assertEquals(0, ExtractiveComposer.intentBonus(Intent.WHEN, "A resolution creates an annual week of "
                + "remembrance, Sputnik reported on 6 November 2025."));
        assertTrue(ExtractiveComposer.intentBonus(Intent.WHEN, "The week of remembrance is held every October.") > 0);
        assertTrue(ExtractiveComposer.intentBonus(Intent.WHEN, "Kun.uz сообщил 20 июля 2024 года, что неделя "
                + "памяти проходит в октябре.") > 0);
        assertTrue(ExtractiveComposer.intentBonus(Intent.WHEN, "The law was signed on 31 December 2024.")
                > ExtractiveComposer.intentBonus(Intent.WHEN, "The week is held every October."));
        // a report's date before its verb is the report's too
        assertEquals(0, ExtractiveComposer.intentBonus(Intent.WHEN, "Казинформ 31 мая 2016 года писал о памяти."));
        assertEquals("Казинформ писал, что закон от 14 апреля 1993 года стал первым.", org.rehablawbot.retrieve.ReportDates
                .withoutReportDates("Казинформ 31 мая 2016 года писал, что закон от 14 апреля 1993 года стал первым."));
    }

    @Test
    void anArticleAskedIsOneNamedByItsNumberNotANewsArticle() {
        assertTrue(ExtractiveComposer.ARTICLE_ASKED.matcher("по какой статье их оправдывают?").find());
        assertTrue(ExtractiveComposer.ARTICLE_ASKED.matcher("which article of the law lets me see the file?").find());
        assertFalse(ExtractiveComposer.ARTICLE_ASKED.matcher("what does article 6 say?").find());
        assertTrue(org.rehablawbot.retrieve.LawArticles.NUMBERED.matcher("реабилитированы по статье 83 УПК").find());
        assertTrue(org.rehablawbot.retrieve.LawArticles.NUMBERED.matcher("under Article 6 of Law No. 1761-1").find());
        assertFalse(org.rehablawbot.retrieve.LawArticles.NUMBERED.matcher("напомнил socialbites.ca в статье о реабилитации")
                .find());
    }

    @Test
    void aChangeAskedIsDatedOnlyBySentencesTellingAChange() {
        assertTrue(ExtractiveComposer.CHANGE_ASKED.matcher("when did kazakhstan add 'and famine' to the name?").find());
        assertTrue(ExtractiveComposer.CHANGE_ASKED.matcher("когда официально добавили «и голода» в название?").find());
        assertFalse(ExtractiveComposer.CHANGE_ASKED.matcher("when was the law amended?").find(),
                "an amendment is asked in the sources' own word");
        assertFalse(ExtractiveComposer.CHANGE_STATED.matcher("Kazakhstan Today used the name \"Day of Remembrance of "
                + "Victims of Political Repressions and Famine\" on 2 June 2021.").find());
        assertTrue(ExtractiveComposer.CHANGE_STATED.matcher("The law was amended on 19 June 1997.").find());
    }

    @Test
    void whereAsksForAnOfficeAndAStorysWhereAsksNothing() {
        assertTrue(ExtractiveComposer.intentBonus(Intent.WHERE, "Apply to the prosecutor's office of the region.") > 0);
        assertTrue(ExtractiveComposer.intentBonus(Intent.WHERE, "Обращаться нужно в органы внутренних дел.") > 0);
        assertEquals(0, ExtractiveComposer.intentBonus(Intent.WHERE, "Any public organisation may apply."));
        var kz = Fixtures.meta("kz-proof", "Proof", org.rehablawbot.knowledge.Kind.NEWS, "Kursiv", "2023-05-31",
                Language.EN, "KZ");
        Passage office = body(kz, 0, "In Kazakhstan settlers file their papers with the prosecutor's office of the "
                + "region where they live.");
        Passage proof = body(kz, 1, "In Kazakhstan a court may establish that a person was born in a special "
                + "settlement from witnesses when no papers survive.");
        Answer a = composer.compose(retrieval("I was born in a special settlement where my parents had been exiled, "
                + "but I have no papers. How do I prove it in Kazakhstan?", Language.EN, office, proof));
        assertTrue(a.statements().get(0).text().contains("court"), a.statements().toString());
        Answer where = composer.compose(retrieval("Where do settlers file their papers in Kazakhstan?", Language.EN,
                office, proof));
        assertTrue(where.statements().get(0).text().contains("prosecutor"), where.statements().toString());
    }

    @Test
    void aCountOfPeopleIsNoSumNoNumberOfTimesNoDocumentNumberAndNoOtherCountrysCount() {
        var ru = Fixtures.meta("ru-law", "Russia's law No. 1761-1", org.rehablawbot.knowledge.Kind.RESEARCH,
                "UNH", "2014-04-01", Language.EN, "RU");
        var kz = Fixtures.meta("kz-count", "Kazakhstan's commission", org.rehablawbot.knowledge.Kind.NEWS,
                "Adyrna.kz", "2023-09-01", Language.EN, "KZ");
        Passage amended = body(ru, 0, "Russia's 1991 rehabilitation law had been amended 16 times as of 2014.");
        Passage number = body(ru, 1, "The paper gives the number of Russia's rehabilitation law as No. 1761-1.");
        Passage sum = body(ru, 2, "Russia paid people rehabilitated after imprisonment 180 rubles for each month, "
                + "at most 25,000 rubles.");
        Passage other = body(kz, 0, "In Kazakhstan 311,000 people were rehabilitated by the commission.");
        Answer refused = composer.compose(retrieval("How many people has Russia rehabilitated in total?",
                Language.EN, amended, number, sum, other));
        assertEquals(Answer.Status.REFUSED, refused.status(), refused.statements().toString());
        Passage count = body(ru, 3, "By 2004 Russia had rehabilitated more than 4 million people.");
        Answer answered = composer.compose(retrieval("How many people has Russia rehabilitated in total?",
                Language.EN, amended, number, sum, other, count));
        assertTrue(TextRenderer.render(answered).contains("4 million"), TextRenderer.render(answered));
        Answer money = composer.compose(retrieval("How much did Russia pay people rehabilitated for each month?",
                Language.EN, amended, number, sum));
        assertTrue(TextRenderer.render(money).contains("180 rubles"), TextRenderer.render(money));
    }

    @Test
    void aSentenceOpeningOnAPronounAfterAPrepositionKeepsItsAntecedent() {
        String scope = "Кыргызский закон реабилитирует репрессированных с 1917 по 1953 год.";
        List<String> shown = ExtractiveComposer.withAntecedents(List.of(scope,
                "К ним относятся решения по декретам о борьбе с басмачеством.", "Among them are Basmachi fighters.",
                "Кроме того, закон меняет закон об архивах."));
        assertEquals(scope + " К ним относятся решения по декретам о борьбе с басмачеством.", shown.get(1));
        assertTrue(shown.get(2).startsWith("К ним"), shown.get(2));
        assertEquals("Кроме того, закон меняет закон об архивах.", shown.get(3), "no pronoun, no antecedent");
    }

    @Test
    void aClaimAReportRelaysDoesNotLeadAFamilysQuestion() {
        var news = Fixtures.meta("kg-claim", "Депутатам запретили въезд", org.rehablawbot.knowledge.Kind.NEWS, "24.kg",
                "2025-03-01", Language.RU, "KG");
        var scope = Fixtures.meta("kg-scope", "Что признаётся репрессиями", org.rehablawbot.knowledge.Kind.NEWS,
                "segodnya.today", "2025-01-05", Language.RU, "KG");
        Passage claim = body(news, 0, "По версии Telegram-канала, депутаты хотят по новому закону реабилитировать "
                + "басмачей и признать их жертвами репрессий.");
        Passage law = body(scope, 0, "Кыргызский закон признаёт репрессиями решения 1917–1953 годов, в том числе по "
                + "декретам о борьбе с басмачеством.");
        Answer a = composer.compose(retrieval("прадеда в 1933 посадили как басмача. его могут реабилитировать по "
                + "новому киргизскому закону?", Language.RU, claim, law));
        assertTrue(a.statements().get(0).text().contains("1917"), a.statements().toString());
    }

    @Test
    void whatOneIsEntitledToIsLedByWhatTheLawGivesNotByItsNumber() {
        var adilet = Fixtures.meta("kz-law-number", "Закон о реабилитации", org.rehablawbot.knowledge.Kind.LAW,
                "Әділет", "1993-04-14", Language.RU, "KZ");
        var rules = Fixtures.meta("kz-rules", "Правила выплаты", org.rehablawbot.knowledge.Kind.DECREE,
                "CIS Legislation", "2003-01-30", Language.RU, "KZ");
        Passage number = body(adilet, 0, "Закон Казахстана о реабилитации жертв политических репрессий, высланных в "
                + "Казахстан, имеет номер N 2200.");
        Passage paid = body(rules, 0, "Реабилитированным по закону Казахстана о реабилитации выплачивается "
                + "единовременная компенсация.");
        Answer a = composer.compose(retrieval("маму выслали в казахстан. ей что-то положено по закону о реабилитации?",
                Language.RU, number, paid));
        assertTrue(a.statements().get(0).text().contains("компенсация"), a.statements().toString());
        // what a person receives comes before the rules that pay it
        Passage approved = body(paymentRules(), 1, "Правительство Казахстана утвердило правила выплаты компенсаций "
                + "жертвам репрессий, высланным в Казахстан, по закону о реабилитации.");
        Passage rate = body(paymentRules(), 2, "По закону о реабилитации выплачивается 3/4 МРП за каждый месяц "
                + "репрессий.");
        Answer b = composer.compose(retrieval("маму выслали в казахстан. ей что-то положено по закону о реабилитации?",
                Language.RU, approved, rate));
        assertTrue(b.statements().get(0).text().contains("3/4"), b.statements().toString());
    }

    private static org.rehablawbot.knowledge.SourceMeta paymentRules() {
        return Fixtures.meta("kz-rules-2", "Правила выплаты", org.rehablawbot.knowledge.Kind.DECREE, "CIS Legislation",
                "2003-01-30", Language.RU, "KZ");
    }

    @Test
    void aLookupWithItsCueLastIsRefusedWhenNoSentenceSaysItsThing() {
        var kun = Fixtures.meta("uz-pp270", "Resolution PP-270", org.rehablawbot.knowledge.Kind.NEWS, "Kun.uz",
                "2024-07-20", Language.EN, "UZ");
        Passage created = body(kun, 0, "Uzbekistan's Resolution PP-270 of 19 July 2024 created the Republican "
                + "commission on victims of repression.");
        Answer meeting = composer.compose(retrieval("uz pp-270 republican commission first meeting date", Language.EN,
                created));
        assertEquals(Answer.Status.REFUSED, meeting.status(), meeting.toString());
        Answer made = composer.compose(retrieval("uz pp-270 republican commission created date", Language.EN,
                created));
        assertEquals(Answer.Status.ANSWERED, made.status(), made.toString());
    }

    @Test
    void aSentenceShownWithItsAntecedentIsNotAlsoShownAlone() {
        String titled = "The law signed on 31 December 2024 is titled \"On Amendments\".";
        List<String[]> chosen = new ArrayList<>(List.of(new String[] {"p1", titled},
                new String[] {"p2", "Japarov signed the law on 31 December 2024."},
                new String[] {"p1", titled + " It amends the law on archives."},
                new String[] {"p3", titled}));
        ExtractiveComposer.withoutHeldAntecedents(chosen, c -> c[0], c -> c[1]);
        assertEquals(List.of("p1", "p2", "p3"), chosen.stream().map(c -> c[0]).toList(),
                "the longer telling stands where the shorter did; another passage's is not this one's");
        assertTrue(chosen.get(0)[1].endsWith("archives."), chosen.get(0)[1]);
    }

    @Test
    void aSentenceOfOneSourceSaidAgainInALongerOneIsSaidOnce() {
        String shorter = "The museum Memory of Victims of Repression opened at the Shahidlar Xotirasi memorial complex "
                + "in Tashkent on 31 August 2002.";
        String longer = "The museum Memory of Victims of Repression opened at the Shahidlar Xotirasi memorial complex "
                + "in Tashkent on 31 August 2002; a remembrance ceremony is held there every year on 31 August.";
        List<String[]> chosen = new ArrayList<>(List.of(new String[] {"mutabar", shorter},
                new String[] {"other", "The decree of 1 May 2001 set the day."}, new String[] {"mutabar", longer}));
        ExtractiveComposer.withoutRestated(chosen, c -> c[0], c -> c[1]);
        assertEquals(List.of(longer, "The decree of 1 May 2001 set the day."), chosen.stream().map(c -> c[1]).toList(),
                "the longer telling stands where the shorter did");
        // another source's telling is its own statement, and a sentence with a number the longer lacks is another fact
        List<String[]> others = new ArrayList<>(List.of(new String[] {"a", shorter}, new String[] {"b", longer}));
        ExtractiveComposer.withoutRestated(others, c -> c[0], c -> c[1]);
        assertEquals(2, others.size());
        List<String[]> numbered = new ArrayList<>(List.of(new String[] {"a", shorter.replace("2002", "2003")},
                new String[] {"a", longer}));
        ExtractiveComposer.withoutRestated(numbered, c -> c[0], c -> c[1]);
        assertEquals(2, numbered.size());
    }

    @Test
    void howOftenALawWasAmendedCountsNoPeople() {
        Question rehabilitated = Question.of("how many people has russia rehabilitated in total since 1991", null,
                null, Language.EN);
        assertFalse(ExtractiveComposer.countsWhatIsAsked("The paper states that Russia's 1991 rehabilitation law had "
                + "been amended 16 times as of 2014.", rehabilitated));
        assertFalse(ExtractiveComposer.countsWhatIsAsked("РАПСИ писала, что закон корректировался более двадцати раз.",
                Question.of("сколько человек реабилитировали в россии?", null, null, Language.RU)));
        assertTrue(ExtractiveComposer.countsWhatIsAsked("Over 311,000 people were rehabilitated in Kazakhstan.",
                rehabilitated));
    }

    @Test
    void howManyPeopleWereRepressedIsAnsweredByACountOfPeopleRepressed() {
        Question repressed = Question.of("How many people were repressed?", null, null, Language.EN);
        assertFalse(ExtractiveComposer.countsWhatIsAsked("Files on 2.4 million cases of people repressed were "
                + "declassified.", repressed));
        assertFalse(ExtractiveComposer.countsWhatIsAsked("311,000 victims of repressions were rehabilitated.",
                repressed));
        assertTrue(ExtractiveComposer.countsWhatIsAsked("100,000 people were convicted.", repressed));
        var kz = Fixtures.meta("kz-scale", "Scale of repression", org.rehablawbot.knowledge.Kind.NEWS, "inbusiness.kz",
                "2023-05-31", Language.EN, "KZ");
        Passage files = body(kz, 0, "Kazakhstan declassified files on 2.4 million cases of people repressed in "
                + "Kazakhstan between 1929 and 1956.");
        Passage cleared = body(kz, 1, "In Kazakhstan 311,000 victims of repressions were rehabilitated by 2023.");
        Passage scale = body(kz, 2, "Scale of repression in Kazakhstan: from 1921 to 1954, 100,000 people were "
                + "convicted.");
        Answer a = composer.compose(retrieval("How many people were repressed in Kazakhstan?", Language.EN, files,
                cleared, scale));
        assertTrue(a.statements().get(0).text().contains("100,000"), a.statements().toString());
    }

    @Test
    void aComparisonGetsASentenceOnEachThingComparedFirst() {
        var kz = Fixtures.meta("kz-pay", "Payments", org.rehablawbot.knowledge.Kind.NEWS, "Kursiv", "2023-05-31",
                Language.EN, "KZ");
        Passage both = body(kz, 0, "Kazakhstan paid 18.4 billion tenge in one-time compensations and special state "
                + "allowances to victims of repression.");
        Passage once = body(kz, 1, "The one-time compensation in Kazakhstan is 3/4 of the monthly index for each month "
                + "of repression.");
        Passage monthly = body(kz, 2, "The special state allowance in Kazakhstan is paid monthly to pensioners among "
                + "victims of repression.");
        Answer a = composer.compose(retrieval("What's the difference between Kazakhstan's one-time compensation and the "
                + "special state allowance?", Language.EN, both, once, monthly));
        assertTrue(a.statements().size() >= 2, a.statements().toString());
        assertTrue(a.statements().get(0).text().contains("3/4"), a.statements().toString());
        assertTrue(a.statements().get(1).text().contains("paid monthly"), a.statements().toString());
    }

    @Test
    void aQuestionForALawsNumberIsAnsweredByANumberOrRefused() {
        assertEquals(Intent.OTHER, Intent.of("What is the number of Kyrgyzstan's 1994 rehabilitation law?"));
        assertEquals(Intent.HOW_MANY, Intent.of("What is the number of people rehabilitated under the law?"));
        Passage signed = body(Fixtures.KG_NEWS, 0, "President Japarov signed the Kyrgyz rehabilitation law on 31 "
                + "December 2024.");
        Answer refused = composer.compose(retrieval("What is the number of the law Japarov signed on 31 December "
                + "2024?", Language.EN, signed));
        assertEquals(Answer.Status.REFUSED, refused.status(), refused.statements().toString());
        Passage numbered = body(Fixtures.KG_NEWS, 1, "The Kyrgyz rehabilitation law Japarov signed on 31 December 2024 "
                + "is law No. 12.");
        Answer answered = composer.compose(retrieval("What is the number of the law Japarov signed on 31 December "
                + "2024?", Language.EN, numbered, signed));
        assertEquals(Answer.Status.ANSWERED, answered.status());
        Answer named = composer.compose(retrieval("What is the number of Kyrgyzstan's 2024 rehabilitation law?",
                Language.EN, signed));
        assertEquals(Answer.Status.REFUSED, named.status(), "words naming the law may stand between number and law");
        Passage counted = body(Fixtures.KG_NEWS, 2, "18,000 victims were named under the Kyrgyz law by 2024.");
        Answer victims = composer.compose(retrieval("What is the number of victims under the Kyrgyz law?",
                Language.EN, counted));
        assertEquals(Answer.Status.ANSWERED, victims.status(), "a count of people under a law is no document number");
    }

    @Test
    void aRussianAnswerShowsNoEnglishPositionLabel() {
        var a1 = Fixtures.meta("ru-a", "Гобл о реабилитации", org.rehablawbot.knowledge.Kind.COMMENTARY,
                "Window on Eurasia", "2023-12-29", Language.RU, "KZ");
        var a2 = Fixtures.meta("ru-b", "Астана Геральд о реабилитации", org.rehablawbot.knowledge.Kind.NEWS,
                "Astana Herald", "2023-09-19", Language.RU, "KZ");
        String about = "кем были люди, реабилитированные в Казахстане";
        Passage legion = fact(a1, 0, "kz-who", "turkestan legion", about, null,
                "Пол Гобл писал, что реабилитированные в Казахстане были бойцами Туркестанского легиона.");
        Passage exiles = fact(a2, 0, "kz-who", "exiles and special settlers", about, null,
                "Astana Herald назвал реабилитированных в Казахстане ссыльными и спецпереселенцами.");
        Answer a = composer.compose(retrieval("Кем были люди, реабилитированные в Казахстане?", Language.RU, legion,
                exiles));
        assertEquals(1, a.disagreements().size(), TextRenderer.render(a));
        String text = TextRenderer.render(a);
        assertFalse(text.contains("turkestan legion") || text.contains("exiles and special settlers"), text);
        assertTrue(text.contains("Туркестанского легиона") && text.contains("ссыльными"), text);
        MarkerIntegrity.check(a);
    }

    @Test
    void aQuestionThatNamesItsCountryIsAnsweredFromThatCountrysPassages() {
        var kz = Fixtures.meta("kz-rules", "Kazakh payment rules", org.rehablawbot.knowledge.Kind.DECREE,
                "CIS Legislation", "2003-01-01", Language.RU, "KZ");
        var ru = Fixtures.meta("ru-art15", "Статья 15 российского закона", org.rehablawbot.knowledge.Kind.LAW,
                "student2.ru", "1991-10-18", Language.RU, "RU");
        Passage kazakh = body(kz, 0, "Кто мог получить компенсацию в Казахстане: жертвы репрессий и их дети могли "
                + "получить компенсацию по правилам.");
        Passage russian = body(ru, 0, "По статье 15 российского закона наследникам компенсация не выплачивается.");
        Answer a = composer.compose(retrieval("могу ли я получить компенсацию за деда по российскому закону?",
                Language.RU, kazakh, russian));
        assertTrue(a.statements().get(0).text().contains("наследникам"), a.statements().toString());
        assertTrue(a.citations().stream().noneMatch(c -> c.sourceId().equals("kz-rules")), a.citations().toString());
    }

    @Test
    void theSameFactFromTwoSourcesIsSaidOnceCitingBoth() {
        Passage news = body(Fixtures.KG_NEWS, 0, "The Kyrgyz parliament passed the rehabilitation bill on "
                + "20 November 2024.");
        Passage other = body(Fixtures.KG_AKI, 0, "On 20 November 2024 the Kyrgyz parliament passed the bill on "
                + "rehabilitation of victims.");
        Answer a = composer.compose(retrieval("When did the Kyrgyz parliament pass the rehabilitation bill?",
                Language.EN, news, other));
        assertEquals(1, a.statements().stream().filter(st -> st.text().contains("20 November 2024")).count(),
                a.statements().toString());
        assertEquals(List.of(1, 2), a.statements().get(0).citations());
        // the second source says it in words of its own: the statement names it
        assertTrue(a.statements().get(0).text().endsWith("Also reported by: AKIpress."), a.statements().toString());
        MarkerIntegrity.check(a);
        assertTrue(ExtractiveComposer.sameStatement("Kazakhstan declassified 2.4 million archive cards in 2023.",
                "In 2023 Kazakhstan declassified 2.4 million archive cards of repression victims."));
        assertFalse(ExtractiveComposer.sameStatement("The working group was set up on 8 October 2020.",
                "The list compiled in August 2023 by the working group set up on 8 October 2020 was published."));
    }

    @Test
    void emptyRetrievalIsARefusalCitingNothing() {
        Answer en = composer.compose(new Retrieval("What is the best pizza?", "What is the best pizza?", Language.EN,
                List.of()));
        assertEquals(Answer.Status.REFUSED, en.status());
        assertTrue(en.citations().isEmpty());
        assertTrue(en.disagreements().isEmpty());
        assertEquals("My sources say nothing about this.", TextRenderer.render(en));
        Answer ru = composer.compose(new Retrieval("Какая пицца лучше?", "Какая пицца лучше?", Language.RU,
                List.of()));
        assertEquals("Мои источники ничего об этом не говорят.", TextRenderer.render(ru));
        assertTrue(ru.citations().isEmpty());
    }

    @Test
    void russianAnswerHasRussianLabelsDatesAndKinds() {
        Passage smk = find("smk-declaration", Language.RU, 0);
        Passage f24 = find("kg-news-parliament", Language.RU, 1);
        Passage aki = find("kg-aki-law-adopted", Language.EN, 1);
        Answer a = composer.compose(retrieval("Когда парламент принял кыргызский закон о реабилитации?",
                Language.RU, f24, aki, smk));
        assertEquals(Language.RU, a.language());
        String text = TextRenderer.render(a);
        assertTrue(text.contains("Источники расходятся: принятие кыргызского закона о реабилитации парламентом"), text);
        assertTrue(text.contains("20 ноября 2024: "), text);
        assertTrue(text.contains("21 ноября 2024: "), text);
        assertTrue(text.contains("Источники:"), text);
        assertTrue(text.contains("(новости, 20 ноября 2024)"), text);
        assertFalse(text.contains("Sources"), text);
        MarkerIntegrity.check(a);

        Answer opinion = composer.compose(retrieval("На что направлена реабилитация в Казахстане?", Language.RU, smk));
        assertTrue(opinion.statements().get(0).text().startsWith(
                "Как утверждает Социалистическое движение Казахстана (заявление, 22 марта 2023), в заявлении"),
                opinion.statements().get(0).text());
    }

    @Test
    void russianAttributionOfAnIndeclinableNameUsesPoDannym() {
        Passage p = fact(Fixtures.meta("x", "Комментарий", org.rehablawbot.knowledge.Kind.COMMENTARY, "skeptik.kg",
                "2026", Language.RU, "KG"), 0, "k", "да", "о чём", null, "Автор считает закон опасным для истории.");
        Answer a = composer.compose(retrieval("Опасен ли закон для истории?", Language.RU, p));
        assertTrue(a.statements().get(0).text().startsWith("По утверждению skeptik.kg (комментарий, 2026), автор"),
                a.statements().get(0).text());
    }

    @Test
    void citationsAreNumberedInOrderOfFirstUseAndCapped() {
        List<Passage> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(body(Fixtures.meta("src-" + i, "Kyrgyz rehabilitation law report " + i,
                    org.rehablawbot.knowledge.Kind.NEWS, "Outlet " + i, "2024-11-2" + i % 10, Language.EN, "KG"), 0,
                    "The Kyrgyz rehabilitation law report number " + i + " covers victims of repression in region "
                            + "r" + i + "."));
        }
        ExtractiveComposer two = new ExtractiveComposer(2);
        Answer a = two.compose(retrieval("What does the Kyrgyz rehabilitation law cover for victims of repression?",
                Language.EN, many.toArray(new Passage[0])));
        assertTrue(a.citations().size() <= 2, a.citations().toString());
        MarkerIntegrity.check(a);
    }

    @Test
    void everyMarkerOfTheFixtureAnswersPointsAtTheSentence() {
        ExtractiveComposer c = new ExtractiveComposer(5);
        List<Passage> all = Fixtures.passages();
        for (String q : List.of("When did the Kyrgyz parliament adopt the rehabilitation bill?",
                "How many volumes did the commission prepare?", "What do the rehabilitation laws aim at?",
                "Who set up the commission?")) {
            Answer a = c.compose(retrieval(q, Language.EN, all.stream()
                    .filter(p -> p.source().language() == Language.EN).toArray(Passage[]::new)));
            MarkerIntegrity.check(a);
            assertEquals(Answer.Status.ANSWERED, a.status(), q);
        }
    }

    @Test
    void disagreementUnrelatedToTheQuestionIsNotShown() {
        Passage a24 = find("kg-news-parliament", Language.EN, 2);
        Passage aki = find("kg-aki-law-adopted", Language.EN, 1);
        Passage volumes = find("kz-decree-commission", Language.EN, 1);
        Answer a = composer.compose(retrieval("How many volumes of documents did the commission prepare?",
                Language.EN, volumes, a24, aki));
        assertTrue(a.disagreements().isEmpty(), a.disagreements().toString());
        assertTrue(a.statements().get(0).text().contains("31 volumes"));
        assertEquals(Set.of("Akorda"), a.citations().stream().map(Citation::publisher).collect(Collectors.toSet()));
    }

    @Test
    void aDisagreementMetOnlyByTheWordsAFollowUpCarriesIsNotShown() {
        var critic = Fixtures.meta("critic-kg", "A critique of the Kyrgyz bill", org.rehablawbot.knowledge.Kind.COMMENTARY,
                "Ritm Eurasia", "2023-01-26", Language.RU, "KG");
        var party = Fixtures.meta("party-kg", "A party's statement", org.rehablawbot.knowledge.Kind.STATEMENT,
                "Hizb ut Tahrir", "2025-01-01", Language.RU, "KG");
        String about = "на что направлены законы о реабилитации в Киргизии";
        Passage revising = Fixtures.fact(critic, 0, "rehab-laws.motive", "revising history", about, null,
                "«Ритм Евразии» утверждал, что за кыргызским законом стоит намерение перестроить историю Киргизии.");
        Passage image = Fixtures.fact(party, 0, "rehab-laws.motive", "image", about, null,
                "В комментарии Хизб ут-Тахрир утверждается, что кыргызский закон принят ради имиджа властей.");
        var superKg = Fixtures.meta("super-kg", "Funding objections", org.rehablawbot.knowledge.Kind.NEWS, "super.kg",
                "2024-09-01", Language.RU, "KG");
        Passage budget = body(superKg, 0, "В бюджете Кыргызстана денег на выплаты по закону о реабилитации нет, "
                + "сообщил super.kg.");
        List<ScoredPassage> scored = List.of(new ScoredPassage(revising, 1f), new ScoredPassage(image, 0.95f),
                new ScoredPassage(budget, 0.9f));
        // the follow-up carries "киргизский закон" from the question before it; its own words ask for money
        Answer a = composer.compose(new Retrieval(Question.of("а деньги ей какие нибудь положены?",
                "подпадает она под киргизский закон?", "деньги ей какие нибудь положены? киргизский закон",
                Language.RU), scored));
        assertTrue(a.disagreements().isEmpty(), TextRenderer.render(a));
        assertTrue(a.statements().get(0).text().contains("бюджете"), TextRenderer.render(a));
        // asked of the motives, the same sides are the answer
        Answer motive = composer.compose(new Retrieval(Question.of("на что направлены законы о реабилитации в Киргизии?",
                null, null, Language.RU), scored));
        assertFalse(motive.disagreements().isEmpty(), TextRenderer.render(motive));
    }

    @Test
    void aQuestionForANamedThingIsLedByASentenceThatNamesIt() {
        var cis = Fixtures.meta("cis-kg", "Kyrgyz law of 1994", org.rehablawbot.knowledge.Kind.LAW, "CIS Legislation",
                "1994-05-27", Language.EN, "KG");
        var region = Fixtures.meta("region-kg", "Scope of the Kyrgyz law", org.rehablawbot.knowledge.Kind.NEWS,
                "region.kg", "2025-01-01", Language.EN, "KG");
        Passage article = body(cis, 0, "Article 1 of the Kyrgyz law names as grounds of repression the decisions of "
                + "courts and of administrative bodies on political grounds, according to CIS Legislation.");
        Passage documents = body(region, 0, "Acts based on the document \"On the Red Terror\" count under the Kyrgyz "
                + "law, region.kg wrote.");
        Answer a = composer.compose(retrieval("What documents does the Kyrgyz law name as grounds for repression "
                + "decisions?", Language.EN, article, documents));
        assertTrue(a.statements().get(0).text().contains("Red Terror"), TextRenderer.render(a));
    }

    @Test
    void whoDecidesGetsTheBodyAndWhereItSits() {
        var knews = Fixtures.meta("knews-kg", "The bill returned", org.rehablawbot.knowledge.Kind.NEWS, "knews.kg",
                "2024-09-03", Language.RU, "KG");
        var akayev = Fixtures.meta("akayev-kg", "A deputy's proposal", org.rehablawbot.knowledge.Kind.NEWS, "24.kg",
                "2023-01-01", Language.RU, "KG");
        var today = Fixtures.meta("today-kg", "The commission's regulation", org.rehablawbot.knowledge.Kind.NEWS,
                "today.kg", "2025-04-01", Language.RU, "KG");
        Passage decides = body(knews, 0, "По кыргызскому законопроекту решать, признаётся ли человек жертвой "
                + "репрессий, должна комиссия по реабилитации, сообщил knews.kg.");
        Passage proposed = body(akayev, 0, "Депутат Акаев предложил создать в Кыргызстане комиссию по реабилитации "
                + "жертв репрессий, сообщил 24.kg.");
        Passage host = body(today, 0, "По данным today.kg, кыргызская комиссия по реабилитации работает при "
                + "Институте истории Национальной академии наук.");
        Answer a = composer.compose(retrieval("кто в кыргызстане решает, признавать ли человека жертвой репрессий?",
                Language.RU, decides, proposed, host));
        assertTrue(a.statements().get(0).text().contains("должна комиссия"), TextRenderer.render(a));
        assertTrue(a.statements().size() > 1 && a.statements().get(1).text().contains("Институте истории"),
                TextRenderer.render(a));
    }

    @Test
    void aCountOfThingsDoesNotAnswerHowManyWereRehabilitated() {
        Question asked = Question.analyse("кз госкомиссия итог реабилитировано скока", null, null);
        assertFalse(ExtractiveComposer.countsWhatIsAsked("По итогам работы госкомиссии Казахстана к изданию "
                + "подготовлено 72 тома сборников материалов.", asked));
        assertTrue(ExtractiveComposer.countsWhatIsAsked("В результате работы комиссии в Казахстане реабилитировано "
                + "более 311 тысяч жертв репрессий.", asked));
        // a count of things that names the event asked counts it: "cases of 2,000 rehabilitated people"
        assertTrue(ExtractiveComposer.countsWhatIsAsked("Реабилитированы люди по 2 тысячам дел.", asked));
    }

    @Test
    void theDisagreementOnTheFiguresAQuestionStatesComesFirst() {
        var daryo = Fixtures.meta("daryo-fig", "Uzbekistan rehabilitates", org.rehablawbot.knowledge.Kind.NEWS,
                "Daryo", "2024-05-07", Language.EN, "UZ");
        var cis = Fixtures.meta("cis-fig", "Resolution PP-270", org.rehablawbot.knowledge.Kind.OFFICIAL,
                "CIS Legislation", "2024-07-19", Language.EN, "UZ");
        var goble = Fixtures.meta("goble-fig", "Window on Eurasia", org.rehablawbot.knowledge.Kind.COMMENTARY,
                "Window on Eurasia", "2024-10-10", Language.EN, "UZ");
        String whoAbout = "who the people rehabilitated in Uzbekistan were, who says so";
        Passage victims = Fixtures.fact(cis, 1, "uz-acquitted.who", "victims of political repression", whoAbout, null,
                "Resolution PP-270 says the people the Supreme Court of Uzbekistan rehabilitated were victims of "
                        + "political repression, who says so.");
        Passage basmachi = Fixtures.fact(goble, 0, "uz-acquitted.who", "basmachi participants", whoAbout, null,
                "Window on Eurasia says the people rehabilitated in Uzbekistan were Basmachi participants, who says so.");
        Passage may = dated(daryo, "1031", "2024-05-07", "Daryo reported that the Supreme Court of Uzbekistan had "
                + "rehabilitated 1,031 people by May 2024.");
        Passage july = dated(cis, "1200", "2024-07-19", "Resolution PP-270 says the Supreme Court of Uzbekistan "
                + "rehabilitated over 1,200 people by July 2024.");
        Answer a = composer.compose(retrieval("One outlet says Uzbekistan's Supreme Court had cleared 1,031 people, the "
                + "resolution says over 1,200. Who says what?", Language.EN, victims, basmachi, may, july));
        assertFalse(a.disagreements().isEmpty(), TextRenderer.render(a));
        assertTrue(a.disagreements().get(0).positions().stream().anyMatch(p -> p.text().contains("1,031")
                || p.text().contains("1031")), TextRenderer.render(a));
    }

    private static Passage dated(org.rehablawbot.knowledge.SourceMeta m, String value, String asOf, String text) {
        return new Passage(m, 7, 12, null, text, new org.rehablawbot.knowledge.Fact("uz-rehabilitated.total", value,
                "total number of people rehabilitated in Uzbekistan so far", null,
                org.rehablawbot.knowledge.PartialDate.parse(asOf).orElseThrow()));
    }

    @Test
    void whatOnePersonReceivesIsNotAnsweredByATimelineOfSumsPaidOut() {
        var kursiv = Fixtures.meta("kursiv-paid", "Payments to victims", org.rehablawbot.knowledge.Kind.NEWS, "Kursiv",
                "2023-05-31", Language.EN, "KZ");
        var enbek = Fixtures.meta("enbek-paid", "Payments since 2003", org.rehablawbot.knowledge.Kind.OFFICIAL,
                "Ministry of Labour", "2017-07-01", Language.EN, "KZ");
        Passage then = new Passage(enbek, 0, 8, null, "The ministry reported that Kazakhstan had paid 11.7 billion "
                + "tenge in one-time compensations to repression victims since 2003.",
                new org.rehablawbot.knowledge.Fact("kz-paid.total", "11700000000", "one-time compensations paid in "
                        + "Kazakhstan since 2003, in tenge", null,
                        org.rehablawbot.knowledge.PartialDate.parse("2017-07-01").orElseThrow()));
        Passage now = new Passage(kursiv, 0, 8, null, "Kursiv reported that Kazakhstan had paid 18.4 billion tenge "
                + "in one-time compensations to repression victims since 2003.",
                new org.rehablawbot.knowledge.Fact("kz-paid.total", "18400000000", "one-time compensations paid in "
                        + "Kazakhstan since 2003, in tenge", null,
                        org.rehablawbot.knowledge.PartialDate.parse("2023-05-31").orElseThrow()));
        Passage rate = body(kursiv, 1, "The one-time compensation in Kazakhstan is three quarters of the monthly "
                + "calculation index for each month of repression, at most 100 of them.");
        Answer a = composer.compose(retrieval("how much one-time compensation in tenge do repression victims get in "
                + "Kazakhstan?", Language.EN, now, then, rate));
        assertTrue(a.disagreements().isEmpty(), a.disagreements().toString());
        assertTrue(a.statements().get(0).text().contains("three quarters"), a.statements().toString());
    }

    @Test
    void aSentenceOnTheCityAskedLeadsTheCountrysRule() {
        var law = Fixtures.meta("ru-art15", "Article 15", org.rehablawbot.knowledge.Kind.LAW, "Garant", "1991-10-18",
                Language.RU, "RU");
        var city = Fixtures.meta("spb-pay", "Выплаты в Санкт-Петербурге", org.rehablawbot.knowledge.Kind.NEWS,
                "rusnewsjournal.com", "2020", Language.RU, "RU");
        Passage country = body(law, 0, "Реабилитированным, лишённым свободы, в России платят 1000 рублей в месяц.");
        Passage own = body(city, 0, "В Санкт-Петербурге реабилитированным платят 2261,30 рубля в месяц.");
        Answer a = composer.compose(retrieval("в питере сколько в месяц платят реабилитированным, лишённым свободы?",
                Language.RU, country, own));
        assertTrue(a.statements().get(0).text().contains("2261,30"), a.statements().toString());
    }

    @Test
    void aCountOfPeopleLeadsWhereTheBestSentenceGivesTheirPaymentsRate() {
        var informburo = Fixtures.meta("informburo-allowance", "Special state allowance",
                org.rehablawbot.knowledge.Kind.NEWS, "Informburo.kz", "2016", Language.EN, "KZ");
        var kursiv = Fixtures.meta("kursiv-allowance", "Who receives allowances", org.rehablawbot.knowledge.Kind.NEWS,
                "Kursiv", "2023-05-31", Language.EN, "KZ");
        Passage rate = body(informburo, 0, "Pensioners among victims of political repression in Kazakhstan receive "
                + "a special state allowance of 1.07 monthly calculation indices.");
        Passage count = body(kursiv, 0, "In 2023, 28,316 pensioners receive the allowance.");
        Answer a = composer.compose(retrieval("how many pensioners among victims of political repression in "
                + "Kazakhstan receive the special state allowance?", Language.EN, rate, count));
        assertTrue(a.statements().get(0).text().contains("28,316"), a.statements().toString());
        // a sum a person receives leads a question on it, and the count follows
        Answer much = composer.compose(retrieval("how much is the special state allowance in Kazakhstan?",
                Language.EN, count, rate));
        assertTrue(much.statements().get(0).text().contains("1.07"), much.statements().toString());
    }

    @Test
    void aQuestionForTheSourcesSidesGetsTheirDisagreementWhateverItsQuestionWord() {
        var azattyk = Fixtures.meta("azattyk-count", "Estimates", org.rehablawbot.knowledge.Kind.NEWS, "Azattyk",
                "2019", Language.EN, "KG");
        var pk = Fixtures.meta("pk-count", "Official figure", org.rehablawbot.knowledge.Kind.NEWS, "pk.kg", "2024",
                Language.EN, "KG");
        String about = "number of people repressed in Kyrgyzstan";
        Passage historians = Fixtures.fact(azattyk, 0, "kg-repressed.count", "40000-100000", about, null,
                "Azattyk wrote that historians estimate the number of people repressed in Kyrgyzstan at 40,000 to "
                        + "100,000.");
        Passage official = Fixtures.fact(pk, 0, "kg-repressed.count", "18000", about, null,
                "pk.kg gave the number of people repressed in Kyrgyzstan as 18,000.");
        Answer a = composer.compose(retrieval("Who says which number of people were repressed in Kyrgyzstan?",
                Language.EN, historians, official));
        assertEquals(1, a.disagreements().size(), a.toString());
        assertEquals(2, a.disagreements().get(0).positions().size(), a.toString());
    }

    @Test
    void aWhyIsLedByTheSentenceGivingTheReason() {
        var knews = Fixtures.meta("knews-returned", "President returns the bill", org.rehablawbot.knowledge.Kind.NEWS,
                "knews.kg", "2024-09-03", Language.EN, "KG");
        Passage returned = body(knews, 0, "In early September 2024 Kyrgyz President Sadyr Japarov sent the "
                + "rehabilitation bill back to parliament with objections.");
        Passage reason = body(knews, 1, "President Japarov's objections to the rehabilitation bill in 2024 concerned "
                + "how it would be funded.");
        Answer a = composer.compose(retrieval("Why did Japarov send the rehabilitation bill back to parliament in "
                + "2024?", Language.EN, returned, reason));
        assertTrue(a.statements().get(0).text().contains("funded"), a.statements().toString());
    }

    private static Passage paid(org.rehablawbot.knowledge.SourceMeta m, String key, String value, String about,
                                String asOf, String text) {
        return new Passage(m, 0, 8, null, text, new org.rehablawbot.knowledge.Fact(key, value, about, null,
                org.rehablawbot.knowledge.PartialDate.parse(asOf).orElseThrow()));
    }

    @Test
    void aSumAskedWithoutAThingIsNotAnsweredByTotalsThatCountItIn() {
        var informburo = Fixtures.meta("informburo-paid", "Payments to victims", org.rehablawbot.knowledge.Kind.NEWS,
                "Informburo.kz", "2016-06-01", Language.EN, "KZ");
        var liter = Fixtures.meta("liter-paid", "Payments in 20 years", org.rehablawbot.knowledge.Kind.NEWS,
                "Liter.kz", "2023-05-31", Language.EN, "KZ");
        var enbek = Fixtures.meta("enbek-paid", "Payments since 2003", org.rehablawbot.knowledge.Kind.OFFICIAL,
                "Ministry of Labour", "2017-07-01", Language.EN, "KZ");
        String both = "total paid to victims in Kazakhstan since 2003, one-time compensations and special state "
                + "allowances together, in tenge";
        String alone = "one-time compensations (without allowances) paid from Kazakhstan's budget since 2003, in tenge";
        Passage total2016 = paid(informburo, "kz-paid.total", "10700000000", both, "2016", "Informburo.kz reported "
                + "that 10.7 billion tenge in one-time compensations and special state allowances had been paid "
                + "since 2003.");
        Passage total2023 = paid(liter, "kz-paid.total", "18400000000", both, "2023-05-31", "Liter.kz reported that "
                + "18.4 billion tenge in one-time compensations and special state allowances had been paid since "
                + "2003.");
        Passage alone2016 = paid(enbek, "kz-paid.one-time", "3000000000", alone, "2016", "The ministry wrote that "
                + "about 3 billion tenge of one-time compensations were paid from the budget from 2003 to 2016.");
        Passage alone2022 = paid(liter, "kz-paid.one-time", "2900000000", alone, "2022", "Liter.kz quoted the "
                + "ministry as saying that 2.9 billion tenge of one-time compensations were paid from 2003 to 2022.");
        Passage rate = body(informburo, 3, "A rehabilitated person receives a one-time compensation of 3/4 of the "
                + "monthly calculation index for each month of repression, no more than 100 MCI in all.");
        Answer a = composer.compose(retrieval("How much was paid in one-time compensations alone (not allowances) "
                + "to repression victims in Kazakhstan since 2003?", Language.EN, total2023, total2016, rate,
                alone2016, alone2022));
        assertEquals(Answer.Status.ANSWERED, a.status());
        String text = TextRenderer.answerText(a);
        assertTrue(a.statements().get(0).text().contains("2.9 billion"), text);
        assertFalse(text.contains("18.4") || text.contains("10.7") || text.contains("18,400"), text);
        assertTrue(a.disagreements().stream().allMatch(d -> d.timeline() && d.about().contains("without")), text);
        MarkerIntegrity.check(a);

        // the same question without setting the allowances aside is answered by the totals
        Answer all = composer.compose(retrieval("How much was paid in one-time compensations and allowances to "
                + "repression victims in Kazakhstan since 2003?", Language.EN, total2023, total2016, rate,
                alone2016, alone2022));
        assertTrue(TextRenderer.answerText(all).contains("18.4"), TextRenderer.answerText(all));
    }

    @Test
    void aTotalOfMoneyAskedIsAnsweredByASumPaidOutNotByTheRate() {
        var informburo = Fixtures.meta("informburo-paid-ru", "Выплаты жертвам", org.rehablawbot.knowledge.Kind.NEWS,
                "Informburo.kz", "2016-06-01", Language.RU, "KZ");
        Passage cap = body(informburo, 2, "Единовременная компенсация жертвам политических репрессий в Казахстане не "
                + "может превышать 100 МРП.");
        Passage rate = body(informburo, 0, "Реабилитированному выплачивается единовременная компенсация — 3/4 МРП за "
                + "каждый месяц репрессий, но всего не более 100 МРП.");
        Passage sum = body(informburo, 1, "С 2003 по 2016 год Казахстан выплатил жертвам репрессий около 3 млрд "
                + "тенге единовременных компенсаций.");
        Answer a = composer.compose(retrieval("сколько всего выплатили в казахстане единовременных компенсаций "
                + "репрессированным?", Language.RU, cap, rate, sum));
        assertTrue(a.statements().get(0).text().contains("3 млрд"), a.statements().toString());

        // what one person is due is the rate
        Answer due = composer.compose(retrieval("сколько компенсации положено в казахстане?", Language.RU, sum,
                rate));
        assertTrue(due.statements().get(0).text().contains("3/4 МРП"), due.statements().toString());
    }

    @Test
    void whoHoldsARoleIsAnsweredOnlyByATextNamingTheRole() {
        Passage commission = body(Fixtures.KZ_DECREE, 0, "The presidential commission for the rehabilitation of "
                + "victims of political repression worked under a regulation approved by decree No. 1113 of 2004.");
        Passage chaired = body(Fixtures.KZ_DECREE, 1, "The state commission for rehabilitation held its first meeting "
                + "on 3 December 2020, chaired by State Secretary Krymbek Kusherbayev.");
        ExtractiveComposer c = overKnowledge(commission, chaired);
        Answer none = c.compose(retrieval("Who heads the presidential commission for the rehabilitation of victims "
                + "of political repression now?", Language.EN, commission));
        assertTrue(none.refused(), TextRenderer.answerText(none));
        Answer named = c.compose(retrieval("Who heads the state commission for rehabilitation?", Language.EN, chaired,
                commission));
        assertFalse(named.refused(), TextRenderer.answerText(named));
        assertTrue(named.statements().get(0).text().contains("Kusherbayev"), TextRenderer.answerText(named));
        Answer lookup = c.compose(retrieval("presidential rehabilitation commission chairman name", Language.EN,
                commission));
        assertTrue(lookup.refused(), TextRenderer.answerText(lookup));
        // a head of something else, in a sentence on the rehabilitation law, names no one in the commission's role
        Passage critic = body(Fixtures.SMK, 0, "Dmitry Orlov, head of an analytical centre, criticised the "
                + "rehabilitation law in 2024.");
        Answer other = overKnowledge(commission, critic).compose(retrieval("Who chairs the rehabilitation "
                + "commission?", Language.EN, commission, critic));
        assertTrue(other.refused(), TextRenderer.answerText(other));
    }

    @Test
    void oneValueAsOfSeveralDatesIsSaidOnceWithEverySourceNotShownAsAChange() {
        var daryo = Fixtures.meta("daryo-same", "Uzbekistan rehabilitates", org.rehablawbot.knowledge.Kind.NEWS,
                "Daryo", "2024-05-07", Language.EN, "UZ");
        var asian = Fixtures.meta("asian-same", "Uzbekistan rehabilitates", org.rehablawbot.knowledge.Kind.NEWS,
                "The AsiaN", "2023-08-26", Language.EN, "UZ");
        Passage earlier = dated(asian, "856", "2023-08", "The AsiaN reported that the total number of people "
                + "rehabilitated in Uzbekistan reached 856 in August 2023.");
        Passage later = dated(daryo, "856", "2024-05-07", "Daryo reported that the total number of people "
                + "rehabilitated in Uzbekistan was 856 as of 7 May 2024.");
        Answer a = composer.compose(retrieval("How many people has Uzbekistan rehabilitated in total?", Language.EN,
                earlier, later));
        String text = TextRenderer.answerText(a);
        assertTrue(a.disagreements().isEmpty(), text);
        assertTrue(a.statements().get(0).text().contains("856"), text);
        assertTrue(a.statements().get(0).text().contains("Also reported by: The AsiaN"), text);
        assertEquals(2, a.citations().size(), text);
        MarkerIntegrity.check(a);
    }

    @Test
    void whatOneIsEntitledToIsRefusedWhenNoPassageFoundSaysOfAnyPaymentOrRight() {
        Passage count = body(Fixtures.KZ_DECREE, 0, "В 2021–2024 годах Верховный суд Узбекистана реабилитировал более "
                + "1200 жертв репрессий.");
        Passage museum = body(Fixtures.KZ_DECREE, 1, "Музей памяти жертв репрессий открылся в Ташкенте в 2002 году.");
        Answer a = composer.compose(retrieval("деда расстреляли в ташкенте. нам как внукам что-то положено в "
                + "узбекистане?", Language.RU, count, museum));
        assertTrue(a.refused(), TextRenderer.answerText(a));
        assertTrue(a.citations().isEmpty());

        Passage pay = body(Fixtures.KZ_DECREE, 2, "Реабилитированным выплачивается единовременная компенсация — 3/4 "
                + "МРП за каждый месяц репрессий.");
        Answer paid = composer.compose(retrieval("деда расстреляли в алматы. нам что-то положено в казахстане?",
                Language.RU, count, pay));
        assertFalse(paid.refused(), TextRenderer.answerText(paid));
    }

    @Test
    void oneValueAsOfSeveralDatesIsStillShownWhenItDoesNotLead() {
        var daryo = Fixtures.meta("daryo-when", "Uzbekistan rehabilitates", org.rehablawbot.knowledge.Kind.NEWS,
                "Daryo", "2024-05-07", Language.EN, "UZ");
        var asian = Fixtures.meta("asian-when", "Uzbekistan rehabilitates", org.rehablawbot.knowledge.Kind.NEWS,
                "The AsiaN", "2023-08-26", Language.EN, "UZ");
        Passage earlier = dated(asian, "856", "2023-08", "The AsiaN reported that the total number of people "
                + "rehabilitated in Uzbekistan reached 856 in August 2023.");
        Passage later = dated(daryo, "856", "2024-05-07", "Daryo reported that the total number of people "
                + "rehabilitated in Uzbekistan was 856 as of 7 May 2024.");
        // a sentence outside the timeline says more of the question, so the timeline does not lead: its value must
        // still be shown
        Passage other = body(Fixtures.KG_NEWS, 3, "Kun.uz wrote that the total number of people rehabilitated in "
                + "Uzbekistan by its Supreme Court in total so far is 1,200.");
        Answer a = composer.compose(retrieval("How many people has Uzbekistan's Supreme Court rehabilitated in total "
                + "so far?", Language.EN, other, earlier, later));
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("856"), text);
        MarkerIntegrity.check(a);
    }

    @Test
    void theSentenceThatAnswersLeadsThoughTimelinesShowItsValues() {
        var kursiv = Fixtures.meta("kursiv-range", "Payments in 2023", org.rehablawbot.knowledge.Kind.NEWS, "Kursiv",
                "2023-05-31", Language.EN, "KZ");
        var pricom = Fixtures.meta("pricom-range", "Payments in 2024", org.rehablawbot.knowledge.Kind.NEWS, "Pricom",
                "2024-05-31", Language.EN, "KZ");
        Passage range = new Passage(kursiv, 0, 20, null, "In 2023 the one-time compensation in Kazakhstan ranged "
                + "from 2588 tenge (3/4 MCI) to 345,000 tenge (100 MCI), the ministry told Kursiv.", null);
        java.util.function.BiFunction<String, String[], Passage[]> sums = (key, v) -> new Passage[] {
                new Passage(kursiv, 1, 8, null, "Kursiv reported the " + v[0] + " one-time compensation in 2023 as "
                        + v[1] + " tenge.", new org.rehablawbot.knowledge.Fact(key, v[1], v[0] + " one-time "
                        + "compensation for victims of repression in Kazakhstan, in tenge", null,
                        org.rehablawbot.knowledge.PartialDate.parse("2023").orElseThrow())),
                new Passage(pricom, 1, 8, null, "Pricom reported the " + v[0] + " one-time compensation in 2024 as "
                        + v[2] + " tenge.", new org.rehablawbot.knowledge.Fact(key, v[2], v[0] + " one-time "
                        + "compensation for victims of repression in Kazakhstan, in tenge", null,
                        org.rehablawbot.knowledge.PartialDate.parse("2024").orElseThrow()))};
        Passage[] min = sums.apply("kz-compensation-min-tenge", new String[] {"smallest", "2588", "2769"});
        Passage[] max = sums.apply("kz-compensation-max-tenge", new String[] {"largest", "345000", "369200"});
        Answer a = composer.compose(retrieval("how much is the one-time compensation in kazakhstan in 2023 in tenge",
                Language.EN, range, min[0], max[0], min[1], max[1]));
        String text = TextRenderer.answerText(a);
        // both amounts are four- and six-digit sums of money: two timelines, and the year's range leads
        assertEquals(2, a.disagreements().size(), text);
        assertTrue(a.disagreements().stream().allMatch(Disagreement::timeline), text);
        assertTrue(a.statements().get(0).text().contains("2588") && a.statements().get(0).text().contains("345,000"),
                text);
        MarkerIntegrity.check(a);
    }

    @Test
    void theOfficialFigureAgainstAnothersIsAnsweredByTheirDisagreement() {
        var news = Fixtures.meta("kg-count-news", "Parliament passes the bill", org.rehablawbot.knowledge.Kind.NEWS,
                "24.kg", "2024-11-20", Language.EN, "KG");
        var forkg = Fixtures.meta("kg-count-forkg", "Akayev on the repressed", org.rehablawbot.knowledge.Kind.NEWS,
                "for.kg", "2023-09-18", Language.EN, "KG");
        Passage official = new Passage(news, 0, 8, null, "24.kg gave the official figure of 18,000 repressed persons "
                + "in Kyrgyzstan.", new org.rehablawbot.knowledge.Fact("kg-repressed.count", "18000",
                "number of victims of repression in Kyrgyzstan", null, null));
        Passage deputy = new Passage(forkg, 0, 8, null, "Deputy Zhanar Akayev said that about 40 thousand people of "
                + "Kyrgyzstan were repressed.", new org.rehablawbot.knowledge.Fact("kg-repressed.count", "40000",
                "number of victims of repression in Kyrgyzstan", null, null));
        Answer a = composer.compose(retrieval("kg repressed count official vs akayev?", Language.EN, official,
                deputy));
        String text = TextRenderer.answerText(a);
        assertEquals(1, a.disagreements().size(), text);
        assertTrue(text.contains("18,000") && text.contains("40"), text);
    }

    /** The AsiaN's 856 of August 2023 and Daryo's 1,031 of 7 May 2024: a timeline of Uzbekistan's total. */
    private static Passage[] uzbekTotals() {
        var daryo = Fixtures.meta("daryo-total", "Uzbekistan rehabilitates 205", org.rehablawbot.knowledge.Kind.NEWS,
                "Daryo", "2024-05-07", Language.EN, "UZ");
        var asian = Fixtures.meta("asian-total", "Uzbekistan rehabilitates 240", org.rehablawbot.knowledge.Kind.NEWS,
                "The AsiaN", "2023-08-26", Language.EN, "UZ");
        return new Passage[] {dated(asian, "856", "2023-08", "The AsiaN reported that the total number of people "
                + "rehabilitated in Uzbekistan reached 856 in August 2023."), dated(daryo, "1031", "2024-05-07",
                "Daryo reported that the total number of people rehabilitated in Uzbekistan had reached 1,031 by 7 "
                + "May 2024.")};
    }

    @Test
    void aNoteOnThePageItselfNeverLeads() {
        var kz = Fixtures.meta("kz-art2", "Article 2", org.rehablawbot.knowledge.Kind.REFERENCE, "zakonpravo.kz",
                "2020-01-01", Language.EN, "KZ");
        Passage note = body(kz, 1, "The stored text of Kazakhstan's rehabilitation law on whom it covers among "
                + "participants of the December 1986 events breaks off after this point.");
        Passage rule = body(kz, 2, "Article 2 excludes those convicted of premeditated murder in December 1986.");
        Answer a = composer.compose(retrieval("Is a participant of the December 1986 events covered by Kazakhstan's "
                + "rehabilitation law?", Language.EN, note, rule));
        assertFalse(a.statements().get(0).text().contains("breaks off"), TextRenderer.answerText(a));
    }

    @Test
    void aTimelineAskedOfOneYearIsLedByThatYearsValue() {
        Answer a = composer.compose(retrieval("uzbekistan total rehabilitated people 2023", Language.EN,
                uzbekTotals()));
        assertTrue(a.statements().get(0).text().contains("856"), TextRenderer.answerText(a));
        Answer latest = composer.compose(retrieval("uzbekistan total rehabilitated people", Language.EN,
                uzbekTotals()));
        assertTrue(latest.statements().get(0).text().contains("1,031"), TextRenderer.answerText(latest));
    }

    @Test
    void valuesOfDifferentDatesAreATimelineLedByTheLatest() {
        Answer a = composer.compose(retrieval("How many people has Uzbekistan rehabilitated in total?", Language.EN,
                uzbekTotals()));
        assertTrue(a.statements().get(0).text().contains("1,031"), a.statements().toString());
        assertEquals(1, a.disagreements().size());
        Disagreement timeline = a.disagreements().get(0);
        assertTrue(timeline.timeline());
        assertEquals(2, timeline.positions().size());
        assertTrue(timeline.positions().get(0).text().startsWith("August 2023: 856"), timeline.toString());
        assertTrue(timeline.positions().get(1).text().startsWith("7 May 2024: 1,031"), timeline.toString());
        String text = TextRenderer.answerText(a);
        assertTrue(text.contains("Over time: total number of people rehabilitated"), text);
        assertFalse(text.contains("Sources differ"), text);
        MarkerIntegrity.check(a);
    }

    @Test
    void theYearsOfAFamilyStoryBindNoPeriodOfTheCountAsked() {
        Passage rate = body(Fixtures.KG_NEWS, 4, "In 2023 compensation in Kazakhstan was paid from the national budget: "
                + "3/4 of the monthly calculation index for each month of repression, at most 100 MCI.");
        Answer a = composer.compose(retrieval("My grandfather was shot in 1937 and my mother was born in exile in "
                + "1942. How much compensation is she owed?", Language.EN, rate));
        assertEquals(Answer.Status.ANSWERED, a.status(), TextRenderer.answerText(a));
        // in the asking part itself, a year of one person's life is story too
        Answer one = composer.compose(retrieval("How much compensation is my mother owed, she was born in exile in "
                + "1942?", Language.EN, rate));
        assertEquals(Answer.Status.ANSWERED, one.status(), TextRenderer.answerText(one));
        // a year the question asks of still binds: the sentence speaks of 2023, not 1937
        Answer bound = composer.compose(retrieval("How much compensation was paid in 1937?", Language.EN, rate));
        assertEquals(Answer.Status.REFUSED, bound.status(), TextRenderer.answerText(bound));
    }

    @Test
    void aHowManyQuestionWithoutACountOfItsThingIsRefused() {
        Passage p = body(Fixtures.KG_NEWS, 1, "Many people were shot in Kyrgyzstan during the Red Terror. The "
                + "Kyrgyz rehabilitation law treats decisions taken between 1917 and 1953 as political repression.");
        Answer a = composer.compose(retrieval("How many people were shot in Kyrgyzstan during the Red Terror?",
                Language.EN, p));
        assertEquals(Answer.Status.REFUSED, a.status());
        assertTrue(a.citations().isEmpty());
    }

    @Test
    void aFactsPeriodIsWhatItIsAbout() {
        var uz = Fixtures.meta("uz-scale", "Uzbekistan's repression scale", org.rehablawbot.knowledge.Kind.NEWS,
                "Gazeta.uz", "2024-07-20", Language.EN, "UZ");
        Passage shot = fact(uz, 0, "uz-shot.count", "13000", "people shot in Uzbekistan in the repressions of "
                + "1937-1953", null, "Gazeta.uz quoted the resolution saying 13,000 of them were shot.");
        Answer other = composer.compose(retrieval("How many people were shot in Uzbekistan in the 1920s?",
                Language.EN, shot));
        assertEquals(Answer.Status.REFUSED, other.status(), other.statements().toString());
        Answer same = composer.compose(retrieval("How many people were shot in Uzbekistan in 1937-1953?",
                Language.EN, shot));
        assertEquals(Answer.Status.ANSWERED, same.status());
    }

    @Test
    void aCountOfAnotherPeriodDoesNotAnswer() {
        Passage p = body(Fixtures.KG_NEWS, 1, "In 1937-1953 more than 100,000 people in Kyrgyzstan were repressed "
                + "and 13,000 of them were shot.");
        assertEquals(Answer.Status.REFUSED, composer.compose(retrieval(
                "How many people were shot in Kyrgyzstan in the 1920s?", Language.EN, p)).status());
        // a count over 1937-1953 is no count of 1938 alone: a neighbouring fact, however honestly dated
        assertEquals(Answer.Status.REFUSED, composer.compose(retrieval(
                "How many people were shot in Kyrgyzstan in 1938?", Language.EN, p)).status());
        assertEquals(Answer.Status.ANSWERED, composer.compose(retrieval(
                "How many people were shot in Kyrgyzstan from 1937 to 1953?", Language.EN, p)).status());
    }

    @Test
    void aSentenceThatNamesItsSourceIsNotAttributedTwice() {
        Passage p = body(Fixtures.SMK, 3, "The Socialist Movement of Kazakhstan wrote on 22 March 2023 that the "
                + "rehabilitations covered members of the Turkestan Legion.");
        Answer a = composer.compose(retrieval("What did the Socialist Movement of Kazakhstan write about the "
                + "Turkestan Legion?", Language.EN, p));
        String first = a.statements().get(0).text();
        assertTrue(first.startsWith("The Socialist Movement of Kazakhstan wrote"), first);
    }

    @Test
    void aRussianFirstNameKeepsItsCapitalAfterTheAttribution() {
        assertEquals("Дмитрий Орлов раскритиковал закон.",
                ExtractiveComposer.continuation("Дмитрий Орлов раскритиковал закон.", "x", "y"));
        assertEquals("в заявлении говорится о законе.",
                ExtractiveComposer.continuation("В заявлении говорится о законе.", "x", "y"));
    }

    @Test
    void aRemarkAfterTheQuestionHidesNoDisagreementAndAPositionIsNotSaidTwice() {
        String about = "number of Kazakhstan's 1993 rehabilitation law";
        Passage adilet = fact(Fixtures.KZ_LAW, 1, "kz-rehab-law-1993.number", "2200", about, null,
                "Adilet gives the number of Kazakhstan's 1993 rehabilitation law as N 2200.");
        Passage adiletBody = body(Fixtures.KZ_LAW, 2, "In its Kazakh text, Kazakhstan's 1993 rehabilitation law "
                + "carries the number N 2200.");
        Passage cis = fact(Fixtures.KZ_DECREE, 1, "kz-rehab-law-1993.number", "2143-XII", about, null,
                "The CIS Legislation database gives the number of Kazakhstan's 1993 rehabilitation law as No. 2143-XII.");
        Answer a = composer.compose(retrieval("What is the number of Kazakhstan's 1993 rehabilitation law? I keep "
                + "seeing different ones in different places and articles online.", Language.EN, adiletBody, adilet, cis));
        String text = TextRenderer.answerText(a);
        assertEquals(1, a.disagreements().size(), text);
        assertFalse(text.contains("carries the number"), "the position says it, cited: " + text);
    }

    @Test
    void aFactToldAgainWithMoreAroundItIsSaidOnceAndCitesEachSource() {
        var uz = Fixtures.meta("uz-pp270", "Resolution PP-270", org.rehablawbot.knowledge.Kind.LAW, "Lex.uz",
                "2024-07-19", Language.EN, "UZ");
        var kun = Fixtures.meta("uz-kun", "Remembrance week", org.rehablawbot.knowledge.Kind.NEWS, "Kun.uz",
                "2024-07-20", Language.EN, "UZ");
        var gazeta = Fixtures.meta("uz-gazeta", "Scale of repression", org.rehablawbot.knowledge.Kind.NEWS,
                "Gazeta.uz", "2024-07-20", Language.EN, "UZ");
        Passage law = body(uz, 0, "Resolution PP-270 states that more than 100,000 people in Uzbekistan became victims "
                + "of repression in 1937-1953, and that 13,000 of them were shot.");
        Passage more = body(kun, 0, "More than 100,000 people in Uzbekistan became victims of repression in 1937-1953 "
                + "and 13,000 were shot; since 2021 the Supreme Court rehabilitated over 1,200 victims.");
        Passage less = body(gazeta, 0, "Gazeta.uz wrote that 13,000 people in Uzbekistan were shot in the repression "
                + "of 1937-1953.");
        Answer a = composer.compose(retrieval("How many people in Uzbekistan were victims of repression in "
                + "1937-1953, and how many of them were shot?", Language.EN, law, more, less));
        String text = TextRenderer.answerText(a);
        assertEquals(1, a.statements().size(), text);
        assertTrue(a.statements().get(0).citations().size() >= 2, text);
        assertTrue(text.contains("Also reported by: Kun.uz"), text);
    }

    @Test
    void anAnswerThatSpeaksOfTheAskersStoryAnswersItHoweverTheQuestionIsWorded() {
        var ru = Fixtures.meta("ru-art5", "Article 5 of Russia's rehabilitation law", org.rehablawbot.knowledge.Kind.LAW,
                "vif2ne.ru", "2020", Language.EN, "RU");
        Passage art5 = body(ru, 0, "Under Article 5 of Russia's rehabilitation law, the acts not dangerous to society "
                + "include anti-Soviet agitation and propaganda.");
        Passage other = body(ru, 1, "Russia's rehabilitation law was adopted on 18 October 1991.");
        Passage third = body(ru, 2, "Rehabilitated people may read their case files.");
        ExtractiveComposer c = overKnowledge(art5, other, third);
        Answer a = c.compose(retrieval("My great-uncle was jailed in 1972 in Moscow for anti-Soviet agitation. Can he "
                + "be rehabilitated under Russian law even if he really did spread the leaflets?", Language.EN, art5));
        assertEquals(Answer.Status.ANSWERED, a.status(), "the answer speaks of the agitation he was jailed for");
        Answer b = c.compose(retrieval("My great-uncle was jailed in 1972 in Moscow for anti-Soviet agitation. Does "
                + "the family get any compensation for the confiscated house?", Language.EN, other));
        assertEquals(Answer.Status.REFUSED, b.status(), TextRenderer.answerText(b));
    }

    @Test
    void anOpinionDoesNotLeadAnAnswerToAQuestionThatAsksForNoneNorDoesATeaser() {
        var critic = Fixtures.meta("kg-critic", "A critic on the Kyrgyz law", org.rehablawbot.knowledge.Kind.COMMENTARY,
                "skeptik.kg", "2024", Language.EN, "KG");
        var law = Fixtures.meta("kg-law", "Kyrgyzstan's 1994 law", org.rehablawbot.knowledge.Kind.LAW,
                "CIS Legislation", "1994", Language.EN, "KG");
        Passage claim = body(critic, 0, "skeptik.kg claims the Kyrgyz law can rehabilitate Basmachi, traitors and "
                + "the wives of enemies of the people sent to a camp.");
        Passage scope = body(law, 0, "The Kyrgyz law applies to people repressed from 1917 onward.");
        Passage teaser = body(law, 1, "The page explains how the Kyrgyz law may rehabilitate people repressed.");
        Answer a = composer.compose(retrieval("My great-grandmother was sent to a camp as the wife of an enemy of the "
                + "people. Can she be rehabilitated under the Kyrgyz law?", Language.EN, claim, teaser, scope));
        assertTrue(a.statements().get(0).text().contains("1917"), TextRenderer.answerText(a));
        Answer asked = composer.compose(retrieval("Is it true the Kyrgyz law may rehabilitate Basmachi?", Language.EN,
                claim, scope));
        assertTrue(TextRenderer.answerText(asked).contains("skeptik.kg"), TextRenderer.answerText(asked));
    }

    @Test
    void aGroupOfKinAskedAboutMustBeAnsweredTheAskersOwnKinNeedNot() {
        var kz = Fixtures.meta("kz-pay", "Payments to victims in Kazakhstan", org.rehablawbot.knowledge.Kind.NEWS,
                "Kursiv", "2023-05-31", Language.EN, "KZ");
        Passage paid = body(kz, 0, "Kazakhstan would pay 1.3 billion tenge in 2023 to victims of political repression.");
        Passage children = body(kz, 1, "Children of victims of political repression may apply for the payment with "
                + "documents proving the relation.");
        Answer grandchildren = composer.compose(retrieval("How much does Kazakhstan pay to grandchildren of repressed "
                + "people?", Language.EN, paid));
        assertEquals(Answer.Status.REFUSED, grandchildren.status(), TextRenderer.answerText(grandchildren));
        Answer kids = composer.compose(retrieval("Can children of repressed people apply for the payment in "
                + "Kazakhstan?", Language.EN, children, paid));
        assertEquals(Answer.Status.ANSWERED, kids.status());
        Answer mine = composer.compose(retrieval("My grandson asks: can he apply for the payment in Kazakhstan?",
                Language.EN, children));
        assertEquals(Answer.Status.ANSWERED, mine.status(), "the asker's own kin need not be named");
    }

    /** The first statement of the answer composed over, and from, exactly these passages (a refusal fails). */
    private static String lead(String question, Passage... passages) {
        Answer a = overKnowledge(passages).compose(retrieval(question, Language.EN, passages));
        assertFalse(a.refused(), TextRenderer.answerText(a));
        return a.statements().get(0).text();
    }

    @Test
    void whoDecidesIsAnsweredByABodyDecidingNotByAnotherUseOfTheWord() {
        Passage scope = body(Fixtures.KG_NEWS, 0, "Under Kyrgyzstan's rehabilitation law, decisions taken from 1917 "
                + "to 1953 count as political repression, whether decided by courts or by administrative bodies.");
        Passage commission = body(Fixtures.KG_AKI, 0, "Under the Kyrgyz rehabilitation bill, a rehabilitation "
                + "commission is to decide whether a person is recognised as a victim of political repression.");
        String first = lead("Who decides under Kyrgyzstan's rehabilitation law?", scope, commission);
        assertTrue(first.contains("commission is to decide"), first);
    }

    @Test
    void aSentenceThatOnlyAnnouncesWhatAnArticleSaysDoesNotLead() {
        Passage announces = body(Fixtures.KZ_LAW, 0, "Article 13 of Kazakhstan's 1993 rehabilitation law says which "
                + "courts decide on rehabilitation when the prosecutor's office does not establish grounds for it.");
        Passage tells = body(Fixtures.KZ_LAW, 1, "For people repressed by extrajudicial bodies, Article 13 gives the "
                + "decision on rehabilitation to the regional court of the territory where the body worked.");
        String first = lead("Which court decides on rehabilitation in Kazakhstan when the prosecutor's office finds "
                + "no grounds?", announces, tells);
        assertTrue(first.contains("regional court"), first);
    }

    @Test
    void theSidesOfAChoiceAreTheWordsEitherSideOfItsOr() {
        assertEquals(List.of("online", "go"),
                ExtractiveComposer.choices("can i apply online or do i have to go to bishkek in person"));
        assertEquals(List.of("прокуратуру", "полицию"),
                ExtractiveComposer.choices("а подавать куда, в прокуратуру или в полицию?"));
        // yes or no, countries, years: no sides to choose between that a text must name
        assertEquals(List.of(), ExtractiveComposer.choices("is he covered or not?"));
        assertEquals(List.of(), ExtractiveComposer.choices("which came first, Kazakhstan or Uzbekistan?"));
        assertEquals(List.of(), ExtractiveComposer.choices("was it created in 2024 or 2025?"));
        assertEquals(List.of(), ExtractiveComposer.choices("who decides?"));
        // a claim judged true or false is checked by who says what, not by a side named
        assertEquals(List.of(), ExtractiveComposer.choices("a blog says 311,000 basmachi were rehabilitated. is that "
                + "true or is the blogger making it up"));
        assertEquals(List.of(), ExtractiveComposer.choices("это правда или выдумка?"));
    }

    @Test
    void theYearOfASentencesEarliestFullDateLeavesOutReportDatesAndBareYears() {
        assertEquals(1993, ExtractiveComposer.earliestYear("Kazinform wrote on 31 May 2016 that the law of 14 April "
                + "1993 was one of the first laws."));
        assertEquals(Integer.MAX_VALUE, ExtractiveComposer.earliestYear("decisions taken from 1917 to 1953 count"));
        assertEquals(2024, ExtractiveComposer.earliestYear("Принятию законопроекта 20 ноября 2024 года предшествовало"));
    }

    @Test
    void theThingAQuestionAsksWhetherItExistsIsTheWordsAfterItsFrame() {
        assertEquals(List.of("крайний", "срок"), ExtractiveComposer.existenceAsked("Скажите есть ли крайний срок до "
                + "которого надо подать на компенсацию в Казахстане?"));
        assertEquals(List.of("deadline"), ExtractiveComposer.existenceAsked("is there a deadline to apply?"));
        assertEquals(List.of("право"), ExtractiveComposer.existenceAsked("есть ли у нас право на компенсацию?"));
        assertEquals(List.of(), ExtractiveComposer.existenceAsked("how do we apply?"));
        assertEquals(List.of("срока", "давности"), ExtractiveComposer.existenceAsked("нет ли там срока давности?"));
        // a sum is given in tenge or at a rate, never as "money": any payment stated answers "is there any money?"
        assertEquals(List.of(), ExtractiveComposer.existenceAsked("is there any money?"));
        assertEquals(List.of("payment"), ExtractiveComposer.existenceAsked("is there money or a payment?"));
    }

    @Test
    void aMonthNamedWithItsYearIsRead() {
        assertEquals(List.of(2024, 5), toList(ExtractiveComposer.monthNamed("rehabilitated by May 2024?")));
        assertEquals(List.of(2023, 8), toList(ExtractiveComposer.monthNamed("сколько к августу 2023 года?")));
        assertEquals(List.of(2024, 5), toList(ExtractiveComposer.monthNamed("к маю 2024")));
        assertEquals(null, ExtractiveComposer.monthNamed("in 2024"));
    }

    private static List<Integer> toList(int[] yearMonth) {
        return yearMonth == null ? null : List.of(yearMonth[0], yearMonth[1]);
    }

    @Test
    void aRuleThatLapsedIsToldWithTheDateItLapsed() {
        // the only page on where to apply is the 2003 rules' page; its fact says they lapsed in 2023: the answer that
        // cites the rule says so, cited to that fact; a page without such a fact gets no such note
        org.rehablawbot.knowledge.SourceMeta rules = Fixtures.meta("kz-payment-rules-2003",
                "Decree No. 82 on paying compensation", org.rehablawbot.knowledge.Kind.OFFICIAL, "CIS Legislation",
                "2003-01-23", Language.EN, "KZ");
        org.rehablawbot.knowledge.SourceMeta news = Fixtures.meta("kz-allowance-news",
                "Special allowance paid", org.rehablawbot.knowledge.Kind.NEWS, "Kazinform", "2024-05-01",
                Language.EN, "KZ");
        Passage apply = body(rules, 1, "Applications for the compensation to victims of political repression in "
                + "Kazakhstan are received by the Government for Citizens state corporation, the rules say.");
        Passage lapsed = fact(rules, 2, "kz-payment-rules-2003.lapsed", "2023-07-01",
                "date the 2003 payment rules ceased to be valid", null,
                "According to CIS Legislation, decree No. 82 of 2003 ceased to be valid on 1 July 2023.");
        Passage allowance = body(news, 1, "Victims of political repression in Kazakhstan receive a special state "
                + "allowance every month, Kazinform reported.");
        org.rehablawbot.retrieve.HybridRetriever retriever = new org.rehablawbot.retrieve.HybridRetriever(
                new org.rehablawbot.retrieve.InMemorySearch(List.of(apply, lapsed, allowance),
                        new org.rehablawbot.retrieve.HashingEmbedder()), null, 0.5);
        ExtractiveComposer composer = new ExtractiveComposer(5, retriever,
                org.rehablawbot.retrieve.Synonyms.builtIn());

        Answer a = composer.compose(retriever.retrieve("Where do I apply for compensation in Kazakhstan?", null, null));
        String text = TextRenderer.render(a);
        assertTrue(a.statements().get(0).text().contains("Government for Citizens"), text);
        Statement note = a.statements().stream().filter(st -> st.text().contains("1 July 2023")).findFirst()
                .orElse(null);
        assertTrue(note != null && a.citations().get(note.citations().get(0) - 1).line() == lapsed.line(), text);

        Answer other = composer.compose(retriever.retrieve("What allowance do victims of repression get in "
                + "Kazakhstan?", null, null));
        assertFalse(TextRenderer.answerText(other).contains("2023"), TextRenderer.render(other));
    }

    @Test
    void theSameDeedAndDateRetoldByAnotherOutletIsToldOnce() {
        Passage first = body(Fixtures.KG_NEWS, 7, "24.kg reported that President Sadyr Japarov signed the "
                + "rehabilitation law on 31 December 2024.");
        Passage retold = body(Fixtures.KG_AKI, 7, "Kyrgyz President Sadyr Japarov signed the law on rehabilitating "
                + "victims of political repression on 31 December 2024, AKIpress reported.");
        Answer a = composer.compose(retrieval("when did japarov sign the rehabilitation law", Language.EN, first,
                retold));
        assertEquals(1, a.statements().stream().filter(st -> st.text().contains("31 December 2024")).count(),
                TextRenderer.render(a));
    }

    @Test
    void whetherTheLawCoversACaseIsNotLedByWhatHappenedInTheCase() {
        Passage memorial = body(Fixtures.KG_AKI, 8, "The victims were shot and secretly buried in the ruins of a brick "
                + "kiln near Bishkek in early November 1938; the new Ata-Beyit cemetery was opened on 30 August 1991.");
        Passage law = body(Fixtures.KG_NEWS, 8, "Under Kyrgyzstan's new rehabilitation legislation, decisions taken "
                + "from 1917 to 1953 count as political repression.");
        Answer a = composer.compose(retrieval("My grandfather was shot in 1938 in Kyrgyzstan. Does the new law cover "
                + "him?", Language.EN, memorial, law));
        assertTrue(a.statements().get(0).text().contains("1917 to 1953"), TextRenderer.render(a));
    }

    @Test
    void aCountOfThePeopleWhoDidTheWorkIsNoCountOfThoseItWasDoneTo() {
        String scholars = "According to Kostanay Regional University, 425 scholars, researchers and experts worked "
                + "under Kazakhstan's State Commission for full rehabilitation.";
        assertTrue(ExtractiveComposer.countsWorkersNotAsked(scholars, "How many people did the commission "
                + "rehabilitate?"));
        assertFalse(ExtractiveComposer.countsWorkersNotAsked(scholars, "how many scholars worked in the commission?"),
                "asked of them");
        assertFalse(ExtractiveComposer.countsWorkersNotAsked("over 311,000 victims were rehabilitated",
                "How many people did the commission rehabilitate?"));
        assertTrue(ExtractiveComposer.countsWorkersNotAsked("в комиссии работали 425 учёных",
                "сколько человек реабилитировала комиссия?"));
    }

    @Test
    void aQuestionSayingNotOfAWordIsNotLedByASentenceOnTheOtherCase() {
        Passage rehabilitated = body(Fixtures.KZ_LAW, 30, "Rehabilitated people and their heirs may read the materials "
                + "of closed criminal cases and receive copies of the documents.");
        Passage notRehabilitated = body(Fixtures.KZ_DECREE, 30, "Heirs of people who were not rehabilitated may read "
                + "their criminal case files and get copies only after 75 years, a lawyer complained.");
        Answer a = composer.compose(retrieval("and if she had never been rehabilitated? can I read her criminal case "
                + "file and get copies?", Language.EN, rehabilitated, notRehabilitated));
        assertTrue(a.statements().get(0).text().contains("not rehabilitated"), TextRenderer.render(a));
        assertTrue(ExtractiveComposer.saysOnlyThePositive(List.of("¬rehabilit"), Set.of("rehabilit", "heir")));
        assertFalse(ExtractiveComposer.saysOnlyThePositive(List.of("¬rehabilit"), Set.of("rehabilit", "¬rehabilit")));
    }

    @Test
    void aYearAPeriodEndsBeforeBindsEveryYearUpToIt() {
        assertEquals(List.of(ExtractiveComposer.OPEN_START, 1999), java.util.Arrays.stream(ExtractiveComposer.period(
                "before 2000 Kyrgyzstan's Supreme Court turned down only a handful. how many did it grant?")).boxed()
                .toList());
        assertEquals(List.of(ExtractiveComposer.OPEN_START, 1990), java.util.Arrays.stream(ExtractiveComposer.period(
                "сколько реабилитировали до 1991 года?")).boxed().toList());
        // "до" after a year ends a range
        assertEquals(List.of(1937, 1953), java.util.Arrays.stream(ExtractiveComposer.period(
                "сколько расстреляли с 1937 до 1953?")).boxed().toList());
        assertTrue(ExtractiveComposer.fitsPeriod("from 1954 to 1999 the court rehabilitated 4,114 people",
                ExtractiveComposer.period("before 2000, how many?")));
    }

    @Test
    void aCountOfAWiderRangeOfYearsIsNoCountForThePeriodAsked() {
        int[] asked = {1937, 1938};
        assertFalse(ExtractiveComposer.countsWithin("13,000 people were shot in 1937–1953.", asked));
        assertTrue(ExtractiveComposer.countsWithin("22,000 people were shot in 1937-1938.", asked));
        assertTrue(ExtractiveComposer.countsWithin("In 1937 alone 5,000 were shot; 13,000 in 1937–1953.", asked));
        assertFalse(ExtractiveComposer.countsWithin("In 2023, 311,000 were rehabilitated.", asked));
    }
}

