package org.entente.model;

import java.util.List;

/** What the catalogue says of one strategy part: its name in configs, what it does, its parameters. */
public record PartSpec(String id, String description, List<ParameterSpec> params) {
    public PartSpec {
        params = List.copyOf(params);
    }

    static PartSpec part(String id, String description, ParameterSpec... params) {
        return new PartSpec(id, description, List.of(params));
    }

    static ParameterSpec p(String name, double def, double min, double max, String what) {
        return new ParameterSpec(name, def, min, max, what);
    }
}
