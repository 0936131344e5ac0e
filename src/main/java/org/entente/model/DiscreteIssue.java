package org.entente.model;

import java.util.List;

/** A discrete issue: one of a list of named options. */
public record DiscreteIssue(String id, String label, String interest, List<String> options, String obligor)
        implements Issue {

    public DiscreteIssue {
        options = List.copyOf(options);
    }

    @Override
    public int size() {
        return options.size();
    }

    @Override
    public String valueLabel(int k) {
        return options.get(k);
    }

    @Override
    public double position(int k) {
        return options.size() > 1 ? (double) k / (options.size() - 1) : 0.0;
    }
}
