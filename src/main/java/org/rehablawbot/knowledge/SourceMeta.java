package org.rehablawbot.knowledge;

import java.util.List;

/**
 * The front matter of one knowledge file: one source document in one language. The language versions of the
 * same document share {@code id}.
 *
 * @param path          the file's path relative to the knowledge folder, with {@code /} separators
 * @param jurisdictions country codes such as {@code KZ}, {@code KG}, {@code UZ}, {@code RU}; at least one
 * @param author        the person who wrote it, when named; may be null
 * @param date          publication date; null for an undated page ({@code date: undated})
 * @param url           may be null
 * @param retrieved     when an undated page was read; may be null
 * @param aliases       other names by which answers may attribute the document's claims ("the declaration",
 *                      "the commentary", a shorter form of the publisher's name); empty when none
 */
public record SourceMeta(
        String id,
        String title,
        Kind kind,
        String publisher,
        String author,
        PartialDate date,
        List<String> jurisdictions,
        Language language,
        String url,
        String path,
        PartialDate retrieved,
        List<String> aliases) {

    public SourceMeta {
        jurisdictions = List.copyOf(jurisdictions);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A document with no {@code retrieved} date and no aliases. */
    public SourceMeta(String id, String title, Kind kind, String publisher, String author, PartialDate date,
                      List<String> jurisdictions, Language language, String url, String path) {
        this(id, title, kind, publisher, author, date, jurisdictions, language, url, path, null, List.of());
    }

    /** True when the page gives no publication date. */
    public boolean isUndated() {
        return date == null;
    }

    /** True when the document is an opinion text whose every claim must be attributed. */
    public boolean isOpinion() {
        return kind.isOpinion();
    }
}
