package org.entente.negotiation;

import org.entente.model.Config;
import org.entente.model.ParameterPaths;
import org.entente.model.Perturbation;
import org.entente.model.Scenario;

import java.util.Map;

/**
 * Everything one run is played in, rebuilt identically by every agent and by the results writer
 * from (base config, design point assignments, run seed): the design point's config, the run's
 * perturbed scenario and its compiled game (true utilities), and the beliefs game (the point's
 * scenario without the run's private noise).
 */
public record RunWorld(Config config, long runSeed, Scenario scenario, Game game, Game beliefs) {

    public static RunWorld build(Config base, Map<String, Object> assignments, long runSeed) {
        Config point = assignments.isEmpty() ? base : ParameterPaths.apply(base, assignments);
        return of(point, runSeed);
    }

    /** The world of a run of an already-assigned design point config. */
    public static RunWorld of(Config point, long runSeed) {
        Game beliefs = Game.compile(point.scenario());
        if (point.experiment().noise() == null || point.experiment().noise().isZero()) {
            return new RunWorld(point, runSeed, point.scenario(), beliefs, beliefs);
        }
        Scenario perturbed = Perturbation.apply(point.scenario(), point.experiment().noise(), runSeed);
        return new RunWorld(point, runSeed, perturbed, Game.compile(perturbed), beliefs);
    }
}
