package org.entente.model;

import java.nio.file.Path;

/**
 * A loaded, validated config: the scenario, the experiment (defaults filled in), where they came
 * from, and the SHA-256 of the config file's bytes (and of the referenced scenario file, if any).
 */
public record Config(Path file, Path scenarioFile, Scenario scenario, Experiment experiment, String sha256) {

    public Config withScenario(Scenario s) {
        return new Config(file, scenarioFile, s, experiment, sha256);
    }

    public Config withExperiment(Experiment e) {
        return new Config(file, scenarioFile, scenario, e, sha256);
    }

    /**
     * The strategy a party plays: the experiment's override, else the party's own, else the
     * experiment default, else the protocol default ({@code zeuthen} under monotonic concession,
     * {@code boulware} otherwise). An override with the same type (or none) merges its parameters.
     */
    public StrategySpec strategyOf(String partyId) {
        StrategySpec base = scenario.party(partyId).strategy();
        if (base == null) base = experiment.strategy();
        if (base == null) base = new StrategySpec(
                experiment.protocol() == Protocol.MONOTONIC_CONCESSION ? "zeuthen" : "boulware", java.util.Map.of());
        StrategySpec o = experiment.strategies().get(partyId);
        if (o == null) return base;
        if (o.type() == null || o.type().equals(base.type())) {
            java.util.Map<String, Double> m = new java.util.LinkedHashMap<>(base.params());
            m.putAll(o.params());
            return new StrategySpec(base.type(), m);
        }
        return o;
    }
}
