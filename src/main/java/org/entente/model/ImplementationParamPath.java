package org.entente.model;

import org.entente.model.ParameterPaths.Resolved;

/** {@code implementation.<param>}: a parameter of the implementation model. */
public record ImplementationParamPath(ImplementationParameter parameter) implements SweepPath {

    @Override
    public String text() {
        return "implementation." + parameter.id();
    }

    @Override
    public Resolved resolve(Config config) {
        return Resolved.number(text(), implementation(config).get(parameter), parameter.fieldSpec().range());
    }

    @Override
    public Config apply(Config config, Object value) {
        Implementation i = implementation(config).with(parameter.id(), (Double) value);
        return config.withScenario(config.scenario().withImplementation(i));
    }

    @Override
    public String label(PathNames names) {
        return parameter.fieldSpec().sweepLabel();
    }

    private static Implementation implementation(Config c) {
        return c.scenario().implementation() != null ? c.scenario().implementation() : Implementation.defaults();
    }
}
