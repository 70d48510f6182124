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
 * @param asOf     the date the value holds as of, for running totals and yearly amounts (people rehabilitated
 *                 so far, compensation for a year); null for a value that does not change with time. Two values
 *                 of one key with different {@code asOf} dates form a timeline, not a disagreement
 * @param contrast the key of facts that answer this one in other terms, shown beside it (a critic's claim that
 *                 a law rehabilitates Nazi accomplices, beside the law's exclusion of proven traitors); the
 *                 moderators' link, never a claim that the two say the same; null for none
 */
public record Fact(String key, String value, String about, String claimant, PartialDate asOf, String contrast) {

    /** A fact whose value does not change with time ({@code asOf} null). */
    public Fact(String key, String value, String about, String claimant) {
        this(key, value, about, claimant, null, null);
    }

    /** A fact without a key to show beside it ({@code contrast} null). */
    public Fact(String key, String value, String about, String claimant, PartialDate asOf) {
        this(key, value, about, claimant, asOf, null);
    }

    /**
     * True when the fact says when the rule its document states ceased to apply: its key's last part is
     * {@code lapsed} ({@code kz-payment-rules-2003.lapsed: 2023-07-01}, the 2003 payment rules that lost force on 1
     * July 2023). An answer citing another passage of that document adds this fact, so a rule no longer in force is
     * never told as the current one (see the knowledge folder's README).
     */
    public boolean statesLapse() {
        return key.endsWith(".lapsed") || key.equals("lapsed");
    }

    /** True when the value is dated, that is one point of a timeline. */
    public boolean isDated() {
        return asOf != null;
    }
}
