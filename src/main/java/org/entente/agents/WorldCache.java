package org.entente.agents;

import org.entente.model.Config;
import org.entente.model.Perturbation;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.RunWorld;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An agent's own cache of design points: the point's config and compiled beliefs game, so that a
 * run's world (same as {@link RunWorld#build}) costs nothing more when there is no noise and only
 * the perturbation when there is. Not thread-safe: one per agent.
 */
final class WorldCache {
    private final Config base;
    private final Map<Map<String, Object>, Point> points;

    /** A design point: its config and compiled beliefs game (whose outcome space every run shares: noise never changes the issues). */
    record Point(Config config, Game beliefs, boolean noiseless) {
    }

    WorldCache(Config base, int capacity) {
        this.base = base;
        this.points = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Map<String, Object>, Point> eldest) {
                return size() > capacity;
            }
        };
    }

    RunWorld world(Map<String, Object> assignments, long runSeed) {
        Point p = points.get(assignments);
        if (p == null) {
            RunWorld w = RunWorld.build(base, assignments, runSeed);
            Config c = w.config();
            boolean noiseless = c.experiment().noise() == null || c.experiment().noise().isZero();
            points.put(Map.copyOf(assignments), new Point(c, w.beliefs(), noiseless));
            return w;
        }
        if (p.noiseless()) return new RunWorld(p.config(), runSeed, p.config().scenario(), p.beliefs(), p.beliefs());
        Scenario perturbed = Perturbation.apply(p.config().scenario(), p.config().experiment().noise(), runSeed);
        return new RunWorld(p.config(), runSeed, perturbed, Game.compile(perturbed), p.beliefs());
    }

    /** The design point of these assignments (built, with a first run's world, if not cached). */
    Point point(Map<String, Object> assignments, long runSeed) {
        Point p = points.get(assignments);
        if (p != null) return p;
        world(assignments, runSeed);
        return points.get(assignments);
    }

    /** One party of a run's world, compiled alone: {@code world(assignments, runSeed).game().party(party)}. */
    PartyModel party(Map<String, Object> assignments, long runSeed, String party) {
        Point p = points.get(assignments);
        if (p == null) return world(assignments, runSeed).game().party(party);
        if (p.noiseless()) return p.beliefs().party(party);
        Scenario perturbed = Perturbation.apply(p.config().scenario(), p.config().experiment().noise(), runSeed);
        return Game.compileParty(perturbed, perturbed.party(party));
    }
}
