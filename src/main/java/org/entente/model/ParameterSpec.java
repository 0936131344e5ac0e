package org.entente.model;

/** A documented numeric parameter: its name, default, allowed closed range and meaning. */
public record ParameterSpec(String name, double defaultValue, double min, double max, String description) {
    public boolean allows(double v) {
        return !Double.isNaN(v) && v >= min && v <= max;
    }
}
