package org.rehablawbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeParserTest {

    private static final Path GOOD = Path.of("src/test/resources/knowledge-good");

    private static SourceDocument parse(String rel) throws IOException {
        LoadedFile f = KnowledgeParser.parse(Files.readAllBytes(GOOD.resolve(rel)), rel, GOOD.resolve(rel));
        assertEquals(List.of(), f.problems(), "problems in " + rel);
        return f.document();
    }

    private static LoadedFile parseText(String text) {
        return KnowledgeParser.parse(text.getBytes(StandardCharsets.UTF_8), "t/x.en.md", Path.of("t/x.en.md"));
    }

    @Test
    void englishFileGivesMetadataPassagesLinesAndFacts() throws IOException {
        String rel = "kg/24kg-2024-11-20-parliament-passes-law.en.md";
        SourceDocument d = parse(rel);
        SourceMeta m = d.meta();
        assertEquals("24kg-2024-11-20-parliament-passes-law", m.id());
        assertEquals("Kyrgyz parliament passes the agreed rehabilitation bill", m.title());
        assertEquals(Kind.NEWS, m.kind());
        assertEquals("24.kg", m.publisher());
        assertNull(m.author());
        assertEquals(new PartialDate(2024, 11, 20), m.date());
        assertEquals(List.of("KG"), m.jurisdictions());
        assertEquals(Language.EN, m.language());
        assertEquals("https://24.kg/english/", m.url());
        assertEquals(rel, m.path());

        List<Passage> ps = d.passages();
        assertEquals(5, ps.size());
        Passage first = ps.get(0);
        assertEquals(0, first.ordinal());
        assertEquals(23, first.line());
        assertEquals("Parliament passes the agreed bill", first.heading());
        assertEquals("On 20 November 2024 the Zhogorku Kenesh of Kyrgyzstan voted unanimously for the agreed version "
                + "of the bill on rehabilitating victims of political repression, 24.kg reported.", first.text());
        assertFalse(first.isFact());

        // A paragraph ending with a colon and the list after it stay one passage; list markers go.
        assertEquals(26, ps.get(1).line());
        assertEquals("Under the agreed version the rehabilitation commission is paid for from: the speaker's reserve "
                + "fund; off-budget sources; sponsors", ps.get(1).text());

        assertEquals(34, ps.get(2).line());
        assertEquals("Victims", ps.get(2).heading());

        Passage fact = ps.get(3);
        assertTrue(fact.isFact());
        assertEquals(3, fact.ordinal());
        assertEquals(11, fact.line());
        assertNull(fact.heading());
        assertEquals("24.kg reported that the Zhogorku Kenesh passed the agreed version of the rehabilitation bill "
                + "unanimously on 20 November 2024.", fact.text());
        assertEquals(new Fact("kg-rehab-law.adopted", "2024-11-20",
                "adoption of the Kyrgyz rehabilitation law by parliament", null), fact.fact());
        assertEquals(15, ps.get(4).line());
        assertEquals("18000", ps.get(4).fact().value());
        assertEquals(rel + "#3", fact.id());
        assertEquals(64, d.contentHash().length());
        assertEquals(KnowledgeParser.sha256(Files.readAllBytes(GOOD.resolve(rel))), d.contentHash());
    }

    @Test
    void russianFileKeepsCyrillicTextAndRemovesMarkup() throws IOException {
        SourceDocument d = parse("kg/24kg-2024-11-20-parliament-passes-law.ru.md");
        assertEquals(Language.RU, d.meta().language());
        assertEquals("Парламент Кыргызстана принял согласованный законопроект о реабилитации", d.meta().title());
        List<Passage> ps = d.passages();
        assertEquals(4, ps.size());
        assertEquals(23, ps.get(0).line());
        assertEquals("Парламент принял согласованный законопроект", ps.get(0).heading());
        assertEquals("20 ноября 2024 года Жогорку Кенеш Кыргызстана единогласно проголосовал за согласованную версию "
                + "законопроекта о реабилитации жертв политических репрессий, сообщил 24.kg.", ps.get(0).text());
        assertEquals(26, ps.get(1).line());
        assertTrue(ps.get(1).text().startsWith("По согласованной версии работа комиссии по реабилитации оплачивается"));
        Passage fact = ps.get(2);
        assertEquals("kg-rehab-law.adopted", fact.fact().key());
        assertEquals("принятие кыргызского закона о реабилитации парламентом", fact.fact().about());
        assertEquals(11, fact.line());
    }

    @Test
    void listJurisdictionsPartialDatesClaimantsAndSetextHeadings() throws IOException {
        SourceDocument statement = parse("kz/smk-2021-statement.en.md");
        assertEquals(List.of("KZ", "RU"), statement.meta().jurisdictions());
        assertEquals(new PartialDate(2021, 5, 0), statement.meta().date());
        assertTrue(statement.meta().isOpinion());
        assertEquals("Socialist Movement of Kazakhstan", statement.passages().get(1).fact().claimant());
        assertEquals("image goals", statement.passages().get(1).fact().value());

        SourceDocument decree = parse("kz/akorda-2020-11-24-state-commission.en.md");
        assertEquals("Decree", decree.passages().get(0).heading());
        assertEquals(19, decree.passages().get(0).line());

        SourceDocument txt = parse("uz/memorial-museum.en.txt");
        assertEquals(new PartialDate(2025, 0, 0), txt.meta().date());
        assertEquals(1, txt.passages().size());
    }

    @Test
    void inlineMarkupIsRemoved() {
        assertEquals("bold italic link code strike alt under snake_case_name",
                MarkdownText.inline("**bold** *italic* [link](http://x.org) `code` ~~strike~~ ![alt](i.png) _under_ snake_case_name"));
        assertEquals("see https://example.org and the list",
                MarkdownText.inline("see <https://example.org> and <b>the</b> list<!-- note -->"));
        assertEquals("a * b and 2*3", MarkdownText.inline("a \\* b and 2*3"));
        assertEquals("one two", MarkdownText.inline("  one \n\t two  "));
    }

    @Test
    void bodyIsSplitAtHeadingsAndBlankLinesWithQuotesTablesAndComments() {
        List<MarkdownText.Block> blocks = MarkdownText.blocks(List.of(
                "Intro line one",
                "line two.",
                "",
                "## Section *A*",
                "> quoted text",
                "> more",
                "<!-- a comment",
                "spanning lines -->",
                "| year | number |",
                "| --- | --- |",
                "| 1937 | 18000 |",
                "",
                "1. first",
                "2. second"), 10);
        assertEquals(4, blocks.size());
        assertEquals(new MarkdownText.Block(10, null, "Intro line one line two."), blocks.get(0));
        assertEquals(new MarkdownText.Block(14, "Section A", "quoted text more"), blocks.get(1));
        assertEquals(new MarkdownText.Block(18, "Section A", "year; number 1937; 18000"), blocks.get(2));
        assertEquals(new MarkdownText.Block(22, "Section A", "first; second"), blocks.get(3));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreAccepted() {
        String text = "\uFEFF---\r\nid: x\r\ntitle: T\r\nkind: law\r\npublisher: P\r\ndate: 2024\r\njurisdiction: KZ\r\n"
                + "language: en\r\n---\r\n\r\nBody text.\r\n";
        LoadedFile f = parseText(text);
        assertEquals(List.of(), f.problems());
        assertEquals(11, f.document().passages().get(0).line());
    }

    @Test
    void everyProblemOfAFileIsReportedNotJustTheFirst() {
        LoadedFile f = parseText("---\nid: Bad Id\ntitle: T\nkind: opinion\npublisher: P\ndate: soon\n"
                + "jurisdiction: KZ\nlanguage: en\n---\n\nBody.\n");
        assertFalse(f.ok());
        assertEquals(List.of(2, 4, 6), f.problems().stream().map(Problem::line).toList());
    }

    @Test
    void duplicateFieldIsReportedAtItsSecondLine() {
        LoadedFile f = parseText("---\nid: x\ntitle: T\nkind: law\npublisher: P\ndate: 2024\njurisdiction: KZ\n"
                + "language: en\ntitle: U\n---\n\nBody.\n");
        assertEquals(List.of("t/x.en.md:9: duplicate field \"title\" (first given on line 3)"),
                f.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void undatedPageAliasesRetrievedAndDatedFactsAreRead() {
        LoadedFile f = parseText("""
                ---
                id: smk-declaration
                title: Declaration
                kind: statement
                publisher: Socialist Movement of Kazakhstan
                date: undated
                retrieved: 2026-11-21
                aliases: [the declaration, the communist parties' declaration]
                jurisdiction: KZ
                language: en
                facts:
                  - key: uz-acquitted.total
                    value: 1200
                    as_of: 2024-05
                    text: By May 2024 the Supreme Court had acquitted 1,200 people.
                ---

                The declaration says things.
                """);
        assertEquals(List.of(), f.problems());
        SourceMeta m = f.document().meta();
        assertTrue(m.isUndated());
        assertEquals(new PartialDate(2026, 11, 21), m.retrieved());
        assertEquals(List.of("the declaration", "the communist parties' declaration"), m.aliases());
        Fact fact = f.document().passages().get(1).fact();
        assertEquals(new PartialDate(2024, 5, 0), fact.asOf());
        assertTrue(fact.isDated());
    }

    @Test
    void badAsOfAndRetrievedDatesAreNamedWithTheirLine() {
        LoadedFile f = parseText("""
                ---
                id: x
                title: X
                kind: news
                publisher: P
                date: 2024
                retrieved: yesterday
                jurisdiction: KZ
                language: en
                facts:
                  - key: a.b
                    value: 3
                    as_of: end of 2020
                    text: Three.
                ---

                Body.
                """);
        List<String> messages = f.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
        assertTrue(messages.stream().anyMatch(s -> s.startsWith("7: invalid date \"yesterday\" for retrieved")), messages.toString());
        assertTrue(messages.stream().anyMatch(s -> s.startsWith("13: bad fact: invalid as_of \"end of 2020\"")), messages.toString());
    }
}
