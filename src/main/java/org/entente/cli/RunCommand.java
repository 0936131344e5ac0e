package org.entente.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** `entente run` (see shared/spec/cli.md). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("run is not implemented yet");
    }
}
