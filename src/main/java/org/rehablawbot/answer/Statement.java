package org.rehablawbot.answer;

import java.util.List;

/**
 * One sentence of an answer, with the numbers of the citations that hold what it states.
 * {@code citations} is empty only for sentences of a refusal or help text.
 */
public record Statement(String text, List<Integer> citations) {

    public Statement {
        citations = List.copyOf(citations);
    }
}
