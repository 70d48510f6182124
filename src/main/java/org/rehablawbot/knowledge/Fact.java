package org.rehablawbot.knowledge;

/**
 * A structured fact a source states, declared in a file's {@code facts:} front matter so that disagreements
 * between sources can be detected exactly.
 *
 * @param key      what the fact is about, shared by every source that speaks of the same thing, such as
 *                 {@code kg-law-2024.adopted}; lower case letters, digits, dots and dashes
 * @param value    the value the source gives: a partial ISO date, a number, or a short phrase for a position
 * @param about    what the key means, in the file's language ("adoption of the Kyrgyz law"); may be null
 * @param claimant who the source attributes the fact to when it is not the source's own ("TRT"); may be null
 */
public record Fact(String key, String value, String about, String claimant) {
}
