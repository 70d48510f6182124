package org.rehablawbot.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every structured fact of a set of documents, grouped by key, with what the values of one key amount to:
 * agreement, a <em>timeline</em> (values of one quantity dated as of different moments, {@link Fact#asOf()}),
 * or a <em>disagreement</em> (different values for the same moment, or undated values that differ).
 *
 * <p>The rule (documented for moderators in {@code knowledge/README.md}): values of a key with different
 * {@code as_of} dates never disagree with each other; they are points of a timeline. Values with the same
 * {@code as_of}, or all without one, disagree when they differ after collapsing whitespace and case.
 *
 * <p>{@link #problems()} reports keys whose records break the rule's assumptions, so that {@code validate}
 * can flag them: a key that dates some values and not others (a running total reported without its date), and
 * a key named as a running total ({@code .total}, {@code -so-far}, {@code -to-date}) with an undated value.
 * These are reported but do not keep a file out of the index.
 */
public final class FactTable {

    /** One source's value for a key. */
    public record Entry(Passage passage, Path path) {
        public Fact fact() {
            return passage.fact();
        }
    }

    private final Map<String, List<Entry>> byKey;

    private FactTable(Map<String, List<Entry>> byKey) {
        this.byKey = byKey;
    }

    /**
     * Groups the facts of {@code documents} by key.
     *
     * @param documents parsed documents, any languages
     * @param pathOf    the path to show for a document (in problems and listings)
     */
    public static FactTable of(List<SourceDocument> documents, Function<SourceMeta, Path> pathOf) {
        Map<String, List<Entry>> byKey = new TreeMap<>();
        for (SourceDocument d : documents) {
            Path path = pathOf.apply(d.meta());
            for (Passage p : d.passages()) {
                if (p.isFact()) {
                    byKey.computeIfAbsent(p.fact().key(), k -> new ArrayList<>()).add(new Entry(p, path));
                }
            }
        }
        return new FactTable(byKey);
    }

    /** The keys in alphabetical order. */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** Every source's value of {@code key}, in document order; empty for an unknown key. */
    public List<Entry> entries(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** True when some values of {@code key} carry different {@code as_of} dates: a timeline. */
    public boolean isTimeline(String key) {
        return entries(key).stream().map(e -> e.fact().asOf()).filter(Objects::nonNull).distinct().count() > 1;
    }

    /**
     * True when two sources give {@code key} different values for the same moment (the same {@code as_of}, or
     * both without one).
     */
    public boolean differs(String key) {
        Map<PartialDate, List<String>> byMoment = new LinkedHashMap<>();
        Map<String, Boolean> undated = new LinkedHashMap<>();
        for (Entry e : entries(key)) {
            String v = normalise(e.fact().value());
            if (e.fact().asOf() == null) {
                undated.put(v, true);
            } else {
                List<String> values = byMoment.computeIfAbsent(e.fact().asOf(), d -> new ArrayList<>());
                if (!values.contains(v)) {
                    values.add(v);
                }
            }
        }
        return undated.size() > 1 || byMoment.values().stream().anyMatch(v -> v.size() > 1);
    }

    /** True for a key named as a running total: its last part is {@code total} or ends in {@code -so-far} or {@code -to-date}. */
    public static boolean isRunningTotalKey(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        return last.equals("total") || last.endsWith("-total") || last.endsWith("-so-far") || last.endsWith("-to-date");
    }

    /**
     * Records that break the timeline rule's assumptions, one problem per offending fact, at its line: an
     * undated value of a key whose other values are dated, an undated value of a running-total key, and a
     * {@code contrast} that names a key no fact has.
     */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> k : byKey.entrySet()) {
            List<Entry> entries = k.getValue();
            for (Entry e : entries) {
                String contrast = e.fact().contrast();
                if (contrast != null && !byKey.containsKey(contrast)) {
                    out.add(new Problem(e.path(), e.passage().line(), "fact \"" + k.getKey() + "\" has contrast \""
                            + contrast + "\", but no fact has that key: give the key of the facts to show beside it "
                            + "(the file is still indexed)"));
                }
            }
            Entry dated = entries.stream().filter(e -> e.fact().asOf() != null).findFirst().orElse(null);
            for (Entry e : entries) {
                if (e.fact().asOf() != null) {
                    continue;
                }
                if (dated != null) {
                    out.add(new Problem(e.path(), e.passage().line(), "fact \"" + k.getKey() + "\" has no as_of, while "
                            + dated.path() + ":" + dated.passage().line() + " dates its value as of "
                            + dated.fact().asOf().iso() + ": give this value the date it holds as of (as_of: YYYY-MM-DD, "
                            + "or YYYY-MM, YYYY), or use another key if it is another quantity (the file is still indexed)"));
                } else if (isRunningTotalKey(k.getKey())) {
                    out.add(new Problem(e.path(), e.passage().line(), "fact \"" + k.getKey() + "\" is a running total "
                            + "but has no as_of: give the date the figure holds as of (as_of: YYYY-MM-DD, or YYYY-MM, "
                            + "YYYY), so that figures of different dates form a timeline (the file is still indexed)"));
                }
            }
        }
        out.sort(Comparator.comparing((Problem p) -> p.path().toString()).thenComparingInt(Problem::line));
        return out;
    }

    private static String normalise(String value) {
        return MarkdownText.collapse(value).toLowerCase(Locale.ROOT);
    }
}
