package org.rehablawbot.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;

/**
 * The full pipeline over the shipped {@code knowledge/} folder: a real Lucene index built once per test run in a
 * temporary folder with the real embedding model, shared by the test classes that need it.
 */
public final class RealKnowledge {

    private static Settings settings;
    private static AnswerEngine engine;

    private RealKnowledge() {
    }

    /** Settings whose data folder holds the index of the shipped knowledge. */
    public static synchronized Settings settings() {
        if (settings == null) {
            try {
                Path data = Files.createTempDirectory("rehab-real-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(data)));
                settings = SettingsLoader.load(null, Map.of(),
                        Map.of("knowledge.dir", "knowledge", "data.dir", data.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return settings;
    }

    /** The engine over that index, opened once. */
    public static synchronized AnswerEngine engine() {
        if (engine == null) {
            try {
                engine = AnswerEngine.open(settings());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            AnswerEngine e = engine;
            Runtime.getRuntime().addShutdownHook(new Thread(e::close));
        }
        return engine;
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left behind in the temporary folder
        }
    }
}
