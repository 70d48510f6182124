package org.rehablawbot.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.config.ConfigException;
import org.rehablawbot.config.Settings;

/** What the answering commands share: opening the engine with a clear message, and UTF-8 standard output. */
final class Engines {

    private Engines() {
    }

    /** Thrown when the engine cannot be opened; the message is for the user. */
    static final class OpenFailure extends Exception {
        OpenFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Opens the engine for the settings (building or updating the index as needed). A configuration error (such
     * as a language model provider without a model) is rethrown as it is, for the usual "configuration error"
     * message.
     */
    static AnswerEngine open(Settings settings) throws OpenFailure {
        try {
            return AnswerEngine.open(settings);
        } catch (NoSuchFileException e) {
            throw new OpenFailure("knowledge folder not found: " + settings.knowledgeDir()
                    + " (give --knowledge DIR or set knowledge.dir)", e);
        } catch (ConfigException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new OpenFailure("cannot open the index in " + settings.indexDir() + ": " + e.getMessage(), e);
        }
    }

    /** Standard output in UTF-8 whatever the platform's default, so Russian answers print correctly. */
    static PrintStream stdout() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }
}
