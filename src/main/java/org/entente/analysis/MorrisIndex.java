package org.entente.analysis;

/**
 * One parameter's elementary-effect statistics for one output (Morris 1991; Campolongo, Cariboni &amp;
 * Saltelli 2007): μ*, the mean absolute effect, with its 95% bootstrap interval; σ, the effects'
 * standard deviation (non-linearity or interactions); μ, their signed mean; and the number of
 * trajectories they rest on.
 */
public record MorrisIndex(Interval muStar, double sigma, double mu, int trajectories) {
}
