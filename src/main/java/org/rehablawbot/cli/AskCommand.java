package org.rehablawbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.rehablawbot.answer.Answer;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.render.JsonRenderer;
import org.rehablawbot.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Answers one question given as arguments, or, without arguments, every line of standard input as a question
 * of its own. Prints the answer as text with its sources, or with {@code --json} one JSON object a question.
 */
@Command(name = "ask", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Answer a question (or each line of standard input) with cited sources",
        footer = {"", "Examples:",
                "  rehab-law-bot ask \"When did Kyrgyzstan adopt its rehabilitation law?\"",
                "  rehab-law-bot ask --json \"Кто создал комиссию по реабилитации?\"",
                "  rehab-law-bot ask --lang ru 1993             (a question without letters: answer in Russian)",
                "  printf 'question one\\nquestion two\\n' | rehab-law-bot ask --json",
                "", "Exit status: 0 answered (a refusal too), 1 the index or knowledge cannot be opened, 2 usage error."})
public final class AskCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "Print one JSON object per answer")
    boolean json;

    @Option(names = "--lang", paramLabel = "en|ru", converter = Cli.LanguageConverter.class,
            description = "Answer language when the question's script does not decide: en or ru "
                    + "(default: answer.default_language)")
    Language lang;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (words are joined with spaces)")
    List<String> words;

    @Override
    public Integer call() {
        PrintStream out = Engines.stdout();
        try (AnswerEngine engine = Engines.open(common.settings())) {
            Language preferred = lang;
            if (words != null && !words.isEmpty()) {
                print(engine.answer(String.join(" ", words), null, preferred), json, out);
            } else {
                run(engine, System.in, preferred, json, out);
            }
            return 0;
        } catch (Engines.OpenFailure e) {
            System.err.println("ask: " + e.getMessage());
            return Cli.PROBLEM;
        }
    }

    /** Answers each non-blank line of {@code in} as a question of its own. */
    public static void run(AnswerService service, InputStream in, Language preferred, boolean json, PrintStream out) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean first = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                if (!json && !first) {
                    out.println();
                }
                print(service.answer(line, null, preferred), json, out);
                first = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read questions from standard input", e);
        }
    }

    /** Prints one answer: JSON on one line, or the text with its source list. */
    public static void print(Answer answer, boolean json, PrintStream out) {
        out.println(json ? JsonRenderer.render(answer) : TextRenderer.render(answer));
        out.flush();
    }
}
