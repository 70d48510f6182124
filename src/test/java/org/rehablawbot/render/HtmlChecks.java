package org.rehablawbot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Telegram HTML the way the Bot API does and fails on anything it would refuse. */
public final class HtmlChecks {

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
            "code", "pre", "blockquote", "tg-spoiler", "span");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7}|#x[0-9a-fA-F]{1,6});");

    private HtmlChecks() {
    }

    /** Asserts that {@code html} is one valid Telegram HTML message: known tags, balanced, entities escaped. */
    public static void assertValid(String html) {
        assertTrue(html.length() < 4096, "message of " + html.length() + " characters");
        assertTrue(!html.isBlank(), "blank message");
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char ch = html.charAt(i);
            if (ch == '<') {
                Matcher m = TAG.matcher(html).region(i, html.length());
                if (!m.lookingAt()) {
                    fail("bad tag at " + i + ": " + snippet(html, i));
                }
                String name = m.group(2);
                if (!TAGS.contains(name)) {
                    fail("unsupported tag <" + name + "> in " + snippet(html, i));
                }
                if (m.group(1).isEmpty()) {
                    open.push(name);
                } else {
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        fail("</" + name + "> closes " + open.peek() + " at " + i + ": " + snippet(html, i));
                    }
                    open.pop();
                }
                i = m.end();
            } else if (ch == '&') {
                Matcher m = ENTITY.matcher(html).region(i, html.length());
                if (!m.lookingAt()) {
                    fail("unescaped & at " + i + ": " + snippet(html, i));
                }
                i = m.end();
            } else if (ch == '>') {
                fail("unescaped > at " + i + ": " + snippet(html, i));
            } else {
                if (Character.isHighSurrogate(ch)) {
                    assertTrue(i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1)), "split surrogate pair at " + i);
                    i++;
                } else {
                    assertTrue(!Character.isLowSurrogate(ch), "lone low surrogate at " + i);
                }
                i++;
            }
        }
        assertEquals(0, open.size(), "unclosed tags " + open + " in message ending " + snippet(html, Math.max(0, html.length() - 80)));
    }

    /** The text a user sees: tags removed, entities decoded. */
    public static String text(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    private static String snippet(String s, int at) {
        return s.substring(Math.max(0, at - 20), Math.min(s.length(), at + 40)).replace("\n", "\\n");
    }
}
