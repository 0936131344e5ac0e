package org.entente.negotiation;

import java.util.List;

/**
 * What the chair of a run must do next ({@link Proceedings#next}): ask some heads ({@link Ask}),
 * put the agreement at the table to every party's ratification, or close the run.
 */
public sealed interface Agenda permits Ask, Agenda.Ratify, Agenda.Over {

    /** Ask each of {@code parties} (scenario order) to poll its officials on {@code offer} and report the votes. */
    record Ratify(Offer offer, List<String> parties) implements Agenda {
        public Ratify {
            parties = List.copyOf(parties);
        }
    }

    /** The run is over (at the table, after ratification, or failed): take {@link Proceedings#outcome}. */
    record Over() implements Agenda {
    }
}
