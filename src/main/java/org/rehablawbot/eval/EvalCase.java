package org.rehablawbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.rehablawbot.knowledge.Language;

/**
 * One line of a question set: a question and what a correct answer must show.
 *
 * @param id         stable name of the case
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
 */
public record EvalCase(String id, String question, Language language, List<Pattern> all, boolean conflict,
                       int minSources, boolean refuse, List<Pattern> not, String after, List<Pattern> lead) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public EvalCase {
        all = List.copyOf(all);
        not = List.copyOf(not);
        lead = List.copyOf(lead);
    }

    /** A case asked on its own, without a first-sentence requirement. */
    public EvalCase(String id, String question, Language language, List<Pattern> all, boolean conflict,
                    int minSources, boolean refuse, List<Pattern> not) {
        this(id, question, language, all, conflict, minSources, refuse, not, null, List.of());
    }

    /**
     * Reads a question set: one JSON object a line, blank lines and lines starting with {@code #} skipped.
     *
     * @throws IllegalArgumentException naming {@code file:line} for a line that is not a valid case, or whose
     *                                  {@code after} names no earlier case of the file
     */
    public static List<EvalCase> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<EvalCase> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                EvalCase c = parse(line);
                if (c.after() != null && !ids.contains(c.after())) {
                    throw new IllegalArgumentException("\"after\" names " + c.after()
                            + ", which is not an earlier case of the file");
                }
                ids.add(c.id());
                out.add(c);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a valid question case: "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Parses one JSON line. */
    public static EvalCase parse(String json) throws IOException {
        JsonNode n = JSON.readTree(json);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        String q = text(n, "q");
        if (q == null) {
            throw new IllegalArgumentException("missing \"q\"");
        }
        String id = text(n, "id");
        String lang = text(n, "lang");
        Language language = lang == null ? Language.EN
                : Language.fromCode(lang).orElseThrow(() -> new IllegalArgumentException("unknown lang " + lang));
        return new EvalCase(id == null ? q : id, q, language, patterns(n, "all"), n.path("conflict").asBoolean(false),
                n.path("min_sources").asInt(0), n.path("refuse").asBoolean(false), patterns(n, "not"),
                text(n, "after"), patterns(n, "lead"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<Pattern> patterns(JsonNode n, String field) {
        List<Pattern> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a list of regular expressions");
        }
        for (JsonNode p : v) {
            try {
                out.add(Pattern.compile(p.asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        | Pattern.UNICODE_CHARACTER_CLASS));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad regular expression in \"" + field + "\": " + e.getMessage());
            }
        }
        return out;
    }
}
