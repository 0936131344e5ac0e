package org.entente.interop;

import java.util.Map;

/**
 * One party's linear additive utility as the field writes it: u(x) = sum over issues of
 * weight(i) * utility_i(x_i), with weights summing to 1; its reservation value (utility of no
 * agreement) and GENIUS's discount factor d (an agreement at normalised time t in [0, 1] is worth
 * u d^t; 1 means no discounting). {@code name} is the profile's name in its file.
 */
public record AdditiveProfile(String name, Map<String, Double> weights, Map<String, IssueUtilities> utilities,
                              double reservation, double discountFactor, SourcePosition at) {
    public AdditiveProfile {
        weights = Map.copyOf(weights);
        utilities = Map.copyOf(utilities);
    }
}
