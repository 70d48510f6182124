package org.rehablawbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown body into paragraphs and turns Markdown into plain text: headings and blank lines end a
 * paragraph, every paragraph keeps the line it starts on and the nearest heading above it, and markup
 * (emphasis, links, images, inline code, list and quote markers, heading hashes, HTML tags and comments) is
 * removed with whitespace collapsed.
 *
 * <p>The index stores the passages this class makes; when the splitting or the cleaning changes, bump the index
 * format version ({@code IndexSchema.FORMAT}) so that existing indexes are rebuilt.
 */
public final class MarkdownText {

    /** A paragraph of the body: the line it starts on (in the file), the nearest heading or null, plain text. */
    public record Block(int line, String heading, String text) {
    }

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^[ \\t]*>[ \\t]?");
    private static final Pattern LIST_MARKER = Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-{3,}:?[ \\t]*(\\|[ \\t]*:?-{3,}:?[ \\t]*)*\\|?[ \\t]*$");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");

    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]+\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern CODE = Pattern.compile("`+([^`]+?)`+");
    private static final Pattern STRONG_STAR = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern STRONG_UNDER = Pattern.compile("(?<![\\p{L}\\p{N}_])__(?=\\S)(.+?)(?<=\\S)__(?![\\p{L}\\p{N}_])");
    private static final Pattern EM_STAR = Pattern.compile("(?<![*\\\\])\\*(?=[^\\s*])(.+?)(?<=[^\\s*\\\\])\\*(?!\\*)");
    private static final Pattern EM_UNDER = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\p{L}\\p{N}_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<])");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

    private MarkdownText() {
    }

    /**
     * Splits a body into paragraphs.
     *
     * @param lines     the body's lines
     * @param firstLine the file line number of {@code lines.get(0)}
     */
    public static List<Block> blocks(List<String> lines, int firstLine) {
        Collector blocks = new Collector();
        String heading = null;
        List<String> para = new ArrayList<>();
        int paraLine = 0;
        boolean paraIsListItem = false;
        boolean inComment = false;
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            int lineNo = firstLine + i;
            String line = raw;
            // Multi-line HTML comments are dropped entirely.
            if (inComment) {
                int end = line.indexOf("-->");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                line = line.substring(end + 3);
            }
            line = HTML_COMMENT.matcher(line).replaceAll("");
            int open = line.indexOf("<!--");
            if (open >= 0) {
                inComment = true;
                line = line.substring(0, open);
            }
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            if (line.isBlank()) {
                blocks.add(para, paraLine, heading);
                continue;
            }
            if (!inFence) {
                Matcher h = ATX_HEADING.matcher(line);
                if (h.matches()) {
                    blocks.add(para, paraLine, heading);
                    heading = emptyToNull(inline(h.group(2) == null ? "" : h.group(2)));
                    continue;
                }
                if (para.size() == 1 && !paraIsListItem && SETEXT_UNDERLINE.matcher(line).matches()) {
                    heading = emptyToNull(inline(para.get(0)));
                    para.clear();
                    continue;
                }
                if (THEMATIC_BREAK.matcher(line).matches()) {
                    blocks.add(para, paraLine, heading);
                    continue;
                }
                if (TABLE_SEPARATOR.matcher(line).matches() && line.contains("|") || LINK_DEFINITION.matcher(line).matches()) {
                    continue;
                }
            }
            String text = line;
            boolean item = false;
            if (!inFence) {
                Matcher q;
                while ((q = QUOTE_MARKER.matcher(text)).lookingAt()) {
                    text = text.substring(q.end());
                }
                Matcher m = LIST_MARKER.matcher(text);
                if (m.lookingAt()) {
                    text = text.substring(m.end());
                    item = true;
                }
                String trimmed = text.trim();
                if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length() > 1) {
                    text = String.join("; ", trimmed.substring(1, trimmed.length() - 1).split("\\s*\\|\\s*"));
                }
                if (text.isBlank()) {
                    continue;
                }
            }
            if (para.isEmpty() && item && blocks.introducesList(heading)) {
                // "… are paid for from:", a blank line, then the list: one passage.
                paraLine = blocks.lastLine;
                blocks.reopen(para);
                paraIsListItem = false;
            } else if (para.isEmpty()) {
                paraLine = lineNo;
                paraIsListItem = item;
            }
            if (!para.isEmpty() && item) {
                // Separate list items so that they do not run together into one sentence.
                int last = para.size() - 1;
                String prev = para.get(last).stripTrailing();
                if (!prev.isEmpty() && ".;:!?,".indexOf(prev.charAt(prev.length() - 1)) < 0) {
                    para.set(last, prev + ";");
                }
            }
            para.add(text);
        }
        blocks.add(para, paraLine, heading);
        return blocks.blocks;
    }

    /** Collects paragraphs; remembers the raw lines of the last one so that a list can continue it. */
    private static final class Collector {
        final List<Block> blocks = new ArrayList<>();
        List<String> lastRaw = List.of();
        int lastLine;
        String lastHeading;

        void add(List<String> para, int line, String heading) {
            if (para.isEmpty()) {
                return;
            }
            String text = inline(String.join(" ", para));
            if (!text.isEmpty()) {
                blocks.add(new Block(line, heading, text));
                lastRaw = List.copyOf(para);
                lastLine = line;
                lastHeading = heading;
            }
            para.clear();
        }

        /** True when the last paragraph, under the same heading, ends with a colon and so introduces a list. */
        boolean introducesList(String heading) {
            if (blocks.isEmpty() || !java.util.Objects.equals(lastHeading, heading)) {
                return false;
            }
            return blocks.get(blocks.size() - 1).text().endsWith(":");
        }

        /** Takes the last paragraph back to continue it. */
        void reopen(List<String> para) {
            blocks.remove(blocks.size() - 1);
            para.addAll(lastRaw);
        }
    }

    /** Removes inline Markdown markup and collapses whitespace. */
    public static String inline(String text) {
        String s = HTML_COMMENT.matcher(text).replaceAll(" ");
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = REF_LINK.matcher(s).replaceAll("$1");
        s = FOOTNOTE.matcher(s).replaceAll("");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        s = STRONG_STAR.matcher(s).replaceAll("$1");
        s = STRONG_UNDER.matcher(s).replaceAll("$1");
        s = EM_STAR.matcher(s).replaceAll("$1");
        s = EM_UNDER.matcher(s).replaceAll("$1");
        s = STRIKE.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll(" ");
        s = ESCAPE.matcher(s).replaceAll("$1");
        return collapse(s);
    }

    /** Collapses runs of whitespace to one space and trims. */
    public static String collapse(String text) {
        return text == null ? "" : SPACE.matcher(text).replaceAll(" ").trim();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
