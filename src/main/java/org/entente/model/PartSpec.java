package org.entente.model;

import java.util.List;

/**
 * What the catalogue says of one strategy part besides its name (the constant's, as with every
 * {@link ConfigChoice}): what it does and its parameters.
 */
public record PartSpec(String description, List<ParameterSpec> params) {
    public PartSpec {
        params = List.copyOf(params);
    }

    static ParameterSpec p(String name, double def, double min, double max, String what) {
        return new ParameterSpec(name, def, min, max, what);
    }
}
