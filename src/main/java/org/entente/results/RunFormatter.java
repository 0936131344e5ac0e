package org.entente.results;

import org.entente.experiment.DesignPoint;
import org.entente.experiment.RunPlan;
import org.entente.model.Issue;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.WorldCache;
import org.entente.negotiation.TraceEvent;
import org.entente.outcome.ImplementationModel;
import org.entente.outcome.YearRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run's outcome into its lines of runs.csv, years.csv, rounds.csv (and dance.csv for run
 * 0): rebuilds the run's world, computes each party's utility (discounted agreement, or its
 * reservation) and runs the implementation model. Thread-safe; called off the agents' threads.
 */
public final class RunFormatter {
    private static final int CACHED_POINTS = 32;

    private final RunPlan plan;
    private final ResultColumns columns;
    private final boolean trace;
    private final WorldCache worlds;

    public RunFormatter(RunPlan plan) {
        this.plan = plan;
        this.columns = ResultColumns.of(plan.config().scenario(), plan.sweptPaths());
        this.trace = plan.trace();
        this.worlds = new WorldCache(plan.config(), CACHED_POINTS);
    }

    public ResultColumns columns() {
        return columns;
    }

    /** The world of a run: the design point's config, perturbed by the run's noise. */
    public RunWorld world(int point, long runSeed) {
        return worlds.world(plan.points().get(point).assignments(), runSeed);
    }

    public RunRecord format(RunOutcome outcome) {
        RunRequest req = outcome.request();
        RunWorld world = world(req.point(), req.seed());
        Game game = world.game();
        List<String> row = new ArrayList<>(columns.runs().size());
        row.add(Long.toString(req.runId()));
        row.add(Integer.toString(req.point()));
        row.add(Integer.toString(req.replicate()));
        row.add(Long.toString(req.seed()));
        DesignPoint dp = plan.points().get(req.point());
        for (String path : columns.swept()) row.add(cell(dp.assignments().get(path)));
        row.add(world.config().experiment().protocol().id());
        boolean failed = outcome.failed();
        boolean agreement = !failed && outcome.agreement();
        row.add(Csv.bool(agreement));
        row.add(failed || !outcome.agreedAtTable() ? "" : Csv.bool(outcome.ratified()));
        row.add(outcome.table() != null ? Integer.toString(outcome.table().rounds()) : "");
        Offer offer = agreement ? outcome.table().offer() : null;
        List<Issue> issues = world.scenario().issues();
        for (int i = 0; i < issues.size(); i++) row.add(offer != null ? issues.get(i).valueLabel(offer.get(i)) : "");
        if (failed) {
            for (int i = 0; i < game.parties().size() + 2; i++) row.add("");
        } else {
            double welfare = 0, nash = 1;
            for (PartyModel p : game.parties()) {
                double u = offer != null ? p.discounted(offer, outcome.table().round()) : p.reservation();
                row.add(Csv.number(u));
                welfare += u;
                nash *= u - p.reservation();
            }
            row.add(Csv.number(welfare));
            row.add(offer != null ? Csv.number(nash) : "");
        }
        row.add(failed ? "failed" : "ok");
        row.add(failed ? (outcome.error() != null ? outcome.error() : "failed") : "");
        String runsLine = Csv.row(row);

        StringBuilder years = new StringBuilder();
        if (!failed) {
            for (YearRecord y : ImplementationModel.simulate(world, outcome)) appendYear(years, req.runId(), y);
        }
        String rounds = trace ? traceLines(world, req.runId(), outcome.trace()) : "";
        String dance = req.runId() == 0 ? (trace ? rounds : traceLines(world, 0, outcome.trace())) : null;
        return new RunRecord(req.runId(), failed, failed ? row.get(row.size() - 1) : null, runsLine, years.toString(),
                rounds, dance);
    }

    static void appendYear(StringBuilder b, long runId, YearRecord y) {
        List<String> cells = new ArrayList<>(3 + y.values().length);
        cells.add(Long.toString(runId));
        cells.add(Integer.toString(y.year()));
        cells.add(y.party());
        for (double v : y.values()) cells.add(Csv.number(v));
        Csv.appendRow(b, cells);
    }

    private String traceLines(RunWorld world, long runId, List<TraceEvent> events) {
        return roundsRows(world, runId, events);
    }

    /**
     * The rounds.csv rows (no header) of a run's trace: the one definition of a rounds.csv row,
     * shared with the teaching session's trace. Utilities are the undiscounted U(p) of the offer.
     */
    public static String roundsRows(RunWorld world, long runId, List<TraceEvent> events) {
        StringBuilder b = new StringBuilder();
        List<Issue> issues = world.scenario().issues();
        int width = 5 + issues.size() + world.game().parties().size();
        for (TraceEvent e : events) {
            List<String> cells = new ArrayList<>(width);
            cells.add(Long.toString(runId));
            cells.add(Integer.toString(e.round()));
            cells.add(e.actor());
            cells.add(e.action());
            Offer o = e.offer();
            for (int i = 0; i < issues.size(); i++) cells.add(o != null ? issues.get(i).valueLabel(o.get(i)) : "");
            for (PartyModel p : world.game().parties()) cells.add(o != null ? Csv.number(p.utility().of(o)) : "");
            cells.add(e.detail());
            Csv.appendRow(b, cells);
        }
        return b.toString();
    }

    /** A swept value as its cell: numbers plain, names as they are. */
    public static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Number n) return Csv.number(n.doubleValue());
        return v.toString();
    }
}
