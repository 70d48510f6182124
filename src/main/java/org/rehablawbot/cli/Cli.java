package org.rehablawbot.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.rehablawbot.config.ConfigException;
import org.rehablawbot.knowledge.Language;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * What every command of the command line shares: the exit codes, the handling of usage errors and of runtime
 * problems, the version, and the conversion of {@code --lang}.
 *
 * <p>Exit codes follow picocli's conventions: {@link #OK} 0 on success, {@link #PROBLEM} 1 on a runtime problem
 * (a missing folder, a data folder that cannot be written, files with problems, a bad configuration), {@link #USAGE}
 * 2 on a usage error (an unknown option, a missing or bad value).
 */
public final class Cli {

    /** Success. */
    public static final int OK = CommandLine.ExitCode.OK;
    /** A runtime problem: the message says what to do. */
    public static final int PROBLEM = CommandLine.ExitCode.SOFTWARE;
    /** A usage error: unknown option, missing or bad value. */
    public static final int USAGE = CommandLine.ExitCode.USAGE;

    private Cli() {
    }

    /**
     * Sets up a command line built on the top command: help options and examples on every subcommand, the
     * usage-error and runtime-problem handlers, and case-insensitive option values.
     *
     * @param cl the command line of the top command, with its subcommands added
     * @return {@code cl}
     */
    public static CommandLine configure(CommandLine cl) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof ConfigException) {
                err.println("configuration error: " + ex.getMessage());
                err.println(String.valueOf(ex.getMessage()).contains("file not found")
                        ? "Give an existing file with --config FILE, or leave --config out to use "
                                + "config/application.yaml (or the defaults when there is none)."
                        : "Fix the setting in the configuration file (--config FILE, default config/application.yaml) "
                                + "or its environment variable; the README's Configuration section lists them all.");
            } else {
                err.println(cmd.getCommandName() + ": unexpected error: " + ex);
                ex.printStackTrace(err);
                err.println("This is a fault of the program. Please report it with the command you ran and the "
                        + "lines above.");
            }
            err.flush();
            return PROBLEM;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println(cmd.getColorScheme().errorText(ex.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' to see the options and examples.");
            err.flush();
            return USAGE;
        });
        addHelpEverywhere(cl);
        return cl;
    }

    /** Gives every subcommand {@code -h/--help} and {@code -V/--version}, also those declared without them. */
    private static void addHelpEverywhere(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null) {
                spec.mixinStandardHelpOptions(true);
            }
            if (spec.version().length == 0) {
                spec.versionProvider(new Version());
            }
            if (spec.usageMessage().footer().length == 0 && spec.name().equals("bot")) {
                spec.usageMessage().footer("", "Examples:",
                        "  TELEGRAM_BOT_TOKEN=123456789:AA... rehab-law-bot bot",
                        "  TELEGRAM_API_URL=http://localhost:8081 rehab-law-bot bot  (own Bot API server)",
                        "", "Exit status: 0 stopped, 1 cannot start (the message says why), 2 usage error.");
            }
            addHelpEverywhere(sub);
        }
    }

    /** The version from the jar's manifest ({@code Implementation-Version}), or "development build". */
    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"rehab-law-bot " + (v == null ? "(development build)" : v),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    /** Converts {@code en} or {@code ru} (any case) to a {@link Language}; anything else lists the allowed values. */
    public static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.fromCode(value.strip().toLowerCase(java.util.Locale.ROOT)).orElseThrow(() ->
                    new TypeConversionException("expected one of " + allowed() + " but was '" + value + "'"));
        }

        /** "en, ru". */
        public static String allowed() {
            return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));
        }
    }
}
