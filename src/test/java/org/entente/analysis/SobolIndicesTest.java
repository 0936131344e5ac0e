package org.entente.analysis;

import org.entente.experiment.DesignPoint;
import org.entente.experiment.Designs;
import org.entente.model.Design;
import org.entente.model.Experiment;
import org.entente.experiment.SaltelliDesign;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Sobol estimators on functions whose indices are known in closed form, sampled by the Saltelli
 * design itself. Tolerances come from N: four standard errors of each estimator's mean (its terms'
 * standard deviation over √N, relative to the variance), a bound a quasi-random sample beats.
 */
class SobolIndicesTest {
    private static final Bootstrap BOOTSTRAP = new Bootstrap(Bootstrap.RESAMPLES, 20261130);

    /** The Saltelli sample of f over [lo, hi]^k with N base samples, f seeing each point's k values in order. */
    private static SaltelliSample sample(int n, int k, double lo, double hi, ToDoubleFunction<double[]> f) {
        List<Experiment.SweepParameter> ps = new ArrayList<>();
        for (int i = 0; i < k; i++) ps.add(new Experiment.SweepParameter("x" + i, null, lo, hi, null));
        Experiment e = new Experiment("t", null, null, 10, 1, 42, Experiment.Noise.NONE, null, Map.of(),
                new Experiment.Sweep(Design.SALTELLI, n, ps), new Experiment.Outputs(false, false));
        List<DesignPoint> points = Designs.points(e);
        double[] y = new double[points.size()];
        for (int p = 0; p < y.length; p++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) x[i] = (Double) points.get(p).assignments().get("x" + i);
            y[p] = f.applyAsDouble(x);
        }
        return SaltelliDesign.sample(y, k);
    }

    /** Four standard errors of S1_i and ST_i: the sd of their per-sample terms over √N, over V. */
    private static double[][] tolerances(SaltelliSample s) {
        int n = s.size(), k = s.parameters();
        double mean = 0, v = 0;
        for (int j = 0; j < n; j++) mean += (s.a()[j] + s.b()[j]) / (2.0 * n);
        for (int j = 0; j < n; j++) v += (Math.pow(s.a()[j] - mean, 2) + Math.pow(s.b()[j] - mean, 2)) / (2.0 * n);
        double[][] tol = new double[2][k];
        for (int i = 0; i < k; i++) {
            double[] first = new double[n], total = new double[n];
            for (int j = 0; j < n; j++) {
                first[j] = (s.b()[j] - mean) * (s.ab()[i][j] - s.a()[j]) / v;
                total[j] = Math.pow(s.a()[j] - s.ab()[i][j], 2) / (2 * v);
            }
            tol[0][i] = 4 * sd(first) / Math.sqrt(n);
            tol[1][i] = 4 * sd(total) / Math.sqrt(n);
        }
        return tol;
    }

    private static double sd(double[] x) {
        double m = 0, ss = 0;
        for (double v : x) m += v / x.length;
        for (double v : x) ss += (v - m) * (v - m);
        return Math.sqrt(ss / (x.length - 1));
    }

    private static void assertIndices(SaltelliSample s, double[] s1, double[] st) {
        List<SobolIndex> got = SobolIndices.estimate(s, BOOTSTRAP);
        double[][] tol = tolerances(s);
        for (int i = 0; i < s1.length; i++) {
            SobolIndex g = got.get(i);
            assertThat(g.first().estimate()).as("S1 of x%d", i).isCloseTo(s1[i], within(tol[0][i] + 1e-12));
            assertThat(g.total().estimate()).as("ST of x%d", i).isCloseTo(st[i], within(tol[1][i] + 1e-12));
            assertThat(s1[i]).as("S1 of x%d within its interval", i).isBetween(g.first().lo() - 1e-12, g.first().hi() + 1e-12);
            assertThat(st[i]).as("ST of x%d within its interval", i).isBetween(g.total().lo() - 1e-12, g.total().hi() + 1e-12);
            assertThat(g.samples()).isEqualTo(s.size());
        }
    }

    @Test
    void ishigamiIndicesAreRecoveredWithinSamplingError() {
        double a = 7, b = 0.1;
        SaltelliSample s = sample(4096, 3, -Math.PI, Math.PI,
                x -> Math.sin(x[0]) + a * Math.pow(Math.sin(x[1]), 2) + b * Math.pow(x[2], 4) * Math.sin(x[0]));
        // closed form (Ishigami & Homma 1990; Sobol' & Levitan 1999)
        double v1 = 0.5 * Math.pow(1 + b * Math.pow(Math.PI, 4) / 5, 2);
        double v2 = a * a / 8;
        double v13 = Math.pow(b, 2) * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        assertThat(s1[0]).isCloseTo(0.314, within(5e-4));
        assertThat(s1[1]).isCloseTo(0.442, within(5e-4));
        assertThat(st[0]).isCloseTo(0.558, within(5e-4));
        assertThat(st[2]).isCloseTo(0.244, within(5e-4));
        assertIndices(s, s1, st);
    }

    @Test
    void sobolGFunctionIndicesAreRecoveredWithinSamplingError() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        int k = a.length;
        SaltelliSample s = sample(2048, k, 0, 1, x -> {
            double g = 1;
            for (int i = 0; i < k; i++) g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            return g;
        });
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1 / (3 * Math.pow(1 + a[i], 2));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[] s1 = new double[k], st = new double[k];
        for (int i = 0; i < k; i++) {
            s1[i] = vi[i] / v;
            st[i] = vi[i] * prod / (1 + vi[i]) / v;
        }
        assertIndices(s, s1, st);
    }

    @Test
    void aParameterThatCannotMatterHasIndicesOfExactlyZero() {
        SaltelliSample s = sample(64, 3, 0, 1, x -> x[0] + 2 * x[1] * x[1]);
        SobolIndex z = SobolIndices.estimate(s, BOOTSTRAP).get(2);
        assertThat(z.first().estimate()).isZero();
        assertThat(z.total().estimate()).isZero();
        assertThat(z.total().lo()).isZero();
        assertThat(z.total().hi()).isZero();
    }

    @Test
    void anOutputThatDoesNotVaryHasNoIndices() {
        SobolIndex c = SobolIndices.estimate(sample(16, 2, 0, 1, x -> 0.5), BOOTSTRAP).get(0);
        assertThat(c.first().estimate()).isNaN();
        assertThat(c.total().estimate()).isNaN();
    }

    @Test
    void theSameSampleAndSeedGiveTheSameIntervals() {
        SaltelliSample s = sample(32, 2, 0, 1, x -> x[0] * x[1]);
        assertThat(SobolIndices.estimate(s, new Bootstrap(200, 1))).isEqualTo(SobolIndices.estimate(s, new Bootstrap(200, 1)))
                .isNotEqualTo(SobolIndices.estimate(s, new Bootstrap(200, 2)));
    }
}
