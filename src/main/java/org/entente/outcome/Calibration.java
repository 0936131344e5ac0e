package org.entente.outcome;

import org.entente.model.Implementation;
import org.entente.model.ImplementationParameter;

/**
 * The implementation model's parameters for one run ({@code scenario.implementation}, defaults from
 * the {@link ImplementationParameter} catalogue), read by catalogue entry as a number, a whole number
 * or a switch. Read once, so that the yearly processes can ask for a parameter where they use it.
 */
final class Calibration {
    private final double[] values = new double[ImplementationParameter.values().length];

    private Calibration(Implementation parameters) {
        for (ImplementationParameter p : ImplementationParameter.values()) values[p.ordinal()] = parameters.get(p);
    }

    static Calibration of(Implementation impl) {
        return new Calibration(impl != null ? impl : Implementation.defaults());
    }

    double get(ImplementationParameter p) {
        return values[p.ordinal()];
    }

    /** A count (years, terms): the value rounded, kept within the catalogue's range. */
    int whole(ImplementationParameter p) {
        long v = Math.round(get(p));
        return (int) Math.max(p.spec().min(), Math.min(p.spec().max(), v));
    }

    /** A switch: on when the value is at least 1/2. */
    boolean on(ImplementationParameter p) {
        return get(p) >= 0.5;
    }
}
