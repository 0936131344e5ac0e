package org.entente.cli;

/** Shutdown hooks a command registers for the time it waits on something and removes afterwards. */
final class ShutdownHooks {
    private ShutdownHooks() {
    }

    /** Removes {@code hook}; false if the JVM is already exiting (Ctrl-C), when hooks, this one included, are running. */
    static boolean remove(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }
}
