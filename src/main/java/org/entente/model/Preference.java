package org.entente.model;

import java.util.Map;

/**
 * How a party values one issue, each value in [0, 1]. The exact definitions are those of
 * the config contract (docs/config.md, "Utility").
 */
public sealed interface Preference {

    /** v for grid index k of the issue. */
    double value(Issue issue, int k);

    /** Where grid index k lies between a numeric issue's min (0) and max (1); 1 when min = max. */
    private static double position(Issue issue, int k) {
        NumericIssue n = (NumericIssue) issue;
        double span = n.max() - n.min();
        double r = span > 0 ? (n.value(k) - n.min()) / span : 1.0;
        return Math.max(0.0, Math.min(1.0, r));
    }

    /** Numeric, monotone: {@code direction: up|down}, {@code exponent > 0}. */
    record Monotone(boolean up, double exponent) implements Preference {
        @Override
        public double value(Issue issue, int k) {
            double r = position(issue, k);
            return Math.pow(up ? r : 1.0 - r, exponent);
        }
    }

    /** Numeric, single-peaked at {@code ideal}: v = (1 - |x - c| / max(c - min, max - c)) ^ exponent. */
    record Peaked(double ideal, double exponent) implements Preference {
        @Override
        public double value(Issue issue, int k) {
            NumericIssue n = (NumericIssue) issue;
            double spread = Math.max(ideal - n.min(), n.max() - ideal);
            double r = spread > 0 ? 1.0 - Math.abs(n.value(k) - ideal) / spread : 1.0;
            return Math.pow(Math.max(0.0, Math.min(1.0, r)), exponent);
        }
    }

    /**
     * Numeric, linear from {@code atMin} at min to {@code atMax} at max, each in [0, 1]: the linear
     * evaluators of GENIUS and GeniusWeb ({@code direction: up} is atMin 0, atMax 1; atMax when min = max).
     */
    record Linear(double atMin, double atMax) implements Preference {
        @Override
        public double value(Issue issue, int k) {
            return atMin + (atMax - atMin) * position(issue, k);
        }
    }

    /** Discrete: the listed value of the chosen option. */
    record Valued(Map<String, Double> values) implements Preference {
        public Valued {
            values = Map.copyOf(values);
        }

        @Override
        public double value(Issue issue, int k) {
            return values.get(((DiscreteIssue) issue).options().get(k));
        }
    }
}
