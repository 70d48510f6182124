package org.rehablawbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Placeholder until the command is implemented. */
@Command(name = "bench", description = "(not yet implemented)")
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        System.err.println("bench: not yet implemented");
        return 3;
    }
}
