package org.entente.model;

/**
 * The allowed values of a numeric config field: an interval, open or closed at each end, maybe
 * integers only. Catalogues, the loader and sweep paths check values against it and describe it
 * in their messages the same way.
 */
public record Range(double min, boolean minOpen, double max, boolean maxOpen, boolean integer) {
    public static final Range ANY = new Range(-Double.MAX_VALUE, false, Double.MAX_VALUE, false, false);
    public static final Range POSITIVE = new Range(0, true, Double.MAX_VALUE, false, false);
    public static final Range NON_NEGATIVE = new Range(0, false, Double.MAX_VALUE, false, false);
    public static final Range UNIT = new Range(0, false, 1, false, false);
    /** [0, 1): reservations. */
    public static final Range UNIT_OPEN_TOP = new Range(0, false, 1, true, false);
    /** (0, 1]: discount factors. */
    public static final Range UNIT_OPEN_BOTTOM = new Range(0, true, 1, false, false);

    public static Range closed(double min, double max) {
        return new Range(min, false, max, false, false);
    }

    public static Range integers(double min, double max) {
        return new Range(min, false, max, false, true);
    }

    public static Range atMost(double max) {
        return new Range(-Double.MAX_VALUE, false, max, false, false);
    }

    public static Range atLeast(double min) {
        return new Range(min, false, Double.MAX_VALUE, false, false);
    }

    public static Range of(ParameterSpec spec) {
        return closed(spec.min(), spec.max());
    }

    public boolean allows(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return false;
        if (minOpen ? v <= min : v < min) return false;
        if (maxOpen ? v >= max : v > max) return false;
        return !integer || v == Math.rint(v);
    }

    /** The same interval without the integer condition: the bounds of a sampled sweep parameter. */
    public Range bounds() {
        return new Range(min, minOpen, max, maxOpen, false);
    }

    /** "a number in (0, 1]", "a number > 0", "an integer in [1, 1000000]". */
    public String describe() {
        String what = integer ? "an integer" : "a number";
        boolean lowInf = min <= -Double.MAX_VALUE;
        boolean highInf = max >= Double.MAX_VALUE;
        if (lowInf && highInf) return integer ? "an integer" : "a finite number";
        if (highInf) return what + (minOpen ? " > " : " >= ") + Numbers.format(min);
        if (lowInf) return what + (maxOpen ? " < " : " <= ") + Numbers.format(max);
        return what + " in " + (minOpen ? "(" : "[") + Numbers.format(min) + ", " + Numbers.format(max)
                + (maxOpen ? ")" : "]");
    }
}
