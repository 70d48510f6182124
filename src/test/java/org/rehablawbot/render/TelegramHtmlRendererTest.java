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
    void quotesShowPassageSourceAndPathLine() {
        Answer a = answer(List.of(new Statement("S.", List.of(1))), List.of(),
                List.of(citation(1, "Title", "A quoted <passage> & more", "https://x.org")));
        List<String> parts = renderer.renderQuotes(a);
        assertEquals(1, parts.size());
        HtmlChecks.assertValid(parts.get(0));
        assertTrue(parts.get(0).contains("[1] <blockquote>A quoted &lt;passage&gt; &amp; more</blockquote>\n"
                + "<a href=\"https://x.org\">Title</a> — 24.kg, news, 20 November 2024\n<code>kg/doc-1.en.md:8</code>"), parts.get(0));
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
