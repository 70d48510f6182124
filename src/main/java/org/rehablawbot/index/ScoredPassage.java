package org.rehablawbot.index;

import org.rehablawbot.knowledge.Passage;

/** A passage with the score one search gave it; higher is better, scales differ between searches. */
public record ScoredPassage(Passage passage, float score) {
}
