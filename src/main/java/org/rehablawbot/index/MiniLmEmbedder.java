package org.rehablawbot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embeddings from the all-MiniLM-L6-v2 sentence model (quantised), run in process with ONNX Runtime through
 * LangChain4j. Works offline: the model ships inside its jar. 384 dimensions, unit length.
 *
 * <p>The model is loaded once per process, on first use (about a second); every instance shares it.
 * Thread-safe. {@link #embedAll} embeds a batch in parallel on all cores.
 */
public final class MiniLmEmbedder implements Embedder {

    /** Dimensions of every vector. */
    public static final int DIMENSIONS = 384;

    private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();

    /** The model and its threads, created on first use. */
    private static final class Holder {
        static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()), daemonThreads());
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel(EXECUTOR);

        private static java.util.concurrent.ThreadFactory daemonThreads() {
            AtomicInteger n = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, "embedder-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }

    private MiniLmEmbedder() {
    }

    /** The embedder every part of the process shares. */
    public static MiniLmEmbedder shared() {
        return SHARED;
    }

    /** Loads the model now rather than on the first embedding. */
    public MiniLmEmbedder warmUp() {
        embed("warm up");
        return this;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public String modelId() {
        return "all-minilm-l6-v2-q/" + DIMENSIONS;
    }

    /**
     * @throws IllegalArgumentException when {@code text} is blank
     */
    @Override
    public float[] embed(String text) {
        return unit(Holder.MODEL.embed(segment(text)).content());
    }

    /**
     * @throws IllegalArgumentException when a text is blank
     */
    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(segment(t));
        }
        List<Embedding> embeddings = Holder.MODEL.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            out.add(unit(e));
        }
        return out;
    }

    private static TextSegment segment(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("cannot embed blank text");
        }
        return TextSegment.from(text);
    }

    private static float[] unit(Embedding e) {
        return IndexSchema.normalised(e.vector());
    }
}
