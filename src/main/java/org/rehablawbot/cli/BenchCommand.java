package org.rehablawbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;
import org.rehablawbot.eval.EvalCase;
import org.rehablawbot.index.IndexProgress;
import org.rehablawbot.index.IndexReport;
import org.rehablawbot.index.IndexUpdater;
import org.rehablawbot.index.MiniLmEmbedder;
import org.rehablawbot.moderation.ReloadBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures the answer pipeline: cold start (opening the index and loading the embedding model, up to the first
 * answer), warm latency percentiles and answers per second over a question list asked again and again (query
 * embeddings then come from the cache), the latency of the first pass over the list (embeddings computed), peak
 * heap and resident memory. With {@code --synthetic N} it first generates N synthetic knowledge files in a temporary
 * folder and reports how long indexing them took and the latency at that size.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Measure answer latency, throughput, cold start and memory",
        footer = {"", "Examples:",
                "  rehab-law-bot bench --json                   the shipped knowledge, the bundled question set",
                "  rehab-law-bot bench --questions my.jsonl --rounds 10",
                "  rehab-law-bot bench --synthetic 10000 --json index and measure 10,000 generated documents",
                "  rehab-law-bot bench --reload                 time a live reload after one-file changes",
                "", "Exit status: 0 measured, 1 the questions or the index cannot be read, 2 usage error."})
public final class BenchCommand implements Callable<Integer> {

    /** The shared question set, relative to the working directory, used when no --questions is given. */
    static final Path DEFAULT_QUESTIONS = Path.of("..", "shared", "eval", "questions.jsonl");
    /** Fallback when the shared set is absent: the copy the tests use. */
    static final Path BUNDLED_QUESTIONS = Path.of("src", "test", "resources", "eval", "questions.jsonl");
    /** The same set inside the jar, for runs outside the project's folder (the container image). */
    static final String BUNDLED_RESOURCE = "/eval/questions.jsonl";

    @Mixin
    CommonOptions common;

    @Option(names = "--questions", paramLabel = "FILE",
            description = "Question set (JSON lines with \"q\"), default ../shared/eval/questions.jsonl, else the "
                    + "copy bundled in the jar")
    Path questionsFile;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "30",
            description = "How many times the question list is asked after the warm-up (default 30)")
    int rounds;

    @Option(names = "--synthetic", paramLabel = "N", description = "Generate and index N synthetic documents first")
    Integer synthetic;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object")
    boolean json;

    @Option(names = "--reload", description = "Measure live reload instead: the reload time after one-file changes, "
            + "on a copy of the knowledge folder")
    boolean reload;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        PrintStream out = Engines.stdout();
        Settings settings = common.settings();
        if (reload) {
            try {
                ReloadBench.run(settings.knowledgeDir(), MiniLmEmbedder.shared(), 10, out);
                return 0;
            } catch (IOException e) {
                System.err.println("bench: " + e.getMessage());
                return Cli.PROBLEM;
            }
        }
        List<String> questions;
        try {
            questions = questions();
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            return Cli.PROBLEM;
        }
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        Path temp = null;
        try {
            if (synthetic != null) {
                if (synthetic < 1) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--synthetic needs a positive number of documents, e.g. --synthetic 1000");
                }
                temp = Files.createTempDirectory("rehab-bench-");
                Path knowledge = temp.resolve("knowledge");
                List<String> generated = SyntheticKnowledge.generate(knowledge, synthetic, 42);
                questions = new ArrayList<>(questions);
                questions.addAll(generated);
                Map<String, String> overrides = new HashMap<>();
                overrides.put("knowledge.dir", knowledge.toString());
                overrides.put("data.dir", temp.resolve("data").toString());
                settings = SettingsLoader.load(common.config, overrides);
                long indexStart = System.nanoTime();
                IndexReport report = new IndexUpdater(settings.knowledgeDir(), settings.indexDir(),
                        MiniLmEmbedder.shared()).update(IndexProgress.NONE, true);
                figures.put("docs", report.documents());
                figures.put("passages", report.passages());
                figures.put("index_ms", millis(indexStart));
                if (report.hasProblems()) {
                    System.err.println("bench: " + report.problems().size() + " synthetic files have problems, e.g. "
                            + report.problems().get(0));
                }
                start = System.nanoTime();
            }
            return measure(settings, questions, start, figures, out);
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    private int measure(Settings settings, List<String> questions, long start, Map<String, Object> figures,
                        PrintStream out) {
        try (AnswerEngine engine = Engines.open(settings)) {
            engine.answer(questions.get(0), null, null);
            figures.put("cold_start_ms", millis(start));
            long[] first = new long[questions.size()];
            for (int i = 0; i < questions.size(); i++) {
                long t = System.nanoTime();
                engine.answer(questions.get(i), null, null); // warm-up: JIT, caches
                first[i] = System.nanoTime() - t;
            }
            Arrays.sort(first);
            // warm process, every question embedded afresh (as a question never asked before)
            long[] nanos = new long[questions.size() * Math.max(1, rounds)];
            int n = 0;
            long all = System.nanoTime();
            for (int r = 0; r < Math.max(1, rounds); r++) {
                for (String q : questions) {
                    engine.retriever().clearQueryCache();
                    long t = System.nanoTime();
                    engine.answer(q, null, null);
                    nanos[n++] = System.nanoTime() - t;
                }
            }
            double seconds = (System.nanoTime() - all) / 1e9;
            Arrays.sort(nanos);
            // warm process, repeated questions: embeddings from the cache
            long[] cached = new long[nanos.length];
            for (int r = 0, c = 0; r < Math.max(1, rounds); r++) {
                for (String q : questions) {
                    long t = System.nanoTime();
                    engine.answer(q, null, null);
                    cached[c++] = System.nanoTime() - t;
                }
            }
            Arrays.sort(cached);
            figures.put("cached_p50_ms", round(percentile(cached, 50) / 1e6));
            figures.put("cached_p99_ms", round(percentile(cached, 99) / 1e6));
            figures.put("questions", questions.size());
            figures.put("answers", n);
            figures.put("p50_ms", round(percentile(nanos, 50) / 1e6));
            figures.put("p95_ms", round(percentile(nanos, 95) / 1e6));
            figures.put("p99_ms", round(percentile(nanos, 99) / 1e6));
            figures.put("answers_per_s", round(n / seconds));
            figures.put("first_pass_p50_ms", round(percentile(first, 50) / 1e6));
            figures.put("first_pass_p99_ms", round(percentile(first, 99) / 1e6));
            figures.put("peak_heap_mb", round(peakHeapBytes() / 1048576.0));
            Map<String, Long> status = procStatus();
            figures.put("rss_mb", status.containsKey("VmRSS") ? round(status.get("VmRSS") / 1024.0) : -1);
            figures.put("rss_peak_mb", status.containsKey("VmHWM") ? round(status.get("VmHWM") / 1024.0) : -1);
        } catch (Engines.OpenFailure e) {
            System.err.println("bench: " + e.getMessage());
            return Cli.PROBLEM;
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.valueToTree(figures);
            out.println(o.toString());
        } else {
            figures.forEach((k, v) -> out.println(String.format(Locale.ROOT, "%-15s %s", k, v)));
        }
        out.flush();
        return 0;
    }

    private List<String> questions() throws IOException {
        Path file = questionsFile;
        if (file == null) {
            file = Files.exists(DEFAULT_QUESTIONS) ? DEFAULT_QUESTIONS
                    : Files.exists(BUNDLED_QUESTIONS) ? BUNDLED_QUESTIONS : null;
        }
        if (file == null) {
            return bundledQuestions();
        }
        if (!Files.exists(file)) {
            throw new IOException("question set not found: " + file.toAbsolutePath() + "; give an existing JSON-lines "
                    + "file with --questions FILE, or leave it out to use the bundled set");
        }
        List<String> out = EvalCase.read(file).stream().map(EvalCase::question).toList();
        if (out.isEmpty()) {
            throw new IOException("no questions in " + file);
        }
        return out;
    }

    /** The questions of the set bundled in the jar ({@value #BUNDLED_RESOURCE}). */
    static List<String> bundledQuestions() throws IOException {
        try (java.io.InputStream in = BenchCommand.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IOException("no question set: neither " + DEFAULT_QUESTIONS + " nor the bundled copy is there; "
                        + "give one with --questions FILE");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    out.add(EvalCase.parse(line.strip()).question());
                }
            }
            return out;
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    /** Sum of the peak usage of the heap memory pools since the start of the process. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The kB figures of /proc/self/status (VmRSS, VmHWM …); empty where there is no such file. */
    static Map<String, Long> procStatus() {
        Map<String, Long> out = new HashMap<>();
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                String[] parts = line.split(":\\s*", 2);
                if (parts.length == 2 && parts[1].endsWith(" kB")) {
                    out.put(parts[0], Long.parseLong(parts[1].substring(0, parts[1].length() - 3).strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return out;
        }
        return out;
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            });
        } catch (IOException e) {
            // nothing to clean
        }
    }
}
