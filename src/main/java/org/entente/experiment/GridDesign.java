package org.entente.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Cartesian product of the axes' grid values, the first listed axis varying slowest. */
public record GridDesign() implements SweepDesign {
    @Override
    public List<DesignPoint> points(List<SweepAxis> axes) {
        List<List<Object>> grids = axes.stream().map(SweepAxis::gridValues).toList();
        long total = 1;
        for (List<Object> g : grids) total *= g.size();
        if (total > Integer.MAX_VALUE) throw new IllegalArgumentException("the grid has " + total + " points; too many");
        List<DesignPoint> out = new ArrayList<>((int) total);
        int[] idx = new int[axes.size()];
        for (int p = 0; p < total; p++) {
            Map<String, Object> a = new LinkedHashMap<>();
            for (int j = 0; j < axes.size(); j++) a.put(axes.get(j).path(), grids.get(j).get(idx[j]));
            out.add(new DesignPoint(p, a));
            for (int j = axes.size() - 1; j >= 0; j--) {
                if (++idx[j] < grids.get(j).size()) break;
                idx[j] = 0;
            }
        }
        return out;
    }
}
