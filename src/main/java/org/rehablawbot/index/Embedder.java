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

    /**
     * Names the model and its settings. The index remembers the id of the embedder that built it and is rebuilt
     * in full when it changes, since vectors of different models cannot be compared. The default is the class
     * name and the dimensions.
     */
    default String modelId() {
        return getClass().getName() + "/" + dimensions();
    }
}
