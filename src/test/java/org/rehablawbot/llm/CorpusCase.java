package org.rehablawbot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Disagreement;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.index.ScoredPassage;
import org.rehablawbot.knowledge.Fact;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;
import org.rehablawbot.retrieve.Retrieval;

/**
 * One case of the corpus of model replies ({@code src/test/resources/llm/corpus/*.json}): a question, the
 * passages the real retriever gave for it (with their sources, so the case does not change when the knowledge
 * does), the system and user messages the bot sent, the extractive answer, and replies written as chat models
 * write, each with its expected verdict.
 *
 * @param id        file name without {@code .json}
 * @param retrieval the recorded retrieval, rebuilt
 * @param maxCitations the setting {@code answer.max_citations} at recording time
 * @param system    the system message sent
 * @param user      the user message sent
 * @param extractive the extractive answer at recording time
 * @param replies   the replies
 */
record CorpusCase(String id, Retrieval retrieval, int maxCitations, String system, String user, Answer extractive,
                  List<Reply> replies) {

    /**
     * One reply.
     *
     * @param kind   {@code faithful} or {@code flawed}
     * @param style  the model whose habits it copies
     * @param flaw   for a flawed reply, the kind of flaw; null for a faithful one
     * @param note   what the flaw is, or what habit the faithful reply shows
     * @param text   the reply
     * @param accept the expected verdict
     * @param set    {@code tuning} for the replies written before the checks were tuned, {@code held-out} for
     *               those written after, to measure the tuned checks on replies they were not tuned on
     */
    record Reply(String kind, String style, String flaw, String note, String text, boolean accept, String set) {
    }

    static final Path DIR = Path.of("src/test/resources/llm/corpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every case of the corpus, in file name order. */
    static List<CorpusCase> all() throws IOException {
        List<CorpusCase> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(read(f));
            }
        }
        return out;
    }

    static CorpusCase read(Path file) throws IOException {
        JsonNode c = JSON.readTree(file.toFile());
        Language language = Language.fromCode(c.get("language").asText()).orElseThrow();
        List<ScoredPassage> passages = new ArrayList<>();
        for (JsonNode p : c.get("passages")) {
            passages.add(new ScoredPassage(passage(p), (float) p.get("score").asDouble()));
        }
        Retrieval retrieval = new Retrieval(c.get("question").asText(), c.get("query").asText(), language, passages);
        List<Reply> replies = new ArrayList<>();
        for (JsonNode r : c.get("replies")) {
            replies.add(new Reply(r.get("kind").asText(), r.get("style").asText(), text(r, "flaw"), text(r, "note"),
                    r.get("text").asText(), "accept".equals(r.get("expect").asText()),
                    r.has("set") ? r.get("set").asText() : "tuning"));
        }
        return new CorpusCase(c.get("id").asText(), retrieval, c.get("max_citations").asInt(),
                c.get("system").asText(), c.get("user").asText(), answer(c.get("extractive"), retrieval), replies);
    }

    /** The JSON of a recorded case, without replies. */
    static ObjectNode write(String id, Retrieval r, int maxCitations, String system, String user, Answer extractive) {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", id).put("question", r.question()).put("query", r.query()).put("language", r.language().code())
                .put("max_citations", maxCitations);
        c.put("system", system).put("user", user);
        ArrayNode ps = c.putArray("passages");
        for (ScoredPassage sp : r.passages()) {
            Passage p = sp.passage();
            ObjectNode o = ps.addObject();
            o.put("score", sp.score()).put("ordinal", p.ordinal()).put("line", p.line()).put("heading", p.heading())
                    .put("text", p.text());
            SourceMeta s = p.source();
            ObjectNode so = o.putObject("source");
            so.put("id", s.id()).put("title", s.title()).put("kind", s.kind().code()).put("publisher", s.publisher())
                    .put("author", s.author()).put("date", s.date() == null ? null : s.date().iso())
                    .put("language", s.language().code()).put("url", s.url()).put("path", s.path())
                    .put("retrieved", s.retrieved() == null ? null : s.retrieved().iso());
            s.jurisdictions().forEach(so.putArray("jurisdictions")::add);
            s.aliases().forEach(so.putArray("aliases")::add);
            Fact f = p.fact();
            if (f != null) {
                o.putObject("fact").put("key", f.key()).put("value", f.value()).put("about", f.about())
                        .put("claimant", f.claimant()).put("as_of", f.asOf() == null ? null : f.asOf().iso());
            }
        }
        ObjectNode a = c.putObject("extractive");
        a.put("status", extractive.status().name());
        ArrayNode st = a.putArray("statements");
        for (Statement s : extractive.statements()) {
            ObjectNode o = st.addObject().put("text", s.text());
            s.citations().forEach(o.putArray("citations")::add);
        }
        ArrayNode ds = a.putArray("disagreements");
        for (Disagreement d : extractive.disagreements()) {
            ObjectNode o = ds.addObject().put("about", d.about());
            ArrayNode pos = o.putArray("positions");
            for (Disagreement.Position p : d.positions()) {
                ObjectNode po = pos.addObject().put("text", p.text());
                p.citations().forEach(po.putArray("citations")::add);
            }
        }
        ArrayNode cs = a.putArray("citations");
        for (Citation ci : extractive.citations()) {
            cs.add(JSON.valueToTree(ci));
        }
        return c;
    }

    private static Passage passage(JsonNode p) {
        JsonNode s = p.get("source");
        List<String> jurisdictions = new ArrayList<>();
        s.get("jurisdictions").forEach(j -> jurisdictions.add(j.asText()));
        List<String> aliases = new ArrayList<>();
        if (s.has("aliases")) {
            s.get("aliases").forEach(j -> aliases.add(j.asText()));
        }
        SourceMeta meta = new SourceMeta(s.get("id").asText(), text(s, "title"),
                Kind.fromCode(s.get("kind").asText()).orElseThrow(), text(s, "publisher"), text(s, "author"),
                date(text(s, "date")), jurisdictions, Language.fromCode(s.get("language").asText()).orElseThrow(),
                text(s, "url"), s.get("path").asText(), date(text(s, "retrieved")), aliases);
        Fact fact = null;
        JsonNode f = p.get("fact");
        if (f != null && !f.isNull()) {
            fact = new Fact(f.get("key").asText(), f.get("value").asText(), text(f, "about"), text(f, "claimant"),
                    date(text(f, "as_of")));
        }
        return new Passage(meta, p.get("ordinal").asInt(), p.get("line").asInt(), text(p, "heading"),
                p.get("text").asText(), fact);
    }

    private static Answer answer(JsonNode a, Retrieval r) {
        List<Statement> statements = new ArrayList<>();
        for (JsonNode s : a.get("statements")) {
            statements.add(new Statement(s.get("text").asText(), ints(s.get("citations"))));
        }
        List<Disagreement> disagreements = new ArrayList<>();
        for (JsonNode d : a.get("disagreements")) {
            List<Disagreement.Position> positions = new ArrayList<>();
            for (JsonNode p : d.get("positions")) {
                positions.add(new Disagreement.Position(p.get("text").asText(), ints(p.get("citations"))));
            }
            disagreements.add(new Disagreement(text(d, "about"), positions));
        }
        List<Citation> citations = new ArrayList<>();
        for (JsonNode c : a.get("citations")) {
            citations.add(new Citation(c.get("n").asInt(), text(c, "sourceId"), text(c, "title"), text(c, "publisher"),
                    text(c, "kind"), text(c, "date"), text(c, "url"), text(c, "path"), c.get("line").asInt(),
                    text(c, "quote")));
        }
        return new Answer(r.question(), r.language(), Answer.Status.valueOf(a.get("status").asText()), statements,
                disagreements, citations, "extractive", 0);
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asInt()));
        }
        return out;
    }

    private static PartialDate date(String iso) {
        return iso == null ? null : PartialDate.parse(iso).orElseThrow();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
