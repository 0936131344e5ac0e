package org.entente.agents;

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
import org.entente.model.StrategySpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small China–Lesotho-like scenario built in code, so the agent tests need no config loader. */
final class TestScenarios {
    private TestScenarios() {
    }

    /**
     * Two parties, three issues (tariff, infrastructure finance, port access). Lesotho's head
     * shares power with a trade ministry and a parliament; {@code parliamentReservation} above 1
     * makes the parliament unsatisfiable, and {@code veto} gives it a veto.
     */
    static Config bilateral(Protocol protocol, int deadline, double parliamentReservation, boolean veto,
                            Experiment.Noise noise, StrategySpec strategy) {
        List<String> interests = List.of("trade", "infrastructure", "influence");
        NumericIssue tariff = new NumericIssue("tariff", "Tariff on Lesotho goods", "trade", 0, 40, 5, "%", "china");
        NumericIssue infra = new NumericIssue("infra", "Infrastructure finance", "infrastructure", 0, 1000, 100,
                "US$ M", "china");
        DiscreteIssue port = new DiscreteIssue("port", "Dry port access", "influence",
                List.of("none", "shared", "leased"), "lesotho");

        Map<String, Preference> chinaPrefs = new LinkedHashMap<>();
        chinaPrefs.put("tariff", new Preference.Monotone(true, 1.0));
        chinaPrefs.put("infra", new Preference.Monotone(false, 1.0));
        chinaPrefs.put("port", new Preference.Valued(Map.of("none", 0.0, "shared", 0.6, "leased", 1.0)));
        Map<String, Double> chinaInterests = Map.of("trade", 0.3, "infrastructure", 0.3, "influence", 0.4);
        Party china = new Party("china", "China", 0.3, 1.0, 1.0, 1.0, chinaPrefs, Map.of(), chinaInterests,
                List.of(new Official("wang", "CPPCC Chairman", true, 1.0, chinaInterests, 0.3, false)), 0.5, null);

        Map<String, Preference> lesPrefs = new LinkedHashMap<>();
        lesPrefs.put("tariff", new Preference.Monotone(false, 1.0));
        lesPrefs.put("infra", new Preference.Monotone(true, 0.5));
        lesPrefs.put("port", new Preference.Valued(Map.of("none", 1.0, "shared", 0.7, "leased", 0.0)));
        Map<String, Double> lesInterests = Map.of("trade", 0.4, "infrastructure", 0.4, "influence", 0.2);
        Party lesotho = new Party("lesotho", "Lesotho", 0.3, 1.0, 1.0, 1.0, lesPrefs, Map.of(), lesInterests,
                List.of(new Official("pm", "Prime Minister", true, 2.0, lesInterests, 0.3, false),
                        new Official("trade", "Ministry of Trade", false, 1.0,
                                Map.of("trade", 0.8, "infrastructure", 0.1, "influence", 0.1), 0.3, false),
                        new Official("parliament", "National Assembly", false, 1.0,
                                Map.of("trade", 0.2, "infrastructure", 0.3, "influence", 0.5),
                                parliamentReservation, veto)),
                0.5, null);

        Scenario s = new Scenario("Test bilateral", "agents test scenario", interests, List.of(tariff, infra, port),
                List.of(china, lesotho), Implementation.defaults());
        Experiment e = new Experiment("agents-test", null, protocol, deadline, 10, 42, noise, strategy, Map.of(),
                Experiment.Sweep.NONE, new Experiment.Outputs(true, false));
        return new Config(Path.of("test.yaml"), null, s, e, "0");
    }

    static Config bilateral(Protocol protocol) {
        return bilateral(protocol, 40, 0.3, false, Experiment.Noise.NONE, new StrategySpec("linear", Map.of()));
    }
}
