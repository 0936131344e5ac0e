package org.entente.teaching;

import org.entente.model.Config;
import org.entente.model.DiscreteIssue;
import org.entente.model.Experiment;
import org.entente.model.Implementation;
import org.entente.model.NumericIssue;
import org.entente.model.Official;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Protocol;
import org.entente.model.Scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small two-party scenario for the teaching tests: a tariff (0–100 %, step 5) that lesotho wants
 * low and china high, and an alignment option. Lesotho has a head and a finance minister with a veto
 * who cares only about trade (approves at 0.5 or more, i.e. tariff at most 50).
 */
final class TeachingFixtures {
    private TeachingFixtures() {
    }

    static Config config(Protocol protocol, int deadline) {
        NumericIssue tariff = new NumericIssue("tariff", "Tariff on textiles", "trade", 0, 100, 5, "%", null);
        DiscreteIssue alignment = new DiscreteIssue("alignment", "Diplomatic alignment", "influence",
                List.of("none", "joint_statement", "endorsement"), null);
        Party china = new Party("china", "People's Republic of China", 0.2, 1.0, 1.0, 1.0,
                ordered("tariff", new Preference.Monotone(true, 1.0),
                        "alignment", new Preference.Valued(Map.of("none", 0.0, "joint_statement", 0.5, "endorsement", 1.0))),
                Map.of(), Map.of("trade", 1.0, "influence", 1.0),
                List.of(new Official("head", "Premier", true, 1.0, ordered("trade", 1.0, "influence", 1.0), 0.2, false)),
                0.5, null);
        Party lesotho = new Party("lesotho", "Kingdom of Lesotho", 0.3, 1.0, 1.0, 1.0,
                ordered("tariff", new Preference.Monotone(false, 1.0),
                        "alignment", new Preference.Valued(Map.of("none", 1.0, "joint_statement", 0.6, "endorsement", 0.0))),
                Map.of(), Map.of(),
                List.of(new Official("prime_minister", "Prime Minister", true, 1.0,
                                ordered("trade", 0.5, "influence", 0.5), 0.3, false),
                        new Official("finance", "Minister of Finance", false, 1.0, ordered("trade", 1.0), 0.5, true)),
                0.5, null);
        Scenario s = new Scenario("Textiles and alignment", "test", List.of("trade", "infrastructure", "influence"),
                List.of(tariff, alignment), List.of(china, lesotho), Implementation.defaults());
        Experiment e = new Experiment("teaching-test", null, protocol, deadline, 10, 7, Experiment.Noise.NONE, null,
                Map.of(), Experiment.Sweep.NONE, new Experiment.Outputs(false, false));
        return new Config(Path.of("teaching-test.yaml"), null, s, e, "0");
    }

    /** The same scenario with china's strategy set by the experiment. */
    static Config config(Protocol protocol, int deadline, String chinaStrategy) {
        Config c = config(protocol, deadline);
        return c.withExperiment(c.experiment().withStrategies(
                Map.of("china", new org.entente.model.StrategySpec(chinaStrategy, Map.of()))));
    }

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> ordered(Object... kv) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (V) kv[i + 1]);
        return m;
    }
}
