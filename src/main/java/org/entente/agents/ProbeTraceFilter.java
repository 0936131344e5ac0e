package org.entente.agents;

import java.io.EOFException;
import java.io.PrintStream;

/**
 * Standard error without the stack trace JADE's JICP server prints (besides logging it) when a
 * connection closes before sending a packet: that is a worker checking that the experiment listens,
 * or a port scan, not an error the user should see. Everything else passes through unchanged.
 */
final class ProbeTraceFilter extends PrintStream {
    private static final String MESSAGE = "EOF reading packet header";
    private boolean dropping;

    ProbeTraceFilter(PrintStream target) {
        super(target, true);
    }

    /** Installs the filter on System.err once (it is idempotent). */
    static synchronized void install() {
        if (!(System.err instanceof ProbeTraceFilter)) System.setErr(new ProbeTraceFilter(System.err));
    }

    @Override
    public synchronized void println(Object x) {
        if (drops(x)) return;
        super.println(x);
    }

    @Override
    public synchronized void println(String x) {
        if (drops(x)) return;
        super.println(x);
    }

    /** The trace's first line (the exception) and its frames (Throwable prints them as objects or strings). */
    private boolean drops(Object x) {
        if (x instanceof EOFException e && MESSAGE.equals(e.getMessage())) {
            dropping = true;
        } else if (!(dropping && x instanceof String line && (line.startsWith("\tat ") || line.startsWith("\t...")))) {
            dropping = false;
        }
        return dropping;
    }
}
