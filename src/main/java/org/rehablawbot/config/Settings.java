package org.rehablawbot.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rehablawbot.knowledge.Language;

/**
 * The effective configuration: defaults, overridden by {@code config/application.yaml}, overridden by the
 * environment, overridden by command line options. Secrets are read from the environment only and never
 * appear in {@link #toString()}.
 */
public final class Settings {

    /** Every setting there is; the README's configuration table lists exactly these. */
    public static final List<Setting> ALL = List.of(
            new Setting("knowledge.dir", "KNOWLEDGE_DIR", Setting.Type.PATH, "knowledge", List.of(),
                    "Folder of Markdown knowledge files (subfolders included)"),
            new Setting("data.dir", "DATA_DIR", Setting.Type.PATH, "data", List.of(),
                    "Folder for generated data: the Lucene index, the audit log, feedback"),
            new Setting("answer.default_language", "DEFAULT_LANGUAGE", Setting.Type.CHOICE, "en", List.of("en", "ru"),
                    "Answer language when neither the question's script nor the user's setting decides"),
            new Setting("answer.max_citations", "ANSWER_MAX_CITATIONS", Setting.Type.INT, "5", List.of("1", "20"),
                    "Most passages one answer cites, and most sources a Telegram answer shows"),
            new Setting("answer.min_relevance", "ANSWER_MIN_RELEVANCE", Setting.Type.DOUBLE, "0.5", List.of("0", "1"),
                    "Relevance bar below which the bot says its sources say nothing (0 answers anything, 1 refuses almost all)"),
            new Setting("telegram.api_url", "TELEGRAM_API_URL", Setting.Type.URL, "https://api.telegram.org", List.of(),
                    "Bot API server address; any http(s)://host:port, e.g. a self-hosted Bot API server"),
            new Setting("telegram.moderator_ids", "MODERATOR_IDS", Setting.Type.ID_LIST, "", List.of(),
                    "Telegram user ids allowed to use moderator commands, comma separated"),
            new Setting("telegram.workers", "TELEGRAM_WORKERS", Setting.Type.INT, "4", List.of("1", "64"),
                    "Threads answering updates (updates of one chat stay in order)"),
            new Setting("llm.provider", "LLM_PROVIDER", Setting.Type.CHOICE, "none", List.of("none", "openai", "ollama"),
                    "Optional language model for fluent answers; none keeps the offline extractive composer"),
            new Setting("llm.base_url", "LLM_BASE_URL", Setting.Type.STRING, "", List.of(),
                    "Address of the OpenAI-compatible server or Ollama (e.g. http://localhost:11434)"),
            new Setting("llm.model", "LLM_MODEL", Setting.Type.STRING, "", List.of(),
                    "Model name, e.g. gpt-4o-mini or llama3.1"),
            new Setting("llm.timeout_seconds", "LLM_TIMEOUT_SECONDS", Setting.Type.INT, "20", List.of("1", "600"),
                    "Seconds to wait for the model before falling back to the extractive answer"),
            new Setting("log.level", "LOG_LEVEL", Setting.Type.CHOICE, "info",
                    List.of("error", "warn", "info", "debug", "trace"), "Log verbosity"));

    /** Environment variables holding secrets: read from the environment only, never from files, never logged. */
    public static final String TOKEN_ENV = "TELEGRAM_BOT_TOKEN";
    public static final String LLM_KEY_ENV = "LLM_API_KEY";

    private final Map<String, String> values;
    private final Map<String, String> environment;

    Settings(Map<String, String> values, Map<String, String> environment) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.environment = Map.copyOf(environment);
    }

    /** The definition of a key, if there is one. */
    public static Optional<Setting> definition(String key) {
        return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The raw text value of a key. */
    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("unknown setting " + key);
        }
        return v;
    }

    public Path path(String key) {
        return Path.of(get(key));
    }

    public int intValue(String key) {
        return Integer.parseInt(get(key));
    }

    public double doubleValue(String key) {
        return Double.parseDouble(get(key));
    }

    public Path knowledgeDir() {
        return path("knowledge.dir");
    }

    public Path dataDir() {
        return path("data.dir");
    }

    /** The folder the Lucene index lives in, under the data folder. */
    public Path indexDir() {
        return dataDir().resolve("index");
    }

    public Language defaultLanguage() {
        return Language.fromCode(get("answer.default_language")).orElse(Language.EN);
    }

    public Set<Long> moderatorIds() {
        String v = get("telegram.moderator_ids").trim();
        if (v.isEmpty()) {
            return Set.of();
        }
        return java.util.Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Long::parseLong).collect(Collectors.toUnmodifiableSet());
    }

    /** The bot token from {@code TELEGRAM_BOT_TOKEN}, if set and not blank. */
    public Optional<String> telegramToken() {
        return secret(TOKEN_ENV);
    }

    /** The language model key from {@code LLM_API_KEY}, if set and not blank. */
    public Optional<String> llmApiKey() {
        return secret(LLM_KEY_ENV);
    }

    private Optional<String> secret(String env) {
        String v = environment.get(env);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** Every setting and its value; secrets are shown only as set or not set. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        sb.append(TOKEN_ENV).append('=').append(telegramToken().isPresent() ? "(set)" : "(not set)").append('\n');
        sb.append(LLM_KEY_ENV).append('=').append(llmApiKey().isPresent() ? "(set)" : "(not set)").append('\n');
        return sb.toString();
    }
}
