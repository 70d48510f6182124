package org.rehablawbot.retrieve;

import org.rehablawbot.index.Embedder;

/**
 * A deterministic bag-of-words embedder for unit tests: each stemmed content word adds to one of 256 dimensions
 * chosen by its hash; the vector is normalised. Texts sharing words are close, others near orthogonal.
 */
public final class HashingEmbedder implements Embedder {

    @Override
    public int dimensions() {
        return 256;
    }

    @Override
    public float[] embed(String text) {
        float[] v = new float[256];
        for (String w : Terms.words(text)) {
            if (!Terms.isStopword(w)) {
                v[Math.floorMod(Terms.stem(w).hashCode(), 256)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
        }
        return v;
    }
}
