package org.rehablawbot.retrieve;

import java.util.regex.Pattern;

/**
 * The dates on which a text or its source spoke, as against the dates of what it tells: "Kazinform wrote on 31 May
 * 2016 that …", "(statement, 2 January 2024)", "published on solidnet.org on 2 January 2024". A question on when a
 * thing happened, or on a count of a year, is answered by the dates left once these are taken out. English and
 * Russian. Stateless.
 */
public final class ReportDates {

    private ReportDates() {
    }

    /**
     * The date a report was made, after its verb: "reported on 6 November 2025", "сообщил 31 мая 2023 года". It
     * says when the source spoke, not when the thing asked happened.
     */
    private static final Pattern REPORT_DATE = Pattern.compile("(?iu)(?<![\\p{L}])(reported|wrote|said|stated|announced"
            + "|сообщил\\p{L}*|написал\\p{L}*|писал\\p{L}*|заявил\\p{L}*)(?:\\s+(?:on|in))?\\s+(?:\\d{1,2}\\s+)?"
            + "(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|январ\\p{L}*"
            + "|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*"
            + "|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*)\\s+)?(?:18|19|20)\\d{2}(?:\\s+(?:года|год|г\\.))?");

    /**
     * A report's own date written before its verb: "Казинформ 31 мая 2016 года писал", "Kazinform on 31 May 2016
     * wrote"; the verb is group 1.
     */
    private static final Pattern REPORT_DATE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:on |in )?(?:\\d{1,2}\\s+)?"
            + "(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|январ\\p{L}*"
            + "|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*"
            + "|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*)\\s+)?(?:18|19|20)\\d{2}(?:\\s+(?:года|год|г\\.))?\\s+"
            + "(reported|wrote|said|stated|announced|recalled|сообщил\\p{L}*|написал\\p{L}*|писал\\p{L}*|заявил\\p{L}*"
            + "|напомнил\\p{L}*)(?!\\p{L})");

    /**
     * A sentence without the dates its reports were written on ({@link #REPORT_DATE}, {@link #REPORT_DATE_BEFORE}):
     * "Kazinform wrote on 31 May 2016 that …" and "Казинформ 31 мая 2016 года писал, что …" keep their verb alone,
     * so that the dates left are those of what they report.
     *
     * @param sentence a sentence; never null
     * @return the sentence, each report's date taken out and its verb kept
     */
    public static String withoutReportDates(String sentence) {
        return REPORT_DATE_BEFORE.matcher(REPORT_DATE.matcher(sentence).replaceAll("$1")).replaceAll("$1");
    }

    /**
     * The date an attribution gives its source, in parentheses after the kind of source: "(statement, 2 January
     * 2024)", "(заявление, 2 января 2024)", "(news, undated)" has none.
     */
    private static final Pattern ATTRIBUTION_DATE = Pattern.compile("(?iu)\\((?:[\\p{L}-]+\\s*){1,3},\\s*(?:\\d{1,2}\\s+)?"
            + "(?:\\p{L}+\\s+)?(?:18|19|20)\\d{2}(?:\\s+(?:года|год|г\\.))?\\)");

    /**
     * The date a text was published or a claim was made, after its verb and where it appeared: "published on
     * solidnet.org on 2 January 2024", "claimed on 2 January 2024", "statement of 2 January 2024", "заявление от 2
     * января 2024 года", "опубликовано 5 мая 2024".
     */
    private static final Pattern PUBLISHED_DATE = Pattern.compile("(?iu)(?<![\\p{L}])(published|posted|claimed|issued"
            + "|statement|declaration|опубликова\\p{L}*|заявлени\\p{L}*|утверждал\\p{L}*)(?:\\s+(?:on|in|at|на)\\s+"
            + "[\\p{L}.-]+\\.[\\p{L}]{2,})?(?:\\s+(?:on|of|in|от))?\\s+(?:\\d{1,2}\\s+)?(?:(?:january|february|march|april"
            + "|may|june|july|august|september|october|november|december|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*"
            + "|апрел\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*"
            + "|декабр\\p{L}*)\\s+)?(?:18|19|20)\\d{2}(?:\\s+(?:года|год|г\\.))?");

    /**
     * A text without the dates on which it or its source spoke ({@link #withoutReportDates}, {@link
     * #ATTRIBUTION_DATE}, {@link #PUBLISHED_DATE}): what is left dates what it counts. "According to the movement
     * (statement, 2 January 2024), many of the 311,000 acquitted …" counts no one in 2024.
     *
     * @param text a sentence or passage; never null
     * @return the text, each date of saying taken out
     */
    public static String withoutSayingDates(String text) {
        return withoutReportDates(PUBLISHED_DATE.matcher(ATTRIBUTION_DATE.matcher(text).replaceAll(" "))
                .replaceAll("$1"));
    }
}
