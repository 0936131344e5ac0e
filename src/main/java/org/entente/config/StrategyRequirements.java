package org.entente.config;

import org.entente.model.Config;
import org.entente.model.Experiment;
import org.entente.model.OfferingPart;
import org.entente.model.ParameterPaths;
import org.entente.model.StrategySpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that every party's strategy can be played in the game it is put in (the offering part
 * {@code equilibrium} only in bilateral alternating offers), for the config as written and for every
 * combination of its name-valued sweep values (protocol, strategy type or part), before any run.
 */
final class StrategyRequirements {
    /** Combinations of name-valued sweep values checked at most (beyond, the runs report it). */
    private static final int MOST = 10_000;

    private StrategyRequirements() {
    }

    /** Reports the first strategy that cannot be played; {@code fallback} locates errors with no better node. */
    static void check(Problems problems, Config config, ExperimentReader er, YamlNode fallback) {
        List<Experiment.SweepParameter> sweep = config.experiment().sweep().parameters();
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < sweep.size(); i++) {
            Experiment.SweepParameter p = sweep.get(i);
            if (p.values() != null && ParameterPaths.resolve(config, p.path()).kind() == ParameterPaths.Kind.NAME) {
                named.add(i);
            }
        }
        for (Map<Integer, Object> combination : combinations(sweep, named)) {
            Map<String, Object> assignments = new LinkedHashMap<>();
            combination.forEach((i, v) -> assignments.put(sweep.get(i).path(), v));
            Config point = ParameterPaths.apply(config, assignments);
            String problem = unplayable(point);
            if (problem == null) continue;
            String expected = "; expected two parties and protocol alternating_offers for equilibrium";
            if (combination.isEmpty()) {
                YamlNode at = er.protocolGiven ? er.protocolNode : fallback;
                problems.at(at, er.protocolGiven ? "experiment.protocol" : "experiment", problem + expected);
            } else {
                int first = combination.keySet().iterator().next();
                StringBuilder where = new StringBuilder();
                assignments.forEach((k, v) -> where.append(where.isEmpty() ? "" : ", ").append(k).append(" = ").append(v));
                problems.at(er.sweepNodes.get(first), "experiment.sweep.parameters[" + first + "]",
                        "at the design point " + where + ", " + problem + expected);
            }
            return;
        }
    }

    /** Why some party's strategy cannot be played in {@code point}; null when all can. */
    private static String unplayable(Config point) {
        int parties = point.scenario().parties().size();
        for (String pid : point.scenario().partyIds()) {
            StrategySpec s = point.strategyOf(pid);
            OfferingPart offering = s.composition().offering();
            if (offering.playable(parties, point.experiment().protocol())) continue;
            return "party " + pid + " plays " + s.label() + " (the subgame-perfect equilibrium of bilateral "
                    + "alternating offers) in a game of " + parties + " parties under " + point.experiment().protocol().id();
        }
        return null;
    }

    /**
     * Every combination of the named parameters' values (first varying slowest), at most
     * {@link #MOST}; with none, the config as written.
     */
    private static List<Map<Integer, Object>> combinations(List<Experiment.SweepParameter> sweep, List<Integer> named) {
        List<Map<Integer, Object>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (int i : named) {
            List<Map<Integer, Object>> next = new ArrayList<>();
            for (Map<Integer, Object> c : out) {
                for (Object v : sweep.get(i).values()) {
                    if (next.size() >= MOST) break;
                    Map<Integer, Object> m = new LinkedHashMap<>(c);
                    m.put(i, v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }
}
