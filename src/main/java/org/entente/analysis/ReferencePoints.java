package org.entente.analysis;

import java.util.List;

/**
 * The agreement space's reference points over the offer grid, among the individually rational
 * outcomes. {@code weightedNash} maximises the product of the gains each raised to the party's
 * share of power (its power over the parties' total). {@code kalaiSmorodinsky} maximises the smallest normalised gain (Entente's convention);
 * {@code kalaiSmorodinskyNearest} is the Pareto outcome nearest the diagonal of equal normalised
 * gains (GENIUS's and GeniusWeb's). {@code pareto} holds every distinct utility vector of the Pareto
 * frontier (scenario party order, sorted by the first party's utility), {@code frontier} the same thinned
 * for charts; {@code paretoSize} counts all Pareto-optimal outcomes. {@code exact} is false when the grid was too large to enumerate
 * (docs/reference-points.md). Points are null when no outcome is individually rational.
 */
public record ReferencePoints(double outcomes, long paretoSize, ReferencePoint nash, ReferencePoint weightedNash,
                              ReferencePoint kalaiSmorodinsky,
                              ReferencePoint kalaiSmorodinskyNearest, ReferencePoint maxWelfare,
                              List<double[]> frontier, List<double[]> pareto,
                              boolean exact) {
}
