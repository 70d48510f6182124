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

                /quotes
                /help
                /quit
                What is never answered?
                """);
        assertFalse(out.contains("> "), "no prompt on piped input");
        assertTrue(out.contains("Sources differ: adoption of the Kyrgyz rehabilitation law by parliament"), out);
        assertTrue(out.contains("14 April 1993"), "the follow-up is about Kazakhstan: " + out);
        assertTrue(out.contains("    \"The Supreme Soviet of Kazakhstan adopted the law"), "/quotes quotes: " + out);
        assertTrue(out.contains(ChatSession.help(Language.EN)), out);
        assertFalse(out.contains("never answered"), out);
    }

    @Test
    void aQuestionPointingBackIsCompletedFromTheFirstQuestionNotTheOneBefore() {
        java.util.List<String> previous = new java.util.ArrayList<>();
        AnswerEngine engine = fixtureEngine();
        ChatSession session = new ChatSession(new org.rehablawbot.answer.AnswerService() {
            @Override
            public org.rehablawbot.answer.Answer answer(String question, String previousQuestion, Language preferred) {
                previous.add(String.valueOf(previousQuestion));
                return engine.answer(question, previousQuestion, preferred);
            }

            @Override
            public java.util.List<org.rehablawbot.knowledge.SourceMeta> sources() {
                return engine.sources();
            }
        }, Language.EN);
        String first = "When did parliament adopt the rehabilitation law in Kazakhstan?";
        session.handle(first);
        session.handle("and in Kyrgyzstan?");
        String reply = session.handle("going back to my first question: who signed it?").text();
        assertEquals(first, previous.get(2), previous.toString());
        assertFalse(reply.contains("Zhogorku Kenesh"), "asked of Kazakhstan's law again: " + reply);
    }

    @Test
    void endOfInputEndsTheChatAndCommandsBeforeAnyAnswerAreHandled() {
        String out = chat(fixtureEngine(), "/quotes\nWhat is the best pizza topping?");
        assertTrue(out.startsWith(Messages.noSourcesYet(Language.EN)), out);
        assertTrue(out.contains("My sources say nothing about this."), out);
    }

    @Test
    void russianConversationKeepsRussian() {
        String out = chat(fixtureEngine(), "Кто создал комиссию по реабилитации в Кыргызстане?\nа в Казахстане?\n/help\n");
        assertTrue(out.contains("Токаев"), out);
        assertTrue(out.contains(ChatSession.help(Language.RU)), out);
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

    @Test
    void sourcesListsTheKnowledgeAsTheBotDoes() {
        String out = chat(fixtureEngine(), "/sources\n");
        java.util.List<String> lines = out.strip().lines().toList();
        assertTrue(lines.get(0).matches("Documents I know \\(\\d+\\):"), out);
        assertTrue(lines.size() > 2, out);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("• ")), out);
        // newest first
        assertTrue(out.indexOf("2024") < out.lastIndexOf("1993") || !out.contains("1993"), out);
    }

    @Test
    void unknownCommandsGreetingsAndFarewellsAreNotQuestions() {
        String out = chat(fixtureEngine(), "/sorces\n/frobnicate\nhello\nПривет!\nquit\nWhen did parliament adopt the law?\n");
        assertFalse(out.contains("My sources say nothing"), "none of these is a question: " + out);
        assertTrue(out.contains("There is no command /sorces. Did you mean /sources?"), out);
        assertTrue(out.contains("There is no command /frobnicate. Commands: /help, /sources, /quotes, /lang, /quit."), out);
        assertTrue(out.contains("Hello! " + ChatSession.help(Language.EN)), out);
        assertTrue(out.contains("Здравствуйте! " + ChatSession.help(Language.RU)), out);
        assertFalse(out.contains("parliament"), "\"quit\" ended the chat: " + out);
        for (String bye : new String[] {"exit", "выход", "/quit", "Quit!"}) {
            assertFalse(chat(fixtureEngine(), bye + "\nWhen did parliament adopt the law?\n").contains("Sources"), bye);
        }
    }

    @Test
    void langSetsTheLanguageAndRejectsOthersWithAHint() {
        String out = chat(fixtureEngine(), "/lang ru\n/help\n/lang xx\n/lang\n/lang en\n/quotes\n");
        assertTrue(out.contains("Язык ответов: русский."), out);
        assertTrue(out.contains(ChatSession.help(Language.RU)), "/help now in Russian: " + out);
        assertTrue(out.contains("Неизвестный язык «xx»: есть en и ru"), out);
        assertTrue(out.contains("Answer language: English."), out);
        assertTrue(out.contains(Messages.noSourcesYet(Language.EN)), out);
        assertFalse(out.contains("My sources say nothing"), "/lang is no question: " + out);
    }

    @Test
    void aLongPasteIsAnsweredFromItsBeginningWithANoticeSayingWhere() {
        String filler = "Some words of a long pasted text about archives and history. ".repeat(80);
        String question = filler + "When did parliament adopt the rehabilitation law in Kyrgyzstan?";
        String out = chat(fixtureEngine(), question + "\n");
        assertTrue(out.startsWith("Your message has " + String.format(java.util.Locale.ROOT, "%,d", question.length())
                + " characters and was cut: this answers its first 1,000, up to \"…"), out);
        assertTrue(out.contains("were not read: send a question from there as a message of its own."), out);
        String unread = question.substring(org.rehablawbot.answer.AnswerEngine.truncate(question).length()).strip();
        assertTrue(out.contains("The other " + String.format(java.util.Locale.ROOT, "%,d", unread.length())
                + " characters (from \"" + String.join(" ", java.util.Arrays.copyOf(unread.split(" "), 8)) + "…\")"),
                "the notice shows where the unread part starts: " + out);
    }

    @Test
    void wrapNeverSplitsAWordOrAnAddress() {
        String url = "https://24.kg/english/311111_kyrgyzstan_adopts_law_on_rehabilitation_of_victims/";
        String text = "[1] Kyrgyzstan adopts law on rehabilitation — 24.kg (news, 20 November 2024) " + url
                + " kg/24kg-2024-11-20-parliament-passes-law.en.md, line 26\nShort line.";
        String wrapped = Wrap.wrap(text, 40);
        java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(text.split("\\s+")));
        for (String line : wrapped.split("\n")) {
            assertTrue(line.length() <= 40 || !line.strip().contains(" "), "fits, or is one word too long to fit: " + line);
            for (String w : line.strip().split(" ")) {
                assertTrue(words.contains(w), "a whole word: " + w);
            }
        }
        assertTrue(wrapped.contains("\n    " + url + "\n"), "the address stands whole, hanging under the entry: " + wrapped);
        assertTrue(wrapped.endsWith("\nShort line."), wrapped);
        assertEquals(text.replaceAll("\\s+", " "), wrapped.replaceAll("\\s+", " "), "no word lost or added");
    }

    @Test
    // a lost line leaves the chat waiting for input: fail then, not hang
    @org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void atATerminalLinesAreEditedKeptInHistoryAndAnswersWrapToItsWidth(@org.junit.jupiter.api.io.TempDir
                                                                            java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path history = tmp.resolve("data").resolve(ChatCommand.HISTORY_FILE);
        // a question typed with a stray "x" that Backspace removes, then Enter; a mistyped command; /quit; each line
        // typed once the chat shows its prompt for it, as a person would
        String out = atTerminal(history, false,
                "When did parliament adopt the rehabilitation law in Kyrgyzstan?x\u007f", "/sorces", "/quit");
        assertTrue(out.contains("Sources differ"), "the edited line was answered: " + out);
        assertTrue(out.replaceAll("\\s+", " ").contains("There is no command /sorces. Did you mean /sources?"), out);
        assertTrue(out.contains("Goodbye."), out);
        java.util.List<String> saved = java.nio.file.Files.readAllLines(history, StandardCharsets.UTF_8);
        assertTrue(saved.stream().anyMatch(l -> l.endsWith("When did parliament adopt the rehabilitation law in "
                + "Kyrgyzstan?")), "the typo fixed before Enter, the line kept in the history file: " + saved);
        int answerStart = out.indexOf("Sources differ");
        for (String line : out.substring(answerStart).split("\n")) {
            assertTrue(line.length() <= 49 || !line.strip().contains(" "),
                    "wrapped to the terminal's 50 columns, only a single long word may exceed: " + line);
        }
    }

    @Test
    // a lost line leaves the chat waiting for input: fail then, not hang
    @org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void atATerminalLinesTypedBeforeTheAnswerAreKeptAndAnsweredInTurn(@org.junit.jupiter.api.io.TempDir
                                                                          java.nio.file.Path tmp) throws Exception {
        // the first line at the prompt; the next three typed straight after it, before the chat has answered it
        String out = atTerminal(tmp.resolve(ChatCommand.HISTORY_FILE), true,
                "When did parliament adopt the rehabilitation law in Kyrgyzstan?", "and in Kazakhstan?", "/sorces",
                "/quit");
        int first = out.indexOf("Sources differ");
        int second = out.indexOf("14 April 1993");
        int third = out.replaceAll("\\s+", " ").indexOf("There is no command /sorces.");
        assertTrue(first >= 0 && second > first, "both questions answered, in turn: " + out);
        assertTrue(third >= 0, "the command typed ahead was handled: " + out);
        assertTrue(out.strip().endsWith("Goodbye."), "the last line typed ahead ended the chat: " + out);
    }

    /**
     * Runs the terminal chat on a pseudo-terminal 50 columns wide with the fixture engine, types {@code typed} (each
     * followed by Enter) and returns the screen, escape sequences and carriage returns removed.
     *
     * @param history   the chat's history file
     * @param typeAhead false: each line typed once the chat shows its prompt for it; true: the first line at the
     *                  first prompt, all the others right after it, before the chat has answered it
     */
    private static String atTerminal(java.nio.file.Path history, boolean typeAhead, String... typed) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        // A queue, not a piped stream: a piped stream fails its reader once the thread that wrote to it has ended.
        // -1 in the queue ends the keys.
        java.util.concurrent.BlockingQueue<Integer> keyQueue = new java.util.concurrent.LinkedBlockingQueue<>();
        java.io.InputStream keys = new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                try {
                    return keyQueue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                if (len == 0) {
                    return 0;
                }
                int first = read();
                if (first < 0) {
                    return -1;
                }
                b[off] = (byte) first;
                int n = 1;
                Integer next;
                while (n < len && (next = keyQueue.peek()) != null && next >= 0) {
                    b[off + n++] = (byte) (int) keyQueue.poll();
                }
                return n;
            }

            @Override
            public int available() {
                return keyQueue.size();
            }
        };
        Thread typist = new Thread(() -> {
            try {
                for (int i = 0; i < typed.length; i++) {
                    if (i == 0 || !typeAhead) {
                        waitForPrompt(screen, i + 1);
                    }
                    for (byte b : (typed[i] + "\r").getBytes(StandardCharsets.UTF_8)) {
                        keyQueue.add(b & 0xff);
                    }
                }
            } catch (InterruptedException e) {
                // the chat ended first
            }
        });
        try (org.jline.terminal.Terminal terminal = org.jline.terminal.TerminalBuilder.builder().system(false)
                .streams(keys, screen).type("xterm").size(new org.jline.terminal.Size(50, 24))
                .encoding(StandardCharsets.UTF_8).build()) {
            typist.start();
            assertEquals(0, ChatCommand.terminalChat(fixtureEngine(), Language.EN, history, terminal));
            awaitScreen(terminal, screen);
            keyQueue.add(-1); // end of the keys: JLine's thread reading them ends
        } finally {
            typist.interrupt();
        }
        String shown = screen.toString(StandardCharsets.UTF_8);
        return shown.substring(0, shown.indexOf(SCREEN_END)).replaceAll("\u001B\\[[0-9;?]*[a-zA-Z]", "")
                .replaceAll("\u001B[=>]", "").replace("\r", "");
    }

    /** Written to the terminal after the chat; its arrival on the screen means all before it has arrived. */
    private static final String SCREEN_END = "[end of the screen]";

    /**
     * Waits until all the chat wrote has reached {@code screen}. The terminal is a pseudo-terminal: what the chat
     * writes goes through the kernel and JLine copies it to {@code screen} on a thread of its own, so the last reply
     * may still be on its way when the chat returns, and closing the terminal then would drop it. A mark written
     * after the chat comes out after everything written before it.
     *
     * @throws AssertionError when the mark has not arrived within 60 s
     */
    private static void awaitScreen(org.jline.terminal.Terminal terminal, ByteArrayOutputStream screen)
            throws InterruptedException {
        terminal.writer().print(SCREEN_END);
        terminal.flush();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!screen.toString(StandardCharsets.UTF_8).contains(SCREEN_END)) {
            assertTrue(System.nanoTime() < deadline, "the terminal's output reaches the screen: " + screen);
            Thread.sleep(10);
        }
    }

    /** Waits until the screen shows the chat waiting at its {@code n}-th prompt: "> " last, and nothing more for 300 ms. */
    private static void waitForPrompt(ByteArrayOutputStream screen, int n) throws InterruptedException {
        String before = "";
        long stableSince = System.nanoTime();
        while (true) {
            String text = screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[a-zA-Z]", "")
                    .replaceAll("\u001B[=>]", "");
            if (!text.equals(before)) {
                before = text;
                stableSince = System.nanoTime();
            } else if (text.endsWith("> ") && text.split("> ", -1).length - 1 >= n
                    && System.nanoTime() - stableSince > 300_000_000L) {
                return;
            }
            Thread.sleep(20);
        }
    }
}
