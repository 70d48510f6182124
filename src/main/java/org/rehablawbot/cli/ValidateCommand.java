package org.rehablawbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rehablawbot.knowledge.FactTable;
import org.rehablawbot.knowledge.KnowledgeFolder;
import org.rehablawbot.knowledge.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Checks every file of the knowledge folder. Prints each problem as {@code path:line: message} on standard
 * output and a summary on standard error; exits 1 when there is any problem, 0 otherwise, 2 when the folder
 * cannot be read. With {@code --facts}, also lists every fact key, its values and the sources giving each.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Check every knowledge file; print each problem as path:line: message",
        footer = {"", "Examples:",
                "  rehab-law-bot validate                       check knowledge/",
                "  rehab-law-bot validate --knowledge uploads   check another folder",
                "  rehab-law-bot validate --facts               also list every fact key and who gives which value",
                "", "Exit status: 0 no problem, 1 problems found or the folder cannot be read, 2 usage error."})
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--facts", description = "Also list every fact key with each value and the sources giving it; "
            + "keys whose sources give different values are marked \"differs\"")
    boolean facts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return run(common.settings().knowledgeDir(), facts, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Validates a knowledge folder.
     *
     * @return 0 when every file is fine, 1 when any has a problem or the folder cannot be read
     */
    public static int run(Path knowledgeDir, boolean facts, PrintWriter out, PrintWriter err) {
        KnowledgeFolder folder;
        try {
            folder = KnowledgeFolder.load(knowledgeDir);
        } catch (NoSuchFileException e) {
            err.println("knowledge folder not found: " + knowledgeDir + ". Run from the project's folder, or give the "
                    + "folder with --knowledge DIR (or KNOWLEDGE_DIR).");
            err.flush();
            return Cli.PROBLEM;
        } catch (IOException e) {
            err.println("cannot read the knowledge folder " + knowledgeDir + ": " + e.getMessage() + ". Check that "
                    + org.rehablawbot.index.IndexCheck.currentUser() + " may read it.");
            err.flush();
            return Cli.PROBLEM;
        }
        List<Problem> problems = folder.problems();
        problems.forEach(out::println);
        if (facts) {
            printFacts(folder, out, err);
        }
        out.flush();
        err.println(folder.files().size() + " files, " + folder.documents().size() + " documents, "
                + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        err.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    private static void printFacts(KnowledgeFolder folder, PrintWriter out, PrintWriter err) {
        FactTable table = FactTable.of(folder.documents(), folder::displayPath);
        int differing = 0;
        int timelines = 0;
        if (!table.keys().isEmpty() && !folder.problems().isEmpty()) {
            out.println();
        }
        for (String key : table.keys()) {
            List<FactTable.Entry> entries = table.entries(key);
            boolean differs = table.differs(key);
            boolean timeline = table.isTimeline(key);
            differing += differs ? 1 : 0;
            timelines += timeline ? 1 : 0;
            String what = entries.stream().filter(e -> e.passage().source().language().code().equals("en"))
                    .map(e -> e.fact().about()).filter(a -> a != null).findFirst()
                    .orElse(entries.stream().map(e -> e.fact().about()).filter(a -> a != null).findFirst().orElse(null));
            out.println(key + (what == null ? "" : " (" + what + ")") + (timeline ? ": timeline" : "")
                    + (differs ? (timeline ? ", differs" : ": differs") : ""));
            // One line per value and moment, earliest moment first, undated values last.
            Map<String, List<String>> lines = new LinkedHashMap<>();
            entries.stream()
                    .sorted(Comparator.comparing((FactTable.Entry e) -> e.fact().asOf(),
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(e -> lines.computeIfAbsent(
                                    (e.fact().asOf() == null ? "" : "as of " + e.fact().asOf().iso() + ": ")
                                            + e.fact().value(), v -> new ArrayList<>())
                            .add(e.path() + ":" + e.passage().line()
                                    + (e.fact().claimant() == null ? "" : " (claimant: " + e.fact().claimant() + ")")));
            lines.forEach((v, givers) -> out.println("  " + v + "  " + String.join(", ", givers)));
        }
        err.println(table.keys().size() + " fact keys, " + differing + " with differing values, " + timelines
                + " timelines");
    }
}
