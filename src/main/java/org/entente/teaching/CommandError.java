package org.entente.teaching;

/** A student's mistake at the prompt (unknown command, bad issue or value): shown, then the prompt repeats. */
public final class CommandError extends Exception {
    public CommandError(String message) {
        super(message);
    }
}
