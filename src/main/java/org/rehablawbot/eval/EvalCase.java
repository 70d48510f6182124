package org.rehablawbot.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.rehablawbot.knowledge.Language;

/**
 * One line of a question set: a question and what a correct answer must show. The fields a line may have are
 * {@link #FIELDS}; any other field is an error, so a misspelt check is never silently dropped.
 *
 * @param id         stable name of the case, unique in its file
 * @param question   the question as typed
 * @param language   the expected answer language (from {@code lang}; English when absent)
 * @param all        patterns that must each match the answer text or a cited passage's text
 * @param conflict   the answer must show a disagreement with at least two cited positions
 * @param minSources the answer must cite at least this many distinct publishers (0: no requirement)
 * @param refuse     the answer must be a refusal with no citations
 * @param not        patterns that must not match the answer text
 * @param after      the id of the case this one follows in the same conversation (asked as a follow-up to it, as
 *                   {@code chat} and the bot do), or null for a question asked on its own
 * @param lead       patterns that must each match the answer's first sentence (see {@link Evaluator#leadText})
 * @param any        patterns of which at least one must match the answer text or a cited passage's text (empty: no
 *                   requirement)
 * @param says       patterns that must each match the answer's own text as the user reads it (its statements and
 *                   disagreement positions, see {@link Evaluator#judge}); cited passages do not count
 */
public record EvalCase(String id, String question, Language language, List<Pattern> all, boolean conflict,
                       int minSources, boolean refuse, List<Pattern> not, String after, List<Pattern> lead,
                       List<Pattern> any, List<Pattern> says) {

    /** The fields a line may have, in the order the README lists them. */
    public static final List<String> FIELDS = List.of("id", "q", "lang", "all", "any", "says", "conflict",
            "min_sources", "refuse", "not", "after", "lead");

    /** Flags every pattern of a question set is compiled with. */
    public static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public EvalCase {
        all = List.copyOf(all);
        not = List.copyOf(not);
        lead = List.copyOf(lead);
        any = List.copyOf(any);
        says = List.copyOf(says);
    }

    /** A case asked on its own, without a first-sentence, {@code any} or {@code says} requirement. */
    public EvalCase(String id, String question, Language language, List<Pattern> all, boolean conflict,
                    int minSources, boolean refuse, List<Pattern> not) {
        this(id, question, language, all, conflict, minSources, refuse, not, null, List.of(), List.of(), List.of());
    }

    /**
     * Reads a question set: one JSON object a line, blank lines and lines starting with {@code #} skipped.
     *
     * @param file a UTF-8 JSON-lines file
     * @return the cases in file order
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming {@code file:line} (1-based) and, where one is at fault, the field, for
     *                                  a line that is not a valid case: malformed JSON, an unknown or repeated
     *                                  field, a field of the wrong type, a regular expression that does not
     *                                  compile, an id used twice, or an {@code after} naming no earlier case
     */
    public static List<EvalCase> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<EvalCase> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                EvalCase c = parse(line);
                if (c.after() != null && !ids.contains(c.after())) {
                    throw new IllegalArgumentException("field \"after\" names " + c.after()
                            + ", which is not an earlier case of the file");
                }
                if (!ids.add(c.id())) {
                    throw new IllegalArgumentException("field \"id\": " + c.id() + " is already the id of an "
                            + "earlier case of the file");
                }
                out.add(c);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a valid question case: "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * Parses one JSON line.
     *
     * @param json one JSON object with the fields of {@link #FIELDS}; {@code q} is required
     * @return the case; its id is the question when {@code id} is absent
     * @throws IOException              never in practice (kept for callers reading files)
     * @throws IllegalArgumentException for malformed JSON, an unknown or repeated field (the message lists the
     *                                  known fields), a field of the wrong type, or a pattern that does not compile;
     *                                  the message names the field
     */
    public static EvalCase parse(String json) throws IOException {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // the parser's own words, without its "(start marker at [Source: …])" location notes
            String why = e.getOriginalMessage().replaceAll("\\s*\\([^()]*\\[Source:[^\\]]*\\]\\)", "");
            throw new IllegalArgumentException("malformed JSON: " + why
                    + (at == null ? "" : " (column " + at.getColumnNr() + ")"), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        List<String> unknown = new ArrayList<>();
        n.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                unknown.add("\"" + f + "\"");
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown field" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; the known fields are " + String.join(", ", FIELDS));
        }
        String q = text(n, "q");
        if (q == null || q.isBlank()) {
            throw new IllegalArgumentException("missing field \"q\" (the question)");
        }
        String id = text(n, "id");
        String lang = text(n, "lang");
        Language language = lang == null ? Language.EN : Language.fromCode(lang).orElseThrow(
                () -> new IllegalArgumentException("field \"lang\": unknown language " + lang + " (en or ru)"));
        return new EvalCase(id == null ? q : id, q, language, patterns(n, "all"), bool(n, "conflict"),
                count(n, "min_sources"), bool(n, "refuse"), patterns(n, "not"), text(n, "after"),
                patterns(n, "lead"), patterns(n, "any"), patterns(n, "says"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a string, got " + v);
        }
        return v.asText();
    }

    private static boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be true or false, got " + v);
        }
        return v.booleanValue();
    }

    private static int count(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.isInt() || v.intValue() < 0) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a whole number of at least 0, got "
                    + v);
        }
        return v.intValue();
    }

    private static List<Pattern> patterns(JsonNode n, String field) {
        List<Pattern> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a list of regular expressions, got "
                    + v);
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode p = v.get(i);
            if (!p.isTextual()) {
                throw new IllegalArgumentException("field \"" + field + "\", item " + (i + 1)
                        + ": must be a regular expression in a string, got " + p);
            }
            try {
                out.add(Pattern.compile(p.asText(), PATTERN_FLAGS));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("field \"" + field + "\", item " + (i + 1) + ": regular expression /"
                        + p.asText() + "/ does not compile: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""), e);
            }
        }
        return out;
    }
}
