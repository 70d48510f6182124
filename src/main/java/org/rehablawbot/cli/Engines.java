package org.rehablawbot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.config.ConfigException;
import org.rehablawbot.config.Settings;
import org.rehablawbot.index.Embedder;
import org.rehablawbot.index.IndexProgress;
import org.rehablawbot.index.KnowledgeIndex;
import org.rehablawbot.index.MiniLmEmbedder;
import org.rehablawbot.llm.LlmConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the answering commands share: opening the engine with a clear message, and UTF-8 standard output. */
final class Engines {

    private static final Logger LOG = LoggerFactory.getLogger(Engines.class);

    private Engines() {
    }

    /** Thrown when the engine cannot be opened; the message is for the user and says what to do. */
    static final class OpenFailure extends Exception {
        OpenFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** As {@link #open(Settings, IndexProgress)}, showing the progress of an index build on standard error. */
    static AnswerEngine open(Settings settings) throws OpenFailure {
        ConsoleProgress progress = ConsoleProgress.onStandardError();
        try {
            return open(settings, progress);
        } finally {
            progress.finish();
        }
    }

    /**
     * Opens the engine for the settings: brings the index up to date (building it on the first start, repairing
     * a damaged one; see {@link org.rehablawbot.index.IndexUpdater}), then wires the answer pipeline as
     * {@link AnswerEngine#open} does. A configuration error (such as a language model provider without a model) is
     * rethrown as it is, for the usual "configuration error" message.
     *
     * @param progress told what the index update does
     * @throws OpenFailure when the knowledge folder is missing or the index cannot be written or read
     */
    static AnswerEngine open(Settings settings, IndexProgress progress) throws OpenFailure {
        try {
            LlmConfig.from(settings); // a bad llm.* setting stops before the index work
            Embedder embedder = MiniLmEmbedder.shared();
            KnowledgeIndex index = KnowledgeIndex.openUpdated(settings, embedder, progress);
            index.lastUpdate().ifPresent(r -> r.problems().forEach(p -> LOG.warn("left out of the index: {}", p)));
            try {
                return AnswerEngine.create(settings, index, embedder, index);
            } catch (RuntimeException e) {
                index.close();
                throw e;
            }
        } catch (ConfigException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new OpenFailure(describe(settings, e), e);
        }
    }

    /** The user's message for a failed index update or opening, saying what to do next. */
    static String describe(Settings settings, Exception e) {
        if (e instanceof NoSuchFileException missing && settings.knowledgeDir().toAbsolutePath().toString()
                .equals(java.nio.file.Path.of(missing.getFile()).toAbsolutePath().toString())) {
            return knowledgeMissing(settings);
        }
        if (e instanceof NoSuchFileException && !java.nio.file.Files.isDirectory(settings.knowledgeDir())) {
            return knowledgeMissing(settings);
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("not writable") || message.contains("another process")) {
            return message;
        }
        return "cannot open the index in " + settings.indexDir() + ": " + message + ". Run 'rehab-law-bot index "
                + "--rebuild' to build it anew (the current one is kept aside when damaged).";
    }

    static String knowledgeMissing(Settings settings) {
        return "knowledge folder not found: " + settings.knowledgeDir().toAbsolutePath()
                + ". Run from the project's folder, or give the folder with --knowledge DIR (or KNOWLEDGE_DIR).";
    }

    /**
     * Standard output in UTF-8 whatever the platform's default, so Russian answers print correctly. It writes
     * through the current {@link System#out} (bytes pass unchanged), so whoever replaced it (a test runner) gets
     * the output.
     */
    static PrintStream stdout() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }
}
