package org.entente.evaluation;

import org.entente.model.Issue;
import org.entente.negotiation.Offer;

import java.util.ArrayList;
import java.util.List;

/**
 * A package in the issues' own terms: each issue's value label, in scenario order; {@link #NONE}
 * when there is no package (no agreement, or an action that concerns none).
 */
public record PackageTerms(List<String> values) {
    public static final PackageTerms NONE = new PackageTerms(List.of());

    public PackageTerms {
        values = List.copyOf(values);
    }

    static PackageTerms of(List<Issue> issues, Offer offer) {
        List<String> t = new ArrayList<>(issues.size());
        for (int i = 0; i < issues.size(); i++) t.add(issues.get(i).valueLabel(offer.get(i)));
        return new PackageTerms(t);
    }

    /** The value of the issue at {@code index} (scenario order); "" when there is no package. */
    public String term(int index) {
        return values.isEmpty() ? "" : values.get(index);
    }
}
