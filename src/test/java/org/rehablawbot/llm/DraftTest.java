package org.rehablawbot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DraftTest {

    @Test
    void splitsSentencesAfterTheirMarkersAndStripsThem() {
        Draft d = Draft.read("The law was adopted on 20 November 2024 [1]. It covers 1918 to 1953 [2][3].");
        assertEquals(2, d.sentences().size());
        assertEquals("The law was adopted on 20 November 2024.", d.sentences().get(0).text());
        assertEquals(List.of(1), d.sentences().get(0).markers());
        assertEquals("It covers 1918 to 1953.", d.sentences().get(1).text());
        assertEquals(List.of(2, 3), d.sentences().get(1).markers());
    }

    @Test
    void markersAfterTheFullStopAndMarkerListsAreRead() {
        Draft d = Draft.read("The law was adopted. [1, 2] It restores names. [3]");
        assertEquals(2, d.sentences().size());
        assertEquals(List.of(1, 2), d.sentences().get(0).markers());
        assertEquals("The law was adopted.", d.sentences().get(0).text());
        assertEquals(List.of(3), d.sentences().get(1).markers());
    }

    @Test
    void aSentenceWithoutMarkerBeforeACitedOneStaysSeparate() {
        Draft d = Draft.read("The law was adopted in 2024. It restores names [1].");
        assertEquals(2, d.sentences().size());
        assertTrue(d.sentences().get(0).markers().isEmpty());
    }

    @Test
    void abbreviationsAndMidSentenceMarkersDoNotEndASentence() {
        Draft d = Draft.read("According to TRT [3], Art. 5 of the law was adopted on 21 November 2024 [3].");
        assertEquals(1, d.sentences().size());
        assertEquals("According to TRT, Art. 5 of the law was adopted on 21 November 2024.", d.sentences().get(0).text());
    }

    @Test
    void readsSourcesDifferBlocksInBothLanguages() {
        Draft en = Draft.read("The law was adopted in November 2024 [1][3].\n\nSources differ: the adoption date\n"
                + "- 20 November 2024, according to 24.kg [1]\n- 21 November 2024, according to TRT [3]");
        assertEquals(1, en.sentences().size());
        assertEquals(1, en.disagreements().size());
        assertEquals("the adoption date", en.disagreements().get(0).about());
        assertEquals(2, en.disagreements().get(0).positions().size());
        assertEquals(List.of(3), en.disagreements().get(0).positions().get(1).markers());

        Draft ru = Draft.read("Закон принят в ноябре 2024 года [1].\nИсточники расходятся: дата принятия\n"
                + "- 20 ноября 2024 года, по данным 24.kg [1]\n- 21 ноября 2024 года, по данным TRT [3]");
        assertEquals("дата принятия", ru.disagreements().get(0).about());
        assertEquals(2, ru.disagreements().get(0).positions().size());
    }

    @Test
    void recognisesNoAnswerAndDropsReasoning() {
        assertTrue(Draft.read("  NO_ANSWER.  ").noAnswer());
        Draft d = Draft.read("<think>the user wants 1999</think>The law restores names [2].");
        assertEquals(1, d.sentences().size());
        assertEquals("The law restores names.", d.sentences().get(0).text());
    }

    @Test
    void bulletLinesOfTheAnswerAreSentences() {
        Draft d = Draft.read("- The law was adopted on 20 November 2024 [1].\n- It restores names [2].");
        assertEquals(2, d.sentences().size());
        assertEquals("The law was adopted on 20 November 2024.", d.sentences().get(0).text());
    }

    @Test
    void rangeAndGroupedMarkersAreRead() {
        Draft d = Draft.read("Decisions from 1917 to 1953 count [1-3][5]. Another [6–7, 9].");
        assertEquals(List.of(1, 2, 3, 5), d.sentences().get(0).markers());
        assertEquals(List.of(6, 7, 9), d.sentences().get(1).markers());
    }

    @Test
    void markdownLabelsAndHeadingsAreRemoved() {
        Draft d = Draft.read("**Answer:** The *law* covers the `RSFSR` code [1].\n\n### Sources differ: the date\n"
                + "- **20 November 2024**, according to 24.kg [1]\n- 21 November 2024, according to _TRT_ [2]");
        assertEquals("The law covers the RSFSR code.", d.sentences().get(0).text());
        assertEquals(1, d.disagreements().size());
        assertEquals("the date", d.disagreements().get(0).about());
        assertEquals("20 November 2024, according to 24.kg", d.disagreements().get(0).positions().get(0).text());
        assertEquals("21 November 2024, according to TRT", d.disagreements().get(0).positions().get(1).text());
        Draft ru = Draft.read("Ответ: закон подписан [1].");
        assertEquals("закон подписан.", ru.sentences().get(0).text());
    }

    @Test
    void otherWordingsOfSourcesDifferOpenABlockAndAHeaderWithoutSidesIsASentence() {
        Draft d = Draft.read("The sources disagree:\n- 31 volumes [1]\n- 72 volumes [2]");
        assertEquals(1, d.disagreements().size());
        assertEquals(0, d.sentences().size());
        Draft ru = Draft.read("Источники расходятся во мнениях о числе томов:\n- 31 том [1]\n- 72 тома [2]");
        assertEquals(1, ru.disagreements().size());
        Draft sentence = Draft.read("The sources disagree on the exact period.\nIt was 1917 to 1953 [1].");
        assertEquals(0, sentence.disagreements().size());
        assertEquals(2, sentence.sentences().size());
    }

    @Test
    void aMarkerWrittenAsTheHolderIsReplacedByItsName() {
        Draft d = Draft.read("According to [2], the court rehabilitated 4,114 people.", n -> n == 2 ? "24.kg" : null);
        assertEquals("According to 24.kg, the court rehabilitated 4,114 people.", d.sentences().get(0).text());
        assertEquals(List.of(2), d.sentences().get(0).markers());
        Draft two = Draft.read("According to [1][2], the law was signed.", n -> n == 1 ? "24.kg" : "region.kg");
        assertEquals("According to 24.kg and region.kg, the law was signed.", two.sentences().get(0).text());
        assertEquals(List.of(1, 2), two.sentences().get(0).markers());
        Draft ru = Draft.read("По данным [1, 2], закон подписан.", n -> n == 1 ? "24.kg" : "region.kg");
        assertEquals("По данным 24.kg и region.kg, закон подписан.", ru.sentences().get(0).text());
    }

    @Test
    void aListOfSourcesAfterTheAnswerIsLeftOut() {
        Draft d = Draft.read("The law was signed on 31 December 2024 [1].\n\n**Sources:**\n[1] 24.kg, 31 December 2024\n"
                + "- [2] region.kg (news, 2026)");
        assertEquals(1, d.sentences().size());
        assertEquals(List.of(1), d.sentences().get(0).markers());
        Draft ru = Draft.read("Закон подписан 31 декабря 2024 года [1].\nИсточники:\n[1] 24.kg");
        assertEquals(1, ru.sentences().size());
    }
}
