package org.rehablawbot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the configuration: built-in defaults, then the YAML file, then environment variables, then explicit
 * overrides (command line options). Unknown keys and bad values stop loading with a {@link ConfigException}
 * naming the key and the allowed values.
 */
public final class SettingsLoader {

    /** The file read when no {@code --config} is given; a missing default file is not an error. */
    public static final Path DEFAULT_FILE = Path.of("config", "application.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SettingsLoader() {
    }

    /** Loads with the process environment. */
    public static Settings load(Path file, Map<String, String> overrides) {
        return load(file, System.getenv(), overrides);
    }

    /**
     * @param file        the YAML file, or null for {@link #DEFAULT_FILE} (which may be absent)
     * @param environment environment variables
     * @param overrides   setting key to value, applied last (command line options)
     */
    public static Settings load(Path file, Map<String, String> environment, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Setting s : Settings.ALL) {
            values.put(s.key(), s.defaultValue());
        }
        Path source = file == null ? DEFAULT_FILE : file;
        if (Files.exists(source)) {
            readFile(source, values);
        } else if (file != null) {
            throw new ConfigException("configuration file not found: " + file);
        }
        for (Setting s : Settings.ALL) {
            String env = environment.get(s.env());
            if (env != null && !env.isBlank()) {
                values.put(s.key(), check(s, env.trim(), "environment variable " + s.env()));
            }
        }
        overrides.forEach((key, value) -> {
            Setting s = Settings.definition(key).orElseThrow(() -> new ConfigException("unknown setting " + key));
            if (value != null) {
                values.put(key, check(s, value.trim(), "option for " + key));
            }
        });
        return new Settings(values, environment);
    }

    private static void readFile(Path file, Map<String, String> values) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ":" + e.getLocation().getLineNr() + ": not valid YAML: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        if (!root.isObject()) {
            throw new ConfigException(file + ": expected a mapping of sections (knowledge, data, answer, telegram, llm, log)");
        }
        flatten("", root, file, values);
    }

    private static void flatten(String prefix, JsonNode node, Path file, Map<String, String> values) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                if (Settings.definition(key).isPresent()) {
                    throw new ConfigException(file + ": setting " + key + " must be a single value, "
                            + Settings.definition(key).get().allowedDescription());
                }
                boolean knownSection = Settings.ALL.stream().anyMatch(s -> s.key().startsWith(key + "."));
                if (!knownSection) {
                    throw unknown(file, key);
                }
                flatten(key, v, file, values);
                continue;
            }
            Setting s = Settings.definition(key).orElseThrow(() -> unknown(file, key));
            String text;
            if (v.isNull()) {
                text = "";
            } else if (v.isArray()) {
                StringBuilder sb = new StringBuilder();
                v.forEach(x -> sb.append(sb.length() == 0 ? "" : ",").append(x.asText()));
                text = sb.toString();
            } else {
                text = v.asText();
            }
            values.put(key, check(s, text.trim(), file + ": setting " + key));
        }
    }

    private static ConfigException unknown(Path file, String key) {
        StringBuilder known = new StringBuilder();
        Settings.ALL.forEach(s -> known.append(known.length() == 0 ? "" : ", ").append(s.key()));
        return new ConfigException(file + ": unknown setting " + key + "; known settings: " + known);
    }

    /** Checks a value against its setting's type; returns it normalised or throws naming the key. */
    static String check(Setting s, String value, String where) {
        String bad = where + " has bad value \"" + value + "\"; allowed: " + s.allowedDescription();
        switch (s.type()) {
            case CHOICE -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (!s.allowed().contains(v)) {
                    throw new ConfigException(bad);
                }
                return v;
            }
            case INT -> {
                try {
                    long n = Long.parseLong(value);
                    if (n < Long.parseLong(s.allowed().get(0)) || n > Long.parseLong(s.allowed().get(1))) {
                        throw new ConfigException(bad);
                    }
                    return Long.toString(n);
                } catch (NumberFormatException e) {
                    throw new ConfigException(bad);
                }
            }
            case DOUBLE -> {
                try {
                    double d = Double.parseDouble(value);
                    if (Double.isNaN(d) || d < Double.parseDouble(s.allowed().get(0))
                            || d > Double.parseDouble(s.allowed().get(1))) {
                        throw new ConfigException(bad);
                    }
                    return value;
                } catch (NumberFormatException e) {
                    throw new ConfigException(bad);
                }
            }
            case URL -> {
                try {
                    URI uri = new URI(value);
                    if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                            || uri.getHost() == null) {
                        throw new ConfigException(bad);
                    }
                    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
                } catch (URISyntaxException e) {
                    throw new ConfigException(bad);
                }
            }
            case ID_LIST -> {
                if (!value.isEmpty() && !value.matches("\\s*-?\\d+\\s*(,\\s*-?\\d+\\s*)*")) {
                    throw new ConfigException(bad);
                }
                return value.replace(" ", "");
            }
            case PATH -> {
                if (value.isEmpty()) {
                    throw new ConfigException(bad);
                }
                return value;
            }
            default -> {
                return value;
            }
        }
    }
}
