package org.rehablawbot.knowledge;

/**
 * One retrievable, citable piece of a knowledge file: a paragraph of the body, or one structured fact from the
 * front matter. Every passage keeps its file's metadata and the line it starts on.
 *
 * @param source  the metadata of the file it comes from
 * @param ordinal position within the file, from 0; body paragraphs first, then facts
 * @param line    1-based line in the file where the passage starts
 * @param heading the nearest heading above it, or null
 * @param text    the passage text, Markdown markup removed, whitespace collapsed
 * @param fact    the structured fact when this passage is one, else null
 */
public record Passage(SourceMeta source, int ordinal, int line, String heading, String text, Fact fact) {

    /** Stable identifier: the file path and ordinal, e.g. {@code kg/24kg-2024-11-20.en.md#3}. */
    public String id() {
        return source.path() + "#" + ordinal;
    }

    public boolean isFact() {
        return fact != null;
    }
}
