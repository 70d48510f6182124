package org.rehablawbot.knowledge;

import java.util.List;

/**
 * The front matter of one knowledge file: one source document in one language. The language versions of the
 * same document share {@code id}.
 *
 * @param path          the file's path relative to the knowledge folder, with {@code /} separators
 * @param jurisdictions country codes such as {@code KZ}, {@code KG}, {@code UZ}, {@code RU}; at least one
 * @param author        may be null
 * @param url           may be null
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
        String path) {

    public SourceMeta {
        jurisdictions = List.copyOf(jurisdictions);
    }

    /** True when the document is an opinion text whose every claim must be attributed. */
    public boolean isOpinion() {
        return kind.isOpinion();
    }
}
