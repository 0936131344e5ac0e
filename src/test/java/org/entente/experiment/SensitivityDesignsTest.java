package org.entente.experiment;

import org.entente.analysis.SaltelliSample;
import org.entente.model.Design;
import org.entente.model.Experiment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Saltelli and Morris designs: their points, their structure and the balance they keep. */
class SensitivityDesignsTest {
    private static final List<String> AXES = List.of("x", "y", "z");

    private static Experiment experiment(Design design, int samples, int levels, long seed) {
        List<Experiment.SweepParameter> ps = new ArrayList<>();
        for (String a : AXES) ps.add(new Experiment.SweepParameter(a, null, 0.0, 1.0, null));
        return new Experiment("t", null, null, 10, 3, seed, Experiment.Noise.NONE, null, Map.of(),
                new Experiment.Sweep(design, samples, ps, levels), new Experiment.Outputs(false, false));
    }

    private static double x(DesignPoint p, String axis) {
        return (Double) p.assignments().get(axis);
    }

    @Test
    void saltelliHasKPlusTwoPointsPerBaseSampleAndSwapsOneColumnAtATime() {
        int n = 16, k = AXES.size();
        List<DesignPoint> ps = Designs.points(experiment(Design.SALTELLI, n, 4, 3));
        assertThat(ps).hasSize(n * (k + 2));
        for (int j = 0; j < n; j++) {
            DesignPoint a = ps.get(j * (k + 2)), b = ps.get(j * (k + 2) + k + 1);
            for (int i = 0; i < k; i++) {
                DesignPoint ab = ps.get(j * (k + 2) + 1 + i);
                for (int c = 0; c < k; c++) {
                    String axis = AXES.get(c);
                    assertThat(x(ab, axis)).isEqualTo(c == i ? x(b, axis) : x(a, axis));
                }
                assertThat(x(a, AXES.get(i))).as("A and B differ (the sequence is shifted)").isNotEqualTo(x(b, AXES.get(i)));
            }
        }
    }

    @Test
    void saltelliKeepsTheBalanceOfTheSobolSequenceInBothMatrices() {
        int n = 32, k = AXES.size();
        List<DesignPoint> ps = Designs.points(experiment(Design.SALTELLI, n, 4, 8));
        List<DesignPoint> a = new ArrayList<>(), b = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            a.add(ps.get(j * (k + 2)));
            b.add(ps.get(j * (k + 2) + k + 1));
        }
        DesignsTest.assertBalanced(a, AXES, n);
        DesignsTest.assertBalanced(b, AXES, n);
    }

    @Test
    void saltelliPointsDependOnTheMasterSeedAlone() {
        assertThat(Designs.points(experiment(Design.SALTELLI, 8, 4, 5)))
                .isEqualTo(Designs.points(experiment(Design.SALTELLI, 8, 4, 5)))
                .isNotEqualTo(Designs.points(experiment(Design.SALTELLI, 8, 4, 6)));
    }

    @Test
    void saltelliSampleLeavesOutBaseSamplesWithAMissingValue() {
        int k = 2;
        double[] y = {1, 2, 3, 4, /* sample 1 */ 5, Double.NaN, 7, 8, /* sample 2 */ 9, 10, 11, 12, /* partial */ 13};
        SaltelliSample s = SaltelliDesign.sample(y, k);
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.a()).containsExactly(1, 9);
        assertThat(s.ab()[0]).containsExactly(2, 10);
        assertThat(s.ab()[1]).containsExactly(3, 11);
        assertThat(s.b()).containsExactly(4, 12);
    }

    @Test
    void morrisTrajectoriesMoveEachParameterOnceByDeltaOnTheGrid() {
        int n = 20, k = AXES.size(), levels = 6;
        double delta = MorrisDesign.delta(levels);
        assertThat(delta).isCloseTo(0.6, within(1e-15));
        List<DesignPoint> ps = Designs.points(experiment(Design.MORRIS, n, levels, 4));
        assertThat(ps).hasSize(n * (k + 1));
        int[] ups = new int[k];
        for (DesignPoint p : ps) {
            for (String axis : AXES) {
                double level = x(p, axis) * (levels - 1);
                assertThat(level).isCloseTo(Math.rint(level), within(1e-9));
            }
        }
        for (int t = 0; t < n; t++) {
            boolean[] moved = new boolean[k];
            for (int m = 1; m <= k; m++) {
                DesignPoint before = ps.get(t * (k + 1) + m - 1), after = ps.get(t * (k + 1) + m);
                int changed = 0;
                for (int i = 0; i < k; i++) {
                    double d = x(after, AXES.get(i)) - x(before, AXES.get(i));
                    if (d == 0) continue;
                    changed++;
                    assertThat(Math.abs(d)).isCloseTo(delta, within(1e-9));
                    assertThat(moved[i]).isFalse();
                    moved[i] = true;
                    if (d > 0) ups[i]++;
                }
                assertThat(changed).isEqualTo(1);
            }
        }
        for (int u : ups) assertThat(u).as("both directions are used").isBetween(1, n - 1);
    }

    @Test
    void elementaryEffectsAreTheChangePerWholeRangeSignedByTheMove() {
        List<DesignPoint> ps = Designs.points(experiment(Design.MORRIS, 10, 4, 9));
        double[] y = new double[ps.size()];
        for (int p = 0; p < y.length; p++) y[p] = 3 * x(ps.get(p), "x") - 2 * x(ps.get(p), "y") + 0 * x(ps.get(p), "z");
        double[][] ee = MorrisDesign.effects(ps, y, 4);
        for (int t = 0; t < 10; t++) {
            assertThat(ee[0][t]).isCloseTo(3, within(1e-9));
            assertThat(ee[1][t]).isCloseTo(-2, within(1e-9));
            assertThat(ee[2][t]).isZero();
        }
    }
}
