package org.entente.negotiation.protocol;

import org.entente.model.Protocol;
import org.entente.negotiation.Mechanism;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;

import java.util.List;
import java.util.SplittableRandom;

/** Builds the mechanism of a protocol for one run (docs/protocols.md). */
public final class Mechanisms {
    private Mechanisms() {
    }

    /** The single negotiating text's starting text (single_text): the middle of every issue's grid. */
    public static Offer startingText(OutcomeSpace space) {
        return SingleText.neutral(space);
    }

    /**
     * @param parties turn order (scenario party order)
     * @param random  the run's "mediator" stream (Seeds.random(runSeed, "mediator"))
     */
    public static Mechanism create(Protocol protocol, List<String> parties, OutcomeSpace space, int deadline,
                                   SplittableRandom random) {
        if (parties.size() < 2) throw new IllegalArgumentException("a negotiation needs at least two parties");
        if (deadline < 1) throw new IllegalArgumentException("deadline must be at least 1 round, got " + deadline);
        return switch (protocol) {
            case ALTERNATING_OFFERS, STACKED_ALTERNATING_OFFERS ->
                    new StackedAlternatingOffers(parties, space, deadline);
            case SINGLE_TEXT -> new SingleText(parties, space, deadline, random, SingleText.defaultPatience(space));
            case MONOTONIC_CONCESSION -> new MonotonicConcession(parties, space, deadline, random);
        };
    }
}
