package org.rehablawbot.index;

import java.util.List;

/** Turns text into a normalised embedding vector. Implementations are thread-safe. */
public interface Embedder {

    /** Number of dimensions of every vector this embedder returns. */
    int dimensions();

    float[] embed(String text);

    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }
}
