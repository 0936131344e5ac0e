package org.entente.model;

import java.util.Map;

/**
 * An official of a state: a ratifier with its own weights over interests. The head negotiates;
 * the others vote. {@code reservation} is already resolved (the party's when the file gives none).
 */
public record Official(String id, String title, boolean head, double power, Map<String, Double> interests,
                       double reservation, boolean veto) {
    public Official {
        interests = Collections2.orderedCopy(interests);
    }

    public Official withInterests(Map<String, Double> newInterests) {
        return new Official(id, title, head, power, newInterests, reservation, veto);
    }

    public Official withReservation(double r) {
        return new Official(id, title, head, power, interests, r, veto);
    }

    public Official withPower(double p) {
        return new Official(id, title, head, p, interests, reservation, veto);
    }
}
