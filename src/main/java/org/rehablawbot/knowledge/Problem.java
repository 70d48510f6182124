package org.rehablawbot.knowledge;

import java.nio.file.Path;

/**
 * One thing wrong with a knowledge file, at a line (1-based; 1 when the problem concerns the whole file).
 * Printed as {@code path:line: message}, the form editors and CI logs link to.
 */
public record Problem(Path path, int line, String message) {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
