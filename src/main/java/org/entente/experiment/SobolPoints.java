package org.entente.experiment;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The first points of the Sobol sequence (commons-math3, Joe &amp; Kuo direction numbers), from the
 * first point, the origin, on: no point is skipped, so any 2^m consecutive points from the start
 * keep the sequence's balance (each coordinate hits each interval [i/2^m, (i+1)/2^m) exactly once).
 * A digital shift (each coordinate's 52 bits XORed with a fixed random word) keeps that balance.
 */
final class SobolPoints {
    /** The most dimensions commons-math3's generator supports. */
    static final int MAX_DIMENSIONS = 1000;
    /** commons-math3 generates 52-bit fractions: point = integer / 2^52, exactly. */
    private static final double SCALE = 0x1p52;

    private SobolPoints() {
    }

    /** {@code n} points of {@code dimensions} coordinates in [0, 1), each coordinate XORed with its {@code shift}. */
    static double[][] first(int n, int dimensions, long[] shift) {
        if (dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("the Sobol sequence here has at most " + MAX_DIMENSIONS + " dimensions");
        }
        SobolSequenceGenerator g = new SobolSequenceGenerator(dimensions);
        double[][] out = new double[n][];
        for (int p = 0; p < n; p++) {
            double[] u = g.nextVector();
            for (int d = 0; d < dimensions; d++) u[d] = ((long) (u[d] * SCALE) ^ shift[d]) / SCALE;
            out[p] = u;
        }
        return out;
    }

    /** No shift: the sequence itself. */
    static long[] unshifted(int dimensions) {
        return new long[dimensions];
    }
}
