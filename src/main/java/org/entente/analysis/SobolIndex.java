package org.entente.analysis;

/**
 * One parameter's Sobol indices for one output: first order S1 (the share of the output's variance
 * the parameter explains alone) and total ST (alone and in every interaction), each with its 95%
 * bootstrap interval, and the number of base samples they rest on.
 */
public record SobolIndex(Interval first, Interval total, int samples) {
}
