package org.entente.model;

import java.util.Map;

/**
 * An official of a state: a ratifier with its own weights over interests. The head negotiates;
 * the others vote. {@code reservation} is already resolved (the party's when the file gives none).
 * Its keys are catalogued in {@link OfficialField}, which also sets them.
 */
public record Official(String id, String title, boolean head, double power, Map<String, Double> interests,
                       double reservation, boolean veto) {
    public Official {
        interests = Collections2.orderedCopy(interests);
    }

    /** This official with other interest weights and reservation (a run's noise, drawn for every run: no reflection). */
    public Official withWeights(Map<String, Double> interests, double reservation) {
        return new Official(id, title, head, power, interests, reservation, veto);
    }
}
