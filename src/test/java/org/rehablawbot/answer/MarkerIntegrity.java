package org.rehablawbot.answer;

import org.rehablawbot.knowledge.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the promise every answer makes: each statement but a note on what no source says has a marker, each
 * marker points at a citation, citations are numbered 1..N in
 * order of first use and all are used, and the cited passage holds the sentence (the sentence with its
 * attribution opening removed is part of the quoted passage).
 */
public final class MarkerIntegrity {

    /** "According to X (kind, date), " and its Russian forms, up to the closing bracket and comma. */
    private static final Pattern OPENING = Pattern.compile(
            "^(According to |По утверждению |По данным |Как утверждает |Как сообщает |Как пишет ).*?\\), ");

    private MarkerIntegrity() {
    }

    /**
     * The sentence a statement quotes: its text without a claim's verdict ({@link Messages#notAsClaimed}, {@link
     * Messages#notConfirmed}, {@link Messages#withinBound}, {@link Messages#outsideBound}, after which the sentence's
     * first letter may be small), without the span of time or the sum that opens it ({@link Messages#SPAN_OPENING},
     * {@link Messages#SUM_OPENING}) and without
     * the attribution opening.
     */
    public static String quoted(String text) {
        for (Language l : Language.values()) {
            for (String verdict : List.of(Messages.notAsClaimed(l), Messages.notConfirmed(l), Messages.withinBound(l),
                    Messages.outsideBound(l))) {
                if (text.startsWith(verdict) && text.length() > verdict.length()) {
                    text = Character.toUpperCase(text.charAt(verdict.length())) + text.substring(verdict.length() + 1);
                }
            }
        }
        // the time between two cited days, our arithmetic, opens the sentence it is counted from
        text = Messages.SPAN_OPENING.matcher(text).replaceFirst("");
        // so does the asker's sum set against the total a source reports
        text = Messages.SUM_OPENING.matcher(text).replaceFirst("");
        Matcher m = OPENING.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    public static void check(Answer a) {
        List<Integer> order = new ArrayList<>();
        for (Statement s : a.statements()) {
            if (a.status() == Answer.Status.ANSWERED) {
                // the one sentence that cites nothing is what no source says ("… was not found in the sources")
                assertFalse(s.citations().isEmpty() && !ExtractiveComposer.SOURCES_GAP.matcher(s.text()).find(),
                        "statement without a marker: " + s.text());
            }
            // a fact said once for several sources: the first holds the sentence; any other holds it too or is
            // named in the statement's closing note ("Also reported by: …")
            String text = s.text();
            String note = "";
            for (String opening : List.of(Messages.ALSO_EN, Messages.ALSO_RU)) {
                int at = text.indexOf(" " + opening);
                if (at >= 0) {
                    note = text.substring(at);
                    text = text.substring(0, at);
                }
            }
            for (int i = 0; i < s.citations().size(); i++) {
                int n = s.citations().get(i);
                order.add(n);
                String publisher = n >= 1 && n <= a.citations().size() ? a.citations().get(n - 1).publisher() : null;
                if (i == 0 || publisher == null || !note.contains(publisher)) {
                    assertHolds(a, n, quoted(text));
                }
            }
        }
        for (Disagreement d : a.disagreements()) {
            assertTrue(d.positions().size() >= 2, "a disagreement needs two sides: " + d);
            for (Disagreement.Position p : d.positions()) {
                assertFalse(p.citations().isEmpty(), "position without citation: " + p.text());
                for (int n : p.citations()) {
                    order.add(n);
                    assertTrue(n >= 1 && n <= a.citations().size(), "marker [" + n + "] points nowhere");
                }
                if (p.citations().size() == 1 && !d.timeline()) {
                    // one source: its passage holds the position's sentence, after its value label if it has one
                    // (a Russian answer shows an English phrase value by its sentence alone)
                    String t = p.text();
                    String unlabelled = quoted(t);
                    String quote = a.citations().get(p.citations().get(0) - 1).quote();
                    assertHolds(a, p.citations().get(0), contains(quote, unlabelled) || !t.contains(": ")
                            ? unlabelled : quoted(t.substring(t.indexOf(": ") + 2)));
                } else {
                    // several sources, or a point of a timeline: the position names each cited source
                    for (int n : p.citations()) {
                        Citation c = a.citations().get(n - 1);
                        assertTrue(p.text().contains(c.publisher()),
                                "position does not name the source of [" + n + "] (" + c.publisher() + "): " + p.text());
                    }
                }
            }
        }
        Set<Integer> firstUse = new LinkedHashSet<>(order);
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= a.citations().size(); i++) {
            expected.add(i);
            assertEquals(i, a.citations().get(i - 1).n(), "citations must be numbered 1..N");
        }
        assertEquals(expected, new ArrayList<>(firstUse), "citations must be used, in order of first use");
    }

    private static void assertHolds(Answer a, int n, String sentence) {
        assertTrue(n >= 1 && n <= a.citations().size(), "marker [" + n + "] points nowhere");
        String quote = a.citations().get(n - 1).quote();
        assertTrue(contains(quote, sentence), "citation [" + n + "] does not hold \"" + sentence + "\": " + quote);
    }

    private static boolean contains(String quote, String sentence) {
        return quote != null && quote.toLowerCase(Locale.ROOT).contains(sentence.toLowerCase(Locale.ROOT));
    }
}
