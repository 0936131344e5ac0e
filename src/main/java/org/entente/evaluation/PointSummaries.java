package org.entente.evaluation;

import org.entente.analysis.Interval;
import org.entente.analysis.Statistics;
import org.entente.outcome.ImplementationModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aggregates of summary.csv, accumulated from stored runs fed in run_id order: per design
 * point the runs and failures, the agreement rate (Wilson), mean utilities and rounds, the agreements'
 * mean distances from the reference points, and the implementation model's per-run measures
 * ({@link ImplementationModel#runSummary}, as runs.csv holds them) with 95% intervals (in [0, 1] for
 * utilities, compliance and influence; t otherwise). Rates and means are over the runs that did not
 * fail; NaN values
 * (e.g. no agreement) are left out of the means.
 */
public final class PointSummaries {
    private final List<Map<String, Object>> points;
    private final int parties;
    private final Map<Integer, Point> acc = new TreeMap<>();
    private final List<String> implementationKeys = new ArrayList<>();

    /**
     * @param points  each design point's sweep assignments, by point index
     * @param parties how many parties the scenario has
     */
    public PointSummaries(List<Map<String, Object>> points, int parties) {
        this.points = List.copyOf(points);
        this.parties = parties;
    }

    public void add(StoredRun run) {
        Point a = acc.get(run.point());
        if (a == null) {
            a = new Point(parties);
            acc.put(run.point(), a);
        }
        a.runs++;
        if (run.failed()) {
            a.failed++;
            return;
        }
        if (run.agreement()) a.agreements++;
        for (int p = 0; p < parties; p++) a.utilities[p].add(run.utilities().get(p));
        a.rounds.add(run.rounds());
        a.pareto.add(run.distances().pareto());
        a.nash.add(run.distances().nash());
        a.ks.add(run.distances().kalaiSmorodinsky());
        for (Map.Entry<String, Double> e : run.implementation().entrySet()) {
            if (!implementationKeys.contains(e.getKey())) implementationKeys.add(e.getKey());
            a.implementation.computeIfAbsent(e.getKey(), k -> new RunningMean(ImplementationModel.inUnitInterval(k))).add(e.getValue());
        }
    }

    /** One summary per design point that has runs, in point order. */
    public List<PointSummary> summaries() {
        List<PointSummary> out = new ArrayList<>();
        for (Map.Entry<Integer, Point> e : acc.entrySet()) {
            Point a = e.getValue();
            List<Interval> us = new ArrayList<>();
            for (RunningMean m : a.utilities) us.add(m.interval());
            Map<String, Interval> impl = new LinkedHashMap<>();
            for (String k : implementationKeys) {
                RunningMean m = a.implementation.get(k);
                impl.put(k, m != null ? m.interval() : new Interval(Double.NaN, Double.NaN, Double.NaN));
            }
            out.add(new PointSummary(e.getKey(), points.get(e.getKey()), a.runs, a.failed,
                    Statistics.wilson(a.agreements, a.runs - a.failed), us, a.rounds.mean(), a.pareto.interval(),
                    a.nash.interval(), a.ks.interval(), impl));
        }
        return out;
    }

    private static final class Point {
        long runs, failed, agreements;
        final RunningMean[] utilities;
        final RunningMean rounds = new RunningMean(false);
        final RunningMean pareto = new RunningMean(false), nash = new RunningMean(false), ks = new RunningMean(false);
        final Map<String, RunningMean> implementation = new LinkedHashMap<>();

        Point(int parties) {
            utilities = new RunningMean[parties];
            for (int i = 0; i < parties; i++) utilities[i] = new RunningMean(true);
        }
    }
}
