package org.rehablawbot.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Disagreement;
import org.rehablawbot.answer.Messages;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.SourceMeta;

/**
 * Renders answers for Telegram's HTML parse mode. Every text that comes from a user or from the knowledge is
 * escaped ({@code &}, {@code <}, {@code >}, and quotes inside attributes), and every message is split into parts
 * shorter than {@link #MAX_MESSAGE} characters with its tags balanced in each part (see {@link #split}).
 * Thread-safe and stateless.
 */
public final class TelegramHtmlRenderer {

    /** Telegram's limit on the length of one message text. Every part this renderer returns is shorter. */
    public static final int MAX_MESSAGE = 4096;

    /** Longest link address rendered as a link; longer ones are left out so a part can always hold its tags. */
    private static final int MAX_URL = 1000;

    /** Most sources an answer shows by default: the default of the setting {@code answer.max_citations}. */
    public static final int DEFAULT_MAX_SOURCES = 5;

    /** Most documents on one page of {@link #sourcesPage}. */
    public static final int SOURCES_PER_PAGE = 10;

    /** Longest page of {@link #sourcesPage}, leaving room under {@link #MAX_MESSAGE}. */
    private static final int MAX_PAGE = 3800;

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    private final int maxSources;

    /** A renderer showing at most {@link #DEFAULT_MAX_SOURCES} sources per answer. */
    public TelegramHtmlRenderer() {
        this(DEFAULT_MAX_SOURCES);
    }

    /**
     * @param maxSources most sources an answer shows, 1 or more (normally the setting {@code answer.max_citations});
     *                   statements and sides of a disagreement that cite only sources past it are left out
     * @throws IllegalArgumentException when {@code maxSources} is under 1
     */
    public TelegramHtmlRenderer(int maxSources) {
        if (maxSources < 1) {
            throw new IllegalArgumentException("maxSources must be at least 1, not " + maxSources);
        }
        this.maxSources = maxSources;
    }

    /**
     * What an answer shows in Telegram, bounded: the first {@code maxSources} citations (in order of first use);
     * statements and disagreement sides keep only the markers of those; a statement or a side citing none of them
     * is left out, and so is a disagreement left with fewer than two sides (one side alone would read as the
     * only version).
     *
     * @param citations the citations still referenced by what is shown, in the answer's order
     * @param hidden    how many of the answer's citations are not shown
     */
    public record Shown(List<Statement> statements, List<Disagreement> disagreements, List<Citation> citations,
                        int hidden) {
    }

    /** The bounded view of {@code answer} that {@link #render} and {@link #renderQuotes} show. */
    public Shown shown(Answer answer) {
        java.util.Set<Integer> allowed = new java.util.HashSet<>();
        for (Citation c : answer.citations()) {
            if (allowed.size() < maxSources) {
                allowed.add(c.n());
            }
        }
        java.util.Set<Integer> used = new java.util.HashSet<>();
        List<Statement> statements = new ArrayList<>();
        for (Statement s : answer.statements()) {
            List<Integer> kept = keep(s.text(), s.citations(), allowed);
            if (kept != null) {
                statements.add(new Statement(s.text(), kept));
                used.addAll(kept);
            }
        }
        List<Disagreement> disagreements = new ArrayList<>();
        for (Disagreement d : answer.disagreements()) {
            List<Disagreement.Position> positions = new ArrayList<>();
            for (Disagreement.Position p : d.positions()) {
                List<Integer> kept = keep(p.text(), p.citations(), allowed);
                if (kept != null && !kept.isEmpty()) {
                    positions.add(new Disagreement.Position(p.text(), kept));
                }
            }
            if (positions.size() >= 2) {
                disagreements.add(new Disagreement(d.about(), positions));
                positions.forEach(p -> used.addAll(p.citations()));
            }
        }
        List<Citation> citations = answer.citations().stream().filter(c -> used.contains(c.n())).toList();
        return new Shown(statements, disagreements, citations, answer.citations().size() - citations.size());
    }

    /**
     * The markers of {@code cited} that are allowed; null when the text cites something and nothing of it is
     * allowed, or writes a marker of a source not allowed into its own text.
     */
    private static List<Integer> keep(String text, List<Integer> cited, java.util.Set<Integer> allowed) {
        if (text != null) {
            Matcher m = MARKER.matcher(text);
            while (m.find()) {
                if (!allowed.contains(Integer.parseInt(m.group(1)))) {
                    return null;
                }
            }
        }
        List<Integer> kept = cited.stream().filter(allowed::contains).toList();
        return !cited.isEmpty() && kept.isEmpty() ? null : kept;
    }

    /**
     * The whole answer: its statements with their citation markers, the "Sources differ" part, and the numbered
     * sources, split into message parts.
     */
    public List<String> render(Answer answer) {
        return split(renderHtml(answer), MAX_MESSAGE);
    }

    /**
     * The whole answer as one HTML text, not split; may be longer than a message. Bounded as {@link #shown} says;
     * when sources are left out, the list of sources ends with how many.
     */
    public String renderHtml(Answer answer) {
        Language lang = answer.language();
        Shown shown = shown(answer);
        StringBuilder sb = new StringBuilder();
        for (Statement s : shown.statements()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(escape(s.text())).append(markers(s.text(), s.citations()));
        }
        if (!shown.disagreements().isEmpty()) {
            Boolean timeline = null;
            for (Disagreement d : shown.disagreements()) {
                if (timeline == null || timeline != d.timeline()) {
                    sb.append("\n\n<b>").append(escape(Messages.heading(d, lang))).append("</b>");
                }
                timeline = d.timeline();
                sb.append("\n\n");
                if (d.about() != null && !d.about().isBlank()) {
                    sb.append("<i>").append(escape(d.about())).append("</i>");
                }
                for (Disagreement.Position p : d.positions()) {
                    sb.append("\n• ").append(escape(p.text())).append(markers(p.text(), p.citations()));
                }
            }
        }
        if (!shown.citations().isEmpty()) {
            sb.append("\n\n<b>").append(escape(Messages.sources(lang))).append("</b>");
            for (Citation c : shown.citations()) {
                sb.append("\n[").append(c.n()).append("] ").append(sourceLine(c, lang));
            }
            if (shown.hidden() > 0) {
                sb.append("\n").append(escape(Labels.moreSources(lang, shown.hidden())));
            }
        }
        if (sb.length() == 0) {
            sb.append(escape(Labels.nothingToSay(lang)));
        }
        return sb.toString();
    }

    /**
     * The cited passages of the sources an answer shows (see {@link #shown}), for any user: each quote with its
     * number in an expandable blockquote (collapsed to a few lines until tapped), then its source; split into
     * message parts. An answer without citations gives one part saying there is nothing to quote.
     */
    public List<String> renderQuotes(Answer answer) {
        return renderQuotes(answer, false);
    }

    /**
     * As {@link #renderQuotes(Answer)}; with {@code withLocations} each quote also gives its knowledge file and
     * line ({@code path:line}), which only moderators should see.
     */
    public List<String> renderQuotes(Answer answer, boolean withLocations) {
        Language lang = answer.language();
        List<Citation> citations = shown(answer).citations();
        if (citations.isEmpty()) {
            return List.of(escape(Labels.noQuotes(lang)));
        }
        StringBuilder sb = new StringBuilder("<b>").append(escape(Labels.quotes(lang))).append("</b>");
        for (Citation c : citations) {
            sb.append("\n\n[").append(c.n()).append("] ").append(sourceLine(c, lang))
                    .append("\n<blockquote expandable>").append(escape(c.quote())).append("</blockquote>");
            if (withLocations) {
                sb.append("\n<code>").append(escape(location(c))).append("</code>");
            }
        }
        return split(sb.toString(), MAX_MESSAGE);
    }

    /**
     * The documents the knowledge holds, newest first: for each document the version in {@code lang} when there is
     * one, else the other language's, with its kind and date; split into message parts.
     */
    public List<String> renderSources(List<SourceMeta> sources, Language lang) {
        List<SourceMeta> docs = documents(sources, lang);
        StringBuilder sb = new StringBuilder("<b>").append(escape(Labels.knownDocuments(lang, docs.size()))).append("</b>");
        if (docs.isEmpty()) {
            sb.append('\n').append(escape(Labels.noDocuments(lang)));
        }
        for (SourceMeta s : docs) {
            sb.append("\n• ").append(sourceEntry(s, lang));
        }
        return split(sb.toString(), MAX_MESSAGE);
    }

    /** One document per id (the version in {@code lang} when there is one), newest first, then by title. */
    private static List<SourceMeta> documents(List<SourceMeta> sources, Language lang) {
        Map<String, SourceMeta> byId = new LinkedHashMap<>();
        for (SourceMeta s : sources) {
            SourceMeta seen = byId.get(s.id());
            if (seen == null || (seen.language() != lang && s.language() == lang)) {
                byId.put(s.id(), s);
            }
        }
        List<SourceMeta> docs = new ArrayList<>(byId.values());
        docs.sort(Comparator.comparing((SourceMeta s) -> s.date(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(SourceMeta::title, Comparator.nullsLast(Comparator.naturalOrder())));
        return docs;
    }

    /** A document as a list entry: title (linked), publisher, kind, date, jurisdictions, and its language if other. */
    private static String sourceEntry(SourceMeta s, Language lang) {
        StringBuilder sb = new StringBuilder();
        sb.append(link(s.title(), s.url())).append(" — ").append(escape(nullToEmpty(s.publisher())))
                .append(" (").append(escape(s.kind() == null ? "" : s.kind().label(lang)));
        if (s.date() != null) {
            sb.append(", ").append(escape(s.date().display(lang)));
        }
        if (!s.jurisdictions().isEmpty()) {
            sb.append(", ").append(escape(String.join("/", s.jurisdictions())));
        }
        sb.append(')');
        if (s.language() != null && s.language() != lang) {
            sb.append(" [").append(s.language().code()).append(']');
        }
        return sb.toString();
    }

    /**
     * One page of the documents the knowledge holds, ordered and chosen per language as in {@link #renderSources}:
     * at most {@link #SOURCES_PER_PAGE} documents and always under {@link #MAX_MESSAGE} characters, pages filled
     * in order. Each page starts with the heading and the total count.
     *
     * @param page the page wanted, from 0; a page past the last gives the last
     * @return the page's HTML, its number (from 0) and the number of pages (at least 1)
     */
    public SourcesPage sourcesPage(List<SourceMeta> sources, Language lang, int page) {
        List<SourceMeta> docs = documents(sources, lang);
        String heading = "<b>" + escape(Labels.knownDocuments(lang, docs.size())) + "</b>";
        if (docs.isEmpty()) {
            return new SourcesPage(heading + "\n" + escape(Labels.noDocuments(lang)), 0, 1);
        }
        List<String> pages = new ArrayList<>();
        StringBuilder current = new StringBuilder(heading);
        int onPage = 0;
        for (SourceMeta s : docs) {
            String line = "\n• " + sourceEntry(s, lang);
            if (onPage > 0 && (onPage >= SOURCES_PER_PAGE || current.length() + line.length() > MAX_PAGE)) {
                pages.add(current.toString());
                current = new StringBuilder(heading);
                onPage = 0;
            }
            current.append(line);
            onPage++;
        }
        pages.add(current.toString());
        int p = Math.max(0, Math.min(page, pages.size() - 1));
        String html = pages.get(p);
        return new SourcesPage(html.length() < MAX_MESSAGE ? html : split(html, MAX_MESSAGE).get(0), p, pages.size());
    }

    /** One page of the document list: its HTML (under {@link #MAX_MESSAGE}), its number from 0, and the count. */
    public record SourcesPage(String html, int page, int pages) {
    }

    /**
     * A short form of the answer for an inline result: the statements with markers and the numbered sources, cut to
     * one message (a cut answer ends with "…").
     */
    public String renderShort(Answer answer) {
        List<String> parts = render(answer);
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return split(parts.get(0), MAX_MESSAGE - 2).get(0) + "\n…";
    }

    /**
     * One cited passage as a message of its own (an inline result anyone may send): the quote in an expandable
     * blockquote, then its source, without the knowledge file's location; at most one message.
     */
    public String renderCitation(Citation c, Language lang) {
        String tail = "\n— " + sourceLine(c, lang);
        String quote = c.quote() == null ? "" : c.quote();
        String open = "<blockquote expandable>";
        int room = MAX_MESSAGE - 1 - tail.length() - open.length() - "</blockquote>".length() - 1;
        String escaped = escape(quote);
        int keep = quote.length();
        while (escaped.length() > room && keep > 0) {
            keep = safeCut(quote, Math.max(0, keep - Math.max(1, escaped.length() - room)));
            escaped = escape(quote.substring(0, keep)) + "…";
        }
        String html = open + escaped + "</blockquote>" + tail;
        return html.length() < MAX_MESSAGE ? html : split(html, MAX_MESSAGE).get(0);
    }

    /** A one-line plain-text description of a citation's source, for inline result descriptions. */
    public String describe(Citation c, Language lang) {
        StringBuilder sb = new StringBuilder(nullToEmpty(c.publisher()));
        String kind = TextRenderer.kindLabel(c.kind(), lang);
        if (!kind.isEmpty()) {
            sb.append(", ").append(kind);
        }
        String date = TextRenderer.dateLabel(c.date(), lang);
        if (!date.isEmpty()) {
            sb.append(", ").append(date);
        }
        return sb.toString();
    }

    /** {@code path:line} of a citation. */
    public static String location(Citation c) {
        return c.path() + ":" + c.line();
    }

    private String sourceLine(Citation c, Language lang) {
        StringBuilder sb = new StringBuilder(link(c.title(), c.url()));
        String rest = describe(c, lang);
        if (!rest.isEmpty()) {
            sb.append(" — ").append(escape(rest));
        }
        return sb.toString();
    }

    private static String link(String title, String url) {
        String t = escape(title == null || title.isBlank() ? nullToEmpty(url) : title);
        if (url == null || url.length() > MAX_URL || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return t;
        }
        return "<a href=\"" + escapeAttribute(url) + "\">" + t + "</a>";
    }

    private static String markers(String text, List<Integer> citations) {
        StringBuilder sb = new StringBuilder();
        for (Integer n : citations) {
            String m = "[" + n + "]";
            if (text == null || !text.contains(m)) {
                sb.append(m);
            }
        }
        return sb.length() == 0 ? "" : " " + sb;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Escapes text for HTML parse mode: {@code &}, {@code <} and {@code >}. Null gives "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String rep = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (rep != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(ch);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Escapes text for use inside a double-quoted attribute value: as {@link #escape} plus {@code "}. */
    public static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Splitting

    /**
     * Splits Telegram HTML into parts each shorter than {@code maxLength} characters. Cuts go at the last paragraph
     * boundary (blank line) that fits, else the last line break, else the last space, else between two characters
     * (never inside a tag, an entity or a surrogate pair). Tags open at a cut are closed at the end of the part and
     * reopened, with their attributes, at the start of the next. Whitespace at a cut is dropped; parts are never
     * blank. The input must be well formed (every tag closed, as this renderer writes it).
     *
     * @param maxLength every part's {@code length()} is less than this
     */
    public static List<String> split(String html, int maxLength) {
        if (html.length() < maxLength) {
            return html.isBlank() ? List.of() : List.of(html);
        }
        List<Token> tokens = tokenize(html);
        List<String> parts = new ArrayList<>();
        Deque<Token> open = new ArrayDeque<>();
        int i = 0;
        while (i < tokens.size()) {
            i = skipSpace(tokens, i);
            if (i >= tokens.size()) {
                break;
            }
            StringBuilder prefix = new StringBuilder();
            for (Iterator<Token> it = open.descendingIterator(); it.hasNext(); ) {
                prefix.append(it.next().text);
            }
            Deque<Token> stack = new ArrayDeque<>(open);
            int length = prefix.length();
            int cutPara = -1;
            int cutLine = -1;
            int cutWord = -1;
            int cutAny = -1;
            Deque<Token> stackPara = null;
            Deque<Token> stackLine = null;
            Deque<Token> stackWord = null;
            Deque<Token> stackAny = null;
            int j = i;
            boolean rest = true;
            while (j < tokens.size()) {
                Token t = tokens.get(j);
                Deque<Token> after = apply(stack, t);
                if (length + t.text.length() + closersLength(after) >= maxLength) {
                    rest = false;
                    break;
                }
                length += t.text.length();
                stack = after;
                j++;
                if (t.kind == TokenKind.TEXT) {
                    cutAny = j;
                    stackAny = stack;
                    if (t.text.equals(" ")) {
                        cutWord = j - 1;
                        stackWord = stack;
                    } else if (t.text.equals("\n")) {
                        cutLine = j - 1;
                        stackLine = stack;
                        if (j >= 2 && tokens.get(j - 2).text.equals("\n")) {
                            cutPara = j - 2;
                            stackPara = stack;
                        }
                    }
                } else if (t.kind == TokenKind.CLOSE || t.kind == TokenKind.ENTITY) {
                    cutAny = j;
                    stackAny = stack;
                }
            }
            int cut;
            Deque<Token> cutStack;
            if (rest) {
                cut = tokens.size();
                cutStack = stack;
            } else if (cutPara > i) {
                cut = cutPara;
                cutStack = stackPara;
            } else if (cutLine > i) {
                cut = cutLine;
                cutStack = stackLine;
            } else if (cutWord > i) {
                cut = cutWord;
                cutStack = stackWord;
            } else if (cutAny > i) {
                cut = cutAny;
                cutStack = stackAny;
            } else {
                throw new IllegalArgumentException("cannot split: open tags leave no room in " + maxLength + " characters");
            }
            // a boundary cut sits on the whitespace; the stack there is the one before that whitespace token,
            // which is the same (whitespace changes no tags)
            StringBuilder part = new StringBuilder(prefix);
            for (int k = i; k < cut; k++) {
                part.append(tokens.get(k).text);
            }
            String body = stripTrailingSpace(part.toString());
            StringBuilder closed = new StringBuilder(body);
            for (Token t : cutStack) {
                closed.append("</").append(t.name).append('>');
            }
            if (!textOf(closed.toString()).isBlank()) {
                parts.add(closed.toString());
            }
            open = cutStack;
            i = cut;
        }
        return parts;
    }

    private static int skipSpace(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).kind == TokenKind.TEXT && tokens.get(i).text.isBlank()) {
            i++;
        }
        return i;
    }

    private static String stripTrailingSpace(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\n')) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The text of an HTML fragment with tags removed (entities kept), to tell blank parts. */
    private static String textOf(String html) {
        return html.replaceAll("<[^>]*>", "");
    }

    private static Deque<Token> apply(Deque<Token> stack, Token t) {
        if (t.kind == TokenKind.OPEN) {
            Deque<Token> copy = new ArrayDeque<>(stack);
            copy.push(t);
            return copy;
        }
        if (t.kind == TokenKind.CLOSE) {
            Deque<Token> copy = new ArrayDeque<>(stack);
            if (!copy.isEmpty() && copy.peek().name.equals(t.name)) {
                copy.pop();
            }
            return copy;
        }
        return stack;
    }

    private static int closersLength(Deque<Token> stack) {
        int n = 0;
        for (Token t : stack) {
            n += t.name.length() + 3;
        }
        return n;
    }

    private enum TokenKind { TEXT, ENTITY, OPEN, CLOSE }

    private record Token(TokenKind kind, String text, String name) {
    }

    /** Splits HTML into tags, entities and single characters (a surrogate pair is one character). */
    private static List<Token> tokenize(String html) {
        List<Token> tokens = new ArrayList<>(html.length());
        int i = 0;
        while (i < html.length()) {
            char ch = html.charAt(i);
            if (ch == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed tag at " + i);
                }
                String tag = html.substring(i, end + 1);
                boolean close = tag.startsWith("</");
                String name = tag.substring(close ? 2 : 1, tag.length() - 1).trim().split("[\\s>]", 2)[0];
                tokens.add(new Token(close ? TokenKind.CLOSE : TokenKind.OPEN, tag, name));
                i = end + 1;
            } else if (ch == '&') {
                int end = html.indexOf(';', i);
                if (end < 0 || end - i > 10) {
                    tokens.add(new Token(TokenKind.TEXT, "&", null));
                    i++;
                } else {
                    tokens.add(new Token(TokenKind.ENTITY, html.substring(i, end + 1), null));
                    i = end + 1;
                }
            } else {
                int n = Character.isHighSurrogate(ch) && i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1)) ? 2 : 1;
                tokens.add(new Token(TokenKind.TEXT, html.substring(i, i + n), null));
                i += n;
            }
        }
        return tokens;
    }

    private static int safeCut(String s, int at) {
        if (at >= s.length()) {
            return s.length();
        }
        return Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
    }

    /**
     * Labels of the Telegram layout in each language, from the resource bundle {@code messages} (keys
     * {@code render.*}, see {@code messages.properties}); the answer's own labels come from {@link Messages}.
     */
    static final class Labels {

        private static final java.util.ResourceBundle.Control NO_FALLBACK = java.util.ResourceBundle.Control
                .getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES);

        private Labels() {
        }

        /** The label {@code render.<key>}; counts get the count and its remainders modulo 10 and 100. */
        private static String label(Language l, String key, long... count) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(l.code());
            String pattern = java.util.ResourceBundle.getBundle("messages", locale, NO_FALLBACK).getString("render." + key);
            Object[] args = count.length == 0 ? new Object[0]
                    : new Object[] {count[0], Math.abs(count[0]) % 10, Math.abs(count[0]) % 100};
            return new java.text.MessageFormat(pattern, locale).format(args);
        }

        static String quotes(Language l) {
            return label(l, "quotes");
        }

        static String noQuotes(Language l) {
            return label(l, "no_quotes");
        }

        static String nothingToSay(Language l) {
            return label(l, "nothing_to_say");
        }

        static String knownDocuments(Language l, int n) {
            return label(l, "known_documents", n);
        }

        static String noDocuments(Language l) {
            return label(l, "no_documents");
        }

        static String moreSources(Language l, int n) {
            return label(l, "more_sources", n);
        }
    }
}
