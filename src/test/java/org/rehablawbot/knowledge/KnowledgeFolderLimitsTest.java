package org.rehablawbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a moderator meets first: links out of the folder, ids too long for a file name, a colon in a title. */
class KnowledgeFolderLimitsTest {

    @TempDir
    Path root;

    private static String doc(String id, String title) {
        return "---\nid: " + id + "\ntitle: " + title + "\nkind: news\npublisher: 24.kg\ndate: 2024-11-20\n"
                + "jurisdiction: KG\nlanguage: en\n---\n\nThe Zhogorku Kenesh passed the bill.\n";
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsNotReadAndIsNamed() throws IOException {
        Path knowledge = Files.createDirectories(root.resolve("knowledge/kg"));
        Path outside = Files.writeString(root.resolve("secret.en.md"), doc("outside", "Outside"), StandardCharsets.UTF_8);
        Files.createSymbolicLink(knowledge.resolve("linked.en.md"), outside);
        Files.writeString(knowledge.resolve("inside.en.md"), doc("inside", "Inside"), StandardCharsets.UTF_8);
        Files.createSymbolicLink(knowledge.resolve("alias.en.md"), knowledge.resolve("inside.en.md"));

        KnowledgeFolder folder = KnowledgeFolder.load(root.resolve("knowledge"));

        assertEquals(List.of("kg/alias.en.md", "kg/inside.en.md"),
                folder.files().stream().map(LoadedFile::path).toList());
        List<Problem> linkProblems = folder.problems().stream()
                .filter(p -> p.path().toString().endsWith("linked.en.md")).toList();
        assertEquals(1, linkProblems.size(), folder.problems().toString());
        assertTrue(linkProblems.get(0).message().contains("outside the knowledge folder"), linkProblems.toString());
        assertTrue(folder.documents().stream().noneMatch(d -> d.meta().id().equals("outside")));
    }

    @Test
    void anIdTooLongForAFileNameIsRefusedWithAShortMessage() {
        String id = "a".repeat(1300);
        LoadedFile f = KnowledgeParser.parse(doc(id, "Long").getBytes(StandardCharsets.UTF_8), "x.en.md", Path.of("x.en.md"));
        assertEquals(1, f.problems().size());
        String message = f.problems().get(0).message();
        assertTrue(message.startsWith("id too long (1300 characters, at most 120)"), message);
        assertTrue(message.length() < 300, "the message must stay short enough for a chat reply: " + message.length());
        LoadedFile ok = KnowledgeParser.parse(doc("a".repeat(120), "Fits").getBytes(StandardCharsets.UTF_8), "y.en.md",
                Path.of("y.en.md"));
        assertEquals(List.of(), ok.problems());
    }

    @Test
    void aColonInAnUnquotedTitleSaysToQuoteIt() {
        LoadedFile f = KnowledgeParser.parse(doc("x", "Kyrgyzstan: the new law").getBytes(StandardCharsets.UTF_8),
                "x.en.md", Path.of("x.en.md"));
        assertEquals(1, f.problems().size());
        Problem p = f.problems().get(0);
        assertEquals(3, p.line());
        assertTrue(p.message().endsWith("so put it in double quotes: title: \"Kyrgyzstan: the new law\""), p.message());
        LoadedFile quoted = KnowledgeParser.parse(doc("x", "\"Kyrgyzstan: the new law\"").getBytes(StandardCharsets.UTF_8),
                "x.en.md", Path.of("x.en.md"));
        assertEquals(List.of(), quoted.problems());
    }
}
