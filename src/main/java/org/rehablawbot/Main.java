package org.rehablawbot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rehablawbot.cli.AskCommand;
import org.rehablawbot.cli.BenchCommand;
import org.rehablawbot.cli.BotCommand;
import org.rehablawbot.cli.ChatCommand;
import org.rehablawbot.cli.Cli;
import org.rehablawbot.cli.CommonOptions;
import org.rehablawbot.cli.EvalCommand;
import org.rehablawbot.cli.IndexCommand;
import org.rehablawbot.cli.ValidateCommand;
import org.rehablawbot.config.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Entry point. With no command: starts the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set, otherwise a
 * console chat on the same answer pipeline; with neither a token nor any input (standard input is
 * {@code /dev/null}, as in a container started without {@code -i}) it says what to do and exits 1.
 * Exit codes: 0 success, 1 a runtime problem, 2 a usage error (see {@link Cli}).
 */
@Command(name = "rehab-law-bot", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Answers cited questions about the laws rehabilitating victims of Soviet-era political "
                + "repression in Central Asia. Without a command: the Telegram bot when TELEGRAM_BOT_TOKEN is set, "
                + "else a console chat.",
        subcommands = {ValidateCommand.class, IndexCommand.class, AskCommand.class, EvalCommand.class,
                BenchCommand.class, ChatCommand.class, BotCommand.class},
        footer = {"", "Examples:",
                "  rehab-law-bot                                 console chat (or the bot with TELEGRAM_BOT_TOKEN)",
                "  rehab-law-bot ask \"When did Kyrgyzstan adopt its rehabilitation law?\"",
                "  rehab-law-bot validate && rehab-law-bot index check the knowledge, then index it",
                "  rehab-law-bot index --rebuild                 rebuild the search index from scratch",
                "  rehab-law-bot ask --help                      options and examples of one command",
                "", "Exit status: 0 success, 1 a problem at run time (the message says what to do), 2 usage error."})
public final class Main implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        if (settings.telegramToken().isPresent()) {
            int code = BotCommand.run(settings);
            return code == Cli.OK ? Cli.OK : Cli.PROBLEM;
        }
        if (System.console() == null && noInput()) {
            System.err.println("Nothing to do: no TELEGRAM_BOT_TOKEN is set, so the console chat would start, but "
                    + "there is no terminal and no input. Either set the token to run the Telegram bot "
                    + "(docker run -e TELEGRAM_BOT_TOKEN=... / export TELEGRAM_BOT_TOKEN=...), or chat at a terminal "
                    + "(docker run -it ...), or pipe questions in (echo 'your question' | docker run -i IMAGE ask).");
            return Cli.PROBLEM;
        }
        return ChatCommand.run(settings, System.in, System.out);
    }

    /** True when standard input is {@code /dev/null} or closed: a start without {@code -i} in a container. */
    static boolean noInput() {
        Path stdin = Path.of("/proc/self/fd/0");
        try {
            if (!Files.exists(stdin, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return Files.isDirectory(Path.of("/proc/self/fd")); // on Linux: fd 0 is closed
            }
            return Files.readSymbolicLink(stdin).toString().equals("/dev/null");
        } catch (IOException | RuntimeException e) {
            return false; // not Linux: cannot tell, so chat as asked
        }
    }

    /** Builds the command line with the help, version and error handling every command shares. */
    public static CommandLine commandLine() {
        return Cli.configure(new CommandLine(new Main()));
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
