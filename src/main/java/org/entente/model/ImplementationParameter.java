package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of implementation-model parameters ({@code scenario.implementation.<id>}), each
 * sweepable. The equations that use them are in docs/model.md and {@code org.entente.outcome}.
 */
public enum ImplementationParameter {
    YEARS("years", 10, 0, 200, "years of implementation simulated after an agreement"),
    OVERSIGHT("oversight", 0.5, 0, 1, "oversight strength when no oversight issue is agreed"),
    ;

    private final ParameterSpec spec;

    ImplementationParameter(String id, double def, double min, double max, String what) {
        this.spec = new ParameterSpec(id, def, min, max, what);
    }

    public String id() {
        return spec.name();
    }

    public ParameterSpec spec() {
        return spec;
    }

    public static Optional<ImplementationParameter> find(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ImplementationParameter::id).toList();
    }
}
