package org.rehablawbot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.rehablawbot.answer.AnswerEngine;
import org.rehablawbot.answer.AnswerService;
import org.rehablawbot.eval.EvalCase;
import org.rehablawbot.eval.EvalResult;
import org.rehablawbot.eval.Evaluator;
import org.rehablawbot.knowledge.Language;
import org.rehablawbot.render.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Runs a question set (JSON lines with the fields of {@link EvalCase#FIELDS}) through the answer pipeline and
 * prints each case as PASS or FAIL with the reason, then the pass rates: overall, refusals, conflicts, Russian.
 * Exits 1 when the overall rate is below {@code --min-pass}, or when the set or the index cannot be read (a line
 * that is not a valid case, e.g. with an unknown field, is reported with its file, line and field).
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Run a question set and report the pass rate",
        footer = {"", "Examples:",
                "  rehab-law-bot eval src/test/resources/eval/questions.jsonl",
                "  rehab-law-bot eval --min-pass 95 -v my-questions.jsonl   (exit 1 below 95%%)",
                "", "Exit status: 0 done (and at least --min-pass), 1 below --min-pass or the set or index cannot be "
                + "read, 2 usage error."})
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "Question set, one JSON object a line")
    Path file;

    @Option(names = "--min-pass", paramLabel = "P", description = "Exit 1 when fewer than P percent of the cases pass")
    Double minPass;

    @Option(names = {"-v", "--verbose"}, description = "Also print every answer")
    boolean verbose;

    @Override
    public Integer call() {
        PrintStream out = Engines.stdout();
        List<EvalCase> cases;
        try {
            cases = EvalCase.read(file);
        } catch (NoSuchFileException e) {
            System.err.println("eval: question set not found: " + file.toAbsolutePath() + ". Give the path of a "
                    + "JSON-lines file, e.g. src/test/resources/eval/questions.jsonl.");
            return Cli.PROBLEM;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("eval: " + e.getMessage() + ". Fix that line (one JSON object a line, see the README's "
                    + "Answers section).");
            return Cli.PROBLEM;
        }
        try (AnswerEngine engine = Engines.open(common.settings())) {
            return run(engine, cases, minPass, verbose, out);
        } catch (Engines.OpenFailure e) {
            System.err.println("eval: " + e.getMessage());
            return Cli.PROBLEM;
        }
    }

    /** Runs the cases and prints the report; returns 1 when the pass rate is below {@code minPass}, else 0. */
    public static int run(AnswerService service, List<EvalCase> cases, Double minPass, boolean verbose,
                          PrintStream out) {
        List<EvalResult> results = Evaluator.run(service, cases);
        for (EvalResult r : results) {
            out.println((r.passed() ? "PASS " : "FAIL ") + r.evalCase().id() + "  " + r.evalCase().question()
                    + (r.passed() ? "" : "\n     " + String.join("; ", r.failures())));
            if (verbose) {
                out.println(TextRenderer.render(r.answer()).indent(5));
            }
        }
        double overall = Evaluator.passRate(results, r -> true);
        out.println();
        out.println(line("overall", results, r -> true));
        out.println(line("refusals", results, r -> r.evalCase().refuse()));
        out.println(line("conflicts", results, r -> r.evalCase().conflict()));
        out.println(line("Russian", results, r -> r.evalCase().language() == Language.RU));
        out.flush();
        if (minPass != null && overall < minPass) {
            out.println(String.format(Locale.ROOT, "pass rate %.1f%% is below the required %.1f%%", overall, minPass));
            return 1;
        }
        return 0;
    }

    private static String line(String label, List<EvalResult> results, Predicate<EvalResult> filter) {
        long total = results.stream().filter(filter).count();
        long passed = results.stream().filter(filter).filter(EvalResult::passed).count();
        return String.format(Locale.ROOT, "%-10s %d/%d passed (%.1f%%)", label + ":", passed, total,
                Evaluator.passRate(results, filter));
    }
}
