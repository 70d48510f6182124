package org.rehablawbot.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Disagreement;

/**
 * The JSON form of an answer, one object with exactly these fields: {@code question}, {@code language},
 * {@code refused}, {@code answer} (the text of {@link TextRenderer#answerText} with {@code [n]} markers),
 * {@code citations} ({@code n, source_id, title, publisher, kind, date, url, path, line, quote}),
 * {@code disagreements} ({@code about, timeline, positions: [{text, citations}]}), {@code took_ms} and {@code composer}.
 * Thread-safe.
 */
public final class JsonRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRenderer() {
    }

    public static ObjectNode toJson(Answer answer) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("question", answer.question());
        o.put("language", answer.language().code());
        o.put("refused", answer.refused());
        o.put("answer", TextRenderer.answerText(answer));
        ArrayNode cites = o.putArray("citations");
        for (Citation c : answer.citations()) {
            ObjectNode j = cites.addObject();
            j.put("n", c.n());
            j.put("source_id", c.sourceId());
            j.put("title", c.title());
            j.put("publisher", c.publisher());
            j.put("kind", c.kind());
            j.put("date", c.date());
            j.put("url", c.url());
            j.put("path", c.path());
            j.put("line", c.line());
            j.put("quote", c.quote());
        }
        ArrayNode dis = o.putArray("disagreements");
        for (Disagreement d : answer.disagreements()) {
            ObjectNode j = dis.addObject();
            j.put("about", d.about());
            j.put("timeline", d.timeline());
            ArrayNode positions = j.putArray("positions");
            for (Disagreement.Position p : d.positions()) {
                ObjectNode pj = positions.addObject();
                pj.put("text", p.text());
                ArrayNode pc = pj.putArray("citations");
                p.citations().forEach(pc::add);
            }
        }
        o.put("took_ms", answer.tookMs());
        o.put("composer", answer.composer());
        return o;
    }

    /** The answer as one line of JSON. */
    public static String render(Answer answer) {
        try {
            return MAPPER.writeValueAsString(toJson(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write answer as JSON", e);
        }
    }
}
