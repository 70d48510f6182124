package org.rehablawbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.render.TextRenderer;
import org.rehablawbot.retrieve.Fixtures;
import org.rehablawbot.retrieve.HashingEmbedder;
import org.rehablawbot.retrieve.HybridRetriever;
import org.rehablawbot.retrieve.InMemorySearch;

class ClaimCheckTest {

    private static List<String> details(String question) {
        ClaimCheck c = ClaimCheck.of(question);
        return c == null ? List.of() : c.details().stream().map(d -> d.type() + ":" + d.text()).toList();
    }

    @Test
    void readsTheClaimAfterOrBeforeItsFrame() {
        ClaimCheck c = ClaimCheck.of("Is it true that Kyrgyzstan's rehabilitation law was signed by Atambayev?");
        assertEquals("Kyrgyzstan's rehabilitation law was signed by Atambayev", c.claim());
        assertEquals(List.of("PERSON:Atambayev"),
                details("Is it true that Kyrgyzstan's rehabilitation law was signed by Atambayev?"));
        assertEquals("who Kyrgyzstan's rehabilitation law was signed?", c.slotQuestion(c.details().get(0)));

        ClaimCheck tag = ClaimCheck.of("Russia's rehabilitation law was signed by Gorbachev, right?");
        assertEquals("Russia's rehabilitation law was signed by Gorbachev", tag.claim());
        ClaimCheck ru = ClaimCheck.of("в казахстане закон о реабилитации приняли в 1991 году вроде? пишу реферат");
        assertEquals(List.of("YEAR:1991"), ru.details().stream().map(d -> d.type() + ":" + d.text()).toList());
        assertEquals("когда в казахстане закон о реабилитации приняли?", ru.slotQuestion(ru.details().get(0)));
        // the claim's own sentence stop before a frame sentence ends no claim
        ClaimCheck told = ClaimCheck.of("говорят что в кыргызстане реабилитировали участников восстания 1916 года. "
                + "это правда? это же не советские репрессии");
        assertEquals("говорят что в кыргызстане реабилитировали участников восстания 1916 года", told.claim());
        assertEquals(List.of("YEAR:1916"), told.details().stream().map(d -> d.type() + ":" + d.text()).toList());
    }

    @Test
    void aYearIsStatedOfTheClaimOnlyBesideMostOfItsWords() {
        ClaimCheck c = ClaimCheck.of("правда ли что в 2024 году казахстан принял новый закон о полной реабилитации?");
        ClaimCheck.Detail year = c.details().get(0);
        assertFalse(c.statesOfClaim("Движение 2 января 2024 года осудило решение Государственной комиссии Казахстана "
                + "по полной реабилитации. Закон принят в 1993 году.", year));
        assertTrue(c.statesOfClaim("В 2024 году Казахстан принял новый закон о полной реабилитации жертв.", year));
    }

    @Test
    void figuresAreReadWithTheirScaleAndOnlyWhenExact() {
        assertEquals(List.of("FIGURE:1 миллион"),
                details("правда ли что в казахстане максимальная компенсация 1 миллион тенге?"));
        assertEquals(1_000_000L, ClaimCheck.of("правда ли что компенсация 1 миллион тенге?").details().get(0).value());
        // bounds, approximations and documents' numbers are no exact detail
        assertNull(ClaimCheck.of("Is it true more than 400 scholars took part in the commission?"));
        assertNull(ClaimCheck.of("правда ли что постановление № 82 до сих пор действует?"));
        assertNull(ClaimCheck.of("правда ли что почти 5 миллионов сослали в казахстан?"));
        assertNull(ClaimCheck.of("правда ли что пострадали до 1 миллиона человек?"));
        // "до" after a change states the new value exactly
        assertEquals(List.of("FIGURE:1 миллиона"),
                details("правда что выплаты подняли до 1 миллиона тенге?"));
        assertEquals(List.of("FIGURE:2 million"), details("is it true the payment was raised to 2 million tenge?"));
    }

    @Test
    void questionsWithoutAFrameOrADetailAreNoClaims() {
        assertNull(ClaimCheck.of("When was the Kazakh law adopted in 1993?"));
        assertNull(ClaimCheck.of("Who has the right to compensation?"));
        assertNull(ClaimCheck.of("правда ли что закон реабилитирует басмачей?"));
        assertNull(ClaimCheck.of(null));
        // a country's name, a month, the claim's first word are no person
        assertEquals(List.of("YEAR:2024"), details("Is it true that Kyrgyzstan adopted the law in December 2024?"));
    }

    @Test
    void aDetailIsStatedInAnyWritingOfIt() {
        ClaimCheck c = ClaimCheck.of("правда ли что выплатили 18,4 млрд тенге и это сделал Жапаров?");
        ClaimCheck.Detail sum = c.details().get(0);
        ClaimCheck.Detail who = c.details().get(1);
        assertTrue(ClaimCheck.states("выплачено 18 400 000 000 тенге", sum));
        assertFalse(ClaimCheck.states("выплачено 18 400 тенге", sum));
        assertTrue(ClaimCheck.states("закон подписал Садыр Жапаров", who));
        assertTrue(ClaimCheck.statesOther("закон подписал Президент Ельцин", who, "кто подписал закон"));
        assertFalse(ClaimCheck.statesOther("Закон подписан в декабре", who, "кто подписал закон"));
    }

    @Test
    void aYearWrittenAsABoundIsBorneOutByAPeriodEndingThere() {
        ClaimCheck.Detail before = ClaimCheck.of("правда ли что верховный суд до 2000 года отказывал только "
                + "легионерам?").details().get(0);
        assertEquals(1, before.bound());
        String period = "Верховный суд с 1954 по 1999 год отказал в реабилитации лишь четыре раза";
        assertFalse(ClaimCheck.statesOther(period, before, "когда верховный суд отказывал"), "before 2000 holds");
        ClaimCheck.Detail until = ClaimCheck.of("правда ли что закон реабилитирует всех вплоть до 1961 года?")
                .details().get(0);
        assertTrue(ClaimCheck.statesOther("решения, принятые с 1917 по 1953 год", until, "когда"),
                "a period ending in 1953 is another bound than 1961");
        ClaimCheck.Detail since = ClaimCheck.of("Is it true that payments were made since 2003?").details().get(0);
        assertEquals(-1, since.bound());
        assertFalse(ClaimCheck.statesOther("Payments began in 2003 and continued", since, "when"));
        // an exact year is still checked as one
        ClaimCheck.Detail exact = ClaimCheck.of("Is it true that the law was signed in 2000?").details().get(0);
        assertEquals(0, exact.bound());
        assertTrue(ClaimCheck.statesOther("The law was signed in 1999.", exact, "when was the law signed"));
    }

    // ---- the engine's verdict, on the fixture knowledge --------------------------------------------------------

    private final InMemorySearch search = Fixtures.search();
    private final HybridRetriever retriever = new HybridRetriever(search, new HashingEmbedder(), 0.5);
    private final ExtractiveComposer composer = new ExtractiveComposer(5, retriever);
    private final AnswerEngine engine = new AnswerEngine(retriever, composer, composer, search, Language.EN);

    @Test
    void aClaimWithAnotherYearOrPersonIsAnsweredNoWithTheSourcesFact() {
        Answer year = engine.answer("Is it true that the Kazakh rehabilitation law was adopted in 1991?", null, null);
        String lead = year.statements().get(0).text();
        assertTrue(lead.startsWith(Messages.notAsClaimed(Language.EN)), lead);
        assertTrue(lead.contains("14 April 1993"), lead);
        assertFalse(year.statements().get(0).citations().isEmpty(), "the verdict's sentence is cited");
        assertEquals("Is it true that the Kazakh rehabilitation law was adopted in 1991?", year.question());
        MarkerIntegrity.check(year);

        Answer who = engine.answer("Is it true that the state rehabilitation commission was set up by Nazarbayev?",
                null, null);
        String whoLead = who.statements().get(0).text();
        assertTrue(whoLead.startsWith(Messages.notAsClaimed(Language.EN)), whoLead);
        assertTrue(whoLead.contains("Tokayev"), whoLead);

        Answer ru = engine.answer("правда ли что комиссия подготовила 40 томов документов?", null, null);
        String ruLead = ru.statements().get(0).text();
        assertTrue(ruLead.startsWith(Messages.notAsClaimed(Language.RU)), ruLead);
        assertTrue(ruLead.contains("31 том"), ruLead);
    }

    @Test
    void aClaimTheSourcesHoldOrDoNotAddressGetsNoVerdict() {
        Answer held = engine.answer("Is it true that the Kazakh rehabilitation law was adopted in 1993?", null, null);
        assertEquals(Answer.Status.ANSWERED, held.status());
        assertFalse(TextRenderer.render(held).contains(Messages.notAsClaimed(Language.EN).strip()));
        assertTrue(held.statements().get(0).text().contains("14 April 1993"));

        Answer unheld = engine.answer("Is it true that Uzbekistan paid 5000 som to every family in 1999?", null, null);
        assertFalse(TextRenderer.render(unheld).contains(Messages.notAsClaimed(Language.EN).strip()),
                TextRenderer.render(unheld));
    }

    @Test
    void aTwoDigitYearIsReadAsAYearNotAFigure() {
        assertEquals(List.of("YEAR:1991"), details("russian law signed by yeltsin oct 91 right?").stream()
                .filter(d -> !d.startsWith("PERSON")).toList());
        assertEquals(1991L, ClaimCheck.of("закон подписан в 91-м, верно?").details().get(0).value());
        // "oct 24" may be a day: no year is read
        assertTrue(details("signed oct 24, right?").stream().noneMatch(d -> d.startsWith("YEAR")));
    }
}
