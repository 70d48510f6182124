package org.rehablawbot.answer;

import java.util.List;
import org.rehablawbot.knowledge.Language;

/**
 * A composed answer: what the renderers (Telegram HTML, console text, JSON) turn into output.
 *
 * @param question      the question as asked (after trimming and truncation)
 * @param language      the language the answer is written in
 * @param status        answered, refused for lack of knowledge, or help for an empty question
 * @param statements    the answer's sentences, each with its markers
 * @param disagreements the "Sources differ" part, possibly empty
 * @param citations     the sources the markers point at, numbered from 1 in order of first use
 * @param composer      which composer wrote it: {@code extractive} or {@code llm}
 * @param tookMs        time to compose, in milliseconds
 */
public record Answer(String question, Language language, Status status, List<Statement> statements,
                     List<Disagreement> disagreements, List<Citation> citations, String composer, long tookMs) {

    public enum Status { ANSWERED, REFUSED, HELP }

    public Answer {
        statements = List.copyOf(statements);
        disagreements = List.copyOf(disagreements);
        citations = List.copyOf(citations);
    }

    public boolean refused() {
        return status != Status.ANSWERED;
    }

    public Answer withTookMs(long ms) {
        return new Answer(question, language, status, statements, disagreements, citations, composer, ms);
    }

    /**
     * This answer with its first statement opened by a verdict ("Yes: ", "Нет: ", {@link ClaimCheck#withVerdict}),
     * cited as before; everything else as it is.
     *
     * @param verdict the opening, as {@link Messages} writes it
     * @throws IndexOutOfBoundsException when the answer has no statement
     */
    public Answer withVerdict(String verdict) {
        List<Statement> opened = new java.util.ArrayList<>(statements);
        Statement lead = opened.get(0);
        opened.set(0, new Statement(ClaimCheck.withVerdict(verdict, lead.text()), lead.citations()));
        return new Answer(question, language, status, opened, disagreements, citations, composer, tookMs);
    }
}
