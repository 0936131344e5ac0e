package org.entente.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** `entente report` (see shared/spec/cli.md). */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class ReportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("report is not implemented yet");
    }
}
