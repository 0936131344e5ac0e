package org.entente.analysis;

import org.entente.negotiation.Offer;

/** An outcome of interest and each party's (undiscounted) utility of it, in scenario party order. */
public record ReferencePoint(Offer offer, double[] utilities) {
}
