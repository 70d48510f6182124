package org.rehablawbot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.Main;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.cli.AskCommand;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.rehablawbot.eval.RealKnowledge;
import org.rehablawbot.index.KnowledgeIndex;
import org.rehablawbot.index.MiniLmEmbedder;
import org.rehablawbot.render.JsonRenderer;

/**
 * The whole pipeline with a language model: the index of the shipped knowledge, the hybrid retriever, the
 * extractive composer as fallback, the engine choosing the composer from settings, the real OpenAI client
 * against an OpenAI-compatible server on loopback, and {@code ask --json} output.
 */
class LlmEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION =
            "Who approved Kyrgyzstan's law on rehabilitating victims of Soviet political repression?";
    private static final Pattern FIRST_PASSAGE = Pattern.compile(
            "<passage n=\"1\"[^>]*? publisher=\"([^\"]*)\"[^>]*>\\n(.*?)\\n</passage>", Pattern.DOTALL);

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    /** What the server's model answers, given the user message it got. */
    private volatile Function<String, String> model;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        JsonNode request = JSON.readTree(ex.getRequestBody().readAllBytes());
        String user = request.get("messages").get(1).get("content").asText();
        ObjectNode r = JSON.createObjectNode();
        r.put("id", "chatcmpl-e2e").put("object", "chat.completion").put("created", 1).put("model", "parrot");
        ObjectNode choice = r.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", model.apply(user));
        byte[] out = JSON.writeValueAsBytes(r);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    /** A model that repeats the first sentence of passage [1] in its publisher's name, with the marker. */
    private static String parrot(String user) {
        Matcher m = FIRST_PASSAGE.matcher(user);
        if (!m.find()) {
            return "NO_ANSWER";
        }
        String text = m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        String first = text.split("(?<=[.!?])\\s+(?=\\p{Lu})", 2)[0].replaceAll("[.!?]+$", "");
        return "According to " + m.group(1).replace("&quot;", "\"") + ", " + first + " [1].";
    }

    private AnswerEngine engine() throws IOException {
        Settings shipped = RealKnowledge.settings();
        RealKnowledge.engine(); // builds the index of the shipped knowledge once for all test classes
        Settings settings = SettingsLoader.load(null,
                Map.of("LLM_PROVIDER", "openai", "LLM_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort()
                        + "/v1", "LLM_MODEL", "parrot"),
                Map.of("knowledge.dir", shipped.knowledgeDir().toString(), "data.dir", shipped.dataDir().toString()));
        KnowledgeIndex index = KnowledgeIndex.open(settings.indexDir());
        return AnswerEngine.create(settings, index, MiniLmEmbedder.shared(), index);
    }

    private static JsonNode askJson(Answer answer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AskCommand.print(answer, true, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return JSON.readTree(bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCheckedModelAnswerIsWhatAskJsonShows() throws Exception {
        model = LlmEndToEndTest::parrot;
        try (AnswerEngine engine = engine()) {
            JsonNode json = askJson(engine.answer(QUESTION, null, null));

            assertEquals(1, requests.get());
            assertEquals("llm", json.get("composer").asText(), json.toString());
            assertEquals(1, ((LlmComposer) engine.composer()).stats().passed());
            assertFalse(json.get("refused").asBoolean());
            assertTrue(json.get("answer").asText().startsWith("According to "), json.toString());
            assertTrue(json.get("answer").asText().contains("[1]"), json.toString());
            assertEquals(1, json.get("citations").get(0).get("n").asInt());
            assertTrue(json.get("answer").asText().contains(
                    firstSentenceStart(json.get("citations").get(0).get("quote").asText())), json.toString());
        }
    }

    @Test
    void aModelAnswerThatFailsItsChecksGivesTheExtractiveAnswer() throws Exception {
        model = user -> "Sadyr Japarov approved the law in 1999 [99].";
        try (AnswerEngine engine = engine()) {
            JsonNode json = askJson(engine.answer(QUESTION, null, null));
            JsonNode extractive = JsonRenderer.toJson(RealKnowledge.engine().answer(QUESTION, null, null));

            assertEquals(1, requests.get());
            assertEquals("extractive", json.get("composer").asText());
            assertEquals(extractive.get("answer"), json.get("answer"));
            assertEquals(extractive.get("citations"), json.get("citations"));
            assertEquals(extractive.get("disagreements"), json.get("disagreements"));
        }
    }

    @Test
    void aQuestionTheKnowledgeDoesNotAnswerNeverReachesTheModel() throws Exception {
        model = user -> "Pepperoni [1].";
        try (AnswerEngine engine = engine()) {
            JsonNode json = askJson(engine.answer("What is the best pizza topping?", null, null));

            assertTrue(json.get("refused").asBoolean());
            assertEquals("extractive", json.get("composer").asText());
            assertEquals(0, requests.get());
        }
    }

    @Test
    void aProviderWithoutAModelStopsAskBeforeTheIndexIsTouched() throws Exception {
        Path config = dir.resolve("application.yaml");
        Files.writeString(config, "llm:\n  provider: openai\n  base_url: http://127.0.0.1:9/v1\n");
        Path data = dir.resolve("data");
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));

        int code = cl.execute("ask", "--config", config.toString(), "--data", data.toString(), "--knowledge",
                "knowledge", "--json", QUESTION);

        assertEquals(1, code, err.toString());
        assertTrue(err.toString().contains("configuration error"), err.toString());
        assertTrue(err.toString().contains("LLM_MODEL"), err.toString());
        assertFalse(Files.exists(data.resolve("index")));
    }

    private static String firstSentenceStart(String quote) {
        String first = quote.split("(?<=[.!?])\\s+(?=\\p{Lu})", 2)[0];
        return first.substring(0, Math.min(30, first.length()));
    }
}
