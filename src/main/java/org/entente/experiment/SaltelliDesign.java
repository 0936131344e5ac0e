package org.entente.experiment;

import org.entente.analysis.SaltelliSample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Saltelli's scheme (Saltelli 2002; Saltelli et al. 2010) for Sobol indices: {@code samples} base
 * samples from a 2k-dimensional Sobol sequence ({@link SobolPoints}, digitally shifted by words
 * drawn from {@code random}, so no base sample has A = B), coordinates 0…k−1 giving row A_j and
 * k…2k−1 row B_j. Base sample j is the k + 2 consecutive points A_j, AB^1_j, …, AB^k_j, B_j (SALib's
 * order), AB^i_j being A_j with parameter i taken from B_j: N·(k+2) points in all.
 */
public record SaltelliDesign(int samples, SplittableRandom random) implements SweepDesign {
    @Override
    public List<DesignPoint> points(List<SweepAxis> axes) {
        int k = axes.size();
        if (2 * k > SobolPoints.MAX_DIMENSIONS) {
            throw new IllegalArgumentException("saltelli supports at most " + SobolPoints.MAX_DIMENSIONS / 2 + " parameters");
        }
        long[] shift = new long[2 * k];
        for (int d = 0; d < shift.length; d++) shift[d] = random.nextLong() >>> 12;
        double[][] u = SobolPoints.first(samples, 2 * k, shift);
        List<DesignPoint> out = new ArrayList<>(samples * (k + 2));
        for (int j = 0; j < samples; j++) {
            double[] a = new double[k];
            double[] b = new double[k];
            System.arraycopy(u[j], 0, a, 0, k);
            System.arraycopy(u[j], k, b, 0, k);
            out.add(new DesignPoint(out.size(), SobolDesign.at(axes, a)));
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out.add(new DesignPoint(out.size(), SobolDesign.at(axes, ab)));
            }
            out.add(new DesignPoint(out.size(), SobolDesign.at(axes, b)));
        }
        return out;
    }

    /**
     * One output's values at every design point ({@code y[point]}, NaN where missing) arranged as
     * Saltelli's sample of {@code parameters} parameters; a base sample with a missing value at any
     * of its points is left out.
     */
    public static SaltelliSample sample(double[] y, int parameters) {
        int width = parameters + 2;
        List<Integer> complete = new ArrayList<>();
        for (int j = 0; j < y.length / width; j++) {
            boolean ok = true;
            for (int r = 0; r < width; r++) ok &= Double.isFinite(y[j * width + r]);
            if (ok) complete.add(j);
        }
        int n = complete.size();
        double[] a = new double[n], b = new double[n];
        double[][] ab = new double[parameters][n];
        for (int c = 0; c < n; c++) {
            int first = complete.get(c) * width;
            a[c] = y[first];
            for (int i = 0; i < parameters; i++) ab[i][c] = y[first + 1 + i];
            b[c] = y[first + parameters + 1];
        }
        return new SaltelliSample(a, b, ab);
    }
}
