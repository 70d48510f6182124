package org.rehablawbot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehablawbot.answer.Composer;
import org.rehablawbot.config.ConfigException;
import org.rehablawbot.config.Settings;
import org.rehablawbot.config.SettingsLoader;

class LlmConfigTest {

    @TempDir
    Path dir;

    private Settings settings(Map<String, String> env) throws Exception {
        Path file = dir.resolve("application.yaml");
        Files.writeString(file, "llm:\n  provider: none\n");
        return SettingsLoader.load(file, env, Map.of());
    }

    @Test
    void providerNoneKeepsTheExtractiveComposer() throws Exception {
        Composer extractive = mock(Composer.class);
        assertTrue(LlmConfig.from(settings(Map.of())).isEmpty());
        assertSame(extractive, Composers.fromSettings(settings(Map.of()), extractive));
    }

    @Test
    void openAiWithoutAModelStopsStartUpNamingTheVariable() {
        ConfigException e = assertThrows(ConfigException.class, () -> LlmConfig.from(settings(Map.of(
                "LLM_PROVIDER", "openai", "LLM_BASE_URL", "http://localhost:8080/v1"))));
        assertTrue(e.getMessage().contains("LLM_MODEL"), e.getMessage());
    }

    @Test
    void openAiItselfNeedsAKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> LlmConfig.from(settings(Map.of(
                "LLM_PROVIDER", "openai", "LLM_MODEL", "gpt-4o-mini"))));
        assertTrue(e.getMessage().contains("LLM_API_KEY"), e.getMessage());
        assertTrue(e.getMessage().contains("LLM_BASE_URL"), e.getMessage());
    }

    @Test
    void aBadBaseUrlStopsStartUpNamingTheVariable() {
        ConfigException e = assertThrows(ConfigException.class, () -> LlmConfig.from(settings(Map.of(
                "LLM_PROVIDER", "ollama", "LLM_MODEL", "llama3.1", "LLM_BASE_URL", "localhost:11434"))));
        assertTrue(e.getMessage().contains("LLM_BASE_URL"), e.getMessage());
    }

    @Test
    void ollamaDefaultsToTheLocalServerAndTheTimeoutComesFromSettings() throws Exception {
        LlmConfig c = LlmConfig.from(settings(Map.of("LLM_PROVIDER", "ollama", "LLM_MODEL", "llama3.1",
                "LLM_TIMEOUT_SECONDS", "7"))).orElseThrow();
        assertEquals("http://localhost:11434", c.baseUrl());
        assertEquals(Duration.ofSeconds(7), c.timeout());
        assertInstanceOf(LlmComposer.class, Composers.fromSettings(settings(Map.of("LLM_PROVIDER", "ollama",
                "LLM_MODEL", "llama3.1")), mock(Composer.class)));
    }

    @Test
    void theKeyComesFromTheEnvironmentAndNeverShows() throws Exception {
        Settings s = settings(Map.of("LLM_PROVIDER", "openai", "LLM_MODEL", "gpt-4o-mini",
                "LLM_API_KEY", "sk-very-secret", "LLM_BASE_URL", "https://llm.example.org/v1/"));
        LlmConfig c = LlmConfig.from(s).orElseThrow();
        assertEquals("sk-very-secret", c.apiKey());
        assertEquals("https://llm.example.org/v1", c.baseUrl());
        assertFalse(c.toString().contains("sk-very-secret"), c.toString());
        assertTrue(c.toString().contains("key set"), c.toString());
    }
}
