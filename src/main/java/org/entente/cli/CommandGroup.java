package org.entente.cli;

/** A command that only groups subcommands (entente itself, import, export): run without one, it lists them and exits 2. */
abstract class CommandGroup extends Subcommand {

    @Override
    public final Integer call() {
        // no subcommand: say which there are
        spec.commandLine().usage(err());
        return Main.BAD_INPUT;
    }
}
