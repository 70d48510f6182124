package org.rehablawbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Placeholder until the command is implemented. */
@Command(name = "index", description = "(not yet implemented)")
public final class IndexCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("index: not yet implemented");
        return 3;
    }
}
