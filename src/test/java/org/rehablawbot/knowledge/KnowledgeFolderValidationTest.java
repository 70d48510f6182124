package org.rehablawbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One fixture under {@code src/test/resources/knowledge-bad/} for every class of problem. */
class KnowledgeFolderValidationTest {

    private static final String BAD = "src/test/resources/knowledge-bad/";
    private static KnowledgeFolder bad;

    @BeforeAll
    static void load() throws IOException {
        bad = KnowledgeFolder.load(Path.of(BAD));
    }

    private static void assertProblems(String file, String... expected) {
        List<String> actual = bad.files().stream().filter(f -> f.path().equals(file))
                .flatMap(f -> f.problems().stream()).map(Problem::toString).toList();
        assertEquals(List.of(expected), actual);
    }

    @Test
    void noFrontMatter() {
        assertProblems("no-front-matter.en.md", BAD + "no-front-matter.en.md:1: no front matter: the file must start "
                + "with a \"---\" line, then fields such as \"id: …\", then a \"---\" line");
    }

    @Test
    void unterminatedFrontMatter() {
        assertProblems("unterminated-front-matter.en.md", BAD + "unterminated-front-matter.en.md:1: unterminated "
                + "front matter: no closing \"---\" line after the fields");
    }

    @Test
    void unparseableYamlAtTheLineOfTheError() {
        assertProblems("bad-yaml.en.md",
                BAD + "bad-yaml.en.md:3: front matter is not valid YAML: mapping values are not allowed here; the value "
                        + "of \"title\" contains \": \", \" #\" or starts with a character YAML reserves, so put it in "
                        + "double quotes: title: \"Kyrgyz parliament: passes the bill\"");
    }

    @Test
    void missingRequiredField() {
        assertProblems("missing-field.en.md", BAD + "missing-field.en.md:1: missing required field \"publisher\"");
    }

    @Test
    void unknownFieldIsNamedWithASuggestion() {
        assertProblems("unknown-field.en.md", BAD + "unknown-field.en.md:9: unknown field \"athor\" (did you mean "
                + "\"author\"?); allowed: id, title, kind, publisher, author, date, retrieved, jurisdiction, language, url, aliases, facts");
    }

    @Test
    void badIdFormat() {
        assertProblems("bad-id.en.md", BAD + "bad-id.en.md:2: bad id \"Bad_ID\": use lower case letters, digits and "
                + "dashes, e.g. 24kg-2024-11-20-parliament-passes-law");
    }

    @Test
    void unknownKindListsTheAllowedKinds() {
        assertProblems("unknown-kind.en.md", BAD + "unknown-kind.en.md:4: unknown kind \"opinion\"; allowed: law, "
                + "decree, official, court, news, statement, commentary, research, reference");
    }

    @Test
    void invalidDate() {
        assertProblems("invalid-date.en.md", BAD + "invalid-date.en.md:6: invalid date \"2024-13-01\": use a full or "
                + "partial ISO date: 2024, 2024-12 or 2024-12-31, or \"undated\" for a page that gives no date");
    }

    @Test
    void badJurisdictionCode() {
        assertProblems("bad-jurisdiction.en.md", BAD + "bad-jurisdiction.en.md:7: bad jurisdiction code \"kz\": use "
                + "two upper-case letters such as KZ, KG, UZ, RU");
    }

    @Test
    void unknownLanguage() {
        assertProblems("unknown-language.en.md",
                BAD + "unknown-language.en.md:8: unknown language \"de\"; allowed: en, ru");
    }

    @Test
    void languageNotMatchingTheScriptOfTheBody() {
        assertProblems("language-mismatch.en.md", BAD + "language-mismatch.en.md:8: language \"en\" does not match "
                + "the body: 85% of its letters are Cyrillic; use language: ru, or write the body in English");
    }

    @Test
    void emptyBody() {
        assertProblems("empty-body.en.md",
                BAD + "empty-body.en.md:9: empty body: write at least one paragraph after the front matter");
    }

    @Test
    void factMissingAField() {
        assertProblems("bad-fact-missing.en.md", BAD + "bad-fact-missing.en.md:10: bad fact: missing \"text\"");
    }

    @Test
    void factKeyFormat() {
        assertProblems("bad-fact-key.en.md", BAD + "bad-fact-key.en.md:10: bad fact key \"KG Law Adopted\": use lower "
                + "case words joined by dashes, parts joined by dots, e.g. kg-rehab-law.adopted");
    }

    @Test
    void factsNotAList() {
        assertProblems("facts-not-list.en.md",
                BAD + "facts-not-list.en.md:9: facts must be a list, each fact starting with \"- key: …\"");
    }

    @Test
    void duplicateIdWithinALanguageNamesBothFiles() {
        assertProblems("duplicate-id-b.en.md", BAD + "duplicate-id-b.en.md:2: duplicate id \"duplicate-id\" in "
                + "language en: also used by " + BAD + "duplicate-id-a.en.md; each document and language needs its own id");
        assertProblems("duplicate-id-a.en.md");
        assertProblems("duplicate-id-c.ru.md"); // the same id in the other language is the document's twin
    }

    @Test
    void binaryFile() {
        assertProblems("binary.en.md",
                BAD + "binary.en.md:12: binary file (contains NUL bytes); knowledge files are UTF-8 text");
    }

    @Test
    void notUtf8AtTheLineOfTheBadByte() {
        assertProblems("not-utf8.en.md",
                BAD + "not-utf8.en.md:11: not UTF-8 text (invalid byte on this line); save the file as UTF-8");
    }

    @Test
    void filesWithProblemsAreLeftOutAndTheRestLoad() {
        assertEquals(List.of("duplicate-id-a.en.md", "duplicate-id-c.ru.md"),
                bad.documents().stream().map(d -> d.meta().path()).toList());
        // Only .md and .txt files are knowledge; the top README.md is documentation.
        assertTrue(bad.files().stream().noneMatch(f -> f.path().equals("README.md") || f.path().endsWith(".json")));
        assertEquals(20, bad.files().size());
        assertEquals(18, bad.problems().size());
    }

    @Test
    void cleanFolderHasNoProblems() throws IOException {
        KnowledgeFolder good = KnowledgeFolder.load(Path.of("src/test/resources/knowledge-good"));
        assertEquals(List.of(), good.problems());
        assertEquals(7, good.documents().size());
    }

    @Test
    void oversizedFile(@TempDir Path dir) throws IOException {
        byte[] big = new byte[(int) KnowledgeParser.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Files.write(dir.resolve("big.en.md"), big);
        List<Problem> problems = KnowledgeFolder.load(dir).problems();
        assertEquals(List.of(dir.resolve("big.en.md") + ":1: file too large: 1048577 bytes; a knowledge file may have "
                + "at most 1048576 bytes (1 MB)"), problems.stream().map(Problem::toString).toList());
    }

    @Test
    void unreadableFile(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.en.md"), dir.resolve("missing-target.md"));
        List<Problem> problems = KnowledgeFolder.load(dir).problems();
        assertEquals(List.of(dir.resolve("gone.en.md") + ":1: cannot read file: no such file (a broken link?)"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void pathsAreShownRelativeToTheCurrentDirectory() throws IOException {
        KnowledgeFolder viaAbsolute = KnowledgeFolder.load(Path.of(BAD).toAbsolutePath());
        assertEquals(bad.problems(), viaAbsolute.problems());
    }

    @Test
    void hiddenFilesAndSubfolderReadmesAreHandled(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/x.md"), "not knowledge", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".draft.en.md"), "not knowledge", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.md"), "documentation", StandardCharsets.UTF_8);
        assertEquals(List.of(), KnowledgeFolder.load(dir).files());
    }

    @Test
    void missingFolderIsAnError() {
        assertThrows(NoSuchFileException.class, () -> KnowledgeFolder.load(Path.of("no/such/folder")));
    }
}
