package org.entente.analysis;

/** Confidence intervals: Wilson score for proportions, Student t for means (commons-math3). */
public final class Statistics {
    private Statistics() {
    }

    /** 95% Wilson score interval for {@code successes} out of {@code n}. */
    public static Interval wilson(long successes, long n) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** 95% t interval for the mean of a sample given its count, mean and sample variance. */
    public static Interval tInterval(long n, double mean, double variance) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
