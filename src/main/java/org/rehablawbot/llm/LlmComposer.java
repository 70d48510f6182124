package org.rehablawbot.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Composer;
import org.rehablawbot.answer.Disagreement;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceMeta;
import org.rehablawbot.retrieve.Retrieval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes answers with a language model, grounded in the retrieved passages and checked before anyone sees
 * them, with the extractive composer as the fallback.
 *
 * <p>For each retrieval it first composes the fallback's answer. When that answer is not an answer (empty
 * retrieval, refusal, help), it is returned as it is and the model is not asked. Otherwise the model gets the
 * question and the numbered passages ({@link Prompt}); its reply must pass {@link AnswerCheck} within the
 * timeout. A passing reply becomes the answer (composer {@code llm}): its cited sentences in plain text (the
 * unmarked ones that state nothing dropped), the citations renumbered 1..N in order of first use, and one block
 * per disagreement: the model's "Sources differ" blocks, each merged with the fallback's block on the same
 * disagreement, then the fallback's other disagreements (see {@link #build}). A failed check, a timeout or any model error gives the
 * fallback's answer (composer {@code extractive}). Each verdict is logged and counted ({@link #stats()}).
 * Thread-safe.
 */
public final class LlmComposer implements Composer {

    private static final Logger LOG = LoggerFactory.getLogger(LlmComposer.class);

    /** Counts of verdicts since start. {@code skipped}: the fallback's answer was not an answer; no model call. */
    public record Stats(long calls, long passed, long failedChecks, long timeouts, long errors, long skipped) {

        /** Model calls whose answer was not used. */
        public long fallbacks() {
            return failedChecks + timeouts + errors;
        }

        @Override
        public String toString() {
            return "llm: " + calls + " calls, " + passed + " passed, " + failedChecks + " failed checks, " + timeouts
                    + " timeouts, " + errors + " errors (" + skipped + " questions without an answer to phrase)";
        }
    }

    private final ChatModel model;
    private final Composer fallback;
    private final Duration timeout;
    private final int maxCitations;
    private final List<String> secrets;
    private final ExecutorService calls;

    private final AtomicLong callCount = new AtomicLong();
    private final AtomicLong passed = new AtomicLong();
    private final AtomicLong failedChecks = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    /**
     * @param model        the language model
     * @param fallback     the composer whose answer is used when the model's is not (the extractive one)
     * @param timeout      how long to wait for the model
     * @param maxCitations most passages the answer's sentences may cite (setting {@code answer.max_citations})
     */
    public LlmComposer(ChatModel model, Composer fallback, Duration timeout, int maxCitations) {
        this(model, fallback, timeout, maxCitations, List.of());
    }

    /** @param secrets texts (the API key) to blank out of any error message before it is logged */
    public LlmComposer(ChatModel model, Composer fallback, Duration timeout, int maxCitations, List<String> secrets) {
        this.model = Objects.requireNonNull(model, "model");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (maxCitations < 1) {
            throw new IllegalArgumentException("maxCitations must be at least 1: " + maxCitations);
        }
        this.maxCitations = maxCitations;
        this.secrets = secrets.stream().filter(s -> s != null && !s.isBlank()).toList();
        AtomicInteger threads = new AtomicInteger();
        this.calls = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "llm-call-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String name() {
        return "llm";
    }

    /** Counts of verdicts since start, for status reports. */
    public Stats stats() {
        return new Stats(callCount.get(), passed.get(), failedChecks.get(), timeouts.get(), errors.get(),
                skipped.get());
    }

    @Override
    public Answer compose(Retrieval retrieval) {
        long start = System.nanoTime();
        Answer extractive = fallback.compose(retrieval);
        if (retrieval.isEmpty() || extractive.status() != Answer.Status.ANSWERED) {
            skipped.incrementAndGet();
            return extractive;
        }
        callCount.incrementAndGet();
        String text;
        Future<ChatResponse> call = calls.submit(() -> model.chat(ChatRequest.builder()
                .messages(Prompt.messages(retrieval, maxCitations)).build()));
        try {
            ChatResponse response = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            AiMessage message = response == null ? null : response.aiMessage();
            text = message == null ? null : message.text();
            if (text == null || text.isBlank()) {
                throw new ExecutionException(new IllegalStateException("the model's reply has no text"));
            }
        } catch (TimeoutException e) {
            call.cancel(true);
            timeouts.incrementAndGet();
            LOG.warn("llm verdict: fail (no reply within {} s); answering extractively", timeout.toSeconds());
            return extractive.withTookMs(elapsed(start));
        } catch (ExecutionException e) {
            errors.incrementAndGet();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.warn("llm verdict: fail (model error {}: {}); answering extractively",
                    cause.getClass().getSimpleName(), redact(cause.getMessage()));
            return extractive.withTookMs(elapsed(start));
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            errors.incrementAndGet();
            LOG.warn("llm verdict: fail (interrupted while waiting for the model); answering extractively");
            return extractive.withTookMs(elapsed(start));
        }
        Draft draft = read(text, retrieval);
        AnswerCheck.Verdict verdict = AnswerCheck.check(draft, retrieval, maxCitations);
        if (!verdict.passed()) {
            failedChecks.incrementAndGet();
            LOG.warn("llm verdict: fail ({}); answering extractively", verdict.reason());
            return extractive.withTookMs(elapsed(start));
        }
        Answer answer = build(verdict.draft(), retrieval, extractive, elapsed(start));
        passed.incrementAndGet();
        LOG.info("llm verdict: pass ({} sentences, {} citations, {} disagreements, {} ms)",
                answer.statements().size(), answer.citations().size(), answer.disagreements().size(),
                answer.tookMs());
        return answer;
    }

    /**
     * Reads a model's reply to a retrieval: "According to [n]" is written out with the name of who holds passage
     * {@code n} ({@link AnswerCheck#who}).
     */
    static Draft read(String text, Retrieval retrieval) {
        List<Passage> passages = retrieval.passages().stream().map(sp -> sp.passage()).toList();
        return Draft.read(text, n -> n >= 1 && n <= passages.size() ? AnswerCheck.who(passages.get(n - 1)) : null);
    }

    /**
     * The answer from a checked draft (the one {@link AnswerCheck.Verdict#draft()} gives): markers renumbered
     * 1..N in order of first use (sentences, then the "Sources differ" sides), each sentence's citations in
     * ascending order, and one "Sources differ" block per disagreement. A disagreement of the fallback's answer
     * that the model also wrote (one of its blocks cites the sources of two or more of its sides, or a structured
     * fact of the same key) is merged into the model's block: a side whose sources or fact value the model's side
     * already cites, or whose dates and numbers it states, adds its citations to that side, a side the model left
     * out is added; the block takes the fallback's "about" when the model gave none. The
     * fallback's other disagreements are added after the model's.
     */
    static Answer build(Draft draft, Retrieval retrieval, Answer extractive, long tookMs) {
        List<Passage> passages = retrieval.passages().stream().map(sp -> sp.passage()).toList();
        Numbering numbering = new Numbering(passages);
        List<Statement> statements = new ArrayList<>();
        for (Draft.Sentence s : draft.sentences()) {
            statements.add(new Statement(s.text(), sorted(numbering.passages(s.markers(), passages))));
        }
        Map<Integer, Citation> extractiveCitations = new LinkedHashMap<>();
        extractive.citations().forEach(c -> extractiveCitations.put(c.n(), c));
        // The model's blocks, as lists of sides; each side: text, passages cited, source files cited.
        List<String> abouts = new ArrayList<>();
        List<List<Side>> blocks = new ArrayList<>();
        for (Draft.Block b : draft.disagreements()) {
            List<Side> sides = new ArrayList<>();
            for (Draft.Sentence side : b.positions()) {
                Side s = new Side(side.text());
                side.markers().forEach(n -> s.add(passages.get(n - 1)));
                sides.add(s);
            }
            abouts.add(b.about() == null ? "" : b.about());
            blocks.add(sides);
        }
        List<Disagreement> extra = new ArrayList<>();
        for (Disagreement d : extractive.disagreements()) {
            List<Set<String>> sideSources = new ArrayList<>();
            Set<String> keys = new java.util.HashSet<>();
            for (Disagreement.Position p : d.positions()) {
                Set<String> ids = new java.util.HashSet<>();
                String value = Side.value(p.text());
                if (value != null) {
                    ids.add(value);
                }
                for (int n : p.citations()) {
                    Citation c = extractiveCitations.get(n);
                    if (c == null) {
                        continue;
                    }
                    ids.add("file:" + c.path());
                    Passage cited = passageOf(c, passages);
                    if (cited != null && cited.fact() != null) {
                        ids.add("fact:" + cited.fact().key() + "=" + cited.fact().value());
                        keys.add(cited.fact().key());
                    }
                }
                sideSources.add(ids);
            }
            int match = -1;
            for (int b = 0; b < blocks.size() && match < 0; b++) {
                int sidesMet = 0;
                for (Set<String> ids : sideSources) {
                    if (sideOf(blocks.get(b), ids) >= 0) {
                        sidesMet++;
                    }
                }
                boolean sameKey = blocks.get(b).stream().anyMatch(side -> side.keys.stream().anyMatch(keys::contains));
                if (sidesMet >= 2 || sameKey) {
                    match = b;
                }
            }
            if (match < 0) {
                extra.add(d);
                continue;
            }
            List<Side> block = blocks.get(match);
            if (abouts.get(match).isBlank() && d.about() != null) {
                abouts.set(match, d.about());
            }
            for (int i = 0; i < d.positions().size(); i++) {
                Disagreement.Position p = d.positions().get(i);
                int side = sideOf(block, sideSources.get(i));
                Side target = side >= 0 ? block.get(side) : new Side(p.text());
                if (side < 0) {
                    block.add(target);
                }
                p.citations().stream().map(extractiveCitations::get).filter(java.util.Objects::nonNull)
                        .forEach(target.citations::add);
            }
        }
        List<Disagreement> disagreements = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            List<Disagreement.Position> positions = new ArrayList<>();
            for (Side side : blocks.get(b)) {
                List<Integer> ns = new ArrayList<>();
                side.passages.forEach(p -> addOnce(ns, numbering.passage(p)));
                side.citations.forEach(c -> addOnce(ns, numbering.citation(c)));
                positions.add(new Disagreement.Position(side.text, sorted(ns)));
            }
            disagreements.add(new Disagreement(abouts.get(b), positions));
        }
        for (Disagreement d : extra) {
            List<Disagreement.Position> positions = new ArrayList<>();
            for (Disagreement.Position p : d.positions()) {
                List<Integer> ns = new ArrayList<>();
                for (int n : p.citations()) {
                    Citation c = extractiveCitations.get(n);
                    if (c != null) {
                        addOnce(ns, numbering.citation(c));
                    }
                }
                positions.add(new Disagreement.Position(p.text(), sorted(ns)));
            }
            disagreements.add(new Disagreement(d.about(), positions));
        }
        return new Answer(retrieval.question(), retrieval.language(), Answer.Status.ANSWERED, statements,
                disagreements, numbering.citations, "llm", tookMs);
    }

    /** One side of a "Sources differ" block being merged: its text, the passages and citations it cites. */
    private static final class Side {
        final String text;
        final List<Passage> passages = new ArrayList<>();
        final List<Citation> citations = new ArrayList<>();
        /**
         * {@code file:<path>} of each source cited, {@code fact:<key>=<value>} of each structured fact cited, and
         * {@code value:<figures>} of the dates and numbers the side states.
         */
        final Set<String> ids = new java.util.HashSet<>();
        /** The fact keys cited. */
        final Set<String> keys = new java.util.HashSet<>();

        Side(String text) {
            this.text = text;
            String value = value(text);
            if (value != null) {
                ids.add(value);
            }
        }

        /** {@code value:<figures>}: the dates and numbers a side states, by which two wordings of it match. */
        static String value(String text) {
            // Names like "24.kg" or "365info.kz" state no number.
            String withoutDomains = text.replaceAll("[\\p{L}\\p{N}-]*\\d[\\p{L}\\p{N}-]*\\.\\p{L}{2,}", " ");
            Set<String> figures = new java.util.TreeSet<>(Figures.stated(withoutDomains));
            return figures.isEmpty() ? null : "value:" + figures;
        }

        void add(Passage p) {
            passages.add(p);
            ids.add("file:" + p.source().path());
            if (p.fact() != null) {
                ids.add("fact:" + p.fact().key() + "=" + p.fact().value());
                keys.add(p.fact().key());
            }
        }
    }

    /** The side of a block that cites one of these sources or facts, or -1. */
    private static int sideOf(List<Side> block, Set<String> ids) {
        for (int i = 0; i < block.size(); i++) {
            for (String id : ids) {
                if (block.get(i).ids.contains(id)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The retrieved passage a citation of the fallback's answer points at: same file and line, else null. */
    private static Passage passageOf(Citation c, List<Passage> passages) {
        Passage sameLine = null;
        for (Passage p : passages) {
            if (p.source().path().equals(c.path()) && p.line() == c.line()) {
                if (p.text().equals(c.quote())) {
                    return p;
                }
                sameLine = sameLine == null ? p : sameLine;
            }
        }
        return sameLine;
    }

    private static void addOnce(List<Integer> ns, int n) {
        if (!ns.contains(n)) {
            ns.add(n);
        }
    }

    private static List<Integer> sorted(List<Integer> ns) {
        return ns.stream().sorted().toList();
    }

    /** Assigns final numbers by first use; one number per passage, whichever side cites it. */
    private static final class Numbering {
        final List<Passage> retrieved;
        final Map<String, Integer> numbers = new LinkedHashMap<>();
        final List<Citation> citations = new ArrayList<>();

        Numbering(List<Passage> retrieved) {
            this.retrieved = retrieved;
        }

        /** A citation's passage: the retrieved one at its file and line (with its quote if several), else its own. */
        String key(Citation c) {
            Passage sameLine = null;
            for (Passage p : retrieved) {
                if (p.source().path().equals(c.path()) && p.line() == c.line()) {
                    if (p.text().equals(c.quote())) {
                        return LlmComposer.key(p);
                    }
                    if (sameLine == null) {
                        sameLine = p;
                    }
                }
            }
            return sameLine != null ? LlmComposer.key(sameLine) : "citation:" + c.path() + ":" + c.line();
        }

        List<Integer> passages(List<Integer> markers, List<Passage> passages) {
            List<Integer> out = new ArrayList<>();
            for (int m : markers) {
                int n = passage(passages.get(m - 1));
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
            return out;
        }

        int passage(Passage p) {
            return numbers.computeIfAbsent(LlmComposer.key(p), k -> {
                int n = citations.size() + 1;
                citations.add(citationOf(n, p));
                return n;
            });
        }

        int citation(Citation c) {
            return numbers.computeIfAbsent(key(c), k -> {
                int n = citations.size() + 1;
                citations.add(new Citation(n, c.sourceId(), c.title(), c.publisher(), c.kind(), c.date(), c.url(),
                        c.path(), c.line(), c.quote()));
                return n;
            });
        }
    }

    static Citation citationOf(int n, Passage p) {
        SourceMeta s = p.source();
        return new Citation(n, s.id(), s.title(), s.publisher(), s.kind().code(),
                s.date() == null ? null : s.date().iso(), s.url(), s.path(), p.line(), p.text());
    }

    private static String key(Passage p) {
        return p.id();
    }

    private String redact(String message) {
        if (message == null) {
            return "(no message)";
        }
        String m = message;
        for (String s : secrets) {
            m = m.replace(s, "***");
        }
        m = m.replaceAll("(?i)(bearer\\s+)\\S+", "$1***");
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
