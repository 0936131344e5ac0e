package org.entente.experiment;

import org.entente.model.Design;
import org.entente.model.Experiment;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DesignsTest {

    private static Experiment experiment(Experiment.Sweep sweep, long seed) {
        return new Experiment("t", null, null, 10, 3, seed, Experiment.Noise.NONE, null, Map.of(), sweep,
                new Experiment.Outputs(false, false));
    }

    private static Experiment.SweepParameter range(String path, double min, double max, Integer steps) {
        return new Experiment.SweepParameter(path, null, min, max, steps);
    }

    @Test
    void noSweepIsOnePointWithoutAssignments() {
        List<DesignPoint> ps = Designs.points(experiment(Experiment.Sweep.NONE, 1));
        assertThat(ps).containsExactly(new DesignPoint(0, Map.of()));
    }

    @Test
    void gridVariesTheFirstListedParameterSlowest() {
        Experiment.Sweep s = new Experiment.Sweep(Design.GRID, 0, List.of(
                new Experiment.SweepParameter("parties.b.reservation", List.of(0.2, 0.3, 0.4), null, null, null),
                range("experiment.strategies.a.e", 0.1, 2.0, 5)));
        List<DesignPoint> ps = Designs.points(experiment(s, 1));
        assertThat(ps).hasSize(15);
        assertThat(ps.get(0).assignments()).containsExactly(
                Map.entry("parties.b.reservation", 0.2), Map.entry("experiment.strategies.a.e", 0.1));
        assertThat(ps.get(1).assignments().get("experiment.strategies.a.e")).isEqualTo(0.575);
        assertThat(ps.get(4).assignments().get("experiment.strategies.a.e")).isEqualTo(2.0);
        assertThat(ps.get(5).assignments()).containsExactly(
                Map.entry("parties.b.reservation", 0.3), Map.entry("experiment.strategies.a.e", 0.1));
        assertThat(ps.get(14).index()).isEqualTo(14);
        assertThat(ps.get(14).assignments().get("parties.b.reservation")).isEqualTo(0.4);
    }

    @Test
    void gridStepsAreEvenlySpacedWithCleanDecimals() {
        Experiment.Sweep s = new Experiment.Sweep(Design.GRID, 0, List.of(range("x", 0.0, 1.0, 11)));
        List<Object> values = Designs.points(experiment(s, 1)).stream().map(p -> p.assignments().get("x")).toList();
        assertThat(values).containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
    }

    @Test
    void gridOverNamesEnumeratesThemInOrder() {
        Experiment.Sweep s = new Experiment.Sweep(Design.GRID, 0, List.of(new Experiment.SweepParameter(
                "experiment.protocol", List.of("alternating_offers", "single_text"), null, null, null)));
        assertThat(Designs.points(experiment(s, 1)).stream().map(p -> p.assignments().get("experiment.protocol")))
                .containsExactly("alternating_offers", "single_text");
    }

    @Test
    void latinHypercubeUsesEveryStratumOfEveryAxisExactlyOnce() {
        int n = 40;
        Experiment.Sweep s = new Experiment.Sweep(Design.LATIN_HYPERCUBE, n, List.of(range("x", 0, 1, null),
                range("y", 10, 20, null)));
        List<DesignPoint> ps = Designs.points(experiment(s, 7));
        assertThat(ps).hasSize(n);
        int[] xs = new int[n], ys = new int[n];
        for (DesignPoint p : ps) {
            xs[(int) Math.floor((Double) p.assignments().get("x") * n)]++;
            ys[(int) Math.floor(((Double) p.assignments().get("y") - 10) / 10 * n)]++;
        }
        assertThat(Arrays.stream(xs).allMatch(c -> c == 1)).isTrue();
        assertThat(Arrays.stream(ys).allMatch(c -> c == 1)).isTrue();
    }

    @Test
    void randomDesignsDependOnTheMasterSeedAlone() {
        Experiment.Sweep s = new Experiment.Sweep(Design.RANDOM, 16, List.of(range("x", -1, 1, null)));
        assertThat(Designs.points(experiment(s, 5))).isEqualTo(Designs.points(experiment(s, 5)));
        assertThat(Designs.points(experiment(s, 5))).isNotEqualTo(Designs.points(experiment(s, 6)));
        for (DesignPoint p : Designs.points(experiment(s, 5))) {
            assertThat((Double) p.assignments().get("x")).isBetween(-1.0, 1.0);
        }
    }

    @Test
    void randomDesignSamplesNamesFromTheListedValues() {
        Experiment.Sweep s = new Experiment.Sweep(Design.RANDOM, 60, List.of(new Experiment.SweepParameter(
                "experiment.protocol", List.of("alternating_offers", "single_text", "monotonic_concession"), null, null, null)));
        List<Object> names = Designs.points(experiment(s, 1)).stream().map(p -> p.assignments().get("experiment.protocol")).toList();
        assertThat(names).contains("alternating_offers", "single_text", "monotonic_concession");
    }

    @Test
    void sobolIsDeterministicAndStartsAtTheCorner() {
        Experiment.Sweep s = new Experiment.Sweep(Design.SOBOL, 4, List.of(range("x", 0, 8, null), range("y", 0, 8, null)));
        List<DesignPoint> a = Designs.points(experiment(s, 1));
        assertThat(a).isEqualTo(Designs.points(experiment(s, 99)));
        // the Sobol sequence: (0,0), (1/2,1/2), (3/4,1/4), (1/4,3/4)
        assertThat(a.get(0).assignments()).containsExactly(Map.entry("x", 0.0), Map.entry("y", 0.0));
        assertThat(a.get(1).assignments()).containsExactly(Map.entry("x", 4.0), Map.entry("y", 4.0));
        assertThat(a.get(2).assignments()).containsExactly(Map.entry("x", 6.0), Map.entry("y", 2.0));
        assertThat(a.get(3).assignments()).containsExactly(Map.entry("x", 2.0), Map.entry("y", 6.0));
    }

    @Test
    void sobolPowersOfTwoAreBalancedOnEveryAxis() {
        int n = 64;
        Experiment.Sweep s = new Experiment.Sweep(Design.SOBOL, n, List.of(range("x", 0, 1, null), range("y", 0, 1, null),
                range("z", 0, 1, null)));
        assertBalanced(Designs.points(experiment(s, 1)), List.of("x", "y", "z"), n);
    }

    /** Each axis in [0, 1] hits each of the n intervals [i/n, (i+1)/n) exactly once. */
    static void assertBalanced(List<DesignPoint> points, List<String> axes, int n) {
        for (String axis : axes) {
            int[] hits = new int[n];
            for (DesignPoint p : points) hits[(int) Math.floor((Double) p.assignments().get(axis) * n)]++;
            assertThat(hits).as(axis).containsOnly(1);
        }
    }
}
