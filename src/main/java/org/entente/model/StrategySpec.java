package org.entente.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** A strategy choice from a config: its type and numeric parameters (defaults not yet filled in). */
public record StrategySpec(String type, Map<String, Double> params) {
    public StrategySpec {
        params = Collections2.orderedCopy(params);
    }

    public StrategySpec with(String param, double value) {
        Map<String, Double> m = new LinkedHashMap<>(params);
        m.put(param, value);
        return new StrategySpec(type, m);
    }

    /** The parameter's value, or the type's documented default. */
    public double param(String name) {
        Double v = params.get(name);
        if (v != null) return v;
        return StrategyType.of(type).defaultOf(name);
    }
}
