package org.entente.cli;

/** An option that takes a duration in whole seconds: from 1 to a day, far from the nanosecond clock's overflow. */
final class SecondsOption {
    static final long MAX = 86_400;

    private SecondsOption() {
    }

    /** Exit 2 naming {@code option} unless {@code seconds} is from 1 to {@link #MAX}. */
    static void check(String option, long seconds) {
        if (seconds < 1 || seconds > MAX) {
            throw new Main.UserError(option + " must be from 1 to " + MAX + " seconds (a day), not " + seconds);
        }
    }
}
