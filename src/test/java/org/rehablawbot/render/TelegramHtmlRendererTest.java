package org.rehablawbot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Disagreement;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;
import org.rehablawbot.knowledge.SourceMeta;

class TelegramHtmlRendererTest {

    private final TelegramHtmlRenderer renderer = new TelegramHtmlRenderer();

    static Citation citation(int n, String title, String quote, String url) {
        return new Citation(n, "doc-" + n, title, "24.kg", "news", "2024-11-20", url, "kg/doc-" + n + ".en.md", 7 + n, quote);
    }

    static Answer answer(List<Statement> statements, List<Disagreement> disagreements, List<Citation> citations) {
        return new Answer("q", Language.EN, Answer.Status.ANSWERED, statements, disagreements, citations, "extractive", 1);
    }

    @Test
    void escapesTextAndAttributes() {
        assertEquals("a &lt;b&gt; &amp; \"c\"", TelegramHtmlRenderer.escape("a <b> & \"c\""));
        assertEquals("x=&quot;1&quot; &amp;&lt;", TelegramHtmlRenderer.escapeAttribute("x=\"1\" &<"));
        assertEquals("", TelegramHtmlRenderer.escape(null));
        assertEquals("plain", TelegramHtmlRenderer.escape("plain"));
    }

    @Test
    void rendersStatementsMarkersDisagreementsAndSourcesWithEveryTextEscaped() {
        Citation c1 = citation(1, "Law <2024> & \"more\"", "The <script>alert(1)</script> passage", "https://example.org/a?x=1&y=\"2\"");
        Citation c2 = citation(2, "Second", "Other passage", null);
        Answer a = answer(
                List.of(new Statement("Parliament passed <b>the</b> law & more.", List.of(1)),
                        new Statement("It was signed.", List.of(1, 2))),
                List.of(new Disagreement("adoption <date>", List.of(
                        new Disagreement.Position("20 November 2024", List.of(1)),
                        new Disagreement.Position("December 2024", List.of(2))))),
                List.of(c1, c2));
        List<String> parts = renderer.render(a);
        assertEquals(1, parts.size());
        String html = parts.get(0);
        HtmlChecks.assertValid(html);
        assertTrue(html.startsWith("Parliament passed &lt;b&gt;the&lt;/b&gt; law &amp; more. [1] It was signed. [1][2]"), html);
        assertTrue(html.contains("<b>Sources differ</b>"), html);
        assertTrue(html.contains("<i>adoption &lt;date&gt;</i>\n• 20 November 2024 [1]\n• December 2024 [2]"), html);
        assertTrue(html.contains("[1] <a href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\">Law &lt;2024&gt; &amp; \"more\"</a>"
                + " — 24.kg, news, 20 November 2024"), html);
        assertTrue(html.contains("[2] Second — 24.kg, news, 20 November 2024"), html);
    }

    @Test
    void markersAlreadyInTheTextAreNotRepeated() {
        Answer a = answer(List.of(new Statement("Stated [1].", List.of(1))), List.of(), List.of(citation(1, "T", "q", null)));
        assertTrue(renderer.renderHtml(a).startsWith("Stated [1].\n\n<b>Sources</b>"), renderer.renderHtml(a));
    }

    @Test
    void russianAnswersGetRussianLabelsAndDates() {
        Answer a = new Answer("в", Language.RU, Answer.Status.ANSWERED, List.of(new Statement("Закон принят.", List.of(1))),
                List.of(), List.of(citation(1, "Закон", "цитата", null)), "extractive", 1);
        String html = renderer.renderHtml(a);
        assertTrue(html.contains("<b>Источники</b>\n[1] Закон — 24.kg, новости, 20 ноября 2024"), html);
    }

    @Test
    void refusalHasNoSourcesPart() {
        Answer a = new Answer("q", Language.EN, Answer.Status.REFUSED,
                List.of(new Statement("My sources say nothing about that.", List.of())), List.of(), List.of(), "extractive", 1);
        assertEquals(List.of("My sources say nothing about that."), renderer.render(a));
        assertEquals(List.of("This answer quotes nothing."), renderer.renderQuotes(a));
    }

    @Test
    void quotesShowSourceAndPassageInAnExpandableBlockquoteWithoutPaths() {
        Answer a = answer(List.of(new Statement("S.", List.of(1))), List.of(),
                List.of(citation(1, "Title", "A quoted <passage> & more", "https://x.org")));
        List<String> parts = renderer.renderQuotes(a);
        assertEquals(1, parts.size());
        HtmlChecks.assertValid(parts.get(0));
        assertTrue(parts.get(0).contains("[1] <a href=\"https://x.org\">Title</a> — 24.kg, news, 20 November 2024\n"
                + "<blockquote expandable>A quoted &lt;passage&gt; &amp; more</blockquote>"), parts.get(0));
        assertFalse(parts.get(0).contains("doc-1.en.md"), parts.get(0));
        // moderators see where each quote is in the knowledge
        String forModerators = renderer.renderQuotes(a, true).get(0);
        HtmlChecks.assertValid(forModerators);
        assertTrue(forModerators.endsWith("</blockquote>\n<code>kg/doc-1.en.md:8</code>"), forModerators);
    }

    @Test
    void anAnswerShowsAtMostTheCitationLimitAndDisagreementsStayWithinIt() {
        List<Citation> citations = new ArrayList<>();
        for (int n = 1; n <= 13; n++) {
            citations.add(citation(n, "Source " + n, "Passage " + n, null));
        }
        Answer a = answer(
                List.of(new Statement("First.", List.of(1, 2)), new Statement("Second.", List.of(3, 6)),
                        new Statement("Only far sources.", List.of(7, 8))),
                List.of(new Disagreement("the date", List.of(
                                new Disagreement.Position("1991", List.of(4)),
                                new Disagreement.Position("1992", List.of(5, 9)))),
                        new Disagreement("the number", List.of(
                                new Disagreement.Position("18,000", List.of(10)),
                                new Disagreement.Position("20,000", List.of(11, 12, 13))))),
                citations);
        TelegramHtmlRenderer.Shown shown = renderer.shown(a);
        assertEquals(List.of(1, 2, 3, 4, 5), shown.citations().stream().map(Citation::n).toList());
        assertEquals(8, shown.hidden());
        String html = renderer.renderHtml(a);
        HtmlChecks.assertValid(html);
        assertTrue(html.startsWith("First. [1][2] Second. [3]\n\n"), html);
        assertFalse(html.contains("Only far sources"), html);
        assertTrue(html.contains("<i>the date</i>\n• 1991 [4]\n• 1992 [5]"), html);
        assertFalse(html.contains("the number"), "a disagreement with no side left in the limit is left out: " + html);
        for (int n = 6; n <= 13; n++) {
            assertFalse(html.contains("[" + n + "]"), "[" + n + "] in " + html);
        }
        assertTrue(html.endsWith("[5] Source 5 — 24.kg, news, 20 November 2024\n… and 8 more sources"), html);
        // quotes show the same sources as the answer
        String quotes = String.join("", renderer.renderQuotes(a));
        assertTrue(quotes.contains("Passage 5") && !quotes.contains("Passage 6"), quotes);
        // a renderer with a higher limit shows more
        assertEquals(13, new TelegramHtmlRenderer(20).shown(a).citations().size());
    }

    @Test
    void aDisagreementLeftWithOneSideIsNotShown() {
        Answer a = answer(List.of(new Statement("S.", List.of(1))),
                List.of(new Disagreement("d", List.of(new Disagreement.Position("A", List.of(2)),
                        new Disagreement.Position("B", List.of(3))))),
                List.of(citation(1, "T1", "q", null), citation(2, "T2", "q", null), citation(3, "T3", "q", null)));
        TelegramHtmlRenderer two = new TelegramHtmlRenderer(2);
        String html = two.renderHtml(a);
        assertFalse(html.contains("Sources differ"), html);
        assertEquals(List.of(1), two.shown(a).citations().stream().map(Citation::n).toList());
        assertTrue(html.endsWith("… and 2 more sources"), html);
    }

    @Test
    void russianPluralsFollowRussianRules() {
        List<Citation> citations = new ArrayList<>();
        List<Integer> ns = new ArrayList<>();
        for (int n = 1; n <= 27; n++) {
            citations.add(citation(n, "T" + n, "q", null));
            ns.add(n);
        }
        java.util.Map<Integer, String> expected = java.util.Map.of(1, "… и ещё 1 источник", 2, "… и ещё 2 источника",
                5, "… и ещё 5 источников", 11, "… и ещё 11 источников", 21, "… и ещё 21 источник", 22, "… и ещё 22 источника");
        for (var e : expected.entrySet()) {
            int hidden = e.getKey();
            List<Statement> statements = new ArrayList<>();
            for (int n = 1; n <= 5 + hidden; n++) {
                statements.add(new Statement("S" + n + ".", List.of(n)));
            }
            Answer a = new Answer("в", Language.RU, Answer.Status.ANSWERED, statements, List.of(),
                    citations.subList(0, 5 + hidden), "extractive", 1);
            // statements citing hidden sources are left out, so the hidden ones are counted, not shown
            String html = renderer.renderHtml(a);
            assertTrue(html.endsWith(e.getValue()), hidden + ": " + html);
        }
    }

    @Test
    void sourcesArePagedWithEveryPageUnderTheLimit() {
        List<SourceMeta> docs = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            docs.add(new SourceMeta("doc" + i, "Document " + i + " " + "long title ".repeat(i % 3 == 0 ? 30 : 1), Kind.NEWS,
                    "24.kg", null, new PartialDate(2000 + i % 25, 1 + i % 12, 1), List.of("KG"), Language.EN,
                    "https://24.kg/" + i, "kg/doc" + i + ".en.md"));
        }
        TelegramHtmlRenderer.SourcesPage first = renderer.sourcesPage(docs, Language.EN, 0);
        assertTrue(first.pages() >= 8, "75 documents, at most 10 a page: " + first.pages());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int p = 0; p < first.pages(); p++) {
            TelegramHtmlRenderer.SourcesPage page = renderer.sourcesPage(docs, Language.EN, p);
            assertEquals(p, page.page());
            HtmlChecks.assertValid(page.html());
            assertTrue(page.html().startsWith("<b>Documents I know (75):</b>"), page.html());
            long entries = page.html().lines().filter(l -> l.startsWith("• ")).count();
            assertTrue(entries >= 1 && entries <= TelegramHtmlRenderer.SOURCES_PER_PAGE, "entries " + entries);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(">Document (\\d+) ").matcher(page.html());
            while (m.find()) {
                assertTrue(seen.add(m.group(1)), "document " + m.group(1) + " on two pages");
            }
        }
        assertEquals(75, seen.size(), "every document on some page");
        assertEquals(first.pages() - 1, renderer.sourcesPage(docs, Language.EN, 999).page(), "past the end gives the last");
        TelegramHtmlRenderer.SourcesPage empty = renderer.sourcesPage(List.of(), Language.RU, 0);
        assertEquals(1, empty.pages());
        assertTrue(empty.html().contains("База знаний пуста."), empty.html());
    }

    @Test
    void sourcesListPrefersTheChatLanguageVersionAndShowsKindAndDate() {
        SourceMeta en = new SourceMeta("law", "Law <A>", Kind.LAW, "Adilet", null, new PartialDate(2020, 12, 24),
                List.of("KZ"), Language.EN, null, "kz/law.en.md");
        SourceMeta ru = new SourceMeta("law", "Закон А", Kind.LAW, "Адилет", null, new PartialDate(2020, 12, 24),
                List.of("KZ"), Language.RU, null, "kz/law.ru.md");
        SourceMeta onlyEn = new SourceMeta("news", "News", Kind.NEWS, "24.kg", null, new PartialDate(2024, 11, 0),
                List.of("KG"), Language.EN, "https://24.kg/x", "kg/news.en.md");
        String ruHtml = String.join("", renderer.renderSources(List.of(en, ru, onlyEn), Language.RU));
        HtmlChecks.assertValid(ruHtml);
        assertTrue(ruHtml.contains("Документы, которые я знаю (2)"), ruHtml);
        assertTrue(ruHtml.contains("• Закон А — Адилет (закон, 24 декабря 2020, KZ)"), ruHtml);
        assertTrue(ruHtml.contains("• <a href=\"https://24.kg/x\">News</a> — 24.kg (новости, ноябрь 2024, KG) [en]"), ruHtml);
        assertTrue(ruHtml.indexOf("News") < ruHtml.indexOf("Закон А"), "newest first");
        String enHtml = String.join("", renderer.renderSources(List.of(en, ru, onlyEn), Language.EN));
        assertTrue(enHtml.contains("• Law &lt;A&gt; — Adilet (law, 24 December 2020, KZ)"), enHtml);
    }

    @Test
    void splitsAtParagraphBoundariesWithEveryPartUnderTheLimit() {
        StringBuilder sb = new StringBuilder();
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String p = "Paragraph " + i + " " + "word ".repeat(30).trim() + ".";
            paragraphs.add(p);
            sb.append(sb.length() == 0 ? "" : "\n\n").append(p);
        }
        List<String> parts = TelegramHtmlRenderer.split(sb.toString(), 1000);
        assertTrue(parts.size() > 5);
        for (String part : parts) {
            assertTrue(part.length() < 1000);
            // every part is whole paragraphs
            for (String p : part.split("\n\n")) {
                assertTrue(paragraphs.contains(p), "cut inside a paragraph: " + p);
            }
        }
        assertEquals(sb.toString(), String.join("\n\n", parts));
    }

    @Test
    void aHugeParagraphIsSplitAtLinesThenWords() {
        String lines = ("line of text\n").repeat(400).trim();
        for (String part : TelegramHtmlRenderer.split(lines, 500)) {
            assertTrue(part.length() < 500);
            assertTrue(part.startsWith("line of text") && part.endsWith("line of text"), part);
        }
        String words = "word ".repeat(2000).trim();
        List<String> parts = TelegramHtmlRenderer.split(words, 500);
        for (String part : parts) {
            assertTrue(part.length() < 500);
            assertTrue(part.startsWith("word") && part.endsWith("word"), part);
        }
        assertEquals(words, String.join(" ", parts));
    }

    @Test
    void tagsOpenAtACutAreClosedAndReopenedWithTheirAttributes() {
        String html = "<b>bold <a href=\"https://x.org/?a=1&amp;b=2\">" + "linked words ".repeat(600) + "</a> end</b> after";
        List<String> parts = TelegramHtmlRenderer.split(html, 4096);
        assertTrue(parts.size() >= 2);
        for (String part : parts) {
            HtmlChecks.assertValid(part);
        }
        assertTrue(parts.get(1).startsWith("<b><a href=\"https://x.org/?a=1&amp;b=2\">"), parts.get(1));
        assertTrue(parts.get(0).endsWith("</a></b>"), parts.get(0));
        assertEquals(HtmlChecks.text(html).replaceAll("\\s+", " "), String.join(" ", parts.stream().map(HtmlChecks::text).toList()).replaceAll("\\s+", " "));
    }

    @Test
    void noCutInsideAnEntityOrASurrogatePair() {
        String html = "&amp;😀".repeat(3000);
        List<String> parts = TelegramHtmlRenderer.split(html, 101);
        for (String part : parts) {
            assertTrue(part.length() < 101);
            assertTrue(part.matches("(&amp;|😀)+"), part);
        }
        assertEquals(html, String.join("", parts));
    }

    @Test
    void randomAnswersAlwaysGiveValidParts() {
        Random random = new Random(42);
        String alphabet = "abc <>&\"' \n\nдлинный текст 😀 [1] <b>";
        for (int round = 0; round < 100; round++) {
            List<Statement> statements = new ArrayList<>();
            List<Citation> citations = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int i = 1; i <= n; i++) {
                citations.add(citation(i, randomText(random, alphabet, 1 + random.nextInt(200)),
                        randomText(random, alphabet, random.nextInt(3000)),
                        random.nextBoolean() ? "https://e.org/" + randomText(random, alphabet, 20) : null));
            }
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                statements.add(new Statement(randomText(random, alphabet, random.nextInt(800)), List.of(1 + random.nextInt(n))));
            }
            Answer a = answer(statements, List.of(), citations);
            for (String part : renderer.render(a)) {
                HtmlChecks.assertValid(part);
            }
            for (String part : renderer.renderQuotes(a)) {
                HtmlChecks.assertValid(part);
            }
            HtmlChecks.assertValid(renderer.renderShort(a));
            HtmlChecks.assertValid(renderer.renderCitation(citations.get(0), Language.EN));
        }
    }

    @Test
    void a6000CharacterAnswerArrivesInBalancedPartsUnderTheLimit() {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            statements.add(new Statement("Statement number " + i + " says a great deal about the law & its <history>"
                    + " in some detail.", List.of(1 + i % 3)));
        }
        Answer a = answer(statements, List.of(new Disagreement("date", List.of(new Disagreement.Position("x", List.of(1))))),
                List.of(citation(1, "A", "qa", "https://a.org"), citation(2, "B", "qb", null), citation(3, "C", "qc", null)));
        String whole = renderer.renderHtml(a);
        assertTrue(whole.length() > 6000, "length " + whole.length());
        List<String> parts = renderer.render(a);
        assertTrue(parts.size() >= 2);
        parts.forEach(HtmlChecks::assertValid);
        assertEquals(HtmlChecks.text(whole).replaceAll("\\s+", " "),
                String.join(" ", parts.stream().map(HtmlChecks::text).toList()).replaceAll("\\s+", " "));
        assertFalse(renderer.renderShort(a).length() >= 4096);
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int start = random.nextInt(alphabet.length());
            int cp = alphabet.codePointAt(Character.isLowSurrogate(alphabet.charAt(start)) ? start - 1 : start);
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
