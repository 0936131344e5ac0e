package org.entente.evaluation;

import org.entente.negotiation.TraceEvent;

import java.util.List;

/**
 * One action of a run's trace as rounds.csv shows it: the event, the package it concerns in the
 * issues' own terms and each party's undiscounted utility of that package (scenario order); both
 * empty when the action concerns no package.
 */
public record TraceRow(long runId, TraceEvent event, PackageTerms terms, List<Double> utilities) {
    public TraceRow {
        utilities = List.copyOf(utilities);
    }

    public String term(int index) {
        return terms.term(index);
    }

    /** The utility of the package to the party at {@code index}; NaN when there is no package. */
    public double utility(int index) {
        return utilities.isEmpty() ? Double.NaN : utilities.get(index);
    }
}
