package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RememberedPatternTest {

    private static final Pattern PAGE_DATE = Pattern.compile("(?iu)publication date|прочитан\\p{L}* \\d");

    @Test
    void givesTheVerdictOfFindOnEveryTextAskedAgain() {
        RememberedPattern remembered = RememberedPattern.of(PAGE_DATE);
        List<String> texts = List.of("No publication date is recorded for the page.",
                "Страница прочитана 30 ноября 2026 года.", "The law was signed on 31 December 2024.",
                "Закон подписан 31 декабря 2024 года.", "");
        for (int round = 0; round < 3; round++) {
            for (String t : texts) {
                assertEquals(PAGE_DATE.matcher(t).find(), remembered.findIn(t), t);
            }
        }
        assertTrue(remembered.findIn("No PUBLICATION DATE here"));
        assertFalse(remembered.findIn("A date of publication is not a match"));
    }

    @Test
    void twoPatternsKeepTheirOwnVerdictsOnTheSameText() {
        RememberedPattern dates = RememberedPattern.of(PAGE_DATE);
        RememberedPattern years = RememberedPattern.of(Pattern.compile("\\b19\\d\\d\\b"));
        String text = "The law of 1991 gives no publication date.";
        String other = "The law of 1991.";
        assertTrue(dates.findIn(text));
        assertTrue(years.findIn(text));
        assertFalse(dates.findIn(other));
        assertTrue(years.findIn(other));
    }

    @Test
    void aTextsFingerprintIsItsOwnAndTheSameEveryTime() {
        String a = "Закон подписан 31 декабря 2024 года.";
        assertEquals(RememberedPattern.fingerprint(a), RememberedPattern.fingerprint(new String(a.toCharArray())));
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(RememberedPattern.fingerprint("sentence " + i + " of the knowledge")), "text " + i);
        }
        assertFalse(RememberedPattern.fingerprint("ab") == RememberedPattern.fingerprint("ba"));
    }

    @Test
    void refusesNoPattern() {
        assertThrows(NullPointerException.class, () -> RememberedPattern.of(null));
    }
}
