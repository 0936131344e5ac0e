package org.entente.model;

import static org.entente.model.PartSpec.p;
import static org.entente.model.PartSpec.part;

/**
 * The catalogue of acceptance parts (Baarslag, Hindriks &amp; Jonker 2014): when to take the offer
 * on the table instead of countering. Every part also refuses what its party must refuse (below the
 * reservation; unratifiable when two-level aware).
 */
public enum AcceptancePart implements StrategyPart {
    NEXT_OR_TARGET(part("next_or_target", "AC_next or AC_target: at least its next offer, or at least its target")),
    NEXT(part("next", "AC_next: at least what it would offer next")),
    TARGET(part("target", "AC_target: at least the target utility of its offering part")),
    CONSTANT(part("constant", "AC_const: at least a fixed utility",
            p("threshold", 0.5, 0, 1, "utility it accepts at or above"))),
    COMBI(part("combi", "AC_combi: AC_next, or late in the talks the best offer received so far",
            p("after", 0.95, 0, 1, "normalised time from which it takes the best offer seen"))),
    ;

    private final PartSpec spec;

    AcceptancePart(PartSpec spec) {
        this.spec = spec;
    }

    @Override
    public PartSpec spec() {
        return spec;
    }
}
