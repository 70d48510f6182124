package org.rehablawbot.answer;

import java.util.List;

/**
 * One sentence of an answer, with the numbers of the citations that hold what it states.
 * {@code citations} is empty only for sentences of a refusal or help text, and for a note on what no source the
 * editors read says ("Whether the final law … kept these payments was not found in the sources"), which is no
 * page's statement.
 */
public record Statement(String text, List<Integer> citations) {

    public Statement {
        citations = List.copyOf(citations);
    }
}
