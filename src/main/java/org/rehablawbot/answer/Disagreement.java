package org.rehablawbot.answer;

import java.util.List;

/**
 * A place where sources give different dates, numbers or positions on the same thing. Each position carries
 * its own citations; the answer picks none.
 *
 * @param about what the sources disagree on, in the answer's language
 */
public record Disagreement(String about, List<Position> positions) {

    public Disagreement {
        positions = List.copyOf(positions);
    }

    /** One side of a disagreement, with the citations that state it. */
    public record Position(String text, List<Integer> citations) {
        public Position {
            citations = List.copyOf(citations);
        }
    }
}
