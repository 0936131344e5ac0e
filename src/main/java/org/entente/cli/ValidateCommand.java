package org.entente.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** `entente validate` (see shared/spec/cli.md). */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("validate is not implemented yet");
    }
}
