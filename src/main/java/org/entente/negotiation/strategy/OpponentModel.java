package org.entente.negotiation.strategy;

import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Offer;

/** The opponent-model part of a negotiator (GENIUS BOA "O"): what the others are taken to want. */
public interface OpponentModel {

    /** Another party made {@code offer} (called only when it differs from its previous one). */
    void observe(String party, Offer offer);

    /** The estimated utility of {@code party} over the offer grid. */
    LinearUtility utilityOf(String party);
}
