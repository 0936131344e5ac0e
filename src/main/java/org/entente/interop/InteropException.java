package org.entente.interop;

/**
 * A file that cannot be imported or a scenario that cannot be exported exactly, with the place
 * and what to do: one line, {@code FILE:LINE:COL: message} when a position is known.
 */
public final class InteropException extends RuntimeException {
    public InteropException(SourcePosition at, String message) {
        super(at + ": " + message);
    }

    public InteropException(String message) {
        super(message);
    }
}
