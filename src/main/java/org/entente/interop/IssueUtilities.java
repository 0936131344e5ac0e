package org.entente.interop;

import java.util.Map;

/** One profile's evaluation of one issue, each value in [0, 1]. */
public sealed interface IssueUtilities {

    /** Utility of grid index k of the issue. */
    double of(AdditiveIssue issue, int k);

    /** A utility for every discrete value. */
    record Table(Map<String, Double> utilities) implements IssueUtilities {
        public Table {
            utilities = Map.copyOf(utilities);
        }

        public double of(AdditiveIssue issue, int k) {
            return utilities.get(((AdditiveIssue.Discrete) issue).values().get(k));
        }
    }

    /** Linear in the number: atMin at the issue's min, atMax at its max. */
    record Linear(double atMin, double atMax) implements IssueUtilities {
        public double of(AdditiveIssue issue, int k) {
            AdditiveIssue.Numeric n = (AdditiveIssue.Numeric) issue;
            int last = n.size() - 1;
            return last == 0 ? atMin : atMin + (atMax - atMin) * k / last;
        }
    }
}
