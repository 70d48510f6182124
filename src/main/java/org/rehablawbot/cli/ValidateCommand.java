package org.rehablawbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.rehablawbot.knowledge.KnowledgeFolder;
import org.rehablawbot.knowledge.MarkdownText;
import org.rehablawbot.knowledge.Passage;
import org.rehablawbot.knowledge.Problem;
import org.rehablawbot.knowledge.SourceDocument;
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

    /** One source giving a value: where, and who the source attributes it to. */
    private record Giver(Path path, int line, String claimant) {
        @Override
        public String toString() {
            return path + ":" + line + (claimant == null ? "" : " (claimant: " + claimant + ")");
        }
    }

    private static void printFacts(KnowledgeFolder folder, PrintWriter out, PrintWriter err) {
        Map<String, Map<String, List<Giver>>> byKey = new TreeMap<>();
        Map<String, String> about = new LinkedHashMap<>();
        for (SourceDocument d : folder.documents()) {
            Path path = folder.displayPath(d.meta());
            for (Passage p : d.passages()) {
                if (!p.isFact()) {
                    continue;
                }
                String key = p.fact().key();
                byKey.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(p.fact().value(), v -> new ArrayList<>())
                        .add(new Giver(path, p.line(), p.fact().claimant()));
                if (p.fact().about() != null && (!about.containsKey(key) || d.meta().language().code().equals("en"))) {
                    about.put(key, p.fact().about());
                }
            }
        }
        int differing = 0;
        if (!byKey.isEmpty() && !folder.problems().isEmpty()) {
            out.println();
        }
        for (Map.Entry<String, Map<String, List<Giver>>> e : byKey.entrySet()) {
            boolean differs = e.getValue().keySet().stream().map(ValidateCommand::normalise).distinct().count() > 1;
            if (differs) {
                differing++;
            }
            String what = about.get(e.getKey());
            out.println(e.getKey() + (what == null ? "" : " (" + what + ")") + (differs ? ": differs" : ""));
            for (Map.Entry<String, List<Giver>> v : e.getValue().entrySet()) {
                List<String> givers = v.getValue().stream().map(Giver::toString).toList();
                out.println("  " + v.getKey() + "  " + String.join(", ", givers));
            }
        }
        err.println(byKey.size() + " fact keys, " + differing + " with differing values");
    }

    private static String normalise(String value) {
        return MarkdownText.collapse(value).toLowerCase(Locale.ROOT);
    }
}
