package org.entente.negotiation;

import org.entente.model.Config;
import org.entente.model.DiscreteIssue;
import org.entente.model.Experiment;
import org.entente.model.Implementation;
import org.entente.model.Issue;
import org.entente.model.NumericIssue;
import org.entente.model.Official;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Protocol;
import org.entente.model.Scenario;
import org.entente.model.StrategySpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Scenarios built from model records for negotiation tests (no YAML, no other package's code). */
public final class Fixtures {
    private Fixtures() {
    }

    public static NumericIssue share(double step) {
        return new NumericIssue("share", "Share", "trade", 0, 1, step, null, null);
    }

    public static Official head(Map<String, Double> interests) {
        return new Official("head", null, true, 1.0, interests, 0.0, false);
    }

    public static Party party(String id, Map<String, Preference> prefs, List<Official> officials, double reservation,
                              StrategySpec strategy) {
        return new Party(id, id, reservation, 1.0, 1.0, 1.0, prefs, Map.of(), Map.of(), officials, 0.5, strategy);
    }

    /**
     * Splitting a unit surplus on a grid of {@code step}: a gets share x (linear), b gets 1 − x with
     * exponent {@code bExponent} (0.5: the concave partner of the textbook, Nash at x = 2/3).
     */
    public static Scenario split(double step, double bExponent) {
        Map<String, Double> trade = Map.of("trade", 1.0);
        Party a = party("a", Map.of("share", new Preference.Monotone(true, 1)), List.of(head(trade)), 0, null);
        Party b = party("b", Map.of("share", new Preference.Monotone(false, bExponent)), List.of(head(trade)), 0,
                null);
        return new Scenario("split", null, List.of("trade", "infrastructure", "influence"), List.of(share(step)),
                List.of(a, b), Implementation.defaults());
    }

    /**
     * Three issues, opposed interests on tariff and aid, a discrete alignment; party a has a weak
     * finance minister (power 0.2, veto, reservation 0.5) who cares only about the aid a pays, which
     * a's head readily trades away: packages giving more than 500 of aid are unratifiable.
     */
    public static Scenario twoLevel() {
        List<Issue> issues = List.of(
                new NumericIssue("tariff", null, "trade", 0, 50, 5, "%", null),
                new NumericIssue("aid", null, "infrastructure", 0, 1000, 100, null, null),
                new DiscreteIssue("alignment", null, "influence", List.of("none", "statement", "endorsement"), null));
        Map<String, Preference> aPrefs = new LinkedHashMap<>();
        aPrefs.put("tariff", new Preference.Monotone(true, 1));
        aPrefs.put("aid", new Preference.Monotone(false, 1));
        aPrefs.put("alignment", new Preference.Valued(Map.of("none", 0.0, "statement", 0.5, "endorsement", 1.0)));
        Map<String, Preference> bPrefs = new LinkedHashMap<>();
        bPrefs.put("tariff", new Preference.Monotone(false, 1));
        bPrefs.put("aid", new Preference.Monotone(true, 1));
        bPrefs.put("alignment", new Preference.Valued(Map.of("none", 1.0, "statement", 0.6, "endorsement", 0.0)));
        List<Official> aOfficials = List.of(
                new Official("president", null, true, 1.0, Map.of("trade", 0.5, "influence", 0.5), 0.0, false),
                new Official("finance", null, false, 0.2, Map.of("infrastructure", 1.0), 0.5, true));
        Party a = party("a", aPrefs, aOfficials, 0.1, null);
        Party b = party("b", bPrefs, List.of(head(Map.of("trade", 1.0, "infrastructure", 1.0, "influence", 1.0))),
                0.1, null);
        return new Scenario("two-level", null, List.of("trade", "infrastructure", "influence"), issues,
                List.of(a, b), Implementation.defaults());
    }

    public static StrategySpec strategy(String type, Object... params) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) m.put((String) params[i], ((Number) params[i + 1]).doubleValue());
        return new StrategySpec(type, m);
    }

    public static Config config(Scenario s, Protocol protocol, int deadline, Map<String, StrategySpec> strategies) {
        return config(s, protocol, deadline, strategies, Experiment.Noise.NONE);
    }

    public static Config config(Scenario s, Protocol protocol, int deadline, Map<String, StrategySpec> strategies,
                                Experiment.Noise noise) {
        Experiment e = new Experiment("test", null, protocol, deadline, 1, 1, noise, null, strategies,
                Experiment.Sweep.NONE, new Experiment.Outputs(false, false));
        return new Config(null, null, s, e, "0");
    }

    public static RunRequest request(long seed) {
        return new RunRequest(0, 0, 0, seed, Map.of(), true);
    }

    /** Negotiates one run in process (the same heads and proceedings as on JADE). */
    public static RunOutcome run(Config config, long seed) {
        return new InProcessNegotiationService(config).negotiate(request(seed));
    }

    /** A negotiator context for party {@code id} of {@code s} under its strategy in {@code config}. */
    public static NegotiatorContext context(Config config, String id) {
        Game g = Game.compile(config.scenario());
        return new NegotiatorContext(g.party(id), g, g.space(), config.experiment().protocol(),
                config.experiment().deadline(), config.scenario().partyIds(), config.strategyOf(id),
                new SplittableRandom(7));
    }
}
