package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.model.Numbers;
import org.entente.results.Csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sweep of a results directory's manifest: which paths were swept and over which values, so
 * that the page shows "swept: 0.2 to 0.9" where a setting varied, never the base config's value.
 */
record SweptPaths(Map<String, String> values) {

    static SweptPaths of(ReportInput in) {
        Map<String, String> m = new LinkedHashMap<>();
        for (JsonNode p : in.experiment().path("sweep").path("parameters")) {
            String path = ReportInput.text(p.path("path"));
            if (path.isEmpty()) continue;
            JsonNode vs = p.path("values");
            if (vs.isArray() && !vs.isEmpty()) {
                List<String> v = new ArrayList<>();
                for (JsonNode x : vs) v.add(number(ReportInput.text(x)));
                m.put(path, String.join(", ", v));
            } else {
                String steps = ReportInput.text(p.path("steps"));
                m.put(path, number(ReportInput.text(p.path("min"))) + " to " + number(ReportInput.text(p.path("max")))
                        + (steps.isEmpty() ? "" : " in " + steps + " steps"));
            }
        }
        // runs.csv's swept columns, when the manifest is missing
        for (String c : in.sweptInRuns()) m.putIfAbsent(c, "see runs.csv");
        return new SweptPaths(m);
    }

    boolean isSwept(String path) {
        return values.containsKey(path);
    }

    /** {@code base} when {@code path} was not swept, else "swept: its values". */
    String show(String path, String base) {
        String v = values.get(path);
        return v == null ? base : "swept: " + v;
    }

    /** A number as the page shows it (at most 4 significant digits); other text unchanged. */
    static String number(String raw) {
        double d = Csv.toNumber(raw);
        return Double.isNaN(d) ? raw : Numbers.format(d, 4);
    }
}
