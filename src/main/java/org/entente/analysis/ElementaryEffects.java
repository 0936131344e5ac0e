package org.entente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Morris's screening statistics from elementary effects: for each parameter, the effects measured
 * on each trajectory (NaN where the output was missing, left out) give μ* = mean |EE| with a
 * percentile-bootstrap interval over trajectories, σ (n − 1 denominator) and μ.
 */
public final class ElementaryEffects {
    private ElementaryEffects() {
    }

    /** @param effects {@code effects[i][t]}: parameter i's elementary effect on trajectory t */
    public static List<MorrisIndex> estimate(double[][] effects, Bootstrap bootstrap) {
        List<MorrisIndex> out = new ArrayList<>(effects.length);
        for (double[] parameter : effects) {
            double[] ee = Arrays.stream(parameter).filter(Double::isFinite).toArray();
            int n = ee.length;
            double muStar = n == 0 ? Double.NaN : meanAbsolute(ee, Bootstrap.everyUnit(n));
            double[] ci = bootstrap.intervals(n, 1, units -> new double[]{meanAbsolute(ee, units)})[0];
            double mu = Arrays.stream(ee).average().orElse(Double.NaN);
            double ss = 0;
            for (double e : ee) ss += (e - mu) * (e - mu);
            double sigma = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
            out.add(new MorrisIndex(new Interval(muStar, ci[0], ci[1]), sigma, mu, n));
        }
        return out;
    }

    private static double meanAbsolute(double[] ee, int[] units) {
        double sum = 0;
        for (int u : units) sum += Math.abs(ee[u]);
        return sum / units.length;
    }
}
