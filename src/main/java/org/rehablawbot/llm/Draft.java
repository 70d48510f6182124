package org.rehablawbot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's answer text read into sentences and "Sources differ" blocks, each with the {@code [n]} markers it
 * carries. Reading never fails: what the text lacks (a marker, a second side) is left for {@link AnswerCheck}.
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

    /** One marker or a marker list: {@code [1]}, {@code [1, 2]}, {@code [1; 2]}. */
    static final Pattern MARKER = Pattern.compile("\\[\\s*(\\d{1,4}(?:\\s*[,;]\\s*\\d{1,4})*)\\s*]");
    /** Where a sentence ends after its markers. */
    private static final String MARKERS = "(?:\\s*\\[\\s*\\d{1,4}(?:\\s*[,;]\\s*\\d{1,4})*\\s*])+";
    /**
     * Where a sentence ends after its markers: markers then end punctuation, or markers then the end of the
     * line or the next sentence's capital letter (markers mid-sentence, "according to X [2], ...", do not end it).
     */
    private static final Pattern END_AFTER_MARKERS = Pattern.compile(
            MARKERS + "(?:[.!?;…]+[»\")]*(?=\\s|$)|[»\")]*(?=\\s*$|\\s+[«\"(\\p{Lu}\\d]))");
    /** Where a sentence ends without markers: end punctuation, then the next sentence's capital letter. */
    private static final Pattern END_PLAIN = Pattern.compile("[.!?…]+[»\")]*(?=\\s+[«\"(\\p{Lu}])");
    private static final Pattern HEADER = Pattern.compile(
            "^(?:sources\\s+differ|the\\s+sources\\s+differ|источники\\s+расходятся)\\b\\s*(?:on\\b|в\\s+том,?|о\\b)?\\s*[:—–-]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•–—]|\\d{1,2}[.)])\\s+(.*)$");
    private static final Pattern THINK = Pattern.compile("(?s)<think>.*?</think>");
    /** Words after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "art",
            "arts", "vol", "e.g", "i.e", "etc", "vs", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "ст", "п", "пп", "г", "гг", "им", "т.е", "т.к", "т.д", "т.п", "др", "см",
            "ул", "проф", "акад", "u.s", "u.k", "ussr");

    static Draft read(String modelText) {
        String text = modelText == null ? "" : THINK.matcher(modelText).replaceAll("");
        text = text.replace("**", "").replace("__", "").strip();
        if (text.replaceAll("[\\s.!`*]", "").equalsIgnoreCase(Prompt.NO_ANSWER)) {
            return new Draft(true, List.of(), List.of());
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        String about = null;
        List<Sentence> positions = null;
        for (String rawLine : text.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty() || line.startsWith("```")) {
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                if (positions != null) {
                    blocks.add(new Block(about, positions));
                }
                about = clean(header.group(1)).replaceAll("[:.]+$", "");
                positions = new ArrayList<>();
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (positions != null && bullet.matches()) {
                positions.add(sentence(bullet.group(1).strip()));
                continue;
            }
            if (positions != null) {
                blocks.add(new Block(about, positions));
                positions = null;
            }
            sentences.addAll(split(bullet.matches() ? bullet.group(1).strip() : line));
        }
        if (positions != null) {
            blocks.add(new Block(about, positions));
        }
        return new Draft(false, sentences, blocks);
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
            for (String n : m.group(1).split("[,;]")) {
                int v = Integer.parseInt(n.strip());
                if (!markers.contains(v)) {
                    markers.add(v);
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
