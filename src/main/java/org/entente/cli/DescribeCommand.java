package org.entente.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** `entente describe` (see shared/spec/cli.md). */
@Command(name = "describe", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class DescribeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("describe is not implemented yet");
    }
}
