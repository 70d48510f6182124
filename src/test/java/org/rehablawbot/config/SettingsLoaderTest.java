package org.rehablawbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.knowledge.Language;

class SettingsLoaderTest {

    @TempDir
    Path tmp;

    private Path yaml(String text) throws IOException {
        Path f = tmp.resolve("application.yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static String message(Runnable r) {
        return assertThrows(ConfigException.class, r::run).getMessage();
    }

    @Test
    void defaultsWhenTheFileSetsNothing() throws IOException {
        Settings s = SettingsLoader.load(yaml(""), Map.of(), Map.of());
        for (Setting def : Settings.ALL) {
            assertEquals(def.defaultValue(), s.get(def.key()), def.key());
        }
        assertEquals(Path.of("data", "index"), s.indexDir());
        assertEquals(Language.EN, s.defaultLanguage());
        assertEquals(Set.of(), s.moderatorIds());
    }

    @Test
    void shippedConfigurationIsValidAndMatchesTheDefaults() {
        Settings s = SettingsLoader.load(Path.of("config/application.yaml"), Map.of(), Map.of());
        for (Setting def : Settings.ALL) {
            assertEquals(def.defaultValue(), s.get(def.key()), def.key());
        }
    }

    @Test
    void fileThenEnvironmentThenOptions() throws IOException {
        Path file = yaml("knowledge:\n  dir: from-file\ndata:\n  dir: data-file\nanswer:\n  max_citations: 7\n"
                + "  default_language: ru\ntelegram:\n  moderator_ids: [1, 2]\n");
        Settings fileOnly = SettingsLoader.load(file, Map.of(), Map.of());
        assertEquals(Path.of("from-file"), fileOnly.knowledgeDir());
        assertEquals(7, fileOnly.intValue("answer.max_citations"));
        assertEquals(Language.RU, fileOnly.defaultLanguage());
        assertEquals(Set.of(1L, 2L), fileOnly.moderatorIds());

        Map<String, String> env = Map.of("KNOWLEDGE_DIR", "from-env", "ANSWER_MAX_CITATIONS", "9",
                "LLM_PROVIDER", "OLLAMA", "TELEGRAM_API_URL", "http://127.0.0.1:8081/");
        Settings withEnv = SettingsLoader.load(file, env, Map.of());
        assertEquals(Path.of("from-env"), withEnv.knowledgeDir());
        assertEquals(9, withEnv.intValue("answer.max_citations"));
        assertEquals("ollama", withEnv.get("llm.provider"));
        assertEquals("http://127.0.0.1:8081", withEnv.get("telegram.api_url"));
        assertEquals(Path.of("data-file"), withEnv.dataDir());

        Settings withOptions = SettingsLoader.load(file, env, Map.of("knowledge.dir", "from-option"));
        assertEquals(Path.of("from-option"), withOptions.knowledgeDir());
        assertEquals(9, withOptions.intValue("answer.max_citations"));
    }

    @Test
    void blankEnvironmentVariablesAreIgnored() throws IOException {
        Settings s = SettingsLoader.load(yaml("data:\n  dir: d\n"), Map.of("DATA_DIR", "  "), Map.of());
        assertEquals(Path.of("d"), s.dataDir());
    }

    @Test
    void badValueInTheFileNamesTheKeyAndTheAllowedValues() throws IOException {
        Path file = yaml("answer:\n  max_citations: 50\n");
        String m = message(() -> SettingsLoader.load(file, Map.of(), Map.of()));
        assertEquals(file + ": setting answer.max_citations has bad value \"50\"; allowed: a whole number from 1 to 20", m);
    }

    @Test
    void badChoiceFromTheEnvironment() throws IOException {
        Path file = yaml("");
        String m = message(() -> SettingsLoader.load(file, Map.of("LLM_PROVIDER", "gpt"), Map.of()));
        assertEquals("environment variable LLM_PROVIDER has bad value \"gpt\"; allowed: one of none, openai, ollama", m);
    }

    @Test
    void badValuesOfEachType() throws IOException {
        Path file = yaml("");
        assertTrue(message(() -> SettingsLoader.load(file, Map.of("ANSWER_MIN_RELEVANCE", "high"), Map.of()))
                .endsWith("allowed: a number from 0 to 1"));
        assertTrue(message(() -> SettingsLoader.load(file, Map.of("TELEGRAM_API_URL", "ftp://x"), Map.of()))
                .endsWith("allowed: an http:// or https:// address"));
        assertTrue(message(() -> SettingsLoader.load(file, Map.of("MODERATOR_IDS", "12,alice"), Map.of()))
                .endsWith("allowed: a comma separated list of numeric Telegram user ids"));
        assertEquals("option for data.dir has bad value \"\"; allowed: a file system path",
                message(() -> SettingsLoader.load(file, Map.of(), Map.of("data.dir", ""))));
    }

    @Test
    void unknownKeyInTheFileIsNamedWithTheKnownOnes() throws IOException {
        Path file = yaml("answer:\n  colour: red\n");
        String m = message(() -> SettingsLoader.load(file, Map.of(), Map.of()));
        assertTrue(m.startsWith(file + ": unknown setting answer.colour; known settings: knowledge.dir, data.dir, "), m);
        assertTrue(m.contains("log.level"), m);
        Path section = yaml("database:\n  url: x\n");
        assertTrue(message(() -> SettingsLoader.load(section, Map.of(), Map.of()))
                .startsWith(section + ": unknown setting database; known settings: "));
    }

    @Test
    void unknownOptionKey() throws IOException {
        Path file = yaml("");
        assertEquals("unknown setting answer.colour",
                message(() -> SettingsLoader.load(file, Map.of(), Map.of("answer.colour", "red"))));
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        Path file = yaml("answer:\n  max_citations: 5\n bad: [\n");
        String m = message(() -> SettingsLoader.load(file, Map.of(), Map.of()));
        assertTrue(m.startsWith(file + ":3: not valid YAML"), m);
    }

    @Test
    void missingExplicitFile() {
        Path missing = tmp.resolve("nope.yaml");
        assertEquals("configuration file not found: " + missing,
                message(() -> SettingsLoader.load(missing, Map.of(), Map.of())));
    }

    @Test
    void secretsComeFromTheEnvironmentOnlyAndAreNeverShown() throws IOException {
        Path file = yaml("");
        Settings s = SettingsLoader.load(file, Map.of("TELEGRAM_BOT_TOKEN", "123:secret", "LLM_API_KEY", " "), Map.of());
        assertEquals("123:secret", s.telegramToken().orElseThrow());
        assertTrue(s.llmApiKey().isEmpty());
        assertFalse(s.toString().contains("secret"));
        assertTrue(s.toString().contains("TELEGRAM_BOT_TOKEN=(set)"));
        Path withToken = yaml("telegram:\n  token: 123:secret\n");
        assertTrue(message(() -> SettingsLoader.load(withToken, Map.of(), Map.of()))
                .contains("unknown setting telegram.token"));
    }
}
