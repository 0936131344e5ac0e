package org.entente.analysis;

/**
 * Partial packages of a two-party grid (an option for each of the first issues) in lexicographic order: the grid
 * index so far and each party's utility, summed from 0 issue by issue as the full enumeration sums them.
 */
record PartialPackages(int[] index, double[] a, double[] b) {
    /** The empty package, before the first issue. */
    static PartialPackages start() {
        return new PartialPackages(new int[]{0}, new double[]{0.0}, new double[]{0.0});
    }

    /** Whether a package with these utilities goes on. */
    @FunctionalInterface
    interface Test {
        boolean keep(double a, double b);
    }

    int size() {
        return index.length;
    }

    /**
     * Every package followed by each option of the next issue (utility terms ta, tb per option) that {@code keep}
     * accepts, still in lexicographic order; null when that would be more than {@code limit} packages.
     */
    PartialPackages extend(double[] ta, double[] tb, Test keep, int limit) {
        int options = ta.length;
        if ((long) size() * options > limit) return null;
        int[] nextIndex = new int[size() * options];
        double[] nextA = new double[nextIndex.length], nextB = new double[nextIndex.length];
        int count = 0;
        for (int j = 0; j < size(); j++) {
            for (int k = 0; k < options; k++) {
                double x = a[j] + ta[k], y = b[j] + tb[k];
                if (!keep.keep(x, y)) continue;
                nextIndex[count] = index[j] * options + k;
                nextA[count] = x;
                nextB[count] = y;
                count++;
            }
        }
        return new PartialPackages(java.util.Arrays.copyOf(nextIndex, count), java.util.Arrays.copyOf(nextA, count),
                java.util.Arrays.copyOf(nextB, count));
    }

    /** The packages at these positions (ascending). */
    PartialPackages select(int[] positions) {
        int[] i = new int[positions.length];
        double[] x = new double[positions.length], y = new double[positions.length];
        for (int q = 0; q < positions.length; q++) {
            i[q] = index[positions[q]];
            x[q] = a[positions[q]];
            y[q] = b[positions[q]];
        }
        return new PartialPackages(i, x, y);
    }
}
