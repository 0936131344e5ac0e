package org.entente.model;

import java.util.List;
import java.util.Map;

/**
 * A state at the table. {@code officials} is never empty once loaded: a party written without
 * officials gets one implicit head official, id {@code head}, with the party's interests.
 * {@code strategy} is null when neither the scenario nor the experiment names one. Its keys are
 * catalogued in {@link PartyField}, which also sets them.
 */
public record Party(String id, String name, double reservation, double discount, double power, double capacity,
                    Map<String, Preference> preferences, Map<String, Double> weights, Map<String, Double> interests,
                    List<Official> officials, double ratification, StrategySpec strategy) {

    public Party {
        preferences = Collections2.orderedCopy(preferences);
        weights = Collections2.orderedCopy(weights);
        interests = Collections2.orderedCopy(interests);
        officials = List.copyOf(officials);
    }

    /** This party with another reservation and officials (a run's noise, drawn for every run: no reflection). */
    public Party withOfficials(double reservation, List<Official> officials) {
        return new Party(id, name, reservation, discount, power, capacity, preferences, weights, interests, officials,
                ratification, strategy);
    }

    public Official head() {
        for (Official o : officials) if (o.head()) return o;
        throw new IllegalStateException("party " + id + " has no head official");
    }

    public Official official(String officialId) {
        for (Official o : officials) if (o.id().equals(officialId)) return o;
        throw new IllegalArgumentException("party " + id + " has no official " + officialId);
    }

    /** Weight of an issue inside its interest; the catalogue's default (1) when not given. */
    public double weight(String issueId) {
        return weights.getOrDefault(issueId, PartyField.WEIGHTS.fieldSpec().defaultValue());
    }

    public double totalPower() {
        double s = 0;
        for (Official o : officials) s += o.power();
        return s;
    }
}
