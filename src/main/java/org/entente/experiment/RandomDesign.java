package org.entente.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** {@code samples} independent uniform draws per axis, point by point, axis by axis. */
public record RandomDesign(int samples, SplittableRandom random) implements SweepDesign {
    @Override
    public List<DesignPoint> points(List<SweepAxis> axes) {
        List<DesignPoint> out = new ArrayList<>(samples);
        for (int p = 0; p < samples; p++) {
            Map<String, Object> a = new LinkedHashMap<>();
            for (SweepAxis axis : axes) a.put(axis.path(), axis.at(random.nextDouble()));
            out.add(new DesignPoint(p, a));
        }
        return out;
    }
}
