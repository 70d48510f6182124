package org.rehablawbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.render.JsonRenderer;
import org.rehablawbot.render.TextRenderer;
import org.rehablawbot.retrieve.Fixtures;
import org.rehablawbot.retrieve.HashingEmbedder;
import org.rehablawbot.retrieve.HybridRetriever;
import org.rehablawbot.retrieve.InMemorySearch;
import org.rehablawbot.retrieve.Retrieval;

class AnswerEngineTest {

    private final InMemorySearch search = Fixtures.search();
    private final HybridRetriever retriever = new HybridRetriever(search, new HashingEmbedder(), 0.5);
    private final ExtractiveComposer composer = new ExtractiveComposer(5, retriever);
    private final AnswerEngine engine = new AnswerEngine(retriever, composer, composer, search, Language.EN);

    @Test
    void blankQuestionGetsHelpWithoutCitations() {
        for (String blank : new String[] {"", "   ", "\n\t", null}) {
            Answer a = engine.answer(blank, null, null);
            assertEquals(Answer.Status.HELP, a.status());
            assertTrue(a.citations().isEmpty());
            assertEquals(Messages.help(Language.EN), a.statements().get(0).text());
        }
        Answer ru = engine.answer(" ", null, Language.RU);
        assertEquals(Language.RU, ru.language());
        assertEquals(Messages.help(Language.RU), ru.statements().get(0).text());
    }

    @Test
    void answersAndRefusesInTheQuestionsLanguage() {
        Answer en = engine.answer("How many volumes of documents did the commission prepare?", null, null);
        assertEquals(Answer.Status.ANSWERED, en.status());
        assertTrue(en.statements().get(0).text().contains("31 volumes"));
        assertEquals(ExtractiveComposer.NAME, en.composer());
        assertTrue(en.tookMs() >= 0);
        MarkerIntegrity.check(en);

        Answer ru = engine.answer("Сколько томов документов подготовила комиссия?", null, Language.EN);
        assertEquals(Language.RU, ru.language());
        assertTrue(ru.statements().get(0).text().contains("31 том"));

        Answer refusal = engine.answer("Как испечь хлеб?", null, null);
        assertEquals(Answer.Status.REFUSED, refusal.status());
        assertEquals(Language.RU, refusal.language());
        assertEquals("Мои источники ничего об этом не говорят.", TextRenderer.render(refusal));
    }

    @Test
    void veryLongQuestionIsAnsweredFromItsBeginning() {
        StringBuilder sb = new StringBuilder("How many volumes of documents did the commission prepare? ");
        while (sb.length() < 12_000) {
            sb.append("please answer quickly ");
        }
        Answer a = engine.answer(sb.toString(), null, null);
        assertEquals(Answer.Status.ANSWERED, a.status());
        assertTrue(a.question().length() <= AnswerEngine.MAX_QUESTION_CHARS);
        assertTrue(a.question().startsWith("How many volumes"));
        assertFalse(a.question().endsWith("qu"), "cut at a word boundary");
        assertTrue(sb.toString().startsWith(a.question()));

        String oneWord = "x".repeat(20_000);
        Answer b = engine.answer(oneWord, oneWord, null);
        assertEquals(Answer.Status.REFUSED, b.status());
        assertEquals(AnswerEngine.MAX_QUESTION_CHARS, b.question().length());
    }

    @Test
    void markupInTheQuestionStaysPlainText() {
        String q = "<b>How many</b> volumes & documents did the <i>commission</i> prepare?";
        Answer a = engine.answer(q, null, null);
        assertEquals(q, a.question());
        assertTrue(JsonRenderer.render(a).contains("\"question\":\"" + q + "\""), JsonRenderer.render(a));
        Answer refused = engine.answer("<script>alert('pizza')</script>", null, null);
        assertEquals("<script>alert('pizza')</script>", refused.question());
        assertTrue(JsonRenderer.render(refused).contains("<script>alert('pizza')</script>"));
    }

    @Test
    void followUpUsesThePreviousQuestion() {
        Answer a = engine.answer("and in Kazakhstan?", "When did parliament adopt the rehabilitation law in Kyrgyzstan?",
                null);
        assertEquals(Answer.Status.ANSWERED, a.status());
        assertTrue(TextRenderer.answerText(a).contains("14 April 1993"), TextRenderer.answerText(a));
        Answer ru = engine.answer("а в Казахстане?", "Кто создал комиссию по реабилитации в Кыргызстане?", null);
        assertEquals(Language.RU, ru.language());
        assertTrue(TextRenderer.answerText(ru).contains("Токаев"), TextRenderer.answerText(ru));
    }

    @Test
    void concurrentAnswersEqualSequentialOnes() throws Exception {
        List<String> questions = List.of("How many volumes of documents did the commission prepare?",
                "When did parliament adopt the Kyrgyz rehabilitation law?", "What is the best pizza topping?",
                "Сколько томов документов подготовила комиссия?", "What do the rehabilitation laws aim at?");
        List<String> expected = new ArrayList<>();
        for (String q : questions) {
            expected.add(TextRenderer.render(engine.answer(q, null, null)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        int k = i % questions.size();
                        if (!TextRenderer.render(engine.answer(questions.get(k), null, null)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failingComposerFallsBackToTheExtractiveOne() {
        Composer failing = new Composer() {
            @Override
            public String name() {
                return "llm";
            }

            @Override
            public Answer compose(Retrieval retrieval) {
                throw new IllegalStateException("model timed out");
            }
        };
        Answer a = engine.withComposer(failing).answer("How many volumes did the commission prepare?", null, null);
        assertEquals(ExtractiveComposer.NAME, a.composer());
        assertEquals(Answer.Status.ANSWERED, a.status());
    }

    @Test
    void sourcesAreTheIndexedDocuments() {
        assertEquals(search.sources(), engine.sources());
        assertTrue(engine.sources().size() >= 8);
    }

    @Test
    void aCountOfACityIsNotAnsweredWithTheCountrysCount() {
        Answer country = engine.answer("How many people were repressed in Kyrgyzstan?", null, null);
        assertEquals(Answer.Status.ANSWERED, country.status());
        assertTrue(TextRenderer.render(country).contains("18,000"));

        Answer city = engine.answer("How many people were repressed in Bishkek?", null, null);
        assertEquals(Answer.Status.REFUSED, city.status(), TextRenderer.render(city));
        Answer ru = engine.answer("сколько человек репрессировали в бишкеке?", null, null);
        assertEquals(Answer.Status.REFUSED, ru.status(), TextRenderer.render(ru));

        // the follow-up widens the city to its country, and counts what its question counted
        Answer whole = engine.answer("ok and for Kyrgyzstan as a whole?", "How many people were repressed in Bishkek?",
                null);
        assertTrue(TextRenderer.render(whole).contains("18,000"), TextRenderer.render(whole));

        // a place in the asker's story is no place the count is asked for
        Answer story = engine.answer("My grandfather lived in Bishkek. How many people were repressed in Kyrgyzstan?",
                null, null);
        assertEquals(Answer.Status.ANSWERED, story.status(), TextRenderer.render(story));
    }
}
