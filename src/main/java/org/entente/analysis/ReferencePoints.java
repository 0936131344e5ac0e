package org.entente.analysis;

import java.util.List;

/**
 * The agreement space's reference points over the offer grid, among the individually rational
 * outcomes. {@code frontier} holds the Pareto frontier's utility vectors (scenario party order),
 * possibly thinned for charts; {@code paretoSize} counts all Pareto-optimal outcomes.
 * {@code exact} is false when the grid was too large to enumerate (see docs/model.md).
 * Points are null when no outcome is individually rational.
 */
public record ReferencePoints(double outcomes, long paretoSize, ReferencePoint nash, ReferencePoint kalaiSmorodinsky,
                              ReferencePoint maxWelfare, List<double[]> frontier, boolean exact) {
}
