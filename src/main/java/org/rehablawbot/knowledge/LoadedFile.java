package org.rehablawbot.knowledge;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of reading one knowledge file: its document when the file is fine, else its problems.
 *
 * @param path        the file's path relative to the knowledge folder, with {@code /} separators
 * @param displayPath the path shown to people: relative to the current directory, or as given
 * @param contentHash SHA-256 of the file's bytes, hex; null when the file could not be read
 * @param document    the parsed document, or null when the file has any problem
 * @param problems    what is wrong with the file, by line; empty when {@code document} is set
 * @param idLine      the line of the {@code id:} field, for problems found across files; 1 when unknown
 */
public record LoadedFile(String path, Path displayPath, String contentHash, SourceDocument document,
                         List<Problem> problems, int idLine) {

    public LoadedFile {
        problems = List.copyOf(problems);
        if ((document == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a file has either a document or problems");
        }
    }

    /** A file rejected with problems. */
    public static LoadedFile rejected(String path, Path displayPath, String contentHash, List<Problem> problems) {
        return new LoadedFile(path, displayPath, contentHash, null, problems, 1);
    }

    /** True when the file parsed without problems. */
    public boolean ok() {
        return document != null;
    }
}
