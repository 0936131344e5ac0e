package org.entente.negotiation.strategy;

import org.entente.negotiation.LinearUtility;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast weighted-sum frontier (evaluated only near crossings of the options' score lines) gives
 * exactly the offers, in exactly the order, of scanning every α and every option.
 */
class CandidatesFrontierTest {

    @Test
    void fastFrontierEqualsTheScanOnRandomUtilities() {
        SplittableRandom r = new SplittableRandom(11);
        for (int trial = 0; trial < 3000; trial++) {
            LinearUtility a = random(r, trial);
            LinearUtility b = trial % 7 == 0 ? a : random(r, trial + 1, a);
            assertThat(Candidates.frontier(a, b)).as("trial %d", trial).isEqualTo(Candidates.frontierByScan(a, b));
        }
    }

    @Test
    void tiesAndIndifferentIssuesFollowTheTieBreak() {
        // issue 0: nobody cares; issue 1: equal scores everywhere for two options; issue 2: crossing on a grid α
        LinearUtility a = new LinearUtility(new double[][]{{0, 0, 0}, {0.2, 0.2, 0.1}, {0.0, 0.25, 0.5}});
        LinearUtility b = new LinearUtility(new double[][]{{0, 0, 0}, {0.2, 0.2, 0.3}, {0.5, 0.25, 0.0}});
        assertThat(Candidates.frontier(a, b)).isEqualTo(Candidates.frontierByScan(a, b));
        assertThat(Candidates.frontier(a, b)).hasSizeGreaterThan(1);
    }

    @Test
    void linesCrossingExactlyOnGridPointsAreEvaluatedThere() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 500; trial++) {
            // scores α·ta + (1-α)·tb of options with values on a 1/500 lattice cross on grid α values
            int issues = 1 + r.nextInt(4);
            double[][] ta = new double[issues][], tb = new double[issues][];
            for (int i = 0; i < issues; i++) {
                int m = 2 + r.nextInt(5);
                ta[i] = new double[m];
                tb[i] = new double[m];
                for (int k = 0; k < m; k++) {
                    ta[i][k] = r.nextInt(6) / 5.0;
                    tb[i][k] = r.nextInt(6) / 5.0;
                }
            }
            LinearUtility a = new LinearUtility(ta), b = new LinearUtility(tb);
            assertThat(Candidates.frontier(a, b)).isEqualTo(Candidates.frontierByScan(a, b));
        }
    }

    @Test
    void nearlyParallelCloseAndLargeScoresFollowTheScan() {
        SplittableRandom r = new SplittableRandom(23);
        for (int trial = 0; trial < 2000; trial++) {
            int m = 2 + r.nextInt(6);
            double scale = trial % 3 == 0 ? 1 : trial % 3 == 1 ? 40 : 1e-3;
            double[][] ta = new double[1][m], tb = new double[1][m];
            double base = r.nextDouble() * scale;
            for (int k = 0; k < m; k++) {
                switch (r.nextInt(5)) {
                    // lines a hair apart, or crossing with a tiny slope difference
                    case 0 -> {
                        ta[0][k] = base + r.nextInt(3) * 1e-13 * scale;
                        tb[0][k] = base + r.nextInt(3) * 1e-13 * scale;
                    }
                    case 1 -> {
                        ta[0][k] = base + r.nextInt(3) * 1e-9 * scale;
                        tb[0][k] = base - r.nextInt(3) * 1e-9 * scale;
                    }
                    // the parties' tables as Entente compiles them: positive multiples of one value table
                    case 2 -> {
                        double v = r.nextInt(5) / 4.0;
                        ta[0][k] = 0.3 * scale * v;
                        tb[0][k] = 0.7 * scale * v;
                    }
                    default -> {
                        ta[0][k] = r.nextDouble() * scale;
                        tb[0][k] = r.nextDouble() * scale;
                    }
                }
            }
            LinearUtility a = new LinearUtility(ta), b = new LinearUtility(tb);
            assertThat(Candidates.frontier(a, b)).as("trial %d", trial).isEqualTo(Candidates.frontierByScan(a, b));
            assertThat(Candidates.frontier(b, a)).as("trial %d reversed", trial).isEqualTo(Candidates.frontierByScan(b, a));
        }
    }

    @Test
    void segmentsGiveTheScansArgmaxAtEveryGridPoint() {
        SplittableRandom r = new SplittableRandom(31);
        for (int trial = 0; trial < 1500; trial++) {
            LinearUtility a = random(r, trial);
            LinearUtility b = random(r, trial + 1, a);
            for (int i = 0; i < a.issueCount(); i++) {
                int[][] seg = Candidates.segments(a, b, i);
                int j = 0;
                for (int s = 0; s < Candidates.ALPHAS; s++) {
                    if (j + 1 < seg[0].length && seg[0][j + 1] == s) j++;
                    assertThat(seg[1][j]).as("trial %d issue %d grid %d", trial, i, s)
                            .isEqualTo(Candidates.argmax(a, b, i, (double) s / (Candidates.ALPHAS - 1)));
                }
            }
        }
    }

    private static LinearUtility random(SplittableRandom r, int seed) {
        return random(r, seed, null);
    }

    private static LinearUtility random(SplittableRandom r, int seed, LinearUtility shape) {
        int issues = shape != null ? shape.issueCount() : 1 + r.nextInt(9);
        double[][] t = new double[issues][];
        for (int i = 0; i < issues; i++) {
            int m = shape != null ? shape.size(i) : 1 + r.nextInt(8);
            t[i] = new double[m];
            int kind = r.nextInt(4);
            for (int k = 0; k < m; k++) {
                t[i][k] = switch (kind) {
                    case 0 -> 0.0;                               // indifferent
                    case 1 -> r.nextInt(4) / 12.0;               // coarse values: many exact ties
                    case 2 -> Math.pow((double) k / Math.max(1, m - 1), 0.5 + r.nextDouble()) / issues;
                    default -> r.nextDouble() / issues;
                };
            }
        }
        return new LinearUtility(t);
    }
}
