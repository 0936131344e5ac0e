package org.entente.negotiation;

import org.entente.model.Issue;

import java.util.List;

/** The offer grid: for each issue its number of values. */
public final class OutcomeSpace {
    private final List<Issue> issues;
    private final int[] sizes;

    public OutcomeSpace(List<Issue> issues) {
        this.issues = List.copyOf(issues);
        this.sizes = issues.stream().mapToInt(Issue::size).toArray();
    }

    public List<Issue> issues() {
        return issues;
    }

    public int issueCount() {
        return sizes.length;
    }

    public int size(int issue) {
        return sizes[issue];
    }

    /** Number of outcomes (as a double: it may exceed long for large agendas). */
    public double cardinality() {
        double n = 1;
        for (int s : sizes) n *= s;
        return n;
    }

    public boolean contains(Offer o) {
        if (o.size() != sizes.length) return false;
        for (int i = 0; i < sizes.length; i++) if (o.get(i) < 0 || o.get(i) >= sizes[i]) return false;
        return true;
    }

    /** Human-readable labels, e.g. "tariff=40 infra=800". */
    public String describe(Offer o) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            if (i > 0) b.append(' ');
            b.append(issues.get(i).id()).append('=').append(issues.get(i).valueLabel(o.get(i)));
        }
        return b.toString();
    }
}
