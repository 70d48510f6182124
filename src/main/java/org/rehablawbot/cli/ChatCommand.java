package org.rehablawbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.config.Settings;
import org.rehablawbot.knowledge.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Console chat on the answer pipeline (see {@link ChatSession} for what each line does). At a terminal it reads
 * with JLine: line editing, history (kept in {@code <data.dir>/chat-history}, up and down arrows, Ctrl+R to
 * search), Tab completion of commands, answers wrapped to the terminal's width. With piped input it reads plain
 * lines and prints no prompt, so its output is clean; end of input ends the chat.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Chat with the bot in the console: /sources, /quotes, /lang en|ru, /help, /quit",
        footer = {"", "Examples:",
                "  rehab-law-bot chat                            at a terminal: line editing, history, word wrap",
                "  printf 'Who created the commission?\\nand in Kazakhstan?\\n' | rehab-law-bot chat",
                "", "In the chat: /sources lists the documents known, /quotes the passages the last answer quotes,",
                "/lang ru answers in Russian, /help, /quit (or Ctrl+D, \"quit\", \"выход\").",
                "", "Exit status: 0 chat ended, 1 the index or knowledge cannot be opened, 2 usage error."})
public final class ChatCommand implements Callable<Integer> {

    /** The chat's history file in the data folder. */
    static final String HISTORY_FILE = "chat-history";

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return run(common.settings(), System.in, Engines.stdout());
    }

    /**
     * Opens the engine for the settings (showing the progress of an index build) and chats: with JLine when
     * {@code in} is the standard input of a terminal, else line by line on {@code in} and {@code out}.
     *
     * @return 0 when the chat ended, 1 when the engine cannot be opened or the input cannot be read
     */
    public static int run(Settings settings, InputStream in, PrintStream out) {
        if (out == System.out) {
            out = Engines.stdout(); // UTF-8 whatever the platform default
        }
        boolean terminal = in == System.in && System.console() != null;
        try (AnswerEngine engine = Engines.open(settings)) {
            if (terminal) {
                return terminalChat(engine, settings.defaultLanguage(), settings.dataDir().resolve(HISTORY_FILE));
            }
            return chat(engine, in, out, false, settings.defaultLanguage());
        } catch (Engines.OpenFailure e) {
            System.err.println("chat: " + e.getMessage());
            return Cli.PROBLEM;
        }
    }

    /**
     * The chat loop on plain streams (piped input): each line is handled by a {@link ChatSession}, each reply
     * followed by a blank line; no wrapping.
     *
     * @param interactive show the help first and a prompt before each line
     * @param language    the language of the help and of commands before the first question
     * @return 0, or 1 when the input cannot be read
     */
    public static int chat(AnswerService service, InputStream in, PrintStream out, boolean interactive,
                           Language language) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        ChatSession session = new ChatSession(service, language);
        if (interactive) {
            out.println(ChatSession.help(session.language()));
        }
        try {
            while (true) {
                if (interactive) {
                    out.print("> ");
                    out.flush();
                }
                String line = reader.readLine();
                if (line == null) {
                    break;
                }
                ChatSession.Reply reply = session.handle(line);
                if (reply == null) {
                    continue;
                }
                if (reply.quit()) {
                    break;
                }
                out.println(reply.text());
                out.println();
                out.flush();
            }
        } catch (IOException e) {
            System.err.println("chat: cannot read input: " + e.getMessage());
            return Cli.PROBLEM;
        }
        out.flush();
        return Cli.OK;
    }

    /** The chat at the system's terminal, with JLine. */
    static int terminalChat(AnswerService service, Language language, Path historyFile) {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return terminalChat(service, language, historyFile, terminal);
        } catch (IOException e) {
            System.err.println("chat: cannot open the terminal: " + e.getMessage()
                    + ". Pipe questions in instead: echo 'your question' | rehab-law-bot chat");
            return Cli.PROBLEM;
        }
    }

    /**
     * The chat on a JLine terminal: line editing, history in {@code historyFile} (when it can be written), Tab
     * completion of commands, replies wrapped to the terminal's width.
     *
     * @return 0 when the chat ended (a quit command, Ctrl+D or end of input)
     */
    static int terminalChat(AnswerService service, Language language, Path historyFile, Terminal terminal) {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("rehab-law-bot")
                .completer(new StringsCompleter(ChatSession.COMMANDS))
                .variable(LineReader.HISTORY_SIZE, 1000)
                .variable(LineReader.HISTORY_FILE_SIZE, 1000);
        if (writable(historyFile)) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = builder.build();
        ChatSession session = new ChatSession(service, language);
        print(terminal, ChatSession.help(session.language()));
        while (true) {
            String line;
            try {
                line = reader.readLine("> ");
            } catch (UserInterruptException e) {
                continue; // Ctrl+C clears the line
            } catch (EndOfFileException e) {
                break; // Ctrl+D
            }
            ChatSession.Reply reply = session.handle(line);
            if (reply == null) {
                continue;
            }
            print(terminal, reply.text());
            if (reply.quit()) {
                break;
            }
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // history is a convenience; a chat never fails for it
        }
        return Cli.OK;
    }

    private static void print(Terminal terminal, String text) {
        int width = terminal.getWidth() > 0 ? terminal.getWidth() - 1 : 79;
        terminal.writer().println(Wrap.wrap(text, width));
        terminal.writer().println();
        terminal.flush();
    }

    private static boolean writable(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return Files.exists(file) ? Files.isWritable(file) : Files.isWritable(file.getParent());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
