package org.rehablawbot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymsTest {

    private static final Synonyms MAP = Synonyms.of("""
            # comment
            eligible, covers, applies to, распространяется
            not eligible, excluded, does not apply, не распространяется
            госкомиссия, государственная комиссия
            grandfather, дед => repressed, репрессированный
            """);

    @Test
    void aParaphraseBecomesOneConceptWithEveryWording() {
        List<Synonyms.Concept> concepts = MAP.concepts("Who is eligible under the Kyrgyz law?");
        Synonyms.Concept eligible = concepts.get(0);
        assertEquals(List.of("eligible"), eligible.words());
        assertTrue(eligible.alternatives().contains(List.of("covers")), eligible.toString());
        assertTrue(eligible.alternatives().contains(List.of("applies")), eligible.toString());
        assertEquals(List.of(List.of("kyrgyz"), List.of("law")),
                concepts.subList(1, 3).stream().map(Synonyms.Concept::alternatives).map(a -> a.get(0)).toList());
    }

    @Test
    void aNegationIsPartOfThePhraseSoExclusionIsNotEligibility() {
        Synonyms.Concept excluded = MAP.concepts("Who is not eligible?").get(0);
        assertTrue(excluded.alternatives().contains(List.of("excluded")), excluded.toString());
        // a negated word keeps its negation: "does not apply" asks for "¬apply", never for "apply"
        assertTrue(excluded.alternatives().contains(List.of("¬apply")), excluded.toString());
        assertTrue(!excluded.alternatives().contains(List.of("apply")), excluded.toString());
        assertTrue(!excluded.alternatives().contains(List.of("covers")), excluded.toString());
        // any form of the Russian words: "не распространяются" matches "не распространяется" by stem
        Synonyms.Concept ru = MAP.concepts("на кого не распространяются эти нормы").get(0);
        assertTrue(ru.alternatives().contains(List.of("excluded")), ru.toString());
    }

    @Test
    void aStopWordStandsForNoOneWordPhraseButItsOwn() {
        Synonyms map = Synonyms.of("""
                volumes, тома, томов
                in total, всего, итого
                """);
        // "о том" ("about that") stems as "томов" does, and asks of no volumes
        assertTrue(map.concepts("что говорится о том, скольких оправдали").stream()
                .noneMatch(c -> c.alternatives().contains(List.of("volumes"))));
        assertTrue(map.concepts("сколько томов издано").stream()
                .anyMatch(c -> c.alternatives().contains(List.of("volumes"))));
        // a stop word that is the phrase's own word still stands for it
        assertTrue(map.concepts("сколько всего оправдали").stream()
                .anyMatch(c -> c.alternatives().contains(List.of("итого"))));
    }

    @Test
    void aCompoundWordFindsItsLongForm() {
        Synonyms.Concept c = MAP.concepts("сколько реабилитировала госкомиссия").get(1);
        assertTrue(c.alternatives().contains(List.of("государственная", "комиссия")), c.toString());
    }

    @Test
    void aOneWayRuleReadsTheQuestionsWordAsTheTarget() {
        Synonyms.Concept c = MAP.concepts("was my grandfather rehabilitated").get(0);
        assertEquals(List.of("grandfather"), c.words());
        assertTrue(c.alternatives().contains(List.of("repressed")), c.toString());
        // and not the other way round
        assertTrue(MAP.concepts("was he repressed").get(0).plain());
    }

    @Test
    void theFocusIsTheFirstThingAfterTheQuestionWord() {
        assertEquals(List.of("volumes"), Synonyms.NONE.focus("How many volumes did the commission produce?").words());
        assertEquals(List.of("расстреляли"), Synonyms.NONE.focus("Сколько человек расстреляли в Узбекистане?").words());
        assertEquals(List.of("phone"), Synonyms.NONE.focus("What is the phone number of the commission?").words());
        assertEquals(List.of("sponsored"), Synonyms.NONE.focus("Who sponsored the Kyrgyz bill?").words());
        // a part of a group is counted: the part named after "were", not the group
        assertEquals(List.of("women"), Synonyms.NONE.focus("How many of the people reburied at Ata-Beyit were women?")
                .words());
        assertEquals(List.of("женщины"), Synonyms.NONE.focus("сколько из реабилитированных были женщины?").words());
        // the thing named before the cue, a year after it: "а корейцев конкретно сколько было в 37м?"
        assertEquals(List.of("корейцев"), Synonyms.NONE.focus("корейцев конкретно сколько было в 37м?").words());
        // a word of extent sets apart a value of the thing: a text gives a range "from … to …", naming no maximum
        assertEquals(List.of("compensation"), Synonyms.NONE.focus("What is the maximum compensation in tenge?")
                .words());
        assertEquals(List.of("компенсация"), Synonyms.NONE.focus("какая минимальная компенсация в Казахстане?")
                .words());
        assertNull(Synonyms.NONE.focus("Tell me about the Kyrgyz law"));
        // a modal verb and the frame of being given are no thing asked: "сколько денег могут дать единоразово?"
        // asks a one-off sum
        assertEquals(List.of("единоразово"), Synonyms.NONE.focus("Сколько денег могут дать единоразово??").words());
        assertEquals(List.of("month"), Synonyms.NONE.focus("how much do we get a month?").words());
        // "в каком архиве …" names the kind of place asked for
        assertEquals(List.of("архиве"), Synonyms.NONE.focus("В каком архиве теперь такие дела и куда писать запрос?")
                .words());
        // a lookup with its cue last: the thing before the cue; a story ending "… и сколько?" has no one thing
        assertEquals(List.of("rehabilitations"), Synonyms.NONE.focus("russia rehabilitations 2023 count").words());
        // the thing follows the cue in its own sentence: a follow-up completed with the previous question's words
        // asks nothing of them ("новый" of "новый закон")
        assertEquals(List.of("единовременно"), Synonyms.NONE.focus("единовременно сколько? в Кыргызстане новый закон "
                + "и будут платить 1500 сом").words());
        // "signed by" at a lookup's end asks who; a law's number is no word of the lookup
        assertEquals(List.of("signed"), Synonyms.NONE.focus("ru rehab law 1761-1 signed by").words());
        assertEquals(List.of("meeting"), Synonyms.NONE.focus("uz pp-270 republican commission first meeting date")
                .words());
        // "which figure is right": the choice's frame is no thing asked
        assertEquals(List.of("payouts"), Synonyms.NONE.focus("Which figure is right for Kazakhstan's payouts since "
                + "2003?").words());
        assertNull(Synonyms.NONE.focus("Бабушку выслали ребенком в Казахстан в 1944 году. Положено ей что-то по "
                + "казахскому закону и сколько?"));
        // a unit a payment is counted in is asked by a user's word, stated by the law's
        Synonyms.Concept unit = Synonyms.builtIn().focus("What unit does each use?");
        assertTrue(unit.alternatives().stream().anyMatch(a -> a.contains("mci")), unit.toString());
        assertTrue(Synonyms.asksForNamedThing("How many volumes were there?"));
        assertTrue(!Synonyms.asksForNamedThing("When was it signed?"));
    }

    @Test
    void aPersonAskedByARoleAsksForANamedThingAndByADeedDoesNot() {
        assertTrue(Synonyms.asksForNamedThing("Who was the architect of the Ata-Beyit memorial complex?"));
        assertTrue(Synonyms.asksForNamedThing("кто был архитектором Ата-Бейита?"));
        assertTrue(Synonyms.asksForNamedThing("кто автор кыргызского закона?"));
        assertFalse(Synonyms.asksForNamedThing("Who signed the Kyrgyz law?"));
        assertFalse(Synonyms.asksForNamedThing("кто возглавляет комиссию?"));
        assertFalse(Synonyms.asksForNamedThing("кто стоял за кыргызским законопроектом?"));
        assertFalse(Synonyms.asksForNamedThing("кто может получить компенсацию?"));
        assertFalse(Synonyms.asksForNamedThing("311 тысяч реабилитированных — кто они такие?"));
    }

    @Test
    void moneyAsTheQuestionWordsItIsNoFocusAndAnIndefinitePronounIsNoQuestionWord() {
        Synonyms map = Synonyms.builtIn();
        assertEquals(List.of("выплатили"), map.focus("скока всего денег выплатили репрессированным с 2003 года?")
                .words(), "a sum is given in tenge, never as 'money'");
        assertEquals("cost", map.focus("how much would it cost per year?").alternatives().get(0).get(0),
                "a cost is still asked for by its word");
        assertNull(map.focus("говорят, дают какие-то деньги из местного бюджета, скока примерно?"),
                "'какие-то' is no 'какие': nothing but general words follows 'скока'");
        assertFalse(Synonyms.asksForNamedThing("кто-то сказал, что дают деньги к 31 мая"));
        assertTrue(Synonyms.isGeneralWord("true") && Synonyms.isGeneralWord("правда")
                && Synonyms.isGeneralWord("денег"), "the frame of a claim checked is no key word");
        assertFalse(Synonyms.isGeneralWord("collaborators"));
        assertEquals(Intent.OTHER, Intent.of("кто-то сказал, что дают деньги к 31 мая"));
    }

    @Test
    void aMalformedRuleNamesItsLine(@TempDir Path dir) throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Synonyms.of("a, b\nalone\n"));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
        Files.writeString(dir.resolve(Synonyms.FOLDER_FILE), "troika, extrajudicial body\n");
        Synonyms loaded = Synonyms.load(dir);
        assertEquals(Synonyms.builtIn().size() + 1, loaded.size());
        assertTrue(loaded.concepts("troika").get(0).alternatives().contains(List.of("extrajudicial", "body")));
    }

    @Test
    void theBuiltInMapReadsAndCoversBothLanguages() {
        assertTrue(Synonyms.builtIn().size() > 20);
        // Kazakhstan's payment unit: users write MRP, the English knowledge MCI
        assertTrue(Synonyms.builtIn().concepts("compensation cap in MRP").stream()
                .anyMatch(c -> c.alternatives().contains(List.of("mci"))));
        assertTrue(Synonyms.builtIn().concepts("Who is not eligible for rehabilitation?").get(0).alternatives()
                .contains(List.of("¬распространяется")));
    }

    @Test
    void aChildIsTheSingularOfChildrenInBothLanguages() {
        Synonyms shipped = Synonyms.builtIn();
        Synonyms.Concept child = shipped.concepts("положено ли ребенку").stream()
                .filter(c -> c.words().contains("ребенку")).findFirst().orElseThrow();
        assertTrue(child.alternatives().contains(List.of("детей")), child.toString());
        assertTrue(shipped.concepts("a child of a repressed man").stream()
                .anyMatch(c -> c.alternatives().contains(List.of("children"))));
    }

    @Test
    void whereToWriteIsWhereToApplyAndTheSourcesReportingVerbIsNoMatch() {
        Synonyms.Concept write = Synonyms.builtIn().concepts("а куда писать?").get(0);
        assertTrue(write.alternatives().stream().flatMap(List::stream).anyMatch(w -> w.startsWith("обра")),
                write.toString());
        assertFalse(Terms.stems("indsi.ru писал, что статья 1.1 закона").contains(Terms.stem("писать")),
                "how a source reports is no word of its content");
    }

    @Test
    void whichLawIsAskedOfIsNoFocus() {
        assertEquals(List.of("rehabilitation"),
                Synonyms.NONE.focus("when was Kyrgyzstan's new rehabilitation law adopted?").words());
        assertEquals(List.of("закон"), Synonyms.NONE.focus("какой новый закон?").words());
    }

    @Test
    void aWordThatJudgesOrSetsApartTheThingAskedIsNoFocus() {
        assertEquals(List.of("archive"), Synonyms.NONE.focus("which is the correct archive?").words());
        assertEquals(List.of("архив"), Synonyms.NONE.focus("какой настоящий архив?").words());
        assertEquals(List.of("дата"), Synonyms.NONE.focus("какая правильная дата?").words());
        assertNull(Synonyms.NONE.focus("What do the different sources say?"));
        // a modal verb is not what is asked
        assertEquals(List.of("платить"), Synonyms.NONE.focus("Сколько должен был платить законопроект?").words());
        assertEquals(List.of("выплатить"), Synonyms.NONE.focus("Сколько должны выплатить семье?").words());
    }

    @Test
    void aVerbAskedWithOrNotMayBeAnsweredInTheNegative() {
        Synonyms.Concept verb = Synonyms.NONE.concepts("закон его реабилитирует или нет?").stream()
                .filter(c -> c.words().equals(List.of("реабилитирует"))).findFirst().orElseThrow();
        assertTrue(verb.alternatives().contains(List.of(Terms.NEGATED + "реабилитирует")), verb.toString());
        Synonyms.Concept plain = Synonyms.NONE.concepts("закон его реабилитирует?").stream()
                .filter(c -> c.words().equals(List.of("реабилитирует"))).findFirst().orElseThrow();
        assertEquals(1, plain.alternatives().size());
    }

    @Test
    void aNegationIsCarriedByTheWordItNegatesNeverAConceptOfItsOwn() {
        List<List<String>> words = Synonyms.NONE.concepts("the old law didnt really cover kulaks").stream()
                .map(Synonyms.Concept::words).toList();
        assertFalse(words.contains(List.of("didnt")), words.toString());
        assertTrue(words.contains(List.of(Terms.NEGATED + "cover")) || words.contains(List.of("cover")),
                words.toString());
    }
}
