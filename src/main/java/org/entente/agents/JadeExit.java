package org.entente.agents;

/**
 * What a finished command does about JADE just before the JVM exits: nothing, unless this process started a
 * platform ({@link JadePlatform#shutDownWithoutWaiting}). A class of its own, with no JADE in it, so that
 * commands that never start JADE (describe, validate) do not load the platform's classes to find that out.
 */
public final class JadeExit {
    private static volatile Runnable beforeExit;

    private JadeExit() {
    }

    /** Called by the platform when it starts. */
    static void onExit(Runnable action) {
        beforeExit = action;
    }

    /** Called once the command is done and its results written, before {@code System.exit}. */
    public static void prepare() {
        Runnable action = beforeExit;
        if (action != null) action.run();
    }
}
