package org.rehablawbot.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.cli.BotCommand;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;

/**
 * Measures the bot against the fake Bot API server and prints the figures (nothing is asserted):
 * <ol>
 *   <li>answered private questions per second with the flood limits lifted (the pipeline and the Bot API calls),
 *       over many chats;</li>
 *   <li>answered inline queries per second with Telegram's limits on (inline answers are not messages);</li>
 *   <li>private questions per second with Telegram's limits on (30 messages/s overall caps this);</li>
 *   <li>heap before, during and after a burst of 10,000 updates, the most updates held in the bot's queues, and
 *       the CPU time and heap allocated per update during the burst, by kind of thread.</li>
 * </ol>
 * Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.rehablawbot.telegram.TelegramBenchmark}. System properties {@code bench.questions}
 * (default 4000), {@code bench.burst} (10000) and {@code bench.chats} (1000) change the sizes; with
 * {@code -Dbench.replay=true} each distinct question is composed once and its answer reused, so that the figures
 * measure the Telegram side alone.
 */
public final class TelegramBenchmark {

    private TelegramBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int questions = Integer.getInteger("bench.questions", 4000);
        int burst = Integer.getInteger("bench.burst", 10_000);
        int chats = Integer.getInteger("bench.chats", 1000);
        Path data = Files.createTempDirectory("telegram-bench");
        Settings base = SettingsLoader.load(null, Map.of("DATA_DIR", data.toString(),
                "KNOWLEDGE_DIR", Path.of(System.getProperty("bench.knowledge", "knowledge")).toAbsolutePath().toString()),
                Map.of());
        QUESTIONS = questions();
        long t0 = System.nanoTime();
        AnswerService service = BotCommand.answerService(base);
        System.out.printf("telegram benchmark: %d cores, %d workers, max heap %d MB; answer engine over %s with %d"
                        + " sources, index built in %.1f s; %d distinct questions (the eval sets), repeated%n",
                Runtime.getRuntime().availableProcessors(), base.intValue("telegram.workers"),
                Runtime.getRuntime().maxMemory() >> 20, base.knowledgeDir(), service.sources().size(),
                (System.nanoTime() - t0) / 1e9, QUESTIONS.size());
        warmUp(service);
        if (Boolean.getBoolean("bench.replay")) {
            service = new Replay(service);
            warmUp(service);
            System.out.println("answers replayed: each distinct question composed once, then its answer reused, so the"
                    + " figures measure the Telegram side (polling, journal, routing, rendering, sending) alone");
        }

        try (Run run = new Run(service, data, RateLimiter.Limits.NONE)) {
            run.server.recordRequests(false);
            double rate = run.measure(questions, i -> TestUpdates.privateText(1 + i % chats, question(i)),
                    () -> run.server.count("sendMessage"));
            System.out.printf("private questions, flood limits lifted: %d answered in %.2f s = %.0f answered updates/s%n",
                    questions, questions / rate, rate);
        }
        try (Run run = new Run(service, data, RateLimiter.Limits.TELEGRAM)) {
            run.server.recordRequests(false);
            double rate = run.measure(questions, i -> TestUpdates.inline(100_000 + i, question(i), "en"),
                    () -> run.server.count("answerInlineQuery"));
            System.out.printf("inline queries, Telegram's limits: %d answered in %.2f s = %.0f answered updates/s%n",
                    questions, questions / rate, rate);
            int limited = Math.min(questions, 300);
            double limitedRate = run.measure(limited, i -> TestUpdates.privateText(500_000 + i, question(i)),
                    () -> run.server.count("sendMessage"));
            System.out.printf("private questions, Telegram's limits (30 messages/s overall): %d answered in %.2f s = %.0f/s%n",
                    limited, limited / limitedRate, limitedRate);
        }
        try (Run run = new Run(service, data, RateLimiter.Limits.NONE)) {
            run.server.recordRequests(false);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            List<ObjectNode> updates = new ArrayList<>(burst);
            for (int i = 0; i < burst; i++) {
                updates.add(TestUpdates.privateText(1_000_000 + i % (chats * 2), question(i)));
            }
            long cpu0 = processCpuNanos();
            Map<Long, Long> threads0 = threadCpuNanos();
            Map<Long, Long> alloc0 = threadAllocatedBytes();
            long start = System.nanoTime();
            run.server.pushAll(updates);
            updates = null;
            long peak = 0;
            long peakLive = 0;
            int maxPending = 0;
            while (run.server.count("sendMessage") < burst) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                peakLive = Math.max(peakLive, liveHeap());
                maxPending = Math.max(maxPending, run.bot.pending());
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMillis = (processCpuNanos() - cpu0) / 1e6;
            String byThread = cpuByThread(threads0, cpuMillis, burst);
            String allocated = allocatedByThread(alloc0, burst);
            System.gc();
            long after = memory.getHeapMemoryUsage().getUsed();
            System.out.printf("burst of %d updates: CPU time of the whole process %.2f ms per update (%s)%n", burst,
                    cpuMillis / burst, byThread);
            System.out.printf("burst of %d updates: heap allocated per update, KB: %s%n", burst, allocated);
            System.out.printf("burst of %d updates: answered in %.2f s (%.0f/s); heap before %d MB, after %d MB;"
                            + " during: peak %d MB used, peak %d MB live after a collection;"
                            + " at most %d updates in the bot's queues (capacity %d), the rest waited on the server%n",
                    burst, seconds, burst / seconds, before >> 20, after >> 20, peak >> 20, peakLive >> 20, maxPending,
                    BotConfig.DEFAULT_CAPACITY);
        }
        if (service instanceof AutoCloseable c) {
            c.close();
        }
        try (var paths = Files.walk(data)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** CPU time used by this process (every thread: bot, fake server, collector), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time so far of each live thread, by thread id, in nanoseconds. */
    private static Map<Long, Long> threadCpuNanos() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> out = new java.util.HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t >= 0) {
                out.put(id, t);
            }
        }
        return out;
    }

    /** Bytes allocated so far by each live thread, by thread id. */
    private static Map<Long, Long> threadAllocatedBytes() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> out = new java.util.HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            long b = mx.getThreadAllocatedBytes(id);
            if (b >= 0) {
                out.put(id, b);
            }
        }
        return out;
    }

    /** Heap each kind of live thread allocated since {@code before}, in KB per update, largest first. */
    private static String allocatedByThread(Map<Long, Long> before, int updates) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, Double> byKind = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            long b = info == null ? -1 : mx.getThreadAllocatedBytes(info.getThreadId());
            if (b >= 0) {
                byKind.merge(info.getThreadName().replaceAll("[0-9]+", "N"),
                        (b - before.getOrDefault(info.getThreadId(), 0L)) / 1024.0, Double::sum);
            }
        }
        StringBuilder sb = new StringBuilder();
        byKind.entrySet().stream().filter(e -> e.getValue() / updates >= 0.5)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ")
                        .append(String.format("%s %.0f", e.getKey(), e.getValue() / updates)));
        return sb.toString();
    }

    /**
     * The CPU time each kind of thread used since {@code before}, in ms per update: threads named alike (digits
     * dropped) grouped; "rest" is what no live Java thread accounts for (garbage collection, the JIT compiler,
     * threads that ended).
     */
    private static String cpuByThread(Map<Long, Long> before, double totalMillis, int updates) {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Double> byKind = new java.util.TreeMap<>();
        double sum = 0;
        for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long t = mx.getThreadCpuTime(info.getThreadId());
            if (t < 0) {
                continue;
            }
            double ms = (t - before.getOrDefault(info.getThreadId(), 0L)) / 1e6;
            sum += ms;
            byKind.merge(info.getThreadName().replaceAll("[0-9]+", "N"), ms, Double::sum);
        }
        byKind.put("rest", totalMillis - sum);
        StringBuilder sb = new StringBuilder();
        byKind.entrySet().stream().filter(e -> e.getValue() / updates >= 0.01)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ")
                        .append(String.format("%s %.2f", e.getKey(), e.getValue() / updates)));
        return sb.toString();
    }

    /** Heap in use right after the last collection of each heap pool: what survives, without garbage. */
    private static long liveHeap() {
        long sum = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }

    /** Asks every question once, as the first users would (query embeddings are cached from then on). */
    private static void warmUp(AnswerService service) {
        for (String q : QUESTIONS) {
            service.answer(q, null, null);
        }
    }

    private static List<String> QUESTIONS = List.of("When did Kyrgyzstan adopt its rehabilitation law?");

    /** The questions of the eval sets in test resources. */
    private static List<String> questions() throws java.io.IOException {
        List<String> out = new ArrayList<>();
        for (String file : List.of("eval/questions.jsonl", "eval/extra-questions.jsonl")) {
            try (var in = TelegramBenchmark.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    continue;
                }
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        out.add(FakeBotApiServer.JSON.readTree(line).get("q").asText());
                    }
                }
            }
        }
        return out.isEmpty() ? QUESTIONS : List.copyOf(out);
    }

    static String question(int i) {
        return QUESTIONS.get(i % QUESTIONS.size());
    }

    /**
     * Composes each distinct question (with its preferred language) once and answers it again from memory, ignoring
     * the previous question: the answers are real, their cost is gone.
     */
    private static final class Replay implements AnswerService, AutoCloseable {
        private final AnswerService engine;
        private final java.util.concurrent.ConcurrentHashMap<String, org.rehablawbot.answer.Answer> answers =
                new java.util.concurrent.ConcurrentHashMap<>();

        Replay(AnswerService engine) {
            this.engine = engine;
        }

        @Override
        public org.rehablawbot.answer.Answer answer(String question, String previousQuestion,
                                                    org.rehablawbot.knowledge.Language preferred) {
            return answers.computeIfAbsent(preferred + " " + question, k -> engine.answer(question, null, preferred));
        }

        @Override
        public List<org.rehablawbot.knowledge.SourceMeta> sources() {
            return engine.sources();
        }

        @Override
        public void close() throws Exception {
            if (engine instanceof AutoCloseable c) {
                c.close();
            }
        }
    }

    /** A fake server and the bot started against it. */
    private static final class Run implements AutoCloseable {
        final FakeBotApiServer server;
        final TelegramBot bot;

        Run(AnswerService service, Path data, RateLimiter.Limits limits) throws Exception {
            server = new FakeBotApiServer(BotHarness.TOKEN, 200);
            Settings settings = SettingsLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", BotHarness.TOKEN,
                    "TELEGRAM_API_URL", server.url(), "DATA_DIR", data.toString()), Map.of());
            bot = BotCommand.start(BotConfig.from(settings).withLimits(limits), service);
        }

        /** Pushes {@code n} updates at once and returns how many a second were answered. */
        double measure(int n, java.util.function.IntFunction<ObjectNode> update, IntSupplier answered) throws InterruptedException {
            int start = answered.getAsInt();
            List<ObjectNode> updates = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                updates.add(update.apply(i));
            }
            long t0 = System.nanoTime();
            server.pushAll(updates);
            long deadline = t0 + Duration.ofMinutes(10).toNanos();
            while (answered.getAsInt() - start < n && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            return (answered.getAsInt() - start) / ((System.nanoTime() - t0) / 1e9);
        }

        @Override
        public void close() {
            bot.close();
            server.close();
        }
    }
}
