package org.entente.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** `entente merge` (see shared/spec/cli.md). */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class MergeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("merge is not implemented yet");
    }
}
