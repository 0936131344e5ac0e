package org.entente.evaluation;

import org.entente.analysis.AgreementDistances;
import org.entente.analysis.ReferenceAnalysis;
import org.entente.analysis.ReferencePoints;
import org.entente.model.Config;
import org.entente.model.Issue;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.TraceEvent;
import org.entente.negotiation.WorldCache;
import org.entente.outcome.ImplementationModel;
import org.entente.outcome.YearRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation step between the negotiation and the results files: rebuilds a run's world
 * (from the one cache of worlds), evaluates the outcome in it (each party's payoff, welfare, Nash
 * product, where the agreement lies relative to the design point's reference points), runs the
 * implementation model and resolves the trace into issue terms and utilities. Thread-safe; called off
 * the agents' threads.
 */
public final class Evaluator {
    private static final int CACHED_POINTS = 32;

    private final WorldCache worlds;
    /** The reference points of the design points' games (their scenarios before the runs' noise). */
    private final Map<Map<String, Object>, ReferencePoints> references = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Map<String, Object>, ReferencePoints> eldest) {
            return size() > CACHED_POINTS;
        }
    };

    /** An evaluator with a cache of its own. */
    public Evaluator(Config base) {
        this(WorldCache.shared(base));
    }

    /**
     * An evaluator that reads runs' worlds from {@code worlds}: the cache the negotiating agents fill, so
     * that a run's world is built once for its negotiation and its evaluation.
     */
    public Evaluator(WorldCache worlds) {
        this.worlds = worlds;
    }

    /** The world of a run: the design point's config (its sweep assignments), perturbed by the run's noise. */
    public RunWorld world(Map<String, Object> assignments, long runSeed) {
        return worlds.world(assignments, runSeed);
    }

    public RunRecord evaluate(RunOutcome outcome) {
        RunRequest req = outcome.request();
        RunWorld world = world(req.assignments(), req.seed());
        List<YearRecord> years = outcome.failed() ? List.of() : ImplementationModel.simulate(world, outcome);
        return new RunRecord(outcome, world.config(), evaluation(world, outcome, req.assignments()), years,
                ImplementationModel.runSummary(world.game().partyIds(), years), trace(world, req.runId(), outcome.trace()));
    }

    private Evaluation evaluation(RunWorld world, RunOutcome outcome, Map<String, Object> assignments) {
        Offer atTable = outcome.agreedAtTable() ? outcome.table().offer() : null;
        Offer agreed = outcome.agreement() ? atTable : null;
        List<PartyModel> parties = world.game().parties();
        List<PartyPayoff> payoffs = new ArrayList<>(parties.size());
        double welfare = 0, nash = 1;
        for (PartyModel p : parties) {
            double u = outcome.failed() ? Double.NaN
                    : agreed != null ? p.discounted(agreed, outcome.table().round()) : p.reservation();
            payoffs.add(new PartyPayoff(p.id(), u, atTable != null ? p.utility().of(atTable) : Double.NaN));
            welfare += u;
            nash *= u - p.reservation();
        }
        PackageTerms terms = atTable != null ? PackageTerms.of(world.scenario().issues(), atTable) : PackageTerms.NONE;
        AgreementDistances distances = agreed == null ? AgreementDistances.NONE
                : AgreementDistances.of(references(world.beliefs(), assignments), values(world.beliefs(), agreed));
        return new Evaluation(terms, payoffs, welfare, agreed != null ? nash : Double.NaN, distances);
    }

    /** The reference points of a design point's game (its scenario before the runs' noise), computed once per point. */
    private ReferencePoints references(Game point, Map<String, Object> assignments) {
        ReferencePoints ref;
        synchronized (references) {
            ref = references.get(assignments);
        }
        if (ref != null) return ref;
        ref = ReferenceAnalysis.compute(point);
        synchronized (references) {
            references.putIfAbsent(Map.copyOf(assignments), ref);
        }
        return ref;
    }

    /** Each party's undiscounted utility of {@code offer} in {@code game}, in party order. */
    private static double[] values(Game game, Offer offer) {
        double[] v = new double[game.parties().size()];
        for (int p = 0; p < v.length; p++) v[p] = game.parties().get(p).utility().of(offer);
        return v;
    }

    /**
     * A run's trace resolved in its world: each event with its package in the issues' terms and the
     * parties' undiscounted utilities of it. The one definition of a rounds.csv row's content, shared
     * with the teaching seat's trace.
     */
    public static List<TraceRow> trace(RunWorld world, long runId, List<TraceEvent> events) {
        List<TraceRow> rows = new ArrayList<>(events.size());
        List<Issue> issues = world.scenario().issues();
        List<PartyModel> parties = world.game().parties();
        for (TraceEvent e : events) {
            Offer o = e.offer();
            if (o == null) {
                rows.add(new TraceRow(runId, e, PackageTerms.NONE, List.of()));
                continue;
            }
            List<Double> u = new ArrayList<>(parties.size());
            for (PartyModel p : parties) u.add(p.utility().of(o));
            rows.add(new TraceRow(runId, e, PackageTerms.of(issues, o), u));
        }
        return rows;
    }
}
