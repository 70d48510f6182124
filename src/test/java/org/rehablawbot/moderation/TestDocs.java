package org.rehablawbot.moderation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rehablawbot.index.KnowledgeIndex;
import org.rehablawbot.index.ScoredPassage;

/** Knowledge files for tests, and searching an index for a word. */
final class TestDocs {

    private TestDocs() {
    }

    /** A valid knowledge file: an English or Russian document whose body has one paragraph per given sentence. */
    static String doc(String id, String language, String jurisdiction, String... paragraphs) {
        boolean ru = language.equals("ru");
        StringBuilder sb = new StringBuilder();
        sb.append("---\n")
                .append("id: ").append(id).append('\n')
                .append("title: ").append(ru ? "Тестовый документ " : "Test document ").append(id).append('\n')
                .append("kind: news\n")
                .append("publisher: ").append(ru ? "Тестовое агентство" : "Test Agency").append('\n')
                .append("date: 2024-11-20\n")
                .append("jurisdiction: ").append(jurisdiction).append('\n')
                .append("language: ").append(language).append('\n')
                .append("---\n\n")
                .append(ru ? "# Тестовый документ\n" : "# Test document\n");
        for (String p : paragraphs) {
            sb.append('\n').append(p).append('\n');
        }
        return sb.toString();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A file with a front matter error: no publisher. */
    static String bad(String id, String paragraph) {
        return doc(id, "en", "KG", paragraph).replace("publisher: Test Agency\n", "");
    }

    static Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Passages (ids) whose text matches {@code word}, in both languages. */
    static List<String> hits(KnowledgeIndex index, String word) {
        return index.lexical(word, null, 1000).stream().map(ScoredPassage::passage).map(p -> p.id()).toList();
    }
}
