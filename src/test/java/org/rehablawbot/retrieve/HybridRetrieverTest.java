package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehablawbot.index.ScoredPassage;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.Passage;

class HybridRetrieverTest {

    private final HybridRetriever retriever = new HybridRetriever(Fixtures.search(), new HashingEmbedder(), 0.5);

    @Test
    void offTopicQuestionsRetrieveNothing() {
        for (String q : List.of("What is the best pizza topping?", "Tell me a joke about dogs.",
                "How do I bake sourdough bread?", "Who won the football match yesterday?",
                "What is the weather in Kazakhstan tomorrow?", "Какая завтра погода в Бишкеке?",
                "Как испечь хлеб?", "hello")) {
            Retrieval r = retriever.retrieve(q, null, null);
            assertTrue(r.isEmpty(), q + " retrieved " + r.passages());
        }
    }

    @Test
    void realQuestionsPassTheBarWithTyposAndInRussian() {
        for (String q : List.of("When did the Kyrgyz parliament adopt the rehabilitation bill?",
                "wen did the kyrgyz parlament adopt the rehabilitaton bill",
                "How many volumes of documents did the commission prepare?",
                "Когда парламент Кыргызстана принял законопроект о реабилитации?",
                "Сколько томов документов подготовила комиссия?")) {
            Retrieval r = retriever.retrieve(q, null, null);
            assertFalse(r.isEmpty(), q);
        }
    }

    @Test
    void aLookupOfAFewWordsIsRefusedWhenTheKnowledgeNeverUsesOneOfThem() {
        assertFalse(retriever.retrieve("kyrgyz parliament rehabilitation bill adopted", null, null).isEmpty());
        assertTrue(retriever.retrieve("kyrgyz parliament rehabilitation bill visitors", null, null).isEmpty(),
                "no source speaks of visitors");
        // a word that begins one of the knowledge ("parl" for parliament) and a typo are no absent thing
        assertFalse(retriever.retrieve("kyrgyz parl rehabilitation bill", null, null).isEmpty());
        assertFalse(retriever.retrieve("kyrgyz parlament rehabilitaton bill", null, null).isEmpty());
        // a question asked in words is left to the focus check and the bar
        assertFalse(HybridRetriever.isLookup(Question.analyse("when did the kyrgyz parliament adopt the bill?",
                null, null)));
        assertTrue(HybridRetriever.isLookup(Question.analyse("ata-beyit visitors per year?", null, null)));
    }

    @Test
    void aPassageIsAboutTheCountriesItNamesElseItsDocumentsJurisdictions() {
        Passage kyrgyz = Fixtures.body(Fixtures.SMK, 0, "The Kyrgyz parliament adopted a bill for discussion.");
        Passage unnamed = Fixtures.body(Fixtures.KZ_LAW, 0, "The Supreme Soviet adopted the law in April 1993.");
        assertFalse(HybridRetriever.about(kyrgyz, List.of("KZ")), "names Kyrgyzstan only, though the document covers KZ");
        assertTrue(HybridRetriever.about(kyrgyz, List.of("KG")));
        assertTrue(HybridRetriever.about(unnamed, List.of("KZ")), "names no country: its document's jurisdiction");
        assertFalse(HybridRetriever.about(unnamed, List.of("UZ")));
    }

    @Test
    void aPassagesOwnWordsSayItsCountryBeforeItsDocumentsTitle() {
        var bazaar = Fixtures.meta("bazaar-311000", "Russian Bazaar: Kazakhstan rehabilitated 311,000",
                org.rehablawbot.knowledge.Kind.NEWS, "Russian Bazaar", "2023-12-01", Language.EN, "KZ");
        Passage count = Fixtures.fact(bazaar, 0, "kz-rehabilitated.count", "311000", "people rehabilitated in "
                + "Kazakhstan", null, "Russian Bazaar reported that 311,000 people were rehabilitated in Kazakhstan.");
        assertEquals(List.of("KZ"), HybridRetriever.countriesOf(count), "the publisher's name is no country");
        Passage untitled = Fixtures.body(bazaar, 1, "The commission worked for three years.");
        assertEquals(List.of("KZ"), HybridRetriever.countriesOf(untitled),
                "a passage naming no country is about what its title names");
        Passage russian = Fixtures.body(bazaar, 2, "Russian Bazaar wrote that the Russian archives hold more.");
        assertEquals(List.of("RU"), HybridRetriever.countriesOf(russian), "the publisher aside, it names Russia");
        // the knowledge names a publisher with its web address; its text, by the name alone
        var withDomain = Fixtures.meta("bazaar-311000-ru", "Kazakhstan rehabilitated 311,000",
                org.rehablawbot.knowledge.Kind.NEWS, "Russian Bazaar (russian-bazaar.com)", "2023-12-01", Language.EN,
                "KZ");
        Passage named = Fixtures.fact(withDomain, 0, "kz-rehabilitated.count", "311000", "people rehabilitated in "
                + "Kazakhstan", null, "Russian Bazaar reported that 311 thousand people had been rehabilitated.");
        assertEquals(List.of("KZ"), HybridRetriever.countriesOf(named), "the publisher's name is no country");
    }

    @Test
    void passagesAboutAnotherCountryThanAskedFallBelowTheBar() {
        // the Kyrgyz passage holds "voted unanimously ... bill ... rehabilitating", the Kazakh ones only the country
        Retrieval r = retriever.retrieve("Did parliament vote unanimously for the rehabilitation bill in Kazakhstan?",
                null, null);
        for (ScoredPassage sp : r.passages()) {
            assertTrue(HybridRetriever.about(sp.passage(), List.of("KZ")) || sp.passage().isFact(),
                    "a passage about another country: " + sp.passage());
        }
    }

    @Test
    void languageOfTheQuestionDecidesAndItsPassagesComeFirst() {
        Retrieval r = retriever.retrieve("Сколько томов документов подготовила комиссия?", null, Language.EN);
        assertEquals(Language.RU, r.language());
        assertEquals(Language.RU, r.passages().get(0).passage().source().language());
        assertTrue(r.passages().get(0).passage().text().contains("31 том"));
        // the English version of the same document is not repeated
        assertTrue(r.passages().stream().noneMatch(p -> p.passage().source().id().equals("kz-decree-commission")
                && p.passage().source().language() == Language.EN));
        assertEquals(Language.EN, retriever.retrieve("How many volumes?", null, Language.RU).language());
        assertEquals(Language.RU, retriever.retrieve("1993?", null, Language.RU).language());
    }

    @Test
    void retrievedFactsBringEveryFactOfTheirKeyInTheAnswerLanguageWherePossible() {
        Retrieval en = retriever.retrieve("When did parliament adopt the Kyrgyz rehabilitation law?", null, null);
        Set<String> adopted = en.passages().stream().map(ScoredPassage::passage)
                .filter(p -> p.isFact() && p.fact().key().equals("kg-rehab-law.adopted"))
                .map(p -> p.source().id() + "/" + p.source().language().code()).collect(Collectors.toSet());
        assertEquals(Set.of("kg-news-parliament/en", "kg-aki-law-adopted/en"), adopted);

        Retrieval ru = retriever.retrieve("Когда парламент принял кыргызский закон о реабилитации?", null, null);
        Set<String> adoptedRu = ru.passages().stream().map(ScoredPassage::passage)
                .filter(p -> p.isFact() && p.fact().key().equals("kg-rehab-law.adopted"))
                .map(p -> p.source().id() + "/" + p.source().language().code()).collect(Collectors.toSet());
        // 24.kg has a Russian version, AKIpress only an English one
        assertEquals(Set.of("kg-news-parliament/ru", "kg-aki-law-adopted/en"), adoptedRu);
    }

    @Test
    void followUpIsUnderstoodFromThePreviousQuestion() {
        Retrieval r = retriever.retrieve("and in Kazakhstan?", "When did parliament adopt the rehabilitation law in Kyrgyzstan?", null);
        assertEquals("When did parliament adopt the rehabilitation law in Kazakhstan?", r.query());
        assertFalse(r.isEmpty());
        assertEquals("kz-law-1993", r.passages().get(0).passage().source().id());

        Retrieval ru = retriever.retrieve("а в Казахстане?", "Кто создал комиссию по реабилитации в Кыргызстане?", null);
        assertEquals(Language.RU, ru.language());
        assertEquals("kz-decree-commission", ru.passages().get(0).passage().source().id());
    }

    @Test
    void theBarFollowsTheSetting() {
        String partly = "Tell me of the population of Kazakhstan and its commission.";
        HybridRetriever lenient = new HybridRetriever(Fixtures.search(), new HashingEmbedder(), 0.0);
        HybridRetriever strict = new HybridRetriever(Fixtures.search(), new HashingEmbedder(), 1.0);
        assertFalse(lenient.retrieve(partly, null, null).isEmpty());
        assertTrue(strict.retrieve(partly, null, null).isEmpty());
        assertFalse(strict.retrieve("When did the Supreme Soviet of Kazakhstan adopt the law on rehabilitation of "
                + "victims of mass political repressions?", null, null).isEmpty());
    }

    @Test
    void worksWithoutAnEmbedder() {
        HybridRetriever lexicalOnly = new HybridRetriever(Fixtures.search(), null, 0.5);
        assertFalse(lexicalOnly.retrieve("How many volumes did the commission prepare?", null, null).isEmpty());
        assertTrue(lexicalOnly.retrieve("What is the best pizza topping?", null, null).isEmpty());
    }

    @Test
    void rareWordsWeighMoreThanCommonOnes() {
        assertTrue(retriever.weight("pizza", Language.EN) > retriever.weight("volumes", Language.EN));
        assertTrue(retriever.weight("volumes", Language.EN) > retriever.weight("rehabilitation", Language.EN));
    }

    @Test
    void aNegatedQuestionFindsTheFewPassagesThatStateTheNegation() {
        var law = Fixtures.meta("kz-law-art2", "Статья 2 закона Казахстана о реабилитации",
                org.rehablawbot.knowledge.Kind.LAW, "zakonpravo.kz", "1993-04-14", Language.RU, "KZ");
        List<Passage> passages = new java.util.ArrayList<>();
        for (int i = 0; i < 45; i++) {
            passages.add(Fixtures.body(law, i, "Статья 2 закона Казахстана 1993 года о реабилитации распространяется на "
                    + "лиц группы " + i + ", репрессированных на территории бывшего СССР."));
        }
        Passage exception = Fixtures.body(law, 99, "Статья 2 казахстанского закона не распространяется на участников "
                + "декабрьских событий 1986 года, осуждённых за умышленное убийство.");
        passages.add(exception);
        HybridRetriever r = new HybridRetriever(new InMemorySearch(passages, null), null, 0.5, Synonyms.builtIn());
        List<String> found = r.retrieve("кого не реабилитируют по закону Казахстана 1993 года?", null, null)
                .passages().stream().map(sp -> sp.passage().id()).toList();
        assertEquals(exception.id(), found.get(0), found.toString());
        // asked positively, the exception is no better than any other passage
        List<String> positive = r.retrieve("на кого распространяется закон Казахстана 1993 года?", null, null)
                .passages().stream().map(sp -> sp.passage().id()).toList();
        assertFalse(positive.isEmpty());
        assertFalse(exception.id().equals(positive.get(0)), positive.toString());
    }

    @Test
    void aFigureTheQuestionChecksIsSearchedApartFromTheFamilyStory() {
        var kg = Fixtures.meta("kg-bill-som", "The returned bill", org.rehablawbot.knowledge.Kind.NEWS,
                "knews.kg", "2024-09-03", Language.RU, "KG");
        List<Passage> passages = new java.util.ArrayList<>();
        // exiles' stories share the question's story words (rarer than "law" or "victim" in the knowledge)
        for (int i = 0; i < 40; i++) {
            passages.add(Fixtures.body(kg, i, "Семью " + i + " в Кыргызстане раскулачили в 1931 году и сослали с "
                    + "Иссык-Куля; прадед умер в ссылке, и потомки прадеда, которого раскулачили и сослали, слышали, "
                    + "что его семья жила в ссылке."));
        }
        for (int i = 0; i < 200; i++) {
            // every word of the question is one the knowledge uses: none is searched again as a misspelling
            passages.add(Fixtures.body(kg, 100 + i, "Новый закон о реабилитации в Кыргызстане, статья " + i
                    + ": будут ли платить в месяц, это правда, сколько точно дадут?"));
        }
        Passage som = Fixtures.body(kg, 99, "Возвращённый кыргызский законопроект предусматривал ежемесячную "
                + "компенсацию 1500 сомов.");
        passages.add(som);
        HybridRetriever r = new HybridRetriever(new InMemorySearch(passages, null), null, 0.5, Synonyms.builtIn());
        List<String> found = r.retrieve("Прадеда раскулачили в 1931 и сослали с Иссык-Куля, он умер в ссылке. "
                + "Слышала что в Кыргызстане будут платить 1500 сом в месяц. Это правда?", null, null)
                .passages().stream().map(sp -> sp.passage().id()).toList();
        assertTrue(found.contains(som.id()), found.toString());
    }

    @Test
    void aHowManyQuestionPrefersAPassageWithACount() {
        var kg = Fixtures.meta("kg-victims", "Repression in Kyrgyzstan", org.rehablawbot.knowledge.Kind.NEWS,
                "24.kg", "2024-11-20", Language.RU, "KG");
        Passage budget = Fixtures.body(kg, 0, "Министерство финансов Кыргызстана указывало, что денег на выплаты "
                + "людям, репрессированным в Кыргызстане, в бюджете нет.");
        Passage count = Fixtures.body(kg, 1, "По официальным данным, в Кыргызстане были репрессированы 18 тысяч "
                + "человек, пишет 24.kg о людях.");
        HybridRetriever r = new HybridRetriever(new InMemorySearch(List.of(budget, count), null), null, 0.5,
                Synonyms.builtIn());
        List<ScoredPassage> found = r.retrieve("Сколько людей репрессировали в Киргизии?", null, null).passages();
        assertEquals(count.id(), found.get(0).passage().id(), found.toString());
        assertTrue(HybridRetriever.statesCount(count));
        assertFalse(HybridRetriever.statesCount(budget));
        assertFalse(HybridRetriever.statesCount(Fixtures.body(kg, 2, "The law was adopted in 1994 and amended in 2024.")));
    }

    @Test
    void aCountQuestionBringsTheCountFactsOfTheRetrievedDocumentAndTheirOtherSides() {
        var news = Fixtures.meta("kg-official", "Parliament passes the bill", org.rehablawbot.knowledge.Kind.NEWS,
                "24.kg", "2024-11-20", Language.EN, "KG");
        var azattyk = Fixtures.meta("kg-historians", "Historians on the repression", org.rehablawbot.knowledge.Kind.NEWS,
                "Azattyk", "2023-01-01", Language.EN, "KG");
        Passage sentence = Fixtures.body(news, 0, "According to official data 18,000 people were repressed in "
                + "Kyrgyzstan, the news site wrote about the people repressed.");
        Passage official = Fixtures.fact(news, 1, "kg-victims.count", "18000", "number of victims in Kyrgyzstan", null,
                "24.kg gave the official figure of 18,000 repressed.");
        Passage historians = Fixtures.fact(azattyk, 0, "kg-victims.count", "40000..100000",
                "number of victims in Kyrgyzstan", null, "Azattyk wrote that historians estimate 40,000 to 100,000.");
        HybridRetriever r = new HybridRetriever(new InMemorySearch(List.of(sentence, official, historians), null), null,
                0.5, Synonyms.builtIn());
        List<String> found = r.retrieve("How many people were repressed in Kyrgyzstan?", null, null).passages().stream()
                .map(sp -> sp.passage().id()).toList();
        assertTrue(found.contains(official.id()) && found.contains(historians.id()), found.toString());
    }

    @Test
    void aQuestionBoundToAPeriodIsAnsweredOnlyFromPassagesOnThatPeriodElseRefused() {
        var ru = Fixtures.meta("ru-compensation", "Compensation under Russia's rehabilitation law",
                org.rehablawbot.knowledge.Kind.NEWS, "aif.ru", "2020", Language.EN, "RU");
        Passage nineties = Fixtures.body(ru, 0, "Under Article 15 of Russia's rehabilitation law the compensation "
                + "amount was 180 rubles for each month of imprisonment, at most 25,000 rubles.");
        Passage twentyThree = Fixtures.body(ru, 1, "In 2023 the compensation amount under Article 15 of Russia's "
                + "rehabilitation law was 4,000 rubles.");
        HybridRetriever r = new HybridRetriever(new InMemorySearch(List.of(nineties, twentyThree), null), null, 0.5,
                Synonyms.builtIn());
        String unbound = "What is the compensation amount under Article 15 of Russia's rehabilitation law?";
        assertEquals(2, r.retrieve(unbound, null, null).passages().size());
        List<ScoredPassage> in2023 = r.retrieve(unbound.replace("?", " in 2023?"), null, null).passages();
        assertEquals(List.of(twentyThree.id()), in2023.stream().map(s -> s.passage().id()).toList());
        assertTrue(r.retrieve(unbound.replace("?", " in 2025?"), null, null).isEmpty(),
                "no passage speaks of 2025: a neighbouring year's amount is not the answer");
    }

    @Test
    void aDocumentsVersionInTheQuestionsLanguageStandsInForTheOtherVersionsPassageFound() {
        var en = Fixtures.meta("uz-court", "How Uzbekistan's court works", org.rehablawbot.knowledge.Kind.NEWS,
                "Daryo", "2022-12-21", Language.EN, "UZ");
        var ru = Fixtures.meta("uz-court", "Как работает суд Узбекистана", org.rehablawbot.knowledge.Kind.NEWS,
                "Daryo", "2022-12-21", Language.RU, "UZ");
        List<Passage> passages = new java.util.ArrayList<>();
        passages.add(Fixtures.body(en, 0, "Daryo wrote about the court of Uzbekistan."));
        passages.add(Fixtures.body(en, 1, "Uzbekistan's Supreme Court acquitted the victims of repression."));
        passages.add(Fixtures.body(ru, 0, "Daryo писал о суде Узбекистана."));
        // the Russian version of the same paragraph, in words the Russian question does not use
        Passage twin = Fixtures.body(ru, 1, "Верховный суд Узбекистана снял обвинения с жертв репрессий.");
        passages.add(twin);
        var other = Fixtures.meta("uz-week", "Неделя памяти", org.rehablawbot.knowledge.Kind.NEWS, "Kun.uz",
                "2024-07-20", Language.RU, "UZ");
        passages.add(Fixtures.body(other, 0, "В Узбекистане есть неделя памяти жертв репрессий."));
        HybridRetriever r = new HybridRetriever(new InMemorySearch(passages, null), null, 0.3, Synonyms.builtIn());
        List<Passage> found = r.retrieve("можно ли добиться оправдания в Узбекистане?", null, null)
                .passages().stream().map(ScoredPassage::passage).toList();
        assertTrue(found.contains(twin), found.toString());
        assertTrue(found.stream().allMatch(p -> p.source().language() == Language.RU), found.toString());
    }

    @Test
    void anotherOutletsCopyOfTheSameReportTakesNoPlaceOfItsOwn() {
        List<Passage> passages = new java.util.ArrayList<>();
        for (String outlet : new String[] {"Informburo.kz", "News2.kz", "Zakon.kz", "Tengri.kz", "Kursiv.kz",
                "Liter.kz"}) {
            var m = Fixtures.meta(outlet.toLowerCase(java.util.Locale.ROOT).replace(".", "-"), "Payments",
                    org.rehablawbot.knowledge.Kind.NEWS, outlet, "2016", Language.EN, "KZ");
            for (int i = 0; i < 2; i++) {
                passages.add(Fixtures.body(m, i, outlet + " reported that the compensation in Kazakhstan is paid "
                        + "at rate " + i + " of the monthly index."));
            }
        }
        var law = Fixtures.meta("kz-law", "The 1993 law", org.rehablawbot.knowledge.Kind.LAW, "Adilet", "1993",
                Language.EN, "KZ");
        Passage labour = Fixtures.body(law, 0, "The Kazakh law names the labour army; its compensation is paid.");
        passages.add(labour);
        HybridRetriever r = new HybridRetriever(new InMemorySearch(passages, null), null, 0.3, Synonyms.builtIn());
        List<Passage> found = r.retrieve("how is the compensation in Kazakhstan paid? the labour army", null, null)
                .passages().stream().map(ScoredPassage::passage).toList();
        assertTrue(found.contains(labour), found.toString());
        assertEquals(13, found.size(), "twelve outlets' copies of two reports and the law: " + found);
    }

    @Test
    void aWhyQuestionGetsTheReasonToldBesideTheEventInFewOfItsWords() {
        Passage returned = Fixtures.body(Fixtures.KG_NEWS, 5, "In early September 2024 President Sadyr Japarov sent "
                + "the bill on rehabilitating victims of political repression back to the Zhogorku Kenesh.");
        Passage reason = Fixtures.body(Fixtures.KG_NEWS, 6, "His objections concerned funding.");
        Passage farther = Fixtures.body(Fixtures.KG_NEWS, 8, "Other objections concerned the commission.");
        List<Passage> knowledge = new java.util.ArrayList<>(Fixtures.passages());
        knowledge.addAll(List.of(returned, reason, farther));
        HybridRetriever r = new HybridRetriever(new InMemorySearch(knowledge, new HashingEmbedder()),
                new HashingEmbedder(), 0.5);
        List<String> ids = r.retrieve("why did Japarov send the rehabilitation bill back to the Zhogorku Kenesh?",
                null, null).passages().stream().map(sp -> sp.passage().id()).toList();
        assertTrue(ids.contains(returned.id()), ids.toString());
        assertTrue(ids.contains(reason.id()), "the reason beside the event: " + ids);
        assertFalse(ids.contains(farther.id()), "a passage not beside it: " + ids);
        List<String> when = r.retrieve("when did Japarov send the rehabilitation bill back to the Zhogorku Kenesh?",
                null, null).passages().stream().map(sp -> sp.passage().id()).toList();
        assertFalse(when.contains(reason.id()), "a \"when\" asks no reason: " + when);
    }
}
