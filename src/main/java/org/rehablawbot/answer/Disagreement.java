package org.rehablawbot.answer;

import java.util.List;

/**
 * A place where sources give different dates, numbers or positions on the same thing, or, for a timeline, the
 * values one thing took at different dates (a running total, a yearly amount). Each position carries its own
 * citations; the answer picks none of a disagreement's positions.
 *
 * @param about    what the sources disagree on, or what the timeline follows, in the answer's language
 * @param timeline true when the positions are the values of one thing at different dates, earliest first (each
 *                 position names its date), not a disagreement
 */
public record Disagreement(String about, List<Position> positions, boolean timeline) {

    public Disagreement {
        positions = List.copyOf(positions);
    }

    /** A disagreement (not a timeline). */
    public Disagreement(String about, List<Position> positions) {
        this(about, positions, false);
    }

    /** One side of a disagreement, with the citations that state it. */
    public record Position(String text, List<Integer> citations) {
        public Position {
            citations = List.copyOf(citations);
        }
    }
}
