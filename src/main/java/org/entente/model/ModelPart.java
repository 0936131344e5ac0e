package org.entente.model;

import static org.entente.model.PartSpec.p;
import static org.entente.model.PartSpec.part;

/** The catalogue of opponent models: what a head believes the others want, and how that guides its offers. */
public enum ModelPart implements StrategyPart {
    BELIEFS(part("beliefs", "the design point's scenario as common knowledge; learns nothing")),
    FREQUENCY(part("frequency", "frequency model learned from the others' offers (HardHeaded; Baarslag et al. 2013)",
            p("learning_rate", 0.2, 0, 1, "weight an issue gains when an opponent keeps its value"))),
    ;

    private final PartSpec spec;

    ModelPart(PartSpec spec) {
        this.spec = spec;
    }

    @Override
    public PartSpec spec() {
        return spec;
    }
}
