package org.entente.cli;

import java.util.logging.LogManager;

/**
 * A java.util.logging manager that keeps its handlers while the JVM shuts down. The JDK's own
 * shutdown hook resets every logger, racing JADE's shutdown hook; when the reset wins, JADE logs
 * its routine warnings ("Main Container JVM is terminating") past the filter that
 * {@code JadePlatform} puts on the console handler.
 */
public final class SteadyLogManager extends LogManager {
    private boolean configured;

    @Override
    public synchronized void reset() {
        if (configured) return;
        super.reset();
    }

    @Override
    public void readConfiguration() throws java.io.IOException, SecurityException {
        super.readConfiguration();
        synchronized (this) {
            configured = true;
        }
    }
}
