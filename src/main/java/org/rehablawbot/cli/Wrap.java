package org.rehablawbot.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps text to a terminal's width at spaces only: a word or a web address is never split, and one longer than
 * the width stands whole on a line of its own. A continued line keeps its paragraph's indentation, and list
 * entries ({@code [1] }, {@code • }, {@code - }) hang under their first word.
 */
final class Wrap {

    private static final Pattern LEAD = Pattern.compile("^(\\s*)(\\[\\d+]\\s|[•\\-*]\\s|\\d+\\.\\s)?");

    private Wrap() {
    }

    /**
     * @param text  lines separated by {@code \n}
     * @param width the most characters a line may hold; below 20 it is taken as 20
     * @return the text with long lines broken at spaces
     */
    static String wrap(String text, int width) {
        int w = Math.max(20, width);
        StringBuilder out = new StringBuilder(text.length() + 64);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            wrapLine(lines[i], w, out);
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        if (line.codePointCount(0, line.length()) <= width) {
            out.append(line);
            return;
        }
        Matcher m = LEAD.matcher(line);
        m.find();
        String indent = m.group(1);
        int hang = m.group(2) == null ? 0 : m.group(2).length();
        String hangingIndent = indent + " ".repeat(hang);
        if (hangingIndent.length() > width / 2) {
            hangingIndent = "";
        }
        String[] words = line.substring(indent.length()).split(" +");
        int col = 0;
        out.append(indent);
        col = indent.length();
        boolean lineHasWord = false;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            int len = word.codePointCount(0, word.length());
            if (lineHasWord && col + 1 + len > width) {
                out.append('\n').append(hangingIndent);
                col = hangingIndent.length();
                lineHasWord = false;
            }
            if (lineHasWord) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += len;
            lineHasWord = true;
        }
    }
}
