package org.rehablawbot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.Composer;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.rehablawbot.eval.RealKnowledge;
import org.rehablawbot.index.KnowledgeIndex;
import org.rehablawbot.index.MiniLmEmbedder;
import org.rehablawbot.retrieve.Retrieval;

/**
 * Records the corpus's prompts: runs the real engine (index of the shipped knowledge, hybrid retriever, the
 * model composer chosen from settings, the real OpenAI client) against an OpenAI-compatible server on loopback
 * that keeps each request, and writes, per question, the system and user messages it received, the retrieved
 * passages with their sources, and the extractive answer, into {@code src/test/resources/llm/corpus/}. Replies
 * already in a case file are kept. Run on purpose only:
 * {@code mvn -o test -Dtest=CorpusRecorder -Drecord.corpus=true}.
 */
@EnabledIfSystemProperty(named = "record.corpus", matches = "true")
class CorpusRecorder {

    static final List<String[]> QUESTIONS = List.of(
            new String[] {"en01", "When was the Kyrgyz rehabilitation bill initiated?"},
            new String[] {"en02", "Who approved Kyrgyzstan's law on rehabilitating victims of Soviet political repression?"},
            new String[] {"en03", "Which criminal code were the victims covered by the Kyrgyz law convicted under?"},
            new String[] {"en04", "How many people have been acquitted in Uzbekistan, and who are most of them?"},
            new String[] {"en05", "How many volumes had Kazakhstan's rehabilitation commission prepared by early 2023, and for how many people?"},
            new String[] {"en06", "Who is described as the founder of the Turkestan Legion in the communist parties' declaration?"},
            new String[] {"en07", "What period of Stalinist repressions did the Kyrgyz bill name according to the Socialist Movement of Kazakhstan?"},
            new String[] {"en08", "Which period does the Kyrgyz law treat as political repression?"},
            new String[] {"en09", "Do the sources agree on whether the rehabilitation laws are sincere?"},
            new String[] {"en10", "Who wrote the Hizb ut Tahrir commentary on the Kyrgyz law?"},
            new String[] {"en11", "Why were Kyrgyz deputies banned from entering Russia?"},
            new String[] {"en12", "What did President Japarov object to in the rehabilitation bill?"},
            new String[] {"en13", "How many people did the Kyrgyz Supreme Court rehabilitate between 1954 and 1999?"},
            new String[] {"en14", "How many archive cards did Kazakhstan declassify?"},
            new String[] {"en15", "How much would the Kyrgyz rehabilitation bill cost each year?"},
            new String[] {"en16", "Who is not eligible for rehabilitation under Kyrgyzstan's new law?"},
            new String[] {"en17", "Who sponsored the Kyrgyz rehabilitation bill in parliament?"},
            new String[] {"en18", "What is the Ata-Beyit memorial?"},
            new String[] {"ru01", "Когда парламент Кыргызстана принял законопроект о реабилитации?"},
            new String[] {"ru02", "Сколько томов документов подготовила комиссия Казахстана?"},
            new String[] {"ru03", "Кто подписал закон о реабилитации в Кыргызстане?"},
            new String[] {"ru04", "Сколько человек реабилитировал Верховный суд Кыргызстана с 1954 по 1999 год?"},
            new String[] {"ru05", "Сколько архивных карточек рассекретил Казахстан?"},
            new String[] {"ru06", "Сколько человек реабилитировано в Узбекистане?"},
            new String[] {"ru07", "Что сказал историк Сергей Абашин о реабилитации басмачей?"},
            new String[] {"ru08", "Почему Жапаров вернул законопроект о реабилитации в парламент?"},
            new String[] {"ru09", "Кто вёл первое заседание госкомиссии по реабилитации в Казахстане?"},
            new String[] {"ru10", "Кто не подлежит реабилитации по кыргызскому закону о реабилитации?"},
            new String[] {"ru11", "Во сколько обойдётся кыргызский законопроект о реабилитации в год?"},
            new String[] {"ru12", "Кто такой Мустафа Шокай?"});

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void record() throws Exception {
        AtomicReference<JsonNode> lastRequest = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", ex -> handle(ex, lastRequest));
        server.start();
        try {
            Settings shipped = RealKnowledge.settings();
            RealKnowledge.engine();
            Settings settings = SettingsLoader.load(null,
                    Map.of("LLM_PROVIDER", "openai", "LLM_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort()
                            + "/v1", "LLM_MODEL", "recorder"),
                    Map.of("knowledge.dir", shipped.knowledgeDir().toString(), "data.dir", shipped.dataDir().toString()));
            int maxCitations = settings.intValue("answer.max_citations");
            KnowledgeIndex index = KnowledgeIndex.open(settings.indexDir());
            try (AnswerEngine engine = AnswerEngine.create(settings, index, MiniLmEmbedder.shared(), index)) {
                Composer llm = engine.composer();
                AtomicReference<Retrieval> retrieval = new AtomicReference<>();
                AtomicReference<Answer> extractive = new AtomicReference<>();
                Composer capturing = new Composer() {
                    @Override
                    public String name() {
                        return llm.name();
                    }

                    @Override
                    public Answer compose(Retrieval r) {
                        retrieval.set(r);
                        return llm.compose(r);
                    }
                };
                AnswerEngine recording = engine.withComposer(capturing);
                Path dir = Path.of("src/test/resources/llm/corpus");
                Files.createDirectories(dir);
                for (String[] q : QUESTIONS) {
                    lastRequest.set(null);
                    Answer answer = recording.answer(q[1], null, null);
                    JsonNode request = lastRequest.get();
                    if (request == null) {
                        System.out.println("NOT SENT to the model: " + q[0] + " " + q[1]);
                        continue;
                    }
                    extractive.set(answer);
                    ObjectNode c = CorpusCase.write(q[0], retrieval.get(), maxCitations,
                            request.get("messages").get(0).get("content").asText(),
                            request.get("messages").get(1).get("content").asText(), answer);
                    Path file = dir.resolve(q[0] + ".json");
                    if (Files.exists(file)) {
                        JsonNode old = JSON.readTree(file.toFile());
                        if (old.has("replies")) {
                            c.set("replies", old.get("replies"));
                        }
                    }
                    if (!c.has("replies")) {
                        c.set("replies", JSON.createArrayNode());
                    }
                    JSON.writeValue(file.toFile(), c);
                    System.out.println("recorded " + file);
                }
            }
        } finally {
            server.stop(0);
        }
    }

    private static void handle(HttpExchange ex, AtomicReference<JsonNode> lastRequest) throws IOException {
        lastRequest.set(JSON.readTree(ex.getRequestBody().readAllBytes()));
        ObjectNode r = JSON.createObjectNode();
        r.put("id", "chatcmpl-rec").put("object", "chat.completion").put("created", 1).put("model", "recorder");
        ObjectNode choice = r.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", Prompt.NO_ANSWER);
        byte[] out = JSON.writeValueAsBytes(r);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }
}
