package org.entente.model;

import java.nio.file.Path;

/**
 * A loaded, validated config: the scenario, the experiment (defaults filled in), where they came
 * from, and the SHA-256 of the config file's bytes (and of the referenced scenario file, if any).
 */
public record Config(Path file, Path scenarioFile, Scenario scenario, Experiment experiment, ConfigDigest digest) {

    /** A config made in code, with a stand-in for the file's digest. */
    public Config(Path file, Path scenarioFile, Scenario scenario, Experiment experiment, String sha256) {
        this(file, scenarioFile, scenario, experiment, ConfigDigest.known(sha256));
    }

    /** The SHA-256 of the config file's bytes (and the referenced scenario file's), 64 hex digits. */
    public String sha256() {
        return digest.hex();
    }

    public Config withScenario(Scenario s) {
        return new Config(file, scenarioFile, s, experiment, digest);
    }

    public Config withExperiment(Experiment e) {
        return new Config(file, scenarioFile, scenario, e, digest);
    }

    /**
     * The strategy a party plays: the party's own, else the experiment default, else the protocol
     * default ({@code zeuthen} under monotonic concession, {@code boulware} otherwise), refined or
     * replaced by the experiment's override ({@link StrategySpec#refinedBy}).
     */
    public StrategySpec strategyOf(String partyId) {
        StrategySpec base = scenario.party(partyId).strategy();
        if (base == null) base = experiment.strategy();
        if (base == null) base = new StrategySpec(
                experiment.protocol() == Protocol.MONOTONIC_CONCESSION ? "zeuthen" : "boulware", java.util.Map.of());
        StrategySpec o = experiment.strategies().get(partyId);
        return o == null ? base : base.refinedBy(o);
    }
}
