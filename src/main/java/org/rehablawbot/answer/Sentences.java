package org.rehablawbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits passage text into sentences, each an exact substring of the passage, so that a sentence quoted in an
 * answer is always found in its cited passage. A sentence ends at {@code .}, {@code !}, {@code ?} or {@code …}
 * (with closing quotes or brackets) followed by a space and a capital letter, digit or opening quote; initials
 * ("A. Japarov") and common abbreviations ("No.", "г.", "т.е.") do not end a sentence.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("no", "nos", "art", "arts", "st", "mr", "mrs", "ms",
            "dr", "prof", "vol", "vols", "p", "pp", "para", "cf", "e.g", "i.e", "etc", "vs", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "u.s", "u.k",
            "г", "гг", "ст", "п", "пп", "т", "т.е", "т.к", "т.д", "т.п", "др", "им", "см", "тыс", "млн", "млрд",
            "руб", "ок", "в", "вв", "н.э", "чел", "св", "стр", "проф");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?'
                    || isClosing(text.charAt(end)))) {
                end++;
            }
            if (end >= n) {
                break;
            }
            if (!Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= n) {
                break;
            }
            char first = text.charAt(next);
            boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || isOpening(first);
            if (!opens || (c == '.' && isAbbreviation(text, start, i))) {
                continue;
            }
            add(out, text.substring(start, end));
            start = next;
            i = next - 1;
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    /** Whether the word before the dot at {@code dot} is an initial or an abbreviation. */
    private static boolean isAbbreviation(String text, int from, int dot) {
        int k = dot;
        while (k > from && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '(') {
            k--;
        }
        String word = text.substring(k, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "A. Japarov"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '”' || c == '’';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '«' || c == '“' || c == '(' || c == '\'' || c == '„';
    }
}
