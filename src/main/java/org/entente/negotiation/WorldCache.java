package org.entente.negotiation;

import org.entente.model.Config;
import org.entente.model.ParameterPaths;
import org.entente.model.Perturbation;
import org.entente.model.Scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one cache of run worlds: for each design point (its sweep assignments) the point's config and
 * compiled beliefs game, so that a run's world ({@link RunWorld#build}) costs nothing more when there
 * is no noise and only the perturbation when there is. Bounded (least recently used points are
 * dropped) and thread-safe: agents, the evaluation step and the teaching seat all use it.
 */
public final class WorldCache {
    private final Config base;
    private final Map<Map<String, Object>, Point> points;

    /** A design point: its config and compiled beliefs game (whose outcome space every run shares: noise never changes the issues). */
    public record Point(Config config, Game beliefs, boolean noiseless) {
    }

    public WorldCache(Config base, int capacity) {
        this.base = base;
        this.points = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Map<String, Object>, Point> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The base config every point's assignments apply to. */
    public Config base() {
        return base;
    }

    /** The world of the run with these design point assignments and run seed. */
    public RunWorld world(Map<String, Object> assignments, long runSeed) {
        Point p = point(assignments);
        if (p.noiseless()) return new RunWorld(p.config(), runSeed, p.config().scenario(), p.beliefs(), p.beliefs());
        Scenario perturbed = Perturbation.apply(p.config().scenario(), p.config().experiment().noise(), runSeed);
        return new RunWorld(p.config(), runSeed, perturbed, Game.compile(perturbed), p.beliefs());
    }

    /** The design point of these assignments (compiled on first use). */
    public Point point(Map<String, Object> assignments) {
        Point p;
        synchronized (points) {
            p = points.get(assignments);
        }
        if (p != null) return p;
        Config c = assignments.isEmpty() ? base : ParameterPaths.apply(base, assignments);
        boolean noiseless = c.experiment().noise() == null || c.experiment().noise().isZero();
        p = new Point(c, Game.compile(c.scenario()), noiseless);
        synchronized (points) {
            Point raced = points.putIfAbsent(Map.copyOf(assignments), p);
            return raced != null ? raced : p;
        }
    }

    /** One party of a run's world, compiled alone: {@code world(assignments, runSeed).game().party(party)}. */
    public PartyModel party(Map<String, Object> assignments, long runSeed, String party) {
        Point p = point(assignments);
        if (p.noiseless()) return p.beliefs().party(party);
        Scenario perturbed = Perturbation.apply(p.config().scenario(), p.config().experiment().noise(), runSeed);
        return Game.compileParty(perturbed, perturbed.party(party));
    }
}
