package org.rehablawbot.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers the line it starts on, read token by token with Jackson so that every problem in
 * the front matter can be reported at its exact line. Lines are counted in the YAML text (1-based); callers
 * add the offset of the front matter in the file.
 */
sealed interface YamlNode {

    /** Line of the value in the YAML text, 1-based. */
    int line();

    /** A single value; {@code text} is null for an empty value or {@code ~}. */
    record Scalar(String text, int line) implements YamlNode {
    }

    /** A sequence of values. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
    }

    /** A mapping of field names to values, in file order. */
    record Mapping(Map<String, Field> fields, List<Field> duplicates, int line) implements YamlNode {
    }

    /** One field of a mapping: its name, the line the name is on, and its value. */
    record Field(String name, int line, YamlNode value) {
    }

    /** YAML that cannot be read, with the line the parser points at and a one-line reason. */
    final class SyntaxError extends Exception {
        private final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** Parses a YAML document; returns null for an empty document. */
    static YamlNode parse(String yaml) throws SyntaxError {
        YAMLFactory factory = Holder.FACTORY;
        try (JsonParser p = factory.createParser(yaml)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            return read(p);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new SyntaxError(line, summarise(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SyntaxError(1, String.valueOf(e.getMessage()));
        }
    }

    private static YamlNode read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Field> fields = new LinkedHashMap<>();
            List<Field> duplicates = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int nameLine = p.currentTokenLocation().getLineNr();
                p.nextToken();
                Field f = new Field(name, nameLine, read(p));
                if (fields.containsKey(name)) {
                    duplicates.add(f);
                } else {
                    fields.put(name, f);
                }
            }
            return new Mapping(fields, duplicates, line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p));
            }
            return new Sequence(items, line);
        }
        if (t == JsonToken.VALUE_NULL) {
            return new Scalar(null, line);
        }
        return new Scalar(p.getText(), line);
    }

    /**
     * SnakeYAML's messages span several lines with a copy of the offending line and a caret; keep the
     * sentences only, joined with "; ".
     */
    private static String summarise(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        List<String> parts = new ArrayList<>();
        String[] lines = message.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].trim();
            if (l.startsWith("in 'reader'") || l.startsWith("in 'string'")) {
                i += 2; // the copied line and the caret under it
                continue;
            }
            if (!l.isEmpty()) {
                parts.add(l);
            }
        }
        return parts.isEmpty() ? "unreadable YAML" : String.join("; ", parts);
    }

    /** Lazily built shared factory (thread-safe once configured). */
    final class Holder {
        static final YAMLFactory FACTORY = new YAMLFactory();

        private Holder() {
        }
    }
}
