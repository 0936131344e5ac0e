package org.entente.interop;

import java.util.List;

/**
 * A negotiation read from GENIUS or GeniusWeb files: the domain's issues and one linear additive
 * profile per party. {@code format} names the source format for the written scenario's header;
 * {@code notes} say what the source held that its own software ignores, and so did the reading.
 */
public record AdditiveScenario(String name, String format, List<AdditiveIssue> issues, List<AdditiveProfile> profiles,
                               List<String> notes) {
    public AdditiveScenario {
        issues = List.copyOf(issues);
        profiles = List.copyOf(profiles);
        notes = List.copyOf(notes);
    }

    /** The profile's utility of an outcome given as one grid index per issue, straight from the source's definition. */
    public double utility(AdditiveProfile p, int[] outcome) {
        double u = 0;
        for (int i = 0; i < issues.size(); i++) {
            AdditiveIssue issue = issues.get(i);
            u += p.weights().get(issue.name()) * p.utilities().get(issue.name()).of(issue, outcome[i]);
        }
        return u;
    }
}
