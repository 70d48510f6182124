package org.rehablawbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline rule on real files in a folder: dated values are a timeline, same-moment values may disagree. */
class FactTableTest {

    @TempDir
    Path dir;

    private void write(String name, String publisher, String key, String value, String asOf) throws IOException {
        String fact = "  - key: " + key + "\n    value: " + value + "\n"
                + (asOf == null ? "" : "    as_of: " + asOf + "\n") + "    text: " + publisher + " gives " + value + ".\n";
        Files.writeString(dir.resolve(name), "---\nid: " + name.replace(".en.md", "") + "\ntitle: T\nkind: news\n"
                + "publisher: " + publisher + "\ndate: 2024\njurisdiction: UZ\nlanguage: en\nfacts:\n" + fact
                + "---\n\nBody of " + publisher + ".\n", StandardCharsets.UTF_8);
    }

    private FactTable table(KnowledgeFolder folder) {
        return FactTable.of(folder.documents(), folder::displayPath);
    }

    @Test
    void valuesAtDifferentDatesFormATimelineNotADisagreement() throws IOException {
        write("a.en.md", "Daryo", "uz-acquitted.total", "856", "2023-08");
        write("b.en.md", "Kun.uz", "uz-acquitted.total", "1200", "2024-05");
        KnowledgeFolder folder = KnowledgeFolder.load(dir);
        assertEquals(List.of(), folder.problems());
        assertTrue(table(folder).isTimeline("uz-acquitted.total"));
        assertFalse(table(folder).differs("uz-acquitted.total"));
    }

    @Test
    void differentValuesForTheSameMomentOrUndatedDisagree() throws IOException {
        write("a.en.md", "Daryo", "uz-acquitted.total", "1031", "2023-08");
        write("b.en.md", "Kun.uz", "uz-acquitted.total", "1061", "2023-08");
        write("c.en.md", "Gazeta", "kz-law.number", "2200", null);
        write("d.en.md", "Adilet", "kz-law.number", "2143-XII", null);
        FactTable t = table(KnowledgeFolder.load(dir));
        assertTrue(t.differs("uz-acquitted.total"));
        assertFalse(t.isTimeline("uz-acquitted.total"));
        assertTrue(t.differs("kz-law.number"));
    }

    @Test
    void anUndatedValueOfADatedKeyIsFlaggedWithFileAndLineButStaysIndexed() throws IOException {
        write("a.en.md", "Daryo", "uz-acquitted.count-so-far", "856", "2023-08");
        write("b.en.md", "Kun.uz", "uz-acquitted.count-so-far", "1200", null);
        KnowledgeFolder folder = KnowledgeFolder.load(dir);
        assertEquals(2, folder.documents().size());
        List<Problem> problems = folder.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).path().toString().endsWith("b.en.md"));
        assertEquals(10, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("fact \"uz-acquitted.count-so-far\" has no as_of, while "),
                problems.get(0).message());
    }

    @Test
    void aRunningTotalWithoutADateIsFlagged() throws IOException {
        write("a.en.md", "Daryo", "uz-acquitted.total", "856", null);
        List<Problem> problems = KnowledgeFolder.load(dir).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("is a running total but has no as_of"), problems.toString());
    }

    @Test
    void aContrastIsReadAndMustNameAKeyTheKnowledgeHas() throws IOException {
        Files.writeString(dir.resolve("critic.en.md"), "---\nid: critic\ntitle: T\nkind: commentary\npublisher: "
                + "Critic\ndate: 2024\njurisdiction: KG\nlanguage: en\nfacts:\n  - key: kg-law.critics-say\n"
                + "    contrast: kg-law.excluded\n    value: nazi accomplices\n    text: Critic claims so.\n---\n\nBody.\n",
                StandardCharsets.UTF_8);
        KnowledgeFolder alone = KnowledgeFolder.load(dir);
        assertEquals("kg-law.excluded", alone.documents().get(0).passages().stream().filter(Passage::isFact)
                .findFirst().orElseThrow().fact().contrast());
        assertEquals(1, alone.problems().size(), alone.problems().toString());
        assertTrue(alone.problems().get(0).message().contains("has contrast \"kg-law.excluded\", but no fact has "
                + "that key"), alone.problems().toString());
        assertEquals(10, alone.problems().get(0).line(), "the fact's line");
        write("law.en.md", "24.kg", "kg-law.excluded", "proven traitors", null);
        assertEquals(List.of(), KnowledgeFolder.load(dir).problems());

        Files.writeString(dir.resolve("bad.en.md"), "---\nid: bad\ntitle: T\nkind: commentary\npublisher: X\n"
                + "date: 2024\njurisdiction: KG\nlanguage: en\nfacts:\n  - key: kg-law.other\n"
                + "    contrast: Not A Key\n    value: v\n    text: X says v.\n---\n\nBody.\n", StandardCharsets.UTF_8);
        List<Problem> bad = KnowledgeFolder.load(dir).problems();
        assertTrue(bad.stream().anyMatch(p -> p.path().toString().endsWith("bad.en.md") && p.line() == 11
                && p.message().contains("is not a fact key")), bad.toString());
    }
}
