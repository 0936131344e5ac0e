package org.entente.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** `entente bench` (see shared/spec/cli.md). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("bench is not implemented yet");
    }
}
