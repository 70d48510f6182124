package org.rehablawbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's configuration table lists every setting: key, variable, default and meaning. */
class SettingsDocumentationTest {

    /** The table row a setting should have. */
    static String row(Setting s) {
        String def = s.defaultValue().isEmpty() ? "*(empty)*" : "`" + s.defaultValue() + "`";
        String meaning = s.meaning();
        if (s.type() == Setting.Type.CHOICE || s.type() == Setting.Type.INT || s.type() == Setting.Type.DOUBLE) {
            meaning += ". Allowed: " + s.allowedDescription();
        }
        return "| `" + s.key() + "` | `" + s.env() + "` | " + def + " | " + meaning.replace("|", "\\|") + " |";
    }

    @Test
    void readmeTableListsEverySetting() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## Configuration");
        assertTrue(start >= 0, "README has no Configuration section");
        List<String> rows = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (lines.get(i).startsWith("| `")) {
                rows.add(lines.get(i));
            }
        }
        List<String> expected = Settings.ALL.stream().map(SettingsDocumentationTest::row).toList();
        assertEquals(expected, rows, "README Configuration table; expected rows:\n| setting | variable | default | meaning |\n"
                + "| --- | --- | --- | --- |\n" + String.join("\n", expected) + "\n");
    }
}
