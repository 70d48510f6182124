package org.rehablawbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtSentenceEndsOnly() {
        assertEquals(List.of("The law was signed by S. N. Japarov on 31 Dec. 2024.", "It took effect in 2025."),
                Sentences.split("The law was signed by S. N. Japarov on 31 Dec. 2024. It took effect in 2025."));
        assertEquals(List.of("Resolution No. 1763/1-1 set the date.", "\"Why?\" he asked.", "Nobody knew!"),
                Sentences.split("Resolution No. 1763/1-1 set the date. \"Why?\" he asked. Nobody knew!"));
        assertEquals(List.of("В 1937 г. репрессии усилились, т.е. выросли.", "Закон принят."),
                Sentences.split("В 1937 г. репрессии усилились, т.е. выросли. Закон принят."));
        assertEquals(List.of("Version 2.4 million cards were declassified in Kazakhstan."),
                Sentences.split("Version 2.4 million cards were declassified in Kazakhstan."));
    }

    @Test
    void everySentenceIsPartOfTheText() {
        String text = "On 20 November 2024 the Zhogorku Kenesh voted (unanimously). Deputy Zhanar Akayev said so.";
        for (String s : Sentences.split(text)) {
            org.junit.jupiter.api.Assertions.assertTrue(text.contains(s), s);
        }
    }
}
