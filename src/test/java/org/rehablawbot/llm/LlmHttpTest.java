package org.rehablawbot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Composer;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.config.SettingsLoader;

/**
 * The real LangChain4j clients, built from settings, against small OpenAI-compatible and Ollama servers on
 * loopback: address, request shape, key header, response parsing, and fallback on server errors and timeouts.
 */
class LlmHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = "The law restores the good name of persons repressed between 1918 and 1953 [2]. "
            + "It was adopted on 20 November 2024 [1].";

    /** One request as the stub saw it. */
    record Seen(String method, String path, Map<String, String> headers, JsonNode body) {
    }

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService serverThreads;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile boolean hang;
    private final Composer extractive = mock(Composer.class);

    @BeforeEach
    void start() throws IOException {
        when(extractive.name()).thenReturn("extractive");
        when(extractive.compose(any())).thenAnswer(inv -> Fixtures.extractive(inv.getArgument(0)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] in = ex.getRequestBody().readAllBytes();
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
        seen.add(new Seen(ex.getRequestMethod(), ex.getRequestURI().getPath(), headers,
                in.length == 0 ? null : JSON.readTree(in)));
        if (hang) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String body;
        if (status != 200) {
            body = "{\"error\":{\"message\":\"model overloaded\",\"type\":\"server_error\"}}";
        } else if (ex.getRequestURI().getPath().equals("/api/chat")) {
            ObjectNode r = JSON.createObjectNode();
            r.put("model", "llama3.1").put("created_at", "2025-01-01T00:00:00Z").put("done", true)
                    .put("done_reason", "stop").put("prompt_eval_count", 100).put("eval_count", 20);
            r.putObject("message").put("role", "assistant").put("content", GOOD);
            body = JSON.writeValueAsString(r);
        } else {
            ObjectNode r = JSON.createObjectNode();
            r.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "test-model");
            ObjectNode choice = r.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", GOOD);
            r.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
            body = JSON.writeValueAsString(r);
        }
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
        ex.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Composer composer(Map<String, String> env) throws IOException {
        Path file = dir.resolve("application.yaml");
        Files.writeString(file, "llm:\n  provider: none\n");
        return Composers.fromSettings(SettingsLoader.load(file, env, Map.of()), extractive);
    }

    @Test
    void anOpenAiCompatibleServerGetsTheModelThePassagesAndTheKey() throws Exception {
        Composer composer = composer(Map.of("LLM_PROVIDER", "openai", "LLM_BASE_URL", url() + "/v1",
                "LLM_MODEL", "test-model", "LLM_API_KEY", "sk-loopback-key"));

        Answer a = composer.compose(Fixtures.retrieval());

        assertEquals("llm", a.composer());
        assertEquals(List.of("The law restores the good name of persons repressed between 1918 and 1953.",
                "It was adopted on 20 November 2024."), a.statements().stream().map(Statement::text).toList());
        assertEquals("kg/kg-law-2024.en.md", a.citations().get(0).path());
        assertEquals(1, seen.size());
        Seen req = seen.get(0);
        assertEquals("POST", req.method());
        assertEquals("/v1/chat/completions", req.path());
        assertEquals("Bearer sk-loopback-key", req.headers().get("authorization"));
        assertEquals("test-model", req.body().get("model").asText());
        JsonNode messages = req.body().get("messages");
        assertEquals("system", messages.get(0).get("role").asText());
        assertTrue(messages.get(0).get("content").asText().contains("only from the numbered passages"));
        assertEquals("user", messages.get(1).get("role").asText());
        String user = messages.get(1).get("content").asText();
        assertTrue(user.contains(Fixtures.P_NEWS.text()), user);
        assertTrue(user.contains(Fixtures.P_MEMORIAL.text()), user);
        assertTrue(user.contains(Fixtures.QUESTION), user);
        assertEquals(1, ((LlmComposer) composer).stats().passed());
    }

    @Test
    void aServerWithoutKeyGetsNoAuthorizationHeader() throws Exception {
        Composer composer = composer(Map.of("LLM_PROVIDER", "openai", "LLM_BASE_URL", url() + "/v1",
                "LLM_MODEL", "local"));

        assertEquals("llm", composer.compose(Fixtures.retrieval()).composer());
        assertNull(seen.get(0).headers().get("authorization"));
    }

    @Test
    void aServerErrorGivesTheExtractiveAnswer() throws Exception {
        status = 503;
        Composer composer = composer(Map.of("LLM_PROVIDER", "openai", "LLM_BASE_URL", url() + "/v1",
                "LLM_MODEL", "test-model"));

        Answer a = composer.compose(Fixtures.retrieval());

        assertEquals("extractive", a.composer());
        assertEquals(Fixtures.extractive(Fixtures.retrieval()).statements(), a.statements());
        assertEquals(1, ((LlmComposer) composer).stats().errors());
        assertEquals(1, seen.size(), "no retries: the fallback answers at once");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeGivesTheExtractiveAnswer() throws Exception {
        hang = true;
        Composer composer = composer(Map.of("LLM_PROVIDER", "openai", "LLM_BASE_URL", url() + "/v1",
                "LLM_MODEL", "test-model", "LLM_TIMEOUT_SECONDS", "1"));

        Answer a = composer.compose(Fixtures.retrieval());

        assertEquals("extractive", a.composer());
        LlmComposer.Stats stats = ((LlmComposer) composer).stats();
        assertEquals(new LlmComposer.Stats(1, 0, 0, 1, 0, 0), stats);
    }

    @Test
    void ollamaGetsTheChatAtItsApiPath() throws Exception {
        Composer composer = composer(Map.of("LLM_PROVIDER", "ollama", "LLM_BASE_URL", url(),
                "LLM_MODEL", "llama3.1"));
        assertInstanceOf(LlmComposer.class, composer);

        Answer a = composer.compose(Fixtures.retrieval());

        assertEquals("llm", a.composer());
        Seen req = seen.get(0);
        assertEquals("/api/chat", req.path());
        assertEquals("llama3.1", req.body().get("model").asText());
        assertEquals(false, req.body().get("stream").asBoolean());
        assertTrue(req.body().get("messages").get(1).get("content").asText().contains(Fixtures.P_LAW.text()));
    }
}
