package org.rehablawbot.knowledge;

import java.util.List;

/**
 * One parsed knowledge file.
 *
 * @param meta        its front matter
 * @param passages    its body paragraphs, then its facts, in file order
 * @param contentHash SHA-256 of the file's bytes, hex; used to rebuild only what changed
 */
public record SourceDocument(SourceMeta meta, List<Passage> passages, String contentHash) {

    public SourceDocument {
        passages = List.copyOf(passages);
    }
}
