package org.entente.model;

import java.math.BigDecimal;

/**
 * A numeric issue from {@code min} to {@code max} offered on a grid of {@code step}.
 * The grid is min, min+step, ... and always ends exactly at max.
 */
public record NumericIssue(String id, String label, String interest, double min, double max, double step,
                           String unit, String obligor) implements Issue {

    @Override
    public int size() {
        if (max <= min) return 1;
        return (int) Math.ceil((max - min) / step - 1e-9) + 1;
    }

    /** The numeric value at grid index k, rounded to 12 significant digits so CSVs show clean numbers. */
    public double value(int k) {
        if (k >= size() - 1) return max;
        double v = min + k * step;
        if (v == 0.0) return 0.0;
        return new BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    /** The grid index nearest to value x. */
    public int indexOf(double x) {
        if (x <= min) return 0;
        if (x >= max) return size() - 1;
        int k = (int) Math.round((x - min) / step);
        return Math.max(0, Math.min(size() - 1, k));
    }

    @Override
    public String valueLabel(int k) {
        return Numbers.format(value(k));
    }

    @Override
    public double position(int k) {
        return max > min ? (value(k) - min) / (max - min) : 0.0;
    }
}
