package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rehablawbot.index.ScoredPassage;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.Passage;

class DayOfYearTest {

    @Test
    void daysAreReadInBothOrdersAndBothLanguages() {
        assertEquals(Set.of(new DayOfYear(5, 31)), DayOfYear.in("указ про день памяти 31 мая какой номер"));
        assertEquals(Set.of(new DayOfYear(5, 31)), DayOfYear.in("What happens on May 31 in Kazakhstan?"));
        assertEquals(Set.of(new DayOfYear(8, 31), new DayOfYear(5, 1)),
                DayOfYear.in("День памяти 31 августа установлен Указом УП-2837 от 1 мая 2001 года."));
        assertEquals(Set.of(new DayOfYear(3, 22)), DayOfYear.in("the declaration of 22 March 2023"));
        assertTrue(DayOfYear.in("Who may apply in May 2001? The law of 1993.").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new DayOfYear(13, 1));
    }

    @Test
    void aDaysWordsCountOnlyForAPassageNamingThatDay() {
        var uz = Fixtures.meta("uz-day", "Remembrance day in Uzbekistan", Kind.NEWS, "mutabar.org", "2020",
                Language.RU, "UZ");
        var kz = Fixtures.meta("kz-day", "День памяти в Казахстане", Kind.LAW, "Әділет", "1997-04-05",
                Language.RU, "KZ");
        Passage august = Fixtures.body(uz, 0, "День памяти жертв репрессий 31 августа установлен указом номер УП-2837 от "
                + "1 мая 2001 года.");
        Passage may = Fixtures.body(kz, 0, "Указ номер 3443 установил 31 мая Днём памяти жертв политических репрессий.");
        HybridRetriever r = new HybridRetriever(new InMemorySearch(List.of(august, may), null), null, 0.5,
                Synonyms.builtIn());
        List<ScoredPassage> found = r.retrieve("указ про день памяти 31 мая какой номер", null, null).passages();
        assertEquals(may.id(), found.get(0).passage().id(), found.toString());
        assertTrue(found.size() == 1 || found.get(1).score() < found.get(0).score() - 0.2, found.toString());
    }
}
