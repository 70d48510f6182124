package org.rehablawbot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's answer text read into sentences and "Sources differ" blocks, each with the {@code [n]} markers it
 * carries. It reads what chat models write: Markdown emphasis and code spans ({@link #plain}), {@code #}
 * headings, bullets and numbered items, an "Answer:" / "Ответ:" label, a list of sources appended after the
 * answer ("Sources:" then "[1] 24.kg, ..." lines, left out: the citations list them), markers as {@code [1]}, {@code [1][2]},
 * {@code [1, 2]} or ranges {@code [1-3]}, before or after the full stop, "According to [n]" (written out with the
 * holder's name when one is given), and "Sources differ" blocks opened by any of the usual wordings in English
 * or Russian. Reading never fails: what the text lacks (a marker, a second side) is left for
 * {@link AnswerCheck}.
 *
 * @param noAnswer      the model replied {@link Prompt#NO_ANSWER}: the passages do not answer the question
 * @param sentences     the sentences of the answer proper, in order
 * @param disagreements the "Sources differ" blocks, in order
 */
record Draft(boolean noAnswer, List<Sentence> sentences, List<Block> disagreements) {

    /**
     * One sentence.
     *
     * @param raw     as the model wrote it, markers included (for messages)
     * @param text    without markers, spacing before punctuation tidied
     * @param markers the marker numbers in order of appearance, without repeats
     */
    record Sentence(String raw, String text, List<Integer> markers) {
    }

    /** A "Sources differ: about" line and the sides listed under it. */
    record Block(String about, List<Sentence> positions) {
    }

    /**
     * One marker or a marker list: {@code [1]}, {@code [1, 2]}, {@code [1; 2]}, a range {@code [1-3]} or
     * {@code [1–3]}, or a mix {@code [1, 3-5]}.
     */
    static final Pattern MARKER = Pattern.compile(
            "\\[\\s*(\\d{1,4}(?:\\s*[-–—]\\s*\\d{1,4})?(?:\\s*[,;]\\s*\\d{1,4}(?:\\s*[-–—]\\s*\\d{1,4})?)*)\\s*]");
    /** Where a sentence ends after its markers. */
    private static final String MARKERS =
            "(?:\\s*\\[\\s*\\d{1,4}(?:\\s*[-–—]\\s*\\d{1,4})?(?:\\s*[,;]\\s*\\d{1,4}(?:\\s*[-–—]\\s*\\d{1,4})?)*\\s*])+";
    /** The widest range a marker like {@code [1-3]} may span; wider ones are read as their two ends. */
    private static final int MAX_RANGE = 20;
    /**
     * Where a sentence ends after its markers: markers then end punctuation, or markers then the end of the
     * line or the next sentence's capital letter (markers mid-sentence, "according to X [2], ...", do not end it).
     */
    private static final Pattern END_AFTER_MARKERS = Pattern.compile(
            MARKERS + "(?:[.!?;…]+[»\")]*(?=\\s|$)|[»\")]*(?=\\s*$|\\s+[«\"(\\p{Lu}\\d]))");
    /** Where a sentence ends without markers: end punctuation, then the next sentence's capital letter. */
    private static final Pattern END_PLAIN = Pattern.compile("[.!?…]+[»\")]*(?=\\s+[«\"(\\p{Lu}])");
    /** The line that opens a "Sources differ" block, in the wordings models use, with what it is about. */
    private static final Pattern HEADER = Pattern.compile(
            "^(?:(?:the\\s+)?sources\\s+(?:differ|disagree|diverge|conflict)|there\\s+(?:is|are)\\s+(?:a\\s+)?"
                    + "(?:disagreements?|discrepanc(?:y|ies))(?:\\s+(?:among|between)\\s+(?:the\\s+)?sources)?"
                    + "|(?:мнения\\s+|данные\\s+)?источник(?:и|ов)\\s+(?:расходятся|расходится|не\\s+совпадают)"
                    + "(?:\\s+во\\s+мнениях)?|расхождени[ея]\\s+(?:в\\s+)?источник\\p{L}*)"
                    + "\\b\\s*(?:on\\b|about\\b|over\\b|regarding\\b|в\\s+том,?|о\\b|по\\s+поводу\\b|относительно\\b)?"
                    + "\\s*[:—–-]?\\s*(.*?)[\\s:.]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•–—+]|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s*");
    /** The heading of a list of the sources a model appends after its answer ("Sources:", "Источники:"). */
    private static final Pattern REFERENCES = Pattern.compile(
            "^(?:sources|references|citations|cited\\s+passages|источники|список\\s+источников|ссылки)\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A line of such a list: a marker first, "[1] 24.kg, 20 November 2024", or a bullet then a marker. */
    private static final Pattern REFERENCE_LINE = Pattern.compile("^(?:[-*•–—+]\\s*)?\\[\\s*\\d{1,4}\\s*].*$");
    /** A label a model puts before its answer: "Answer:", "Short answer:", "Ответ:", "Краткий ответ:". */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:short|final|brief)\\s+)?answer\\s*:\\s*|^(?:краткий\\s+|итоговый\\s+)?ответ\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "According to [2], ..." and the like: an attribution whose holder the model wrote as a marker. */
    private static final Pattern MARKER_AS_NAME = Pattern.compile(
            "(?i)(according\\s+to|as\\s+reported\\s+by|reported\\s+by|as\\s+stated\\s+(?:in|by)|citing"
                    + "|по\\s+данным|по\\s+сообщению|по\\s+словам|по\\s+мнению|согласно|как\\s+сообщает|как\\s+пишет)"
                    + "\\s*((?:\\s*\\[\\s*\\d{1,4}(?:\\s*[,;]\\s*\\d{1,4})*\\s*])+)",
            Pattern.UNICODE_CASE);
    private static final Pattern THINK = Pattern.compile("(?s)<think>.*?</think>");
    /** Words after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "art",
            "arts", "vol", "e.g", "i.e", "etc", "vs", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "ст", "п", "пп", "г", "гг", "им", "т.е", "т.к", "т.д", "т.п", "др", "см",
            "ул", "проф", "акад", "u.s", "u.k", "ussr", "тыс", "млн", "млрд");

    /** Reads a reply without naming sources: an "According to [n]" keeps the bare attribution. */
    static Draft read(String modelText) {
        return read(modelText, n -> null);
    }

    /**
     * Reads a model's reply.
     *
     * @param modelText the reply; null reads as empty
     * @param names     the name to write for passage {@code n} where the model wrote "According to [n]" (the
     *                  holder of that passage); may return null when {@code n} is out of range
     */
    static Draft read(String modelText, IntFunction<String> names) {
        String text = modelText == null ? "" : THINK.matcher(modelText).replaceAll("");
        text = plain(text).strip();
        if (text.replaceAll("[\\s.!`*_]", "").equalsIgnoreCase(Prompt.NO_ANSWER.replace("_", ""))) {
            return new Draft(true, List.of(), List.of());
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        String about = null;
        String headerLine = null;
        List<Sentence> positions = null;
        boolean references = false;
        for (String rawLine : text.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty() || line.startsWith("```")) {
                continue;
            }
            line = HEADING.matcher(line).replaceFirst("");
            if (REFERENCES.matcher(line).matches()) {
                references = true;
                continue;
            }
            if (references && REFERENCE_LINE.matcher(line).matches()) {
                continue;
            }
            references = false;
            line = LABEL.matcher(line).replaceFirst("");
            line = nameMarkers(line, names);
            if (line.isBlank()) {
                continue;
            }
            Matcher header = HEADER.matcher(clean(line));
            if (header.matches() && sentence(line).markers().isEmpty()) {
                closeBlock(about, headerLine, positions, blocks, sentences);
                about = header.group(1).strip();
                headerLine = line;
                positions = new ArrayList<>();
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (positions != null && bullet.matches()) {
                positions.add(sentence(bullet.group(1).strip()));
                continue;
            }
            if (positions != null) {
                closeBlock(about, headerLine, positions, blocks, sentences);
                positions = null;
            }
            sentences.addAll(split(bullet.matches() ? bullet.group(1).strip() : line));
        }
        closeBlock(about, headerLine, positions, blocks, sentences);
        return new Draft(false, sentences, blocks);
    }

    /** Ends a block; a "sources differ" line with no sides under it was a sentence of the answer. */
    private static void closeBlock(String about, String headerLine, List<Sentence> positions, List<Block> blocks,
                                   List<Sentence> sentences) {
        if (positions == null) {
            return;
        }
        if (positions.isEmpty()) {
            sentences.addAll(split(headerLine));
        } else {
            blocks.add(new Block(about, positions));
        }
    }

    /**
     * The reply without Markdown emphasis: bold and italics ({@code **x**}, {@code __x__}, {@code *x*},
     * {@code _x_}) and code spans ({@code `x`}) keep their text; list bullets and headings are left for the
     * reader of lines.
     */
    static String plain(String text) {
        String t = text.replace("**", "").replace("__", "");
        t = t.replaceAll("(?<![\\p{L}\\p{N}*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\p{L}\\p{N}*])", "$1");
        t = t.replaceAll("(?<![\\p{L}\\p{N}_])_(?=\\S)([^_\\n]+?)(?<=\\S)_(?![\\p{L}\\p{N}_])", "$1");
        t = t.replaceAll("(?<!`)`([^`\\n]+)`(?!`)", "$1");
        return t;
    }

    /** "According to [2]" becomes "According to 24.kg [2]": the marker stays, the name is written out. */
    private static String nameMarkers(String line, IntFunction<String> names) {
        Matcher m = MARKER_AS_NAME.matcher(line);
        StringBuilder sb = new StringBuilder();
        boolean russian = line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        while (m.find()) {
            List<String> found = new ArrayList<>();
            for (int n : sentence(m.group(2)).markers()) {
                String name = names.apply(n);
                if (name == null) {
                    found = null;
                    break;
                }
                if (!found.contains(name)) {
                    found.add(name);
                }
            }
            String replacement = m.group();
            if (found != null && !found.isEmpty()) {
                String joined = found.size() == 1 ? found.get(0)
                        : String.join(", ", found.subList(0, found.size() - 1)) + (russian ? " и " : " and ")
                                + found.get(found.size() - 1);
                replacement = m.group(1) + " " + joined + " " + m.group(2).strip();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Splits one line into sentences. */
    static List<Sentence> split(String line) {
        List<Integer> ends = new ArrayList<>();
        Matcher m = END_AFTER_MARKERS.matcher(line);
        while (m.find()) {
            ends.add(m.end());
        }
        m = END_PLAIN.matcher(line);
        while (m.find()) {
            if (!abbreviationBefore(line, m.start())) {
                ends.add(m.end());
            }
        }
        ends.add(line.length());
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int end : ends.stream().distinct().sorted().toList()) {
            if (end <= start) {
                continue;
            }
            String piece = line.substring(start, end).strip();
            start = end;
            if (clean(piece).codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(sentence(piece));
            }
        }
        return out;
    }

    private static boolean abbreviationBefore(String line, int dot) {
        int i = dot;
        while (i > 0 && (Character.isLetter(line.charAt(i - 1)) || line.charAt(i - 1) == '.')) {
            i--;
        }
        String word = line.substring(i, dot).toLowerCase(Locale.ROOT);
        // A single capital letter before the dot is an initial ("A. Smith").
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(line.charAt(i)));
    }

    static Sentence sentence(String raw) {
        List<Integer> markers = new ArrayList<>();
        Matcher m = MARKER.matcher(raw);
        while (m.find()) {
            for (String item : m.group(1).split("[,;]")) {
                String[] ends = item.strip().split("\\s*[-–—]\\s*");
                int from = Integer.parseInt(ends[0]);
                int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
                List<Integer> values = new ArrayList<>();
                if (to >= from && to - from <= MAX_RANGE) {
                    for (int v = from; v <= to; v++) {
                        values.add(v);
                    }
                } else {
                    values.add(from);
                    values.add(to);
                }
                for (int v : values) {
                    if (!markers.contains(v)) {
                        markers.add(v);
                    }
                }
            }
        }
        return new Sentence(raw, clean(raw), markers);
    }

    /** The text without markers, with no space left before punctuation. */
    static String clean(String raw) {
        String t = MARKER.matcher(raw).replaceAll("");
        t = t.replaceAll("\\s+", " ").replaceAll(" ([.,;:!?…»)])", "$1").strip();
        return t;
    }
}
