package org.rehablawbot;

import java.util.concurrent.Callable;
import org.rehablawbot.cli.AskCommand;
import org.rehablawbot.cli.BenchCommand;
import org.rehablawbot.cli.BotCommand;
import org.rehablawbot.cli.ChatCommand;
import org.rehablawbot.cli.CommonOptions;
import org.rehablawbot.cli.EvalCommand;
import org.rehablawbot.cli.IndexCommand;
import org.rehablawbot.cli.ValidateCommand;
import org.rehablawbot.config.ConfigException;
import org.rehablawbot.config.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Entry point. With no command: starts the Telegram bot when {@code TELEGRAM_BOT_TOKEN} is set, otherwise a
 * console chat on the same answer pipeline.
 */
@Command(name = "rehab-law-bot", mixinStandardHelpOptions = true, version = "rehab-law-bot 0.1.0",
        description = "Answers cited questions about the laws rehabilitating victims of Soviet-era political "
                + "repression in Central Asia.",
        subcommands = {ValidateCommand.class, IndexCommand.class, AskCommand.class, EvalCommand.class,
                BenchCommand.class, ChatCommand.class, BotCommand.class})
public final class Main implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings();
        if (settings.telegramToken().isPresent()) {
            return BotCommand.run(settings);
        }
        return ChatCommand.run(settings, System.in, System.out);
    }

    /** Builds the command line with the error handling every command shares. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ConfigException) {
                cmd.getErr().println("configuration error: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
