package org.entente.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * An {@code entente} command (each subcommand, and entente itself): its terminal (stdout, stderr) and
 * the command line it was given, in one place.
 */
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Where results and summaries go. */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where progress, warnings and errors go. */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The arguments after {@code entente}, as the user typed them. */
    final List<String> args() {
        return spec.commandLine().getParseResult().originalArgs();
    }

    /** The whole command line, {@code entente} first: what a manifest records. */
    final List<String> argv() {
        List<String> argv = new ArrayList<>(List.of("entente"));
        argv.addAll(args());
        return argv;
    }
}
