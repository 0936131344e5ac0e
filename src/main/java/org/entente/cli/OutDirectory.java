package org.entente.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code --out DIR} of play, classroom and bench: where the command writes, by default a new directory named by the time. */
final class OutDirectory {
    @Option(names = "--out", paramLabel = "DIR",
            description = "the results directory (default results/${COMMAND-NAME}/<yyyyMMdd-HHmmss>/)")
    Path out;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** --out, or a new {@code results/<command>/<now>/}. */
    Path dir() {
        return out != null ? out : StampedDirectory.under(command.name());
    }
}
