package org.rehablawbot.answer;

/**
 * A numbered reference from an answer to one passage of the knowledge.
 *
 * @param n        the marker number, from 1, as written {@code [n]} in the answer
 * @param sourceId the document id from front matter
 * @param date     the source's partial ISO date
 * @param url      may be null
 * @param path     the knowledge file, relative to the knowledge folder
 * @param line     1-based line of the passage in that file
 * @param quote    the passage text as stored
 */
public record Citation(int n, String sourceId, String title, String publisher, String kind, String date,
                       String url, String path, int line, String quote) {
}
