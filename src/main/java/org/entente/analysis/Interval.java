package org.entente.analysis;

/** A point estimate with a confidence interval; lo/hi are NaN when undefined (n too small). */
public record Interval(double estimate, double lo, double hi) {
}
