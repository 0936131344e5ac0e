package org.entente.analysis;

/**
 * The model's outputs on Saltelli's matrices for one output: {@code a[j]} = f(A_j), {@code b[j]} =
 * f(B_j) and {@code ab[i][j]} = f(A_j with column i taken from B_j), for base samples j = 0 … n−1
 * and parameters i = 0 … k−1 (Saltelli et al. 2010).
 */
public record SaltelliSample(double[] a, double[] b, double[][] ab) {
    public SaltelliSample {
        for (double[] column : ab) {
            if (column.length != a.length) throw new IllegalArgumentException("every f(AB_i) needs one value per base sample");
        }
        if (b.length != a.length) throw new IllegalArgumentException("f(A) and f(B) need one value per base sample");
    }

    /** Base samples. */
    public int size() {
        return a.length;
    }

    /** Parameters. */
    public int parameters() {
        return ab.length;
    }
}
