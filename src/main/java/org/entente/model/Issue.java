package org.entente.model;

/**
 * One issue on the agenda: a numeric range on a grid, or a list of discrete options.
 * Offers address issue values by grid index {@code 0 .. size()-1}.
 */
public sealed interface Issue permits NumericIssue, DiscreteIssue {
    String id();

    /** Human label for charts and the report; never null (defaults to the id). */
    String label();

    /** The interest (trade, infrastructure, influence, ...) this issue serves. */
    String interest();

    /** Party that must deliver this commitment during implementation; null when shared or none. */
    String obligor();

    /** Number of grid points (numeric) or options (discrete). */
    int size();

    /** Text for grid index k: the option name, or the number formatted without noise. */
    String valueLabel(int k);

    /** Position of grid index k in [0, 1] along the issue (0 = min / first option). */
    double position(int k);
}
