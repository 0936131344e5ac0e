package org.entente.cli;

import picocli.CommandLine.Option;

/** {@code --force}: write into a non-empty --out DIR, which is refused otherwise (run, classroom, export). */
final class ForceOption {
    @Option(names = "--force", description = "allow writing into a non-empty --out DIR")
    boolean force;
}
