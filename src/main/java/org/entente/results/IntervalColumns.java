package org.entente.results;

/**
 * The three columns of an estimate with its 95% interval, so that a schema declares them and a reader
 * reads them back as one name rather than three.
 */
public record IntervalColumns(String estimate, String lo, String hi) {

    /** {@code <estimate>, <estimate>_lo, <estimate>_hi} (the agreement rate, the sensitivity indices). */
    public static IntervalColumns of(String estimate) {
        return new IntervalColumns(estimate, estimate + "_lo", estimate + "_hi");
    }
}
