package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TransliterationTest {

    /** The English knowledge's words, as far as these questions go. */
    private static final Predicate<String> EN = Set.of("kazakhstan", "repressed", "law", "rehabilitation", "when",
            "adopted", "grandfather", "get", "compensation", "kyrgyz", "signed")::contains;

    /** The Russian knowledge's words, matched by stem as the index does. */
    private static final Predicate<String> RU = w -> Set.of("получ", "справк", "реабилитац", "казахстан", "плат",
            "реабилитирова", "внук", "узбекистан", "репрессирова", "положен").stream().anyMatch(w::startsWith);

    @Test
    void russianTypedInLatinLettersIsReadInCyrillic() {
        assertEquals("как получит справку о реабилитации в казахстане",
                Transliteration.toCyrillic("kak poluchit spravku o reabilitacii v kazakhstane", EN, RU));
        assertEquals("сколько платят реабилитированным в казахстане?",
                Transliteration.toCyrillic("skolko platyat reabilitirovannym v kazakhstane?", EN, RU));
        // a word the knowledge does not use ("ded", "byl") is read the usual way once the text is Russian
        assertEquals("дед был репрессирован в 1937, что положено внукам в узбекистане?",
                Transliteration.toCyrillic("ded byl repressirovan v 1937, chto polozheno vnukam v uzbekistane?", EN,
                        RU));
    }

    @Test
    void aHardSignLeftOutAfterAPrefixIsReadBackWhereTheKnowledgeHasIt() {
        Predicate<String> ru = w -> Set.of("реабилитац", "въезд", "запрет", "казахстан").stream()
                .anyMatch(w::startsWith);
        assertEquals("правда что им запретили въезд в казахстан?",
                Transliteration.toCyrillic("pravda chto im zapretili vezd v kazakhstan?", EN, ru));
        // without the word in the knowledge the usual reading stays
        Predicate<String> without = w -> Set.of("реабилитац", "запрет", "казахстан", "правд").stream()
                .anyMatch(w::startsWith);
        assertEquals("правда что им запретили везд в казахстан?",
                Transliteration.toCyrillic("pravda chto im zapretili vezd v kazakhstan?", EN, without));
    }

    @Test
    void englishStaysEnglishWithATypoOrARussianWordOrTwo() {
        for (String q : new String[] {"when was the kazakh law adopted?", "rehabilitaion law kyrgyz signed when",
                "my ded was repressed, can i get a spravka?", "kazakhstan compensation"}) {
            assertEquals(q, Transliteration.toCyrillic(q, EN, RU), q);
        }
        // Cyrillic, or Cyrillic mixed in, is left to the question's own letters
        assertEquals("как получить справку?", Transliteration.toCyrillic("как получить справку?", EN, RU));
    }

    @Test
    void theAmbiguousLettersAreTriedEachWay() {
        assertTrue(Transliteration.readings("reabilitacii").contains("реабилитации"));
        assertTrue(Transliteration.readings("reabilitacii").contains("реабилитакии"));
        assertTrue(Transliteration.readings("novyy").contains("новый"));
        assertEquals("щука", Transliteration.readings("shchuka").get(0));
    }
}
