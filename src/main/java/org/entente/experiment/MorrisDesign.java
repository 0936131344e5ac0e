package org.entente.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Morris's elementary-effects design (Morris 1991): {@code trajectories} random trajectories on a
 * grid of {@code levels} levels per parameter (0, 1/(levels−1), …, 1 of its range). A trajectory
 * starts at a random grid point and moves each parameter once, in random order and direction, by
 * Δ = levels / (2 (levels − 1)) of its range: k + 1 consecutive points, N·(k+1) in all. The
 * draws come from {@code random}.
 */
public record MorrisDesign(int trajectories, int levels, SplittableRandom random) implements SweepDesign {
    @Override
    public List<DesignPoint> points(List<SweepAxis> axes) {
        int k = axes.size();
        int half = levels / 2;
        List<DesignPoint> out = new ArrayList<>(trajectories * (k + 1));
        for (int t = 0; t < trajectories; t++) {
            int[] level = new int[k];
            int[] direction = new int[k];
            for (int i = 0; i < k; i++) {
                boolean up = random.nextBoolean();
                int base = random.nextInt(half);
                level[i] = up ? base : base + half;
                direction[i] = up ? 1 : -1;
            }
            int[] order = RandomPermutation.of(k, random);
            out.add(new DesignPoint(out.size(), at(axes, level)));
            for (int i : order) {
                level[i] += direction[i] * half;
                out.add(new DesignPoint(out.size(), at(axes, level)));
            }
        }
        return out;
    }

    private Map<String, Object> at(List<SweepAxis> axes, int[] level) {
        Map<String, Object> a = new LinkedHashMap<>();
        for (int i = 0; i < axes.size(); i++) a.put(axes.get(i).path(), axes.get(i).at(level[i] / (levels - 1.0)));
        return a;
    }

    /** The step of every move, as a fraction of the parameter's range. */
    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /**
     * The elementary effects of one output ({@code y[point]}, NaN where missing) on a Morris design's
     * points: {@code effects[i][t]} = ±(y after − y before) / Δ for the move of parameter i on
     * trajectory t, signed by the move's direction, so it is the output's change per whole range of
     * the parameter; NaN where either value is missing. Which parameter moved, and which way, is read
     * from the points' assignments.
     */
    public static double[][] effects(List<DesignPoint> points, double[] y, int levels) {
        List<String> paths = points.isEmpty() ? List.of() : List.copyOf(points.get(0).assignments().keySet());
        int k = paths.size();
        int trajectories = points.size() / (k + 1);
        double[][] ee = new double[k][trajectories];
        for (double[] row : ee) Arrays.fill(row, Double.NaN);
        double delta = delta(levels);
        for (int t = 0; t < trajectories; t++) {
            for (int m = 1; m <= k; m++) {
                int to = t * (k + 1) + m;
                DesignPoint before = points.get(to - 1), after = points.get(to);
                for (int i = 0; i < k; i++) {
                    double change = number(after, paths.get(i)) - number(before, paths.get(i));
                    if (change == 0 || to >= y.length) continue;
                    ee[i][t] = Math.signum(change) * (y[to] - y[to - 1]) / delta;
                }
            }
        }
        return ee;
    }

    private static double number(DesignPoint p, String path) {
        return p.assignments().get(path) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
