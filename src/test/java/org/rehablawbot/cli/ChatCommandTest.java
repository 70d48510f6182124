package org.rehablawbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.ExtractiveComposer;
import org.rehablawbot.answer.Messages;
import org.rehablawbot.eval.RealKnowledge;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.retrieve.Fixtures;
import org.rehablawbot.retrieve.HashingEmbedder;
import org.rehablawbot.retrieve.HybridRetriever;
import org.rehablawbot.retrieve.InMemorySearch;

/** The console chat driven through its standard input, as a pipe would. */
class ChatCommandTest {

    private static String chat(AnswerEngine engine, String input) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = ChatCommand.chat(engine, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
                false, Language.EN);
        assertEquals(0, code);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static AnswerEngine fixtureEngine() {
        InMemorySearch search = Fixtures.search();
        HybridRetriever retriever = new HybridRetriever(search, new HashingEmbedder(), 0.5);
        ExtractiveComposer composer = new ExtractiveComposer(5, retriever);
        return new AnswerEngine(retriever, composer, composer, search, Language.EN);
    }

    @Test
    void answersFollowUpsSourcesHelpAndQuit() {
        String out = chat(fixtureEngine(), """
                When did parliament adopt the rehabilitation law in Kyrgyzstan?
                and in Kazakhstan?

                /sources
                /help
                /quit
                What is never answered?
                """);
        assertFalse(out.contains("> "), "no prompt on piped input");
        assertTrue(out.contains("Sources differ: adoption of the Kyrgyz rehabilitation law by parliament"), out);
        assertTrue(out.contains("14 April 1993"), "the follow-up is about Kazakhstan: " + out);
        assertTrue(out.contains("    \"The Supreme Soviet of Kazakhstan adopted the law"), "/sources quotes: " + out);
        assertTrue(out.contains(Messages.chatHelp(Language.EN)), out);
        assertFalse(out.contains("never answered"), out);
    }

    @Test
    void endOfInputEndsTheChatAndCommandsBeforeAnyAnswerAreHandled() {
        String out = chat(fixtureEngine(), "/sources\nWhat is the best pizza topping?");
        assertTrue(out.startsWith(Messages.noSourcesYet(Language.EN)), out);
        assertTrue(out.contains("My sources say nothing about this."), out);
    }

    @Test
    void russianConversationKeepsRussian() {
        String out = chat(fixtureEngine(), "Кто создал комиссию по реабилитации в Кыргызстане?\nа в Казахстане?\n/help\n");
        assertTrue(out.contains("Токаев"), out);
        assertTrue(out.contains(Messages.chatHelp(Language.RU)), out);
    }

    @Test
    void runsOnTheRealIndexFromSettings() {
        RealKnowledge.engine(); // the index is built
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ChatCommand.run(RealKnowledge.settings(), new ByteArrayInputStream(
                "Сколько томов документов подготовила комиссия Казахстана?\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        String out = bytes.toString(StandardCharsets.UTF_8);
        // 31 volumes by January 2023, 72 by December 2023: a timeline, not a disagreement
        assertTrue(out.contains("Как менялось"), out);
        assertTrue(out.contains("31") && out.contains("72"), out);
    }
}
