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
 * is no noise and only the perturbation when there is; and with noise the worlds of the latest runs, so
 * that whoever shares a cache perturbs and compiles a run's world once between them instead of once
 * each: in {@code ./entente run}, every table's chair, heads and officials and the evaluation step that
 * follows the run. Bounded (least recently used points and runs are dropped) and thread-safe: agents,
 * the evaluation step and the teaching seat all use it. A world is the same whichever agent asks first
 * (it depends on the point and the run seed alone), so sharing changes no result.
 */
public final class WorldCache {
    /** The design points a shared cache keeps. */
    private static final int SHARED_POINTS = 64;
    /**
     * The noisy runs' worlds kept: more than a run's tables have in flight or waiting for their evaluation
     * (the runner's window, 128 on two cores), so that each is built once; a run dropped sooner is only
     * built again.
     */
    static final int RUNS = 256;

    private final Config base;
    private final Map<Map<String, Object>, Point> points;
    private final Map<Long, RunWorld> runs = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RunWorld> eldest) {
            return size() > RUNS;
        }
    };

    /** A design point: its config and compiled beliefs game (whose outcome space every run shares: noise never changes the issues). */
    public record Point(Config config, Game beliefs, boolean noiseless) {
    }

    /**
     * A cache to share (the tables of a run and its evaluation, a worker's tables, an in-process negotiator):
     * the latest {@value #SHARED_POINTS} points.
     */
    public static WorldCache shared(Config base) {
        return new WorldCache(base, SHARED_POINTS);
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
        RunWorld w;
        synchronized (runs) {
            w = runs.get(runSeed);
        }
        // a run seed names one run of one point; the check is for another point's run of the same seed
        if (w != null && w.config() == p.config()) return w;
        Scenario perturbed = Perturbation.apply(p.config().scenario(), p.config().experiment().noise(), runSeed);
        w = new RunWorld(p.config(), runSeed, perturbed, Game.compile(perturbed), p.beliefs());
        synchronized (runs) {
            runs.put(runSeed, w);
        }
        return w;
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

    /** One party of a run's world: {@code world(assignments, runSeed).game().party(party)}. */
    public PartyModel party(Map<String, Object> assignments, long runSeed, String party) {
        return world(assignments, runSeed).game().party(party);
    }
}
