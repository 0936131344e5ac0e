package org.entente.experiment;

import org.entente.model.Experiment;
import org.entente.model.Numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * One swept parameter as the designs see it: either explicit {@code values} (numbers or names) or
 * a numeric range {@code [min, max]} with {@code steps} grid points.
 */
public record SweepAxis(String path, List<Object> values, double min, double max, int steps) {
    /** Grid steps used when a numeric range gives none. */
    public static final int DEFAULT_STEPS = 5;

    public SweepAxis {
        values = values == null ? null : List.copyOf(values);
    }

    public static SweepAxis of(Experiment.SweepParameter p) {
        List<Object> vs = null;
        if (p.values() != null && !p.values().isEmpty()) {
            vs = new ArrayList<>();
            for (Object v : p.values()) vs.add(v instanceof Number n ? (Object) n.doubleValue() : v.toString());
        }
        double lo = p.min() != null ? p.min() : Double.NaN;
        double hi = p.max() != null ? p.max() : Double.NaN;
        int steps = p.steps() != null ? p.steps() : DEFAULT_STEPS;
        return new SweepAxis(p.path(), vs, lo, hi, steps);
    }

    public boolean hasValues() {
        return values != null;
    }

    /** The values a grid takes on this axis, in order: the explicit list, or steps evenly spaced from min to max. */
    public List<Object> gridValues() {
        if (hasValues()) return values;
        List<Object> out = new ArrayList<>();
        if (steps <= 1) {
            out.add(min);
            return out;
        }
        for (int i = 0; i < steps; i++) out.add(i == steps - 1 ? max : clean(min + (max - min) * i / (steps - 1)));
        return out;
    }

    /**
     * The value at quantile u in [0, 1): uniform over [min, max] for a range, or the
     * floor(u · k)-th of k explicit values (each equally likely).
     */
    public Object at(double u) {
        if (hasValues()) {
            int k = (int) Math.floor(u * values.size());
            return values.get(Math.min(values.size() - 1, Math.max(0, k)));
        }
        return clean(min + (max - min) * u);
    }

    /** Rounds to the 10 significant digits runs.csv shows, so the file states exactly what was run. */
    static double clean(double x) {
        return Double.parseDouble(Numbers.format(x));
    }
}
