package org.entente.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters of the post-agreement implementation model ({@code scenario.implementation}).
 * {@code params} holds every catalogued parameter, defaults filled in; see
 * {@link ImplementationParameter} and docs/model.md. {@code oversightIssue} names the issue whose
 * agreed value sets the joint task force's oversight strength (null: none).
 */
public record Implementation(Map<String, Double> params, String oversightIssue) {
    public Implementation {
        params = Collections2.orderedCopy(params);
    }

    public static Implementation defaults() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (ImplementationParameter p : ImplementationParameter.values()) m.put(p.id(), p.spec().defaultValue());
        return new Implementation(m, null);
    }

    public double get(ImplementationParameter p) {
        Double v = params.get(p.id());
        return v != null ? v : p.spec().defaultValue();
    }

    public int years() {
        return (int) Math.round(get(ImplementationParameter.YEARS));
    }

    public Implementation with(String param, double value) {
        Map<String, Double> m = new LinkedHashMap<>(params);
        m.put(param, value);
        return new Implementation(m, oversightIssue);
    }
}
