package org.entente.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** `entente play` (see shared/spec/cli.md). */
@Command(name = "play", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class PlayCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("play is not implemented yet");
    }
}
