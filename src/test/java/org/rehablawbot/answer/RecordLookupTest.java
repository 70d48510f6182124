package org.rehablawbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehablawbot.retrieve.Situation;

class RecordLookupTest {

    private static RecordLookup of(String question) {
        return RecordLookup.of(Situation.asking(question), question);
    }

    @Test
    void aRelativeLookedUpOnAListIsHeldOnlyWhereAPassageNamesThem() {
        RecordLookup volumes = of("My great-grandfather Seitkali Zhunusov was shot in 1937 near Almaty. Is his name "
                + "in the 72 volumes the commission published, and which volume?");
        assertNotNull(volumes);
        assertTrue(volumes.listing());
        assertEquals(List.of("Seitkali", "Zhunusov"), volumes.names(), "a place is no name");
        assertFalse(volumes.namedIn(List.of("A 72-volume collection was published on the documents the commission "
                + "studied.")), "the volumes' count does not name him");
        assertTrue(volumes.namedIn(List.of("Zhunusov's case was reviewed in 1958.")));

        RecordLookup fate = of("my grandfather Kasym Zhumabayev born 1902 was arrested in 1937 in Chimkent. was he "
                + "rehabilitated? where is he buried?");
        assertNotNull(fate);
        assertFalse(fate.namedIn(List.of("President Kassym-Jomart Tokayev ordered the creation of the state "
                + "commission for full rehabilitation in May 2020.")), "one name a letter off is another person");
        assertTrue(fate.namedIn(List.of("Kasym Zhumabaev was rehabilitated in 1958.")), "both names, one with a typo");

        RecordLookup list = of("Мой дед Абдуллаев Рахим из Ферганы, осуждён в 1938. Есть ли он в списке 205 "
                + "реабилитированных в мае 2024?");
        assertNotNull(list);
        assertFalse(list.namedIn(List.of("В мае 2024 года Верховный суд реабилитировал ещё 205 человек.")));
        RecordLookup unnamed = of("Can you check if my grandfather is on the list of the rehabilitated?");
        assertNotNull(unnamed, "a list asked of with no name given");
        assertFalse(unnamed.namedIn(List.of("The list of 1,200 rehabilitated people was published.")));
    }

    @Test
    void whenANamedPersonWasRehabilitatedIsTheirRecord() {
        RecordLookup named = of("my grandpa always said we are relatives of Turar Ryskulov. when exactly was he "
                + "rehabilitated and by which court?");
        assertNotNull(named);
        assertFalse(named.listing());
        assertTrue(named.names().contains("Ryskulov"));
        assertNull(of("my grandfather was shot in 1937, was he rehabilitated automatically?"),
                "no one named: the law's rule may answer");
        assertNull(of("How many volumes did the Kazakh commission publish?"));
        assertNull(of("Is he covered by the Kazakh law, and what does it give?"));
    }

    @Test
    void aNamedPersonsRehabilitationNeedsASentenceNamingBoth() {
        RecordLookup typed = of("was mustafa shokai officially rehabilitated in kazakhstan?");
        assertNotNull(typed, "a name typed in lower case is still the subject");
        assertEquals(List.of("mustafa", "shokai"), typed.names());
        assertFalse(typed.namedIn(List.of("The declaration calls Mustafa Shokai the founder of the Legion. About "
                + "311,000 people were rehabilitated.")), "named, and rehabilitation said of others");
        assertTrue(typed.namedIn(List.of("Mustafa Shokai was rehabilitated in 1990.")));
        RecordLookup russian = of("был ли реабилитирован Ахмет Байтурсынов?");
        assertNotNull(russian);
        assertEquals(List.of("Ахмет", "Байтурсынов"), russian.names());
        assertNull(of("was my grandfather rehabilitated automatically?"), "kin is no name");
        assertNull(of("have the kazakh victims been rehabilitated?"), "a generic subject is no name");
    }

    @Test
    void howToCheckARecordAsksTheWayNotTheRecord() {
        assertNull(of("My relative was sentenced by a troika in 1937 in Tashkent. How do I find out if he was "
                + "rehabilitated already?"));
        assertNull(of("как узнать, реабилитирован ли он?"));
        assertNotNull(of("Can you check if my grandfather is on the list of the 240?"), "a lookup itself still is one");
    }
}
