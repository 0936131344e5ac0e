package org.entente.model;

import java.util.List;

import static org.entente.model.PartSpec.p;

/** The catalogue of opponent models: what a head believes the others want, and how that guides its offers. */
public enum ModelPart implements StrategyPart {
    BELIEFS("the design point's scenario as common knowledge; learns nothing"),
    FREQUENCY("frequency model learned from the others' offers (HardHeaded; Baarslag et al. 2013)",
            p("learning_rate", 0.2, 0, 1, "weight an issue gains when an opponent keeps its value"));

    private final PartSpec spec;

    ModelPart(String description, ParameterSpec... params) { spec = new PartSpec(description, List.of(params)); }

    @Override public PartSpec spec() { return spec; }
}
