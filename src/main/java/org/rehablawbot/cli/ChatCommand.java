package org.rehablawbot.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.rehablawbot.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Console chat on the answer pipeline. Placeholder until implemented. */
@Command(name = "chat", description = "Chat with the bot in the console")
public final class ChatCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return run(common.settings(), System.in, System.out);
    }

    public static int run(Settings settings, InputStream in, PrintStream out) {
        System.err.println("chat: not yet implemented");
        return 3;
    }
}
