package org.entente.model;

import java.util.List;

import static org.entente.model.PartSpec.p;

/**
 * The catalogue of acceptance parts (Baarslag, Hindriks &amp; Jonker 2014): when to take the offer
 * on the table instead of countering. Every part also refuses what its party must refuse (below the
 * reservation; unratifiable when two-level aware).
 */
public enum AcceptancePart implements StrategyPart {
    NEXT_OR_TARGET("AC_next or AC_target: at least its next offer, or at least its target"),
    NEXT("AC_next: at least what it would offer next"),
    TARGET("AC_target: at least the target utility of its offering part"),
    CONSTANT("AC_const: at least a fixed utility",
            p("threshold", 0.5, 0, 1, "utility it accepts at or above")),
    COMBI("AC_combi: AC_next, or late in the talks the best offer received so far",
            p("after", 0.95, 0, 1, "normalised time from which it takes the best offer seen"));

    private final PartSpec spec;

    AcceptancePart(String description, ParameterSpec... params) { spec = new PartSpec(description, List.of(params)); }

    @Override public PartSpec spec() { return spec; }
}
