package org.entente.model;

import java.util.List;

import static org.entente.model.PartSpec.p;

/** The catalogue of offering (bidding) parts: which offer to make, and the target utility it aims at. */
public enum OfferingPart implements StrategyPart {
    BOULWARE("time-dependent target, concedes late (Faratin et al. 1998)",
            p("e", 0.2, 1e-3, 100, "concession exponent; e < 1 holds firm until late")),
    LINEAR("time-dependent target, concedes at a constant rate",
            p("e", 1.0, 1e-3, 100, "concession exponent; 1 = linear")),
    CONCEDER("time-dependent target, concedes early",
            p("e", 2.0, 1e-3, 100, "concession exponent; e > 1 concedes early")),
    HARDLINER("always its best offer"),
    TIT_FOR_TAT("relative tit-for-tat: mirrors the others' concessions",
            p("delta", 1.0, 0, 10, "share of the opponent's concession it reciprocates"),
            p("window", 1, 1, 100, "how many rounds back it measures the opponent's concession")),
    ZEUTHEN("concedes when its risk (Zeuthen 1930) is the smaller one"),
    EQUILIBRIUM("the subgame-perfect equilibrium of bilateral alternating offers (Rubinstein 1982; Ståhl 1972)");

    private final PartSpec spec;

    OfferingPart(String description, ParameterSpec... params) { spec = new PartSpec(description, List.of(params)); }

    @Override public PartSpec spec() { return spec; }

    /**
     * Whether it can be played among {@code parties} parties under {@code protocol}: {@code equilibrium}
     * only in the bilateral alternating-offers game (two parties; stacked offers are then the same game).
     */
    public boolean playable(int parties, Protocol protocol) {
        return this != EQUILIBRIUM || parties == 2
                && (protocol == Protocol.ALTERNATING_OFFERS || protocol == Protocol.STACKED_ALTERNATING_OFFERS);
    }
}
