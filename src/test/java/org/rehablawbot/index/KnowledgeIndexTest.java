package org.rehablawbot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.KnowledgeFolder;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.SourceDocument;
import org.rehablawbot.knowledge.SourceMeta;

/** Indexes the clean fixture folder into a real Lucene index on disk and reads it back. */
class KnowledgeIndexTest {

    @TempDir
    static Path tmp;
    static Path knowledge;
    static KnowledgeIndex index;
    static final Embedder EMBEDDER = MiniLmEmbedder.shared();

    @BeforeAll
    static void build() throws IOException {
        knowledge = TestKnowledge.copyGood(tmp.resolve("knowledge"));
        index = KnowledgeIndex.openUpdated(knowledge, tmp.resolve("index"), EMBEDDER, IndexProgress.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Passage top(List<ScoredPassage> hits) {
        assertFalse(hits.isEmpty(), "no hits");
        return hits.get(0).passage();
    }

    @Test
    void firstBuildIndexesEveryPassage() {
        IndexReport r = index.lastUpdate().orElseThrow();
        assertTrue(r.fullRebuild());
        assertEquals(7, r.filesRead());
        assertEquals(7, r.filesAdded());
        assertEquals(7, r.documents());
        assertEquals(20, r.passages());
        assertEquals(20, r.passagesEmbedded());
        assertEquals(20, index.passageCount());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void everyPassageComesBackWhole() throws IOException {
        for (SourceDocument d : KnowledgeFolder.load(knowledge).documents()) {
            for (Passage p : d.passages()) {
                assertEquals(p, index.passage(p.id()).orElseThrow(), p.id());
            }
            assertEquals(d.passages(), index.passagesOf(d.meta().path()));
        }
    }

    @Test
    void lexicalEnglishWithStemmingGivesMetadataAndLine() {
        Passage p = top(index.lexical("Who sponsored the rehabilitation commission?", Language.EN, 5));
        assertEquals("kg/24kg-2024-11-20-parliament-passes-law.en.md", p.source().path());
        assertEquals(26, p.line());
        assertEquals("24.kg", p.source().publisher());
        assertEquals(new PartialDate(2024, 11, 20), p.source().date());
        assertEquals(Kind.NEWS, p.source().kind());
        assertEquals("https://24.kg/english/", p.source().url());
        assertEquals(List.of("KG"), p.source().jurisdictions());
        assertTrue(p.text().contains("sponsors"));
    }

    @Test
    void aLexicalSearchOfSomeJurisdictionsReturnsOnlyTheirDocuments() {
        List<ScoredPassage> all = index.lexical("rehabilitation law", Language.EN, 20);
        assertTrue(all.stream().anyMatch(sp -> !sp.passage().source().jurisdictions().contains("KG")),
                "the fixture holds other countries' documents on the same words");
        List<ScoredPassage> kg = index.lexical("rehabilitation law", Language.EN, List.of("KG"), 20);
        assertFalse(kg.isEmpty());
        assertTrue(kg.stream().allMatch(sp -> sp.passage().source().jurisdictions().contains("KG")), kg.toString());
        assertEquals(index.lexical("rehabilitation law", Language.EN, 20),
                index.lexical("rehabilitation law", Language.EN, List.of(), 20), "no jurisdiction: every document");
        assertTrue(index.lexical("the of", Language.EN, List.of("KG"), 5).isEmpty(), "stop words alone: nothing");
    }

    @Test
    void lexicalRussianWithStemmingAndYo() {
        Passage p = top(index.lexical("спонсор комиссии по реабилитации", Language.RU, 5));
        assertEquals("kg/24kg-2024-11-20-parliament-passes-law.ru.md", p.source().path());
        assertEquals(26, p.line());
        assertEquals(Language.RU, p.source().language());
        // "привел" written with е finds the fact that spells it "привёл".
        Passage fact = top(index.lexical("привел официальную цифру", Language.RU, 5));
        assertEquals("kg-repression-victims.count", fact.fact().key());
        assertEquals(15, fact.line());
    }

    @Test
    void aFigureWrittenWithOrWithoutItsGroupSeparatorFindsTheOther() {
        // the knowledge writes "18,000" and "18 000"; a question writes "18000"
        assertTrue(index.lexical("18000", Language.EN, 5).stream()
                .anyMatch(sp -> sp.passage().text().contains("18,000")));
        assertTrue(index.lexical("18000", Language.RU, 5).stream()
                .anyMatch(sp -> sp.passage().text().contains("18 000")));
        assertTrue(index.lexical("18,000", Language.EN, 5).stream()
                .anyMatch(sp -> sp.passage().text().contains("18,000")));
    }

    @Test
    void lexicalStaysInItsLanguage() {
        assertTrue(index.lexical("Zhogorku Kenesh", Language.EN, 10).stream()
                .allMatch(h -> h.passage().source().language() == Language.EN));
        assertTrue(index.lexical("sponsors", Language.RU, 10).isEmpty());
        assertTrue(index.lexical("the of and", Language.EN, 10).isEmpty());
        assertFalse(index.lexical("Kenesh", null, 10).isEmpty());
    }

    @Test
    void aConceptsManyWordingsCountAsOneWordNotAsMany(@TempDir Path dir) throws IOException {
        // "кто подает протест": the passage saying the rare asked word ("protest") once ranks above one saying three
        // wordings of the common concept ("apply", "application", "submit"), which a flat query would count thrice
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("knowledge/uz"));
        java.nio.file.Files.writeString(folder.resolve("protest.en.md"), page("protest", "Cases in court",
                "The deputy Prosecutor General lodges a protest with the Supreme Court in Uzbekistan."));
        java.nio.file.Files.writeString(folder.resolve("apply.en.md"), page("apply", "Steps",
                "Submit an application to the Supreme Court; the application is submitted with documents."));
        // the common concept's wordings are said elsewhere too, as in the knowledge: the rare word weighs more
        for (String other : List.of("one")) {
            java.nio.file.Files.writeString(folder.resolve(other + ".en.md"), page(other, "Archive " + other,
                    "An application for the archive file is submitted by post."));
        }
        try (KnowledgeIndex small = KnowledgeIndex.openUpdated(dir.resolve("knowledge"), dir.resolve("index"),
                EMBEDDER, IndexProgress.NONE)) {
            List<List<String>> wordings = List.of(List.of("application", "submit", "submitted"));
            String flat = "apply protest application submit submitted";
            assertEquals("uz/apply.en.md", top(small.lexical(flat, Language.EN, 5)).source().path(),
                    "the flat query counts every wording");
            List<ScoredPassage> grouped = small.lexical("apply protest", wordings, Language.EN, List.of(), 5);
            assertEquals("uz/protest.en.md", top(grouped).source().path(), grouped.toString());
            assertEquals(3, grouped.size(), "a passage saying only the wordings is still found");
            assertTrue(small.lexical("apply protest", wordings, Language.EN, List.of("KG"), 5).isEmpty(),
                    "the jurisdictions filter the grouped search too");
        }
    }

    private static String page(String id, String title, String text) {
        return "---\nid: " + id + "\ntitle: " + title + "\nkind: news\npublisher: Example\ndate: 2024-05-07\n"
                + "jurisdiction: UZ\nlanguage: en\nurl: https://example.org/" + id + "\n---\n\n# " + title + "\n\n"
                + text + "\n";
    }

    @Test
    void veryLongQueriesStillSearch() {
        String longQuery = "rehabilitation commission sponsors parliament Kenesh archive decree museum ".repeat(500);
        assertFalse(index.lexical(longQuery, null, 5).isEmpty());
        assertFalse(index.lexical(longQuery, Language.EN, 5).isEmpty());
    }

    @Test
    void titlesAreSearchable() {
        Passage p = top(index.lexical("museum Tashkent", Language.EN, 3));
        assertEquals("uz/memorial-museum.en.txt", p.source().path());
    }

    @Test
    void nearestByMeaning() {
        float[] q = EMBEDDER.embed("presidential decree that established the rehabilitation commission in Kazakhstan");
        List<ScoredPassage> hits = index.nearest(q, Language.EN, 3);
        assertEquals(3, hits.size());
        assertEquals("akorda-2020-11-24-state-commission", hits.get(0).passage().source().id());
        assertTrue(hits.get(0).score() > hits.get(2).score() || hits.get(0).score() == hits.get(2).score());
        assertTrue(hits.get(0).score() > 0.3f && hits.get(0).score() <= 1.0f, "cosine " + hits.get(0).score());
        assertTrue(hits.stream().allMatch(h -> h.passage().source().language() == Language.EN));
        List<ScoredPassage> any = index.nearest(q, null, 50);
        assertEquals(20, any.size());
        Passage ru = top(index.nearest(EMBEDDER.embed("Когда парламент Кыргызстана принял закон о реабилитации?"),
                Language.RU, 3));
        assertEquals("24kg-2024-11-20-parliament-passes-law", ru.source().id());
        assertEquals(Language.RU, ru.source().language());
    }

    @Test
    void factsWithKeyInEveryLanguage() {
        List<Passage> facts = index.factsWithKey("kg-rehab-law.adopted");
        assertEquals(List.of("kg/24kg-2024-11-20-parliament-passes-law.en.md", "kg/24kg-2024-11-20-parliament-passes-law.ru.md",
                "kg/akipress-2024-11-21-law-adopted.en.md"), facts.stream().map(p -> p.source().path()).toList());
        assertEquals(List.of("2024-11-20", "2024-11-20", "2024-11-21"), facts.stream().map(p -> p.fact().value()).toList());
        assertEquals(List.of(), index.factsWithKey("no.such-key"));
    }

    @Test
    void sourcesListEveryDocumentAndLanguage() {
        List<SourceMeta> sources = index.sources();
        assertEquals(7, sources.size());
        assertEquals("kg/24kg-2024-11-20-parliament-passes-law.en.md", sources.get(0).path());
        SourceMeta statement = sources.stream().filter(s -> s.kind() == Kind.STATEMENT).findFirst().orElseThrow();
        assertEquals(List.of("KZ", "RU"), statement.jurisdictions());
        assertEquals(new PartialDate(2021, 5, 0), statement.date());
    }

    @Test
    void openWithoutIndexFails(@TempDir Path empty) {
        assertThrows(NoSuchFileException.class, () -> KnowledgeIndex.open(empty));
    }

    @Test
    void openReadsTheCommittedIndex() throws IOException {
        try (KnowledgeIndex again = KnowledgeIndex.open(tmp.resolve("index"))) {
            assertEquals(20, again.passageCount());
            assertTrue(again.lastUpdate().isEmpty());
            assertThrows(IllegalStateException.class, () -> again.update(IndexProgress.NONE, false));
        }
    }
}
