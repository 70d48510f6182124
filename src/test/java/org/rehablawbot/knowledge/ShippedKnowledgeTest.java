package org.rehablawbot.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The knowledge folder shipped with the bot passes validation, so every file of it is indexed. */
class ShippedKnowledgeTest {

    @Test
    void everyShippedFileIsValid() throws IOException {
        KnowledgeFolder folder = KnowledgeFolder.load(Path.of("knowledge"));
        assertEquals(List.of(), folder.problems().stream().map(Problem::toString).toList());
        assertTrue(folder.documents().size() > 0);
    }
}
