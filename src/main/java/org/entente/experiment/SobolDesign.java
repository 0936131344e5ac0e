package org.entente.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first {@code samples} points of the Sobol sequence ({@link SobolPoints}), unscrambled and so
 * fully deterministic. Point 0 is the sequence's first point, the corner (min, …, min): no point is
 * skipped, so a power of two of samples is balanced on every axis.
 */
public record SobolDesign(int samples) implements SweepDesign {
    @Override
    public List<DesignPoint> points(List<SweepAxis> axes) {
        if (axes.size() > SobolPoints.MAX_DIMENSIONS) {
            throw new IllegalArgumentException("sobol supports at most " + SobolPoints.MAX_DIMENSIONS + " parameters");
        }
        double[][] u = SobolPoints.first(samples, axes.size(), SobolPoints.unshifted(axes.size()));
        List<DesignPoint> out = new ArrayList<>(samples);
        for (int p = 0; p < samples; p++) out.add(new DesignPoint(p, at(axes, u[p])));
        return out;
    }

    /** Each axis's value at its quantile in {@code u}, in axis order. */
    static Map<String, Object> at(List<SweepAxis> axes, double[] u) {
        Map<String, Object> a = new LinkedHashMap<>();
        for (int j = 0; j < axes.size(); j++) a.put(axes.get(j).path(), axes.get(j).at(u[j]));
        return a;
    }
}
