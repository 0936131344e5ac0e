package org.entente.negotiation.strategy;

import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Offer;

/**
 * The opponent-model part of a negotiator (GENIUS BOA "O", with its opponent-model strategy):
 * what the others want, and which offer at a given own utility it therefore suggests.
 */
public interface OpponentModel {

    /** A new offer by {@code party} (called only when it differs from its previous one). */
    void observe(String party, Offer offer);

    /** The estimated utility of {@code party} over the offer grid. */
    LinearUtility utilityOf(String party);

    /**
     * The offer it suggests among those worth at least {@code target} to the party itself (the
     * party's best candidate when none is); called once per own move.
     */
    Offer offerAtLeast(Session session, double target);
}
