package org.rehablawbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 for tests, speaking Telegram's JSON ({@code {"ok":true,"result":...}}; errors
 * {@code {"ok":false,"error_code":429,"description":"...","parameters":{"retry_after":1}}}). It implements getMe,
 * deleteWebhook, getUpdates (with offset; long polls for at most {@code pollMillis}), sendMessage, sendChatAction,
 * setMyCommands, answerCallbackQuery, answerInlineQuery, editMessageText, getFile and file downloads, and records
 * every request.
 *
 * <p>It checks what Telegram checks in a {@code sendMessage} / {@code editMessageText}: a chat id, a non-empty
 * text of at most 4,096 characters after entity parsing, HTML that parses (else 400 "can't parse entities"),
 * button data of at most 64 bytes; a message to a group that was upgraded ({@link #migrate}) gets 400 with
 * {@code migrate_to_chat_id}. Faults it injects on request: any error code with a description and
 * {@code retry_after} ({@link #failNext}), proxy error pages that are not JSON ({@link #pageNext}), connections
 * dropped before anything is processed ({@link #dropNext}) or after the call was carried out
 * ({@link #acceptThenDropNext}), and raw updates of any shape in {@code getUpdates}: malformed, {@code null},
 * without {@code update_id}, with wrongly typed fields ({@link #pushRaw}).
 */
final class FakeBotApiServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    static {
        // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms a request
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    static final long BOT_ID = 777000111L;
    static final String BOT_USERNAME = "RehabLawTestBot";

    /** One request as the server received it. */
    record Request(String method, JsonNode body, long nanoTime, int status) {
        long chatId() {
            JsonNode c = body.get("chat_id");
            return c == null ? 0 : Long.parseLong(c.asText());
        }

        String text() {
            JsonNode t = body.get("text");
            return t == null ? null : t.asText();
        }
    }

    /** A fault injected into the next call of a method. */
    private record Failure(int code, Integer retryAfter, boolean drop, String description, String page,
                           boolean afterAccept) {
    }

    private final String token;
    private final HttpServer server;
    private final ExecutorService threads;
    private final long pollMillis;
    /** Updates by their position (the update_id they normally carry), as the raw JSON text served. */
    private final NavigableMap<Integer, String> updates = new TreeMap<>();
    private final Map<Long, Long> migratedChats = new ConcurrentHashMap<>();
    /** Shared by every server in the JVM: update ids only grow, as a real Bot API's do for one bot. */
    private static final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private volatile boolean recordBodies = true;
    private volatile boolean recording = true;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, String> filePaths = new ConcurrentHashMap<>();
    private final Map<String, byte[]> fileContents = new ConcurrentHashMap<>();

    FakeBotApiServer(String token, long pollMillis) throws IOException {
        this.token = token;
        this.pollMillis = pollMillis;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        this.threads = Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, "fake-bot-api");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Stop keeping request bodies (for long benchmark runs); methods and times are still recorded. */
    void recordBodies(boolean on) {
        recordBodies = on;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Updates

    /** Queues an update, giving it the next update_id; returns the id. */
    int push(ObjectNode update) {
        int id = nextUpdateId.incrementAndGet();
        update.put("update_id", id);
        synchronized (updates) {
            updates.put(id, update.toString());
            updates.notifyAll();
        }
        return id;
    }

    /**
     * Queues an update as raw JSON text, served exactly as given in the result array (it may be {@code null}, lack
     * {@code update_id}, or carry any field in any shape). {@code %ID%} in the text is replaced by the update's
     * position, which is what a well-formed update would carry as its {@code update_id}; returns that position.
     */
    int pushRaw(String json) {
        synchronized (updates) {
            int id = nextUpdateId.incrementAndGet();
            updates.put(id, json.replace("%ID%", Integer.toString(id)));
            updates.notifyAll();
            return id;
        }
    }

    /** Queues many updates at once. */
    void pushAll(List<ObjectNode> list) {
        synchronized (updates) {
            for (ObjectNode u : list) {
                int id = nextUpdateId.incrementAndGet();
                u.put("update_id", id);
                updates.put(id, u.toString());
            }
            updates.notifyAll();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Faults

    /** The next {@code times} calls of {@code method} get HTTP {@code code} with Telegram's error JSON. */
    void failNext(String method, int code, int times, Integer retryAfter) {
        failNext(method, code, times, retryAfter, null);
    }

    /** As {@link #failNext(String, int, int, Integer)} with Telegram's {@code description} given. */
    void failNext(String method, int code, int times, Integer retryAfter, String description) {
        add(method, times, new Failure(code, retryAfter, false, description, null, false));
    }

    /** The next {@code times} calls of {@code method} get HTTP {@code code} with an HTML page, as a proxy sends. */
    void pageNext(String method, int code, int times) {
        String page = "<html>\r\n<head><title>" + code + " Bad Gateway</title></head>\r\n<body>\r\n<center><h1>" + code
                + " Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n";
        add(method, times, new Failure(code, null, false, null, page, false));
    }

    /** The next {@code times} calls of {@code method} get their connection closed before anything is done. */
    void dropNext(String method, int times) {
        add(method, times, new Failure(0, null, true, null, null, false));
    }

    /**
     * The next {@code times} calls of {@code method} are carried out (a message is delivered, recorded with
     * status 200), then the connection is closed without a reply: the client cannot know it was delivered.
     */
    void acceptThenDropNext(String method, int times) {
        add(method, times, new Failure(0, null, true, null, null, true));
    }

    /** Group {@code from} was upgraded to supergroup {@code to}: messages to {@code from} get 400 with migrate_to_chat_id. */
    void migrate(long from, long to) {
        migratedChats.put(from, to);
    }

    private void add(String method, int times, Failure f) {
        Deque<Failure> q = failures.computeIfAbsent(method, k -> new ArrayDeque<>());
        synchronized (q) {
            for (int i = 0; i < times; i++) {
                q.add(f);
            }
        }
    }

    /** Faults not yet used up, over all methods. */
    int faultsLeft() {
        int n = 0;
        for (Deque<Failure> q : failures.values()) {
            synchronized (q) {
                n += q.size();
            }
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Records

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Request> requests(String method) {
        return requests().stream().filter(r -> r.method().equals(method)).toList();
    }

    /** Successful calls of a method so far. */
    int count(String method) {
        AtomicInteger n = counts.get(method);
        return n == null ? 0 : n.get();
    }

    /** Stop recording requests at all (for benchmarks); counts are still kept. */
    void recordRequests(boolean on) {
        recording = on;
    }

    void clearRequests() {
        synchronized (requests) {
            requests.clear();
        }
    }

    /** Waits until the recorded requests satisfy {@code condition}; fails the test after {@code timeout}. */
    List<Request> await(Predicate<List<Request>> condition, Duration timeout, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Request> all = requests();
            if (condition.test(all)) {
                return all;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what + "; requests: " + summary(all));
            }
            Thread.sleep(10);
        }
    }

    static String summary(List<Request> all) {
        StringBuilder sb = new StringBuilder();
        for (Request r : all.subList(Math.max(0, all.size() - 30), all.size())) {
            sb.append("\n  ").append(r.method()).append(' ').append(r.status()).append(' ')
                    .append(r.body() == null ? "" : r.body().toString().substring(0, Math.min(200, r.body().toString().length())));
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * Makes a file available as Telegram keeps sent documents: {@code getFile} with {@code fileId} gives its
     * {@code file_path} and size, and {@code /file/bot<token>/<file_path>} serves the bytes.
     */
    void addFile(String fileId, byte[] content) {
        String filePath = "documents/file_" + (filePaths.size() + 1) + ".md";
        filePaths.put(fileId, filePath);
        fileContents.put(filePath, content);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            byte[] raw;
            try (InputStream in = ex.getRequestBody()) {
                raw = in.readAllBytes();
            }
            String filePrefix = "/file/bot" + token + "/";
            if (path.startsWith(filePrefix)) {
                byte[] content = fileContents.get(path.substring(filePrefix.length()));
                record("file", JSON.createObjectNode().put("file_path", path.substring(filePrefix.length())),
                        content == null ? 404 : 200);
                ex.sendResponseHeaders(content == null ? 404 : 200, content == null ? -1 : content.length);
                if (content != null) {
                    ex.getResponseBody().write(content);
                }
                return;
            }
            if (!path.startsWith(prefix)) {
                reply(ex, 401, error(401, "Unauthorized", null));
                return;
            }
            // method names are case-insensitive in the Bot API (the library sends "sendmessage")
            String method = canonical(path.substring(prefix.length()));
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            Failure failure = nextFailure(method);
            if (failure != null && failure.afterAccept()) {
                // carried out, then the connection closes before the reply
                record(method, body, 200);
                counts.computeIfAbsent(method, k -> new AtomicInteger()).incrementAndGet();
                if (method.equals("sendMessage")) {
                    message(body);
                }
                throw new IOException("dropped after accepting on purpose");
            }
            if (failure != null && failure.page() != null) {
                record(method, body, failure.code());
                byte[] page = failure.page().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "text/html");
                ex.sendResponseHeaders(failure.code(), page.length);
                ex.getResponseBody().write(page);
                return;
            }
            if (failure != null) {
                record(method, body, failure.drop() ? -1 : failure.code());
                if (failure.drop()) {
                    // answer with a truncated response: the client sees the connection end mid-reply
                    ex.getResponseHeaders().add("Content-Type", "application/json");
                    ex.sendResponseHeaders(200, 1000);
                    ex.getResponseBody().write("{\"ok\":".getBytes(StandardCharsets.UTF_8));
                    ex.getResponseBody().flush();
                    throw new IOException("dropped on purpose");
                }
                String description = failure.description() != null ? failure.description() : failure.code() == 429
                        ? "Too Many Requests: retry after " + failure.retryAfter() : "Internal Server Error";
                reply(ex, failure.code(), error(failure.code(), description, failure.retryAfter()));
                return;
            }
            if (method.equals("sendMessage") || method.equals("editMessageText")) {
                ObjectNode refused = check(body);
                if (refused != null) {
                    record(method, body, refused.get("error_code").asInt());
                    reply(ex, refused.get("error_code").asInt(), refused);
                    return;
                }
            }
            if (!method.equals("getUpdates")) {
                record(method, body, 200);
                counts.computeIfAbsent(method, k -> new AtomicInteger()).incrementAndGet();
            }
            JsonNode result = switch (method) {
                case "getMe" -> me();
                case "deleteWebhook", "sendChatAction", "setMyCommands", "answerCallbackQuery", "answerInlineQuery",
                     "setMyDescription", "setMyShortDescription" ->
                        JSON.getNodeFactory().booleanNode(true);
                case "getUpdates" -> getUpdates(body);
                case "sendMessage" -> message(body);
                case "editMessageText", "editMessageReplyMarkup" -> message(body);
                case "getFile" -> file(body.path("file_id").asText());
                default -> null;
            };
            if (result == null) {
                reply(ex, 404, error(404, "Not Found: method not found", null));
                return;
            }
            ObjectNode ok = JSON.createObjectNode();
            ok.put("ok", true);
            ok.set("result", result);
            reply(ex, 200, ok);
        } catch (IOException e) {
            // dropped connection or a client that went away
        }
    }

    /** The messages delivered to {@code chatId} (sendMessage calls answered 200), in the order received. */
    static List<Request> messagesTo(List<Request> all, long chatId) {
        return all.stream().filter(r -> r.method().equals("sendMessage") && r.status() == 200 && r.chatId() == chatId)
                .toList();
    }

    private static final List<String> METHODS = List.of("getMe", "deleteWebhook", "getUpdates", "sendMessage",
            "sendChatAction", "setMyCommands", "answerCallbackQuery", "answerInlineQuery", "editMessageText", "getFile",
            "setMyDescription", "setMyShortDescription", "editMessageReplyMarkup");

    private static String canonical(String method) {
        for (String m : METHODS) {
            if (m.equalsIgnoreCase(method)) {
                return m;
            }
        }
        return method;
    }

    private Failure nextFailure(String method) {
        Deque<Failure> q = failures.get(method);
        if (q == null) {
            return null;
        }
        synchronized (q) {
            return q.poll();
        }
    }

    private void record(String method, JsonNode body, int status) {
        if (!recording) {
            return;
        }
        synchronized (requests) {
            requests.add(new Request(method, recordBodies || !method.equals("sendMessage") ? body : null, System.nanoTime(), status));
        }
    }

    private JsonNode getUpdates(JsonNode body) throws IOException {
        int offset = body.path("offset").asInt(0);
        int limit = body.path("limit").asInt(100);
        long end = System.currentTimeMillis() + Math.min(pollMillis, body.path("timeout").asLong(0) * 1000);
        StringBuilder out = new StringBuilder("[");
        int n = 0;
        synchronized (updates) {
            updates.headMap(offset, false).clear();
            while (updates.isEmpty() && System.currentTimeMillis() < end) {
                try {
                    updates.wait(Math.max(1, end - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                updates.headMap(offset, false).clear();
            }
            for (String u : updates.values()) {
                if (n >= limit) {
                    break;
                }
                out.append(n++ == 0 ? "" : ",").append(u);
            }
        }
        return new RawJson(out.append(']').toString());
    }

    /** JSON text embedded as is into a reply. */
    private static final class RawJson extends com.fasterxml.jackson.databind.node.ValueNode {
        private final String text;

        RawJson(String text) {
            this.text = text;
        }

        @Override
        public com.fasterxml.jackson.core.JsonToken asToken() {
            return com.fasterxml.jackson.core.JsonToken.VALUE_EMBEDDED_OBJECT;
        }

        @Override
        public void serialize(com.fasterxml.jackson.core.JsonGenerator g, com.fasterxml.jackson.databind.SerializerProvider p)
                throws IOException {
            g.writeRawValue(text);
        }

        @Override
        public com.fasterxml.jackson.databind.node.JsonNodeType getNodeType() {
            return com.fasterxml.jackson.databind.node.JsonNodeType.POJO;
        }

        @Override
        public String asText() {
            return text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RawJson r && r.text.equals(text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * What Telegram refuses in a sendMessage / editMessageText, as its error JSON; null when it would accept it.
     */
    private ObjectNode check(JsonNode body) {
        String chat = body.path("chat_id").asText("");
        if (chat.isEmpty()) {
            return error(400, "Bad Request: chat_id is empty", null);
        }
        Long to = migratedChats.get(Long.parseLong(chat));
        if (to != null) {
            ObjectNode e = error(400, "Bad Request: group chat was upgraded to a supergroup chat", null);
            e.putObject("parameters").put("migrate_to_chat_id", to);
            return e;
        }
        String text = body.path("text").asText("");
        String plainText = text;
        if ("html".equalsIgnoreCase(body.path("parse_mode").asText(""))) {
            try {
                org.rehablawbot.render.HtmlChecks.assertValid(text);
            } catch (AssertionError e) {
                return error(400, "Bad Request: can't parse entities: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), null);
            }
            plainText = plain(text);
        }
        if (plainText.isBlank()) {
            return error(400, "Bad Request: message text is empty", null);
        }
        if (plainText.length() > 4096) {
            return error(400, "Bad Request: message is too long", null);
        }
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.has("callback_data")
                        && button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length > 64) {
                    return error(400, "Bad Request: BUTTON_DATA_INVALID", null);
                }
            }
        }
        return null;
    }

    /** The File object of {@code getFile}, or null (404) for an unknown id. */
    private JsonNode file(String fileId) {
        String filePath = filePaths.get(fileId);
        if (filePath == null) {
            return null;
        }
        ObjectNode f = JSON.createObjectNode();
        f.put("file_id", fileId);
        f.put("file_unique_id", "u" + fileId);
        f.put("file_size", fileContents.get(filePath).length);
        f.put("file_path", filePath);
        return f;
    }

    private static JsonNode me() {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", BOT_ID);
        u.put("is_bot", true);
        u.put("first_name", "Rehab Law");
        u.put("username", BOT_USERNAME);
        u.put("can_join_groups", true);
        u.put("can_read_all_group_messages", false);
        u.put("supports_inline_queries", true);
        return u;
    }

    private JsonNode message(JsonNode body) {
        long chatId = Long.parseLong(body.path("chat_id").asText("0"));
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", body.has("message_id") ? body.get("message_id").asInt() : nextMessageId.incrementAndGet());
        m.put("date", System.currentTimeMillis() / 1000);
        ObjectNode chat = m.putObject("chat");
        chat.put("id", chatId);
        chat.put("type", chatId > 0 ? "private" : "supergroup");
        ObjectNode from = m.putObject("from");
        from.put("id", BOT_ID);
        from.put("is_bot", true);
        from.put("first_name", "Rehab Law");
        from.put("username", BOT_USERNAME);
        m.put("text", FakeBotApiServer.plain(body.path("text").asText("")));
        return m;
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static ObjectNode error(int code, String description, Integer retryAfter) {
        ObjectNode e = JSON.createObjectNode();
        e.put("ok", false);
        e.put("error_code", code);
        e.put("description", description);
        if (retryAfter != null) {
            e.putObject("parameters").put("retry_after", retryAfter);
        }
        return e;
    }

    private static void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        synchronized (updates) {
            updates.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
