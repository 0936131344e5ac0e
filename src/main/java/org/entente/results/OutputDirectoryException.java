package org.entente.results;

/**
 * An output directory that may not be written to (or resumed, or merged), with the reason and what to
 * do: bad input, which the command line says in one line with exit code 2.
 */
public final class OutputDirectoryException extends Exception {
    public OutputDirectoryException(String message) {
        super(message);
    }
}
