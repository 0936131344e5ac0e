package org.entente.negotiation.protocol;

import org.entente.model.Protocol;
import org.entente.negotiation.Mechanism;
import org.entente.negotiation.OutcomeSpace;

import java.util.List;
import java.util.SplittableRandom;

/** Builds the mechanism of a protocol for one run (docs/protocols.md). */
public final class Mechanisms {
    private Mechanisms() {
    }

    /**
     * @param parties turn order (scenario party order)
     * @param random  the run's "mediator" stream (Seeds.random(runSeed, "mediator"))
     */
    public static Mechanism create(Protocol protocol, List<String> parties, OutcomeSpace space, int deadline,
                                   SplittableRandom random) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
