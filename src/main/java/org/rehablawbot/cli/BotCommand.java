package org.rehablawbot.cli;

import java.util.concurrent.Callable;
import org.rehablawbot.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the Telegram bot. Placeholder until implemented. */
@Command(name = "bot", description = "Run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
public final class BotCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return run(common.settings());
    }

    public static int run(Settings settings) {
        System.err.println("bot: not yet implemented");
        return 3;
    }
}
