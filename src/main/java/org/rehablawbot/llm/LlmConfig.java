package org.rehablawbot.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.rehablawbot.config.ConfigException;
import org.rehablawbot.config.Settings;

/**
 * The validated {@code llm.*} settings: which language model to use, where, and how long to wait for it.
 * {@link #toString()} never shows the key.
 *
 * @param provider {@code openai} (any OpenAI-compatible server) or {@code ollama}
 * @param baseUrl  the server address, without a trailing slash; the provider's default when not configured
 * @param model    the model name
 * @param timeout  how long one answer may take before the extractive answer is used instead
 * @param apiKey   the key from {@code LLM_API_KEY}, or null
 */
public record LlmConfig(String provider, String baseUrl, String model, Duration timeout, String apiKey) {

    /** Where {@code openai} points when {@code llm.base_url} is empty: OpenAI itself, which needs a key. */
    public static final String OPENAI_DEFAULT_URL = "https://api.openai.com/v1";
    /** Where {@code ollama} points when {@code llm.base_url} is empty. */
    public static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";

    /**
     * Reads and checks the {@code llm.*} settings.
     *
     * @return empty when {@code llm.provider} is {@code none}
     * @throws ConfigException naming the setting and its environment variable when a provider lacks what it
     *                         needs (a model name; a key for OpenAI's own server; a usable base URL)
     */
    public static Optional<LlmConfig> from(Settings settings) {
        String provider = settings.get("llm.provider");
        if (provider.equals("none")) {
            return Optional.empty();
        }
        String model = settings.get("llm.model").trim();
        if (model.isEmpty()) {
            throw new ConfigException("llm.provider is " + provider + " but no model is named: set LLM_MODEL "
                    + "(or llm.model in the configuration file), e.g. "
                    + (provider.equals("ollama") ? "llama3.1" : "gpt-4o-mini"));
        }
        String apiKey = settings.llmApiKey().orElse(null);
        String configured = settings.get("llm.base_url").trim();
        String baseUrl;
        if (configured.isEmpty()) {
            baseUrl = provider.equals("ollama") ? OLLAMA_DEFAULT_URL : OPENAI_DEFAULT_URL;
            if (provider.equals("openai") && apiKey == null) {
                throw new ConfigException("llm.provider is openai with no LLM_BASE_URL, which means OpenAI's own "
                        + "server " + OPENAI_DEFAULT_URL + "; it needs a key: set LLM_API_KEY in the environment, "
                        + "or set LLM_BASE_URL (llm.base_url) to another OpenAI-compatible server");
            }
        } else {
            baseUrl = checkUrl(configured);
        }
        int seconds = settings.intValue("llm.timeout_seconds");
        return Optional.of(new LlmConfig(provider, baseUrl, model, Duration.ofSeconds(seconds), apiKey));
    }

    private static String checkUrl(String value) {
        String bad = "LLM_BASE_URL (llm.base_url) has bad value \"" + value
                + "\"; allowed: an http:// or https:// address, e.g. http://localhost:11434 for Ollama or "
                + "http://localhost:8080/v1 for an OpenAI-compatible server";
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new ConfigException(bad);
            }
        } catch (URISyntaxException e) {
            throw new ConfigException(bad);
        }
        String url = value;
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /**
     * Builds the LangChain4j client. No request is sent here. Retries are off (a failure falls back to the
     * extractive answer at once) and request logging stays off, so the key never reaches a log. The client's own
     * HTTP timeout is a little longer than {@link #timeout()}, which {@link LlmComposer} enforces itself.
     */
    public ChatModel chatModel() {
        Duration httpTimeout = timeout.plusSeconds(2);
        if (provider.equals("ollama")) {
            OllamaChatModel.OllamaChatModelBuilder b = OllamaChatModel.builder()
                    .baseUrl(baseUrl)
                    .modelName(model)
                    .timeout(httpTimeout)
                    .maxRetries(0);
            if (apiKey != null) {
                // An Ollama behind an authenticating proxy.
                b.customHeaders(Map.of("Authorization", "Bearer " + apiKey));
            }
            return b.build();
        }
        OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(model)
                .timeout(httpTimeout)
                .maxRetries(0);
        if (apiKey != null) {
            b.apiKey(apiKey);
        }
        return b.build();
    }

    /** Provider, model and address, for logs and status; the key only as set or not set. */
    @Override
    public String toString() {
        return provider + " model " + model + " at " + baseUrl + " (timeout " + timeout.toSeconds() + " s, key "
                + (apiKey == null ? "not set" : "set") + ")";
    }
}
