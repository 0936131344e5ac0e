package org.entente.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.model.Config;
import org.entente.model.Numbers;
import org.entente.model.ParameterPaths;
import org.entente.model.ParameterPaths.Resolved;
import org.entente.model.Range;

import java.util.List;

/**
 * Every sweepable path of a config with its current value and what it accepts ({@code describe
 * --paths}), as aligned text or JSON, so a sweep can be written by copying a line.
 */
public final class SweepPathList {
    private final Config config;
    private final List<Resolved> paths;

    public SweepPathList(Config config) {
        this.config = config;
        this.paths = ParameterPaths.all(config);
    }

    /** One line per path: path, current value and accepted values in aligned columns, under a heading. */
    public String toText() {
        int w1 = "path".length();
        int w2 = "current".length();
        for (Resolved r : paths) {
            w1 = Math.max(w1, r.path().length());
            w2 = Math.max(w2, current(r).length());
        }
        StringBuilder b = new StringBuilder();
        b.append("Sweepable paths of ").append(config.scenario().name()).append(" (").append(paths.size())
                .append("): each may be an experiment.sweep.parameters[].path\n\n");
        row(b, w1, w2, "path", "current", "accepts");
        for (Resolved r : paths) row(b, w1, w2, r.path(), current(r), r.expected());
        return b.toString();
    }

    private static void row(StringBuilder b, int w1, int w2, String path, String current, String accepts) {
        b.append(path).append(" ".repeat(w1 - path.length() + 2)).append(current)
                .append(" ".repeat(w2 - current.length() + 2)).append(accepts).append('\n');
    }

    private static String current(Resolved r) {
        return r.current() instanceof Number n ? Numbers.format(n.doubleValue()) : String.valueOf(r.current());
    }

    /** {@code {"scenario": ..., "paths": [{"path", "kind", "current", "accepts", bounds or names}]}}. */
    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("scenario", config.scenario().name());
        ArrayNode a = o.putArray("paths");
        for (Resolved r : paths) {
            ObjectNode p = a.addObject();
            p.put("path", r.path());
            p.put("kind", r.kind() == ParameterPaths.Kind.NUMBER ? "number" : "name");
            if (r.current() instanceof Number n) p.put("current", n.doubleValue());
            else p.put("current", String.valueOf(r.current()));
            p.put("accepts", r.expected());
            if (r.kind() == ParameterPaths.Kind.NAME) {
                r.names().forEach(p.putArray("names")::add);
                continue;
            }
            Range range = r.range();
            if (range.min() > -Double.MAX_VALUE) p.put("min", range.min()).put("min_open", range.minOpen());
            if (range.max() < Double.MAX_VALUE) p.put("max", range.max()).put("max_open", range.maxOpen());
            p.put("integer", range.integer());
        }
        return o;
    }
}
