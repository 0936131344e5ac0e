package org.entente;

/**
 * The smallest real bargaining problem, as config text for end-to-end tests: two parties split a
 * unit surplus on a 0.01 grid, a wants more of it and b less.
 */
public final class SplitScenario {
    private SplitScenario() {
    }

    /** The {@code scenario:} block, named {@code name}; append an {@code experiment:} block as needed. */
    public static String yaml(String name) {
        return """
                scenario:
                  name: %s
                  interests: [trade]
                  issues:
                    - id: share
                      interest: trade
                      min: 0
                      max: 1
                      step: 0.01
                  parties:
                    - id: a
                      preferences:
                        share: {direction: up}
                    - id: b
                      preferences:
                        share: {direction: down}
                """.formatted(name);
    }

    /**
     * A split named Split with each party's extra fields ({@code a}, {@code b}: "key: value, " each,
     * e.g. {@code "reservation: 0.2, "}), b's preference ({@code "down"}, {@code "down, exponent: 0.5"})
     * and the grid step.
     */
    public static String yaml(String a, String b, String bPreference, double step) {
        return """
                scenario:
                  name: Split
                  interests: [trade]
                  issues:
                    - {id: share, interest: trade, min: 0, max: 1, step: %s}
                  parties:
                    - {id: a, %spreferences: {share: {direction: up}}}
                    - {id: b, %spreferences: {share: {direction: %s}}}
                """.formatted(step, a, b, bPreference);
    }
}
