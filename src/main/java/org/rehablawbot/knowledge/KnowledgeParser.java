package org.rehablawbot.knowledge;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one knowledge file into a {@link SourceDocument}, or into the list of its problems, each
 * at its exact line. The format is described in {@code knowledge/README.md}: YAML front matter between two
 * {@code ---} lines, then a Markdown body split into passages at headings and blank lines; every fact of the
 * front matter becomes a passage too, after the body's.
 *
 * <p>This class checks one file on its own; checks across files (duplicate ids) are made by
 * {@link KnowledgeFolder}. Thread-safe and stateless.
 */
public final class KnowledgeParser {

    /** Files larger than this are refused. */
    public static final long MAX_BYTES = 1024 * 1024;

    /** Every front matter field, in the order the README lists them. */
    public static final List<String> FIELDS = List.of("id", "title", "kind", "publisher", "author", "date",
            "retrieved", "jurisdiction", "language", "url", "aliases", "facts");
    /** The front matter fields every file must have. */
    public static final List<String> REQUIRED = List.of("id", "title", "kind", "publisher", "date", "jurisdiction",
            "language");
    /** Every field of one fact. */
    public static final List<String> FACT_FIELDS = List.of("key", "value", "text", "about", "claimant", "as_of",
            "contrast");
    private static final List<String> FACT_REQUIRED = List.of("key", "value", "text");

    /** The {@code date} value of a page that gives no publication date. */
    public static final String UNDATED = "undated";

    /** Lower case letters, digits and single dashes. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /**
     * Longest {@code id}, in characters. A document is stored as {@code <id>.<language>.md}, and uploads are
     * first written under a temporary name a few dozen characters longer; file systems hold names of at most
     * 255 bytes, so 120 leaves room for both.
     */
    public static final int MAX_ID_LENGTH = 120;
    /** Lower case words joined by dashes, parts joined by dots: {@code kg-rehab-law.adopted}. */
    public static final Pattern FACT_KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*");
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}");

    private KnowledgeParser() {
    }

    /**
     * Parses one file.
     *
     * @param bytes       the file's content
     * @param path        its path relative to the knowledge folder, {@code /} separated (goes into {@link SourceMeta#path()})
     * @param displayPath the path to show in problems
     */
    public static LoadedFile parse(byte[] bytes, String path, Path displayPath) {
        return new Run(bytes, path, displayPath).run();
    }

    /** SHA-256 of the bytes, lower case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The state of parsing one file. */
    private static final class Run {
        private final byte[] bytes;
        private final String path;
        private final Path display;
        private final List<Problem> problems = new ArrayList<>();
        /** File line of the first YAML line, minus one: YAML line n is file line n + offset. */
        private int offset;
        private int idLine = 1;

        Run(byte[] bytes, String path, Path display) {
            this.bytes = bytes;
            this.path = path;
            this.display = display;
        }

        LoadedFile run() {
            String hash = sha256(bytes);
            SourceDocument doc = parse(hash);
            if (!problems.isEmpty()) {
                problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
                return LoadedFile.rejected(path, display, hash, problems);
            }
            return new LoadedFile(path, display, hash, doc, List.of(), idLine);
        }

        private void problem(int line, String message) {
            problems.add(new Problem(display, Math.max(1, line), message));
        }

        private SourceDocument parse(String hash) {
            if (bytes.length > MAX_BYTES) {
                problem(1, tooLarge(bytes.length));
                return null;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    problem(lineAt(i), "binary file (contains NUL bytes); knowledge files are UTF-8 text");
                    return null;
                }
            }
            String text = decode();
            if (text == null) {
                return null;
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<String> lines = text.lines().toList();
            if (lines.isEmpty() || !lines.get(0).stripTrailing().equals("---")) {
                problem(1, "no front matter: the file must start with a \"---\" line, then fields such as "
                        + "\"id: …\", then a \"---\" line");
                return null;
            }
            int close = -1;
            for (int i = 1; i < lines.size(); i++) {
                String l = lines.get(i).stripTrailing();
                if (l.equals("---") || l.equals("...")) {
                    close = i;
                    break;
                }
            }
            if (close < 0) {
                problem(1, "unterminated front matter: no closing \"---\" line after the fields");
                return null;
            }
            offset = 1;
            YamlNode root;
            try {
                root = YamlNode.parse(String.join("\n", lines.subList(1, close)));
            } catch (YamlNode.SyntaxError e) {
                problem(e.line() + offset, "front matter is not valid YAML: " + e.getMessage()
                        + yamlHint(e, lines, close));
                return null;
            }
            YamlNode.Mapping fields;
            if (root == null) {
                fields = new YamlNode.Mapping(Map.of(), List.of(), 1);
            } else if (root instanceof YamlNode.Mapping m) {
                fields = m;
            } else {
                problem(root.line() + offset, "front matter must be fields such as \"id: …\", one per line");
                return null;
            }
            int bodyStart = close + 2; // file line of the first body line
            List<MarkdownText.Block> blocks = MarkdownText.blocks(lines.subList(close + 1, lines.size()), bodyStart);
            return build(fields, blocks, close + 1, hash);
        }

        private SourceDocument build(YamlNode.Mapping m, List<MarkdownText.Block> blocks, int closeLine, String hash) {
            for (YamlNode.Field dup : m.duplicates()) {
                problem(dup.line() + offset, "duplicate field \"" + dup.name() + "\" (first given on line "
                        + (m.fields().get(dup.name()).line() + offset) + ")");
            }
            for (YamlNode.Field f : m.fields().values()) {
                if (!FIELDS.contains(f.name())) {
                    problem(f.line() + offset, "unknown field \"" + f.name() + "\"" + suggestion(f.name(), FIELDS)
                            + "; allowed: " + String.join(", ", FIELDS));
                }
            }
            for (String name : REQUIRED) {
                if (!m.fields().containsKey(name)) {
                    problem(1, "missing required field \"" + name + "\"");
                }
            }

            String id = text(m, "id");
            idLine = line(m, "id");
            if (id != null && id.length() > MAX_ID_LENGTH) {
                problem(line(m, "id"), "id too long (" + id.length() + " characters, at most " + MAX_ID_LENGTH
                        + "): \"" + id.substring(0, 40) + "…\"; the id is part of the file name, so shorten it, "
                        + "e.g. publisher-date-subject");
            } else if (id != null && !ID.matcher(id).matches()) {
                problem(line(m, "id"), "bad id \"" + id + "\": use lower case letters, digits and dashes, "
                        + "e.g. 24kg-2024-11-20-parliament-passes-law");
            }
            String title = text(m, "title");
            Kind kind = null;
            String kindText = text(m, "kind");
            if (kindText != null) {
                kind = Kind.fromCode(kindText).orElse(null);
                if (kind == null) {
                    problem(line(m, "kind"), "unknown kind \"" + kindText + "\"; allowed: " + Kind.allowed());
                }
            }
            String publisher = text(m, "publisher");
            String author = text(m, "author");
            PartialDate date = null;
            String dateText = text(m, "date");
            if (dateText != null && !UNDATED.equals(dateText)) {
                date = PartialDate.parse(dateText).orElse(null);
                if (date == null) {
                    problem(line(m, "date"), "invalid date \"" + dateText + "\": use a full or partial ISO date: "
                            + "2024, 2024-12 or 2024-12-31, or \"undated\" for a page that gives no date");
                }
            }
            PartialDate retrieved = null;
            String retrievedText = text(m, "retrieved");
            if (retrievedText != null) {
                retrieved = PartialDate.parse(retrievedText).orElse(null);
                if (retrieved == null) {
                    problem(line(m, "retrieved"), "invalid date \"" + retrievedText + "\" for retrieved (when the "
                            + "page was read): use a full or partial ISO date such as 2026-11-21");
                }
            }
            List<String> aliases = list(m, "aliases");
            List<String> jurisdictions = jurisdictions(m);
            Language language = null;
            String languageText = text(m, "language");
            if (languageText != null) {
                language = switch (languageText) {
                    case "en" -> Language.EN;
                    case "ru" -> Language.RU;
                    default -> null;
                };
                if (language == null) {
                    problem(line(m, "language"), "unknown language \"" + languageText + "\"; allowed: en, ru");
                }
            }
            String url = text(m, "url");

            if (blocks.isEmpty()) {
                problem(closeLine, "empty body: write at least one paragraph after the front matter");
            } else if (language != null) {
                StringBuilder body = new StringBuilder();
                blocks.forEach(b -> body.append(b.text()).append(' '));
                double share = Language.cyrillicShare(body.toString());
                int percent = (int) Math.round(share * 100);
                if (language == Language.EN && share >= 0.5) {
                    problem(line(m, "language"), "language \"en\" does not match the body: " + percent
                            + "% of its letters are Cyrillic; use language: ru, or write the body in English");
                } else if (language == Language.RU && share < 0.5) {
                    problem(line(m, "language"), "language \"ru\" does not match the body: only " + percent
                            + "% of its letters are Cyrillic; use language: en, or write the body in Russian");
                }
            }
            List<Passage> factPassages = new ArrayList<>();
            List<ParsedFact> facts = facts(m);

            if (!problems.isEmpty()) {
                return null;
            }
            SourceMeta meta = new SourceMeta(id, title, kind, publisher, author, date, jurisdictions, language, url,
                    path, retrieved, aliases);
            List<Passage> passages = new ArrayList<>();
            for (MarkdownText.Block b : blocks) {
                passages.add(new Passage(meta, passages.size(), b.line(), b.heading(), b.text(), null));
            }
            for (ParsedFact f : facts) {
                factPassages.add(new Passage(meta, passages.size() + factPassages.size(), f.line(), null, f.text(),
                        f.fact()));
            }
            passages.addAll(factPassages);
            return new SourceDocument(meta, passages, hash);
        }

        private record ParsedFact(int line, String text, Fact fact) {
        }

        private List<ParsedFact> facts(YamlNode.Mapping m) {
            YamlNode.Field field = m.fields().get("facts");
            List<ParsedFact> out = new ArrayList<>();
            if (field == null || field.value() instanceof YamlNode.Scalar s && s.text() == null) {
                return out;
            }
            if (!(field.value() instanceof YamlNode.Sequence seq)) {
                problem(field.line() + offset, "facts must be a list, each fact starting with \"- key: …\"");
                return out;
            }
            for (YamlNode item : seq.items()) {
                int itemLine = item.line() + offset;
                if (!(item instanceof YamlNode.Mapping f)) {
                    problem(itemLine, "bad fact: each fact needs the fields key, value and text");
                    continue;
                }
                int before = problems.size();
                for (YamlNode.Field dup : f.duplicates()) {
                    problem(dup.line() + offset, "bad fact: duplicate field \"" + dup.name() + "\"");
                }
                for (YamlNode.Field ff : f.fields().values()) {
                    if (!FACT_FIELDS.contains(ff.name())) {
                        problem(ff.line() + offset, "bad fact: unknown field \"" + ff.name() + "\""
                                + suggestion(ff.name(), FACT_FIELDS) + "; allowed: " + String.join(", ", FACT_FIELDS));
                    }
                }
                List<String> missing = new ArrayList<>();
                for (String name : FACT_REQUIRED) {
                    if (!f.fields().containsKey(name)) {
                        missing.add(name);
                    }
                }
                if (!missing.isEmpty()) {
                    problem(itemLine, "bad fact: missing " + String.join(", ", missing.stream().map(x -> "\"" + x + "\"").toList()));
                }
                String key = text(f, "key");
                if (key != null && !FACT_KEY.matcher(key).matches()) {
                    problem(line(f, "key"), "bad fact key \"" + key + "\": use lower case words joined by dashes, "
                            + "parts joined by dots, e.g. kg-rehab-law.adopted");
                }
                String value = text(f, "value");
                String text = text(f, "text");
                String about = text(f, "about");
                String claimant = text(f, "claimant");
                PartialDate asOf = null;
                String asOfText = text(f, "as_of");
                if (asOfText != null) {
                    asOf = PartialDate.parse(asOfText).orElse(null);
                    if (asOf == null) {
                        problem(line(f, "as_of"), "bad fact: invalid as_of \"" + asOfText + "\": give the date the "
                                + "value holds as of, as a full or partial ISO date: 2023, 2023-01 or 2023-01-31");
                    }
                }
                String contrast = text(f, "contrast");
                if (contrast != null && !FACT_KEY.matcher(contrast).matches()) {
                    problem(line(f, "contrast"), "bad fact: contrast \"" + contrast + "\" is not a fact key: give the "
                            + "key of the facts to show beside this one, e.g. kg-rehab-law.excluded");
                }
                if (problems.size() == before) {
                    out.add(new ParsedFact(itemLine, text, new Fact(key, value, about, claimant, asOf, contrast)));
                }
            }
            return out;
        }

        /**
         * The values of a field that holds a list of short texts ({@code aliases: [the declaration, SMK]} or one
         * item a line); a single value is a list of one. Empty when absent.
         */
        private List<String> list(YamlNode.Mapping m, String name) {
            YamlNode.Field f = m.fields().get(name);
            List<String> out = new ArrayList<>();
            if (f == null) {
                return out;
            }
            List<YamlNode> values = f.value() instanceof YamlNode.Sequence seq ? seq.items() : List.of(f.value());
            for (YamlNode v : values) {
                if (!(v instanceof YamlNode.Scalar s)) {
                    problem(v.line() + offset, "bad " + name + ": give a list of names such as [the declaration, SMK]");
                    continue;
                }
                if (s.text() != null && !s.text().isBlank()) {
                    String value = MarkdownText.collapse(s.text());
                    if (!out.contains(value)) {
                        out.add(value);
                    }
                }
            }
            return out;
        }

        /**
         * What to do about the commonest YAML mistakes, for the line the error names: a value holding ": " or
         * starting with a character YAML reserves must be quoted. Empty when no hint fits.
         */
        private static String yamlHint(YamlNode.SyntaxError e, List<String> lines, int close) {
            int index = e.line(); // the error's line within the front matter, 1-based, is file line index + 1
            if (index < 1 || index >= close) {
                return "";
            }
            String l = lines.get(index);
            int colon = l.indexOf(':');
            if (colon < 0) {
                return "";
            }
            String name = l.substring(0, colon).strip();
            String value = l.substring(colon + 1).strip();
            boolean quoted = value.startsWith("\"") || value.startsWith("'");
            boolean reserved = !value.isEmpty() && "@`%&*!|>{[".indexOf(value.charAt(0)) >= 0 && !value.startsWith("[");
            if (!quoted && (value.contains(": ") || value.contains(" #") || reserved)) {
                return "; the value of \"" + name + "\" contains \": \", \" #\" or starts with a character YAML "
                        + "reserves, so put it in double quotes: " + name + ": \"" + value.replace("\"", "\\\"") + "\"";
            }
            return "";
        }

        private List<String> jurisdictions(YamlNode.Mapping m) {
            YamlNode.Field f = m.fields().get("jurisdiction");
            List<String> codes = new ArrayList<>();
            if (f == null) {
                return codes;
            }
            List<YamlNode> values = new ArrayList<>();
            if (f.value() instanceof YamlNode.Sequence seq) {
                values.addAll(seq.items());
            } else {
                values.add(f.value());
            }
            for (YamlNode v : values) {
                if (!(v instanceof YamlNode.Scalar s)) {
                    problem(v.line() + offset, "bad jurisdiction: give a code such as KZ, or a list such as [KZ, KG]");
                    continue;
                }
                if (s.text() == null || s.text().isBlank()) {
                    continue;
                }
                for (String part : s.text().split(",")) {
                    String code = part.trim();
                    if (!JURISDICTION.matcher(code).matches()) {
                        problem(v.line() + offset, "bad jurisdiction code \"" + code
                                + "\": use two upper-case letters such as KZ, KG, UZ, RU");
                    } else if (!codes.contains(code)) {
                        codes.add(code);
                    }
                }
            }
            if (codes.isEmpty() && problems.stream().noneMatch(p -> p.line() == f.line() + offset)) {
                problem(f.line() + offset, "field \"jurisdiction\" is empty; give a code such as KZ, or a list such as [KZ, KG]");
            }
            return codes;
        }

        /**
         * The text of a single-valued field, whitespace collapsed; null when absent. A list or mapping where a
         * single value belongs, or an empty required value, is reported.
         */
        private String text(YamlNode.Mapping m, String name) {
            YamlNode.Field f = m.fields().get(name);
            if (f == null) {
                return null;
            }
            if (!(f.value() instanceof YamlNode.Scalar s)) {
                problem(f.line() + offset, "field \"" + name + "\" must be a single value, not a "
                        + (f.value() instanceof YamlNode.Sequence ? "list" : "set of fields"));
                return null;
            }
            String v = s.text() == null ? "" : MarkdownText.collapse(s.text());
            if (v.isEmpty()) {
                if (REQUIRED.contains(name) || FACT_REQUIRED.contains(name)) {
                    problem(f.line() + offset, "field \"" + name + "\" is empty");
                }
                return null;
            }
            return v;
        }

        private int line(YamlNode.Mapping m, String name) {
            YamlNode.Field f = m.fields().get(name);
            return f == null ? 1 : f.line() + offset;
        }

        private String decode() {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            CoderResult r = decoder.decode(in, out, true);
            if (!r.isError()) {
                r = decoder.flush(out);
            }
            if (r.isError()) {
                problem(lineAt(in.position()), "not UTF-8 text (invalid byte on this line); save the file as UTF-8");
                return null;
            }
            out.flip();
            return out.toString();
        }

        private int lineAt(int offset) {
            int line = 1;
            for (int i = 0; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** The message for a file over {@link #MAX_BYTES}. */
    public static String tooLarge(long size) {
        return "file too large: " + size + " bytes; a knowledge file may have at most " + MAX_BYTES
                + " bytes (1 MB)";
    }

    /** " (did you mean "x"?)" when a known name is one or two edits away, else "". */
    static String suggestion(String name, List<String> known) {
        String best = null;
        int bestDistance = 3;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String k : known) {
            int d = editDistance(lower, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    /**
     * The Levenshtein distance between two texts: the fewest single-character insertions, deletions and
     * substitutions that turn one into the other (0 for equal texts). Used to suggest a field or command name
     * for a mistyped one.
     */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
