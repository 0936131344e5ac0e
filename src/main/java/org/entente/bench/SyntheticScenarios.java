package org.entente.bench;

import org.entente.model.Config;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generated scenarios of a given size for the scaling benchmarks: {@code parties} states with three
 * officials each (the head, a minister, a veto-holding parliament) over {@code issues} numeric issues
 * of five grid points, spread over three interests. Preferences are drawn from a fixed seed, so the
 * same size always gives the same scenario; bilateral ones use alternating offers, larger ones
 * stacked alternating offers, with the default scenario's deadline and noise.
 */
public final class SyntheticScenarios {
    /** The interests the generated issues are spread over. */
    static final List<String> INTERESTS = List.of("economy", "security", "prestige");
    private static final long SHAPE_SEED = 0x5EEDBE7CL;

    private SyntheticScenarios() {
    }

    /** A config of {@code parties} states and {@code issues} issues, {@code runs} runs, master seed {@code seed}. */
    public static Config config(int parties, int issues, int deadline, int runs, long seed) {
        if (parties < 2) throw new IllegalArgumentException("a negotiation needs at least 2 parties, got " + parties);
        if (issues < 1) throw new IllegalArgumentException("a negotiation needs at least 1 issue, got " + issues);
        SplittableRandom r = new SplittableRandom(SHAPE_SEED + 31L * parties + issues);
        List<Issue> is = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            is.add(new NumericIssue("issue" + (i + 1), "Issue " + (i + 1), INTERESTS.get(i % INTERESTS.size()),
                    0, 100, 25, "%", null));
        }
        List<String> interests = INTERESTS.subList(0, Math.min(INTERESTS.size(), issues));
        List<Party> ps = new ArrayList<>();
        for (int p = 0; p < parties; p++) ps.add(party(p, is, interests, r));
        Scenario s = new Scenario("Synthetic " + parties + " parties, " + issues + " issues",
                "generated for ./entente bench", interests, is, ps, Implementation.defaults());
        Protocol protocol = parties == 2 ? Protocol.ALTERNATING_OFFERS : Protocol.STACKED_ALTERNATING_OFFERS;
        Map<String, StrategySpec> strategies = new LinkedHashMap<>();
        for (int p = 0; p < parties; p++) {
            strategies.put(ps.get(p).id(), p % 2 == 0 ? new StrategySpec("boulware", Map.of("e", 0.2))
                    : new StrategySpec("linear", Map.of("two_level", 1.0)));
        }
        Experiment e = new Experiment("bench-" + parties + "p" + issues + "i", null, protocol, deadline, runs, seed,
                new Experiment.Noise(0.1, 0.03), null, strategies, Experiment.Sweep.NONE,
                new Experiment.Outputs(false, false));
        return new Config(null, null, s, e, "synthetic-" + parties + "-" + issues);
    }

    private static Party party(int index, List<Issue> issues, List<String> interests, SplittableRandom r) {
        String id = "state" + (index + 1);
        Map<String, Preference> prefs = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            // half the issues opposed between neighbours, the rest drawn at random: room for logrolling
            boolean up = i % 2 == 0 ? index % 2 == 0 : r.nextBoolean();
            double exponent = new double[]{0.5, 1.0, 1.5}[r.nextInt(3)];
            prefs.put(issues.get(i).id(), new Preference.Monotone(up, exponent));
            weights.put(issues.get(i).id(), 0.5 + 1.5 * r.nextDouble());
        }
        List<Official> officials = List.of(
                new Official("head", "Head of government", true, 0.5, weights(interests, r), 0.4, false),
                new Official("minister", "Minister", false, 0.3, weights(interests, r), 0.35, false),
                new Official("parliament", "Parliament", false, 0.2, weights(interests, r), 0.3, true));
        return new Party(id, "State " + (index + 1), 0.35, 0.995, 1 + index, 0.8, prefs, weights,
                weights(interests, r), officials, 0.5, null);
    }

    private static Map<String, Double> weights(List<String> interests, SplittableRandom r) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String d : interests) m.put(d, 0.2 + r.nextDouble());
        return m;
    }
}
