package org.entente.experiment;

import org.apache.commons.math3.random.SobolSequenceGenerator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Sobol low-discrepancy sequence (commons-math3, Joe &amp; Kuo direction numbers), unscrambled
 * and so fully deterministic. The first point of the sequence, the corner (0, …, 0), is skipped:
 * point 0 of the design is the sequence's second point, the centre of the box.
 */
public record SobolDesign(int samples) implements SweepDesign {
    /** The most axes commons-math3's generator supports. */
    public static final int MAX_AXES = 1000;

    @Override
    public List<DesignPoint> points(List<SweepAxis> axes) {
        if (axes.size() > MAX_AXES) throw new IllegalArgumentException("sobol supports at most " + MAX_AXES + " parameters");
        SobolSequenceGenerator g = new SobolSequenceGenerator(axes.size());
        g.nextVector(); // the corner (0, …, 0)
        List<DesignPoint> out = new ArrayList<>(samples);
        for (int p = 0; p < samples; p++) {
            double[] u = g.nextVector();
            Map<String, Object> a = new LinkedHashMap<>();
            for (int j = 0; j < axes.size(); j++) a.put(axes.get(j).path(), axes.get(j).at(u[j]));
            out.add(new DesignPoint(p, a));
        }
        return out;
    }
}
