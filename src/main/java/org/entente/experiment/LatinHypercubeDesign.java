package org.entente.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Latin hypercube sampling (McKay, Beckman &amp; Conover 1979): each axis is cut into
 * {@code samples} equal strata and every stratum is used by exactly one point, at a uniform
 * position inside it; the strata are matched across axes by independent random permutations.
 */
public record LatinHypercubeDesign(int samples, SplittableRandom random) implements SweepDesign {
    @Override
    public List<DesignPoint> points(List<SweepAxis> axes) {
        int n = samples;
        double[][] u = new double[axes.size()][n];
        for (int j = 0; j < axes.size(); j++) {
            int[] perm = RandomPermutation.of(n, random);
            for (int i = 0; i < n; i++) u[j][i] = (perm[i] + random.nextDouble()) / n;
        }
        List<DesignPoint> out = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            Map<String, Object> a = new LinkedHashMap<>();
            for (int j = 0; j < axes.size(); j++) a.put(axes.get(j).path(), axes.get(j).at(u[j][p]));
            out.add(new DesignPoint(p, a));
        }
        return out;
    }
}
