package org.entente.outcome;

import org.entente.model.Config;
import org.entente.model.DiscreteIssue;
import org.entente.model.Design;
import org.entente.model.Experiment;
import org.entente.model.Implementation;
import org.entente.model.Issue;
import org.entente.model.NumericIssue;
import org.entente.model.Official;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Protocol;
import org.entente.model.Scenario;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.TableResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small China–Lesotho world built in code, and run outcomes with or without an agreement. */
final class Worlds {
    static final String TASK_FORCE = "task_force";

    private Worlds() {
    }

    /** Issues in order: tariff_cut, road, grant_share, scholarships, alignment, task_force. */
    static Scenario scenario(double chinaCapacity, double lesothoCapacity, Implementation impl) {
        List<Issue> issues = List.of(
                new NumericIssue("tariff_cut", "Tariff lines waived", "trade", 0, 100, 5, "%", "china"),
                new NumericIssue("road", "Road finance", "infrastructure", 0, 300, 10, "US$ M", "china"),
                new NumericIssue("grant_share", "Grant share", "infrastructure", 0, 1, 0.05, null, null),
                new NumericIssue("scholarships", "Scholarships", "influence", 0, 100, 5, null, "china"),
                new DiscreteIssue("alignment", "Alignment", "influence",
                        List.of("none", "joint_statement", "endorsement"), "lesotho"),
                new DiscreteIssue(TASK_FORCE, "Task force", "influence",
                        List.of("none", "annual_review", "joint_secretariat"), null));
        Map<String, Preference> china = new LinkedHashMap<>();
        china.put("tariff_cut", new Preference.Monotone(false, 1));
        china.put("road", new Preference.Monotone(true, 0.5));
        china.put("grant_share", new Preference.Monotone(false, 1));
        china.put("scholarships", new Preference.Monotone(true, 1));
        china.put("alignment", new Preference.Valued(Map.of("none", 0.0, "joint_statement", 0.6, "endorsement", 1.0)));
        Map<String, Preference> lesotho = new LinkedHashMap<>();
        lesotho.put("tariff_cut", new Preference.Monotone(true, 1));
        lesotho.put("road", new Preference.Monotone(true, 1));
        lesotho.put("grant_share", new Preference.Monotone(true, 1));
        lesotho.put("scholarships", new Preference.Monotone(true, 1));
        lesotho.put("alignment", new Preference.Valued(Map.of("none", 1.0, "joint_statement", 0.7, "endorsement", 0.2)));
        lesotho.put(TASK_FORCE, new Preference.Valued(Map.of("none", 0.2, "annual_review", 0.6, "joint_secretariat", 1.0)));
        Party c = new Party("china", "China", 0.3, 1, 3, chinaCapacity, china, Map.of(), Map.of(),
                List.of(new Official("head", "Chairman", true, 1, interests(0.3, 0.3, 0.4), 0.3, false)),
                0.5, null);
        Party l = new Party("lesotho", "Lesotho", 0.3, 1, 1, lesothoCapacity, lesotho, Map.of(), Map.of(),
                List.of(new Official("pm", "Prime Minister", true, 0.6, interests(0.4, 0.4, 0.2), 0.3, false),
                        new Official("finance", "Finance Minister", false, 0.4, interests(0.6, 0.3, 0.1), 0.3, false)),
                0.5, null);
        return new Scenario("test", "", List.of("trade", "infrastructure", "influence"), issues, List.of(c, l), impl);
    }

    static Scenario scenario() {
        return scenario(0.8, 0.6, Implementation.defaults());
    }

    static Map<String, Double> interests(double trade, double infrastructure, double influence) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("trade", trade);
        m.put("infrastructure", infrastructure);
        m.put("influence", influence);
        return m;
    }

    /** Implementation defaults with some parameters overridden, and an optional oversight issue. */
    static Implementation implementation(String oversightIssue, Object... idValue) {
        Implementation m = Implementation.defaults();
        for (int i = 0; i < idValue.length; i += 2) m = m.with((String) idValue[i], ((Number) idValue[i + 1]).doubleValue());
        return new Implementation(m.params(), oversightIssue);
    }

    static RunWorld world(Scenario s, long runSeed) {
        Experiment e = new Experiment("test", null, Protocol.ALTERNATING_OFFERS, 100, 1, 1, Experiment.Noise.NONE,
                null, Map.of(), new Experiment.Sweep(Design.GRID, 0, List.of()), new Experiment.Outputs(false, false));
        return RunWorld.of(new Config(null, null, s, e, ""), runSeed);
    }

    /** A middling package: tariff 60%, road 150, grant share 0.5, 40 scholarships, joint statement, annual review. */
    static Offer deal() {
        return new Offer(12, 15, 10, 8, 1, 1);
    }

    static RunOutcome agreed(Offer offer, long seed) {
        return new RunOutcome(request(seed), new TableResult(true, offer, 5, 6, "accepted"),
                List.of(passed("china", true), passed("lesotho", true)), List.of(), false, null, 0);
    }

    static RunOutcome notRatified(Offer offer, long seed) {
        return new RunOutcome(request(seed), new TableResult(true, offer, 5, 6, "accepted"),
                List.of(passed("china", true), passed("lesotho", false)), List.of(), false, null, 0);
    }

    static RunOutcome noAgreement(long seed) {
        return new RunOutcome(request(seed), new TableResult(false, null, -1, 100, "deadline"),
                List.of(), List.of(), false, null, 0);
    }

    static RunOutcome failed(long seed) {
        return RunOutcome.failure(request(seed), "agent did not answer", List.of(), 0);
    }

    private static Ratification passed(String party, boolean passed) {
        return new Ratification(party, passed, passed ? 1.0 : 0.0, List.of());
    }

    private static RunRequest request(long seed) {
        return new RunRequest(0, 0, 0, seed, Map.of(), false);
    }
}
