package org.rehablawbot.render;

import java.util.List;
import java.util.stream.Collectors;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.Citation;
import org.rehablawbot.answer.Disagreement;
import org.rehablawbot.answer.Messages;
import org.rehablawbot.answer.Statement;
import org.rehablawbot.knowledge.Kind;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.knowledge.PartialDate;

/**
 * Plain text for the console: the answer's sentences with their markers, the "Sources differ" part, and the
 * numbered list of sources. Text from questions and sources is printed as it is (no markup is interpreted).
 */
public final class TextRenderer {

    private TextRenderer() {
    }

    /** The whole answer: {@link #answerText} then {@link #sourceList}, separated by a blank line. */
    public static String render(Answer answer) {
        String sources = sourceList(answer);
        String text = answerText(answer);
        return sources.isEmpty() ? text : text + "\n\n" + sources;
    }

    /**
     * The answer without its source list: sentences with {@code [n]} markers, then each disagreement ("Sources
     * differ: …") or timeline ("Over time: …") with its positions.
     */
    public static String answerText(Answer answer) {
        StringBuilder sb = new StringBuilder();
        sb.append(answer.statements().stream().map(TextRenderer::statement).collect(Collectors.joining(" ")));
        Language l = answer.language();
        for (Disagreement d : answer.disagreements()) {
            sb.append(sb.length() == 0 ? "" : "\n\n").append(Messages.heading(d, l)).append(": ").append(d.about());
            for (Disagreement.Position p : d.positions()) {
                sb.append("\n- ").append(p.text()).append(' ').append(markers(p.citations()));
            }
        }
        return sb.toString();
    }

    /** "Sources:" and one line per citation; empty when the answer cites nothing. */
    public static String sourceList(Answer answer) {
        if (answer.citations().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Messages.sources(answer.language())).append(':');
        for (Citation c : answer.citations()) {
            sb.append('\n').append(source(c, answer.language()));
        }
        return sb.toString();
    }

    /** One source list line: "[1] Title. Publisher (news, 20 November 2024). https://… (kg/file.en.md, line 12)". */
    public static String source(Citation c, Language language) {
        StringBuilder sb = new StringBuilder();
        sb.append('[').append(c.n()).append("] ").append(c.title());
        if (!c.title().endsWith(".") && !c.title().endsWith("?") && !c.title().endsWith("!")) {
            sb.append('.');
        }
        sb.append(' ').append(c.publisher()).append(" (").append(kindLabel(c.kind(), language)).append(", ")
                .append(dateLabel(c.date(), language)).append(").");
        if (c.url() != null && !c.url().isBlank()) {
            sb.append(' ').append(c.url());
        }
        sb.append(" (").append(c.path()).append(", ").append(Messages.line(language)).append(' ').append(c.line())
                .append(')');
        return sb.toString();
    }

    /**
     * Every source of the answer in full: the source list line, then the cited passage's text quoted on the
     * next line.
     */
    public static String sourceDetails(Answer answer) {
        StringBuilder sb = new StringBuilder(Messages.sources(answer.language())).append(':');
        for (Citation c : answer.citations()) {
            sb.append('\n').append(source(c, answer.language()));
            if (c.quote() != null && !c.quote().isBlank()) {
                sb.append("\n    \"").append(c.quote().strip()).append('"');
            }
        }
        return sb.toString();
    }

    /** A kind code in the given language ("news" → "новости"); an unknown code as it is, none as "". */
    public static String kindLabel(String kind, Language language) {
        return Kind.fromCode(kind).map(k -> k.label(language)).orElse(kind == null ? "" : kind);
    }

    /**
     * An ISO partial date in the given language ("2023-03-22" → "22 March 2023"); null (an undated page) as
     * "undated" / "без даты"; anything else as it is.
     */
    public static String dateLabel(String date, Language language) {
        if (date == null) {
            return Messages.dateOrUndated(null, language);
        }
        return PartialDate.parse(date).map(d -> d.display(language)).orElse(date);
    }

    /** "[1]" or "[1][3]". */
    public static String markers(List<Integer> citations) {
        return citations.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
    }

    private static String statement(Statement s) {
        return s.citations().isEmpty() ? s.text() : s.text() + " " + markers(s.citations());
    }
}
