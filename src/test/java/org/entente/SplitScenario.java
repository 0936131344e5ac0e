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
}
