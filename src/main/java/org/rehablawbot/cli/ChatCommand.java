package org.rehablawbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.answer.Messages;
import org.rehablawbot.config.Settings;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.render.TextRenderer;
import org.rehablawbot.retrieve.FollowUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Console chat on the answer pipeline: one question a line, answers as text with their sources; a short
 * question continues the previous one ("and in Kazakhstan?"). Commands: {@code /sources} (the last answer's
 * sources with the quoted passages), {@code /help}, {@code /quit}. End of input ends the chat. The prompt is
 * shown only when a person types at a terminal, so piped input gives clean output.
 */
@Command(name = "chat", description = "Chat with the bot in the console (/sources, /help, /quit)")
public final class ChatCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return run(common.settings(), System.in, Engines.stdout());
    }

    /** Opens the engine for the settings and chats on {@code in} and {@code out}; returns the exit code. */
    public static int run(Settings settings, InputStream in, PrintStream out) {
        if (out == System.out) {
            out = Engines.stdout(); // UTF-8 whatever the platform default
        }
        try (AnswerEngine engine = Engines.open(settings)) {
            boolean interactive = in == System.in && System.console() != null;
            return chat(engine, in, out, interactive, settings.defaultLanguage());
        } catch (Engines.OpenFailure e) {
            System.err.println("chat: " + e.getMessage());
            return 2;
        }
    }

    /**
     * The chat loop.
     *
     * @param interactive show a greeting and a prompt (a person at a terminal)
     * @param language    the language of the greeting and of commands before the first question
     */
    public static int chat(AnswerService service, InputStream in, PrintStream out, boolean interactive,
                           Language language) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Language current = language == null ? Language.EN : language;
        String context = null;
        Answer last = null;
        if (interactive) {
            out.println(Messages.chatHelp(current));
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
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                String command = text.toLowerCase(Locale.ROOT);
                if (command.equals("/quit") || command.equals("/exit")) {
                    break;
                } else if (command.equals("/help") || command.equals("/start")) {
                    out.println(Messages.chatHelp(current));
                } else if (command.equals("/sources")) {
                    out.println(last == null || last.citations().isEmpty()
                            ? Messages.noSourcesYet(current) : TextRenderer.sourceDetails(last));
                } else {
                    last = service.answer(text, context, current);
                    current = last.language();
                    context = FollowUp.merge(AnswerEngine.truncate(text), context);
                    out.println(TextRenderer.render(last));
                }
                out.println();
                out.flush();
            }
        } catch (IOException e) {
            System.err.println("chat: cannot read input: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }
}
