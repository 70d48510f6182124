package org.rehablawbot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Disagreement;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.knowledge.Language;

class RenderersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Answer sample(Language language) {
        Citation c1 = new Citation(1, "kg-24kg", "Kyrgyz parliament passes the bill", "24.kg", "news", "2024-11-20",
                "https://24.kg/x", "kg/24kg.en.md", 12, "24.kg reported that the bill passed on 20 November 2024.");
        Citation c2 = new Citation(2, "kg-aki", "Law adopted", "AKIpress", "news", "2024-11", null,
                "kg/aki.en.md", 7, "AKIpress dated the adoption to November 2024.");
        return new Answer("When <b>was</b> it adopted?", language, Answer.Status.ANSWERED,
                List.of(new Statement("24.kg reported that the bill passed on 20 November 2024.", List.of(1))),
                List.of(new Disagreement("adoption of the law", List.of(
                        new Disagreement.Position("20 November 2024: 24.kg reported that the bill passed.", List.of(1)),
                        new Disagreement.Position("November 2024: AKIpress dated the adoption.", List.of(2))))),
                List.of(c1, c2), "extractive", 7);
    }

    private static List<String> names(JsonNode o) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void jsonHasExactlyTheContractsFieldsAndTypes() throws Exception {
        JsonNode o = JSON.readTree(JsonRenderer.render(sample(Language.EN)));
        assertEquals(List.of("question", "language", "refused", "answer", "citations", "disagreements", "took_ms",
                "composer"), names(o));
        assertTrue(o.get("question").isTextual());
        assertEquals("When <b>was</b> it adopted?", o.get("question").asText());
        assertEquals("en", o.get("language").asText());
        assertTrue(o.get("refused").isBoolean());
        assertFalse(o.get("refused").asBoolean());
        assertTrue(o.get("answer").isTextual());
        assertTrue(o.get("took_ms").isIntegralNumber());
        assertEquals(7, o.get("took_ms").asLong());
        assertEquals("extractive", o.get("composer").asText());

        JsonNode c = o.get("citations").get(0);
        assertEquals(List.of("n", "source_id", "title", "publisher", "kind", "date", "url", "path", "line", "quote"),
                names(c));
        assertTrue(c.get("n").isInt());
        assertTrue(c.get("line").isInt());
        assertEquals("kg-24kg", c.get("source_id").asText());
        assertEquals("2024-11-20", c.get("date").asText());
        assertTrue(o.get("citations").get(1).get("url").isNull());

        JsonNode d = o.get("disagreements").get(0);
        assertEquals(List.of("about", "timeline", "positions"), names(d));
        assertTrue(d.get("timeline").isBoolean());
        JsonNode p = d.get("positions").get(0);
        assertEquals(List.of("text", "citations"), names(p));
        assertTrue(p.get("citations").isArray());
        assertTrue(p.get("citations").get(0).isInt());
    }

    @Test
    void jsonAnswerIsTheTextWithoutTheSourceList() throws Exception {
        Answer a = sample(Language.EN);
        JsonNode o = JSON.readTree(JsonRenderer.render(a));
        assertEquals(TextRenderer.answerText(a), o.get("answer").asText());
        assertTrue(o.get("answer").asText().contains("[1]"));
        assertFalse(o.get("answer").asText().contains("Sources:"));
        assertTrue(TextRenderer.render(a).startsWith(TextRenderer.answerText(a)));
    }

    @Test
    void textShowsMarkersTheDisagreementAndTheSourceList() {
        String text = TextRenderer.render(sample(Language.EN));
        assertEquals("""
                24.kg reported that the bill passed on 20 November 2024. [1]

                Sources differ: adoption of the law
                - 20 November 2024: 24.kg reported that the bill passed. [1]
                - November 2024: AKIpress dated the adoption. [2]

                Sources:
                [1] Kyrgyz parliament passes the bill. 24.kg (news, 20 November 2024). https://24.kg/x (kg/24kg.en.md, line 12)
                [2] Law adopted. AKIpress (news, November 2024). (kg/aki.en.md, line 7)""", text);
    }

    @Test
    void russianLabels() {
        String text = TextRenderer.render(sample(Language.RU));
        assertTrue(text.contains("Источники расходятся: adoption of the law"), text);
        assertTrue(text.contains("Источники:\n[1] Kyrgyz parliament passes the bill. 24.kg (новости, 20 ноября 2024)."),
                text);
        assertTrue(text.contains("(kg/aki.en.md, строка 7)"), text);
        assertTrue(text.contains("(новости, ноябрь 2024)"), text);
    }

    @Test
    void refusalHasNoSourceList() throws Exception {
        Answer r = new Answer("pizza?", Language.EN, Answer.Status.REFUSED,
                List.of(new Statement("My sources say nothing about this.", List.of())), List.of(), List.of(),
                "extractive", 1);
        assertEquals("My sources say nothing about this.", TextRenderer.render(r));
        JsonNode o = JSON.readTree(JsonRenderer.render(r));
        assertTrue(o.get("refused").asBoolean());
        assertEquals(0, o.get("citations").size());
        assertEquals(0, o.get("disagreements").size());
    }
}
