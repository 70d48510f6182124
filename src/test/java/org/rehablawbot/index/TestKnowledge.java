package org.rehablawbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** Helpers for index tests: a writable copy of the clean fixture folder, and an embedder that counts. */
final class TestKnowledge {

    static final Path GOOD = Path.of("src/test/resources/knowledge-good");

    private TestKnowledge() {
    }

    /** Copies the clean fixture folder to {@code target} and returns it. */
    static Path copyGood(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(GOOD)) {
            files.forEach(f -> {
                try {
                    Path to = target.resolve(GOOD.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }

    /** Wraps the real embedder, counting the texts it embeds; can pretend to be another model. */
    static final class CountingEmbedder implements Embedder {
        final Embedder inner;
        final AtomicInteger texts = new AtomicInteger();
        final String modelId;

        CountingEmbedder(Embedder inner, String modelId) {
            this.inner = inner;
            this.modelId = modelId;
        }

        CountingEmbedder(Embedder inner) {
            this(inner, inner.modelId());
        }

        @Override
        public int dimensions() {
            return inner.dimensions();
        }

        @Override
        public float[] embed(String text) {
            texts.incrementAndGet();
            return inner.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> batch) {
            texts.addAndGet(batch.size());
            return inner.embedAll(batch);
        }

        @Override
        public String modelId() {
            return modelId;
        }
    }
}
