package org.entente.evaluation;

import org.entente.analysis.AgreementDistances;
import org.entente.analysis.Statistics;
import org.entente.model.Numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tournament's standings (tournament.csv), accumulated from its stored runs fed in run_id order.
 * Each run counts for the entrant in each seat (a self-play run once in each). Rates and means are
 * over the runs that did not fail; a distance's mean over the runs with an agreement. Entrants are
 * ranked by mean own utility, ties by mean welfare, both compared as written (10 significant digits)
 * so a tie in the file is a tie in the ranking; entrants tied on both share a rank and are listed in
 * the order they first played.
 */
public final class TournamentStandings {
    private final Map<String, Entrant> entrants = new LinkedHashMap<>();

    /**
     * One run: the entrant in each party's seat and what each party got (party order), whether it
     * failed or reached an agreement, its welfare and its agreement's distances.
     */
    public void add(List<String> seats, boolean failed, boolean agreement, List<Double> utilities, double welfare,
                    AgreementDistances distances) {
        for (int seat = 0; seat < seats.size(); seat++) {
            Entrant e = entrants.computeIfAbsent(seats.get(seat), k -> new Entrant());
            e.runs++;
            if (failed) {
                e.failed++;
                continue;
            }
            if (agreement) e.agreements++;
            e.utility.add(utilities.get(seat));
            e.welfare.add(welfare);
            e.nash.add(distances.nash());
            e.pareto.add(distances.pareto());
            e.ks.add(distances.kalaiSmorodinsky());
        }
    }

    /** The standings, best first. */
    public List<Standing> standings() {
        List<Map.Entry<String, Entrant>> order = new ArrayList<>(entrants.entrySet());
        Comparator<Map.Entry<String, Entrant>> best = Comparator
                .<Map.Entry<String, Entrant>>comparingDouble(e -> written(e.getValue().utility.mean()))
                .thenComparingDouble(e -> written(e.getValue().welfare.mean())).reversed();
        order.sort(best); // stable: ties keep the order of first play
        List<Standing> out = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            boolean tied = i > 0 && best.compare(order.get(i - 1), order.get(i)) == 0;
            int rank = tied ? out.get(i - 1).rank() : i + 1;
            Entrant e = order.get(i).getValue();
            out.add(new Standing(rank, order.get(i).getKey(), e.runs, e.failed,
                    Statistics.wilson(e.agreements, e.runs - e.failed), e.utility.interval(), e.nash.mean(),
                    e.pareto.mean(), e.ks.mean(), e.welfare.mean()));
        }
        return out;
    }

    /** A mean as tournament.csv writes it; an undefined mean ranks below every number. */
    private static double written(double mean) {
        return Double.isNaN(mean) ? Double.NEGATIVE_INFINITY : Double.parseDouble(Numbers.format(mean));
    }

    private static final class Entrant {
        long runs, failed, agreements;
        final RunningMean utility = new RunningMean(true), welfare = new RunningMean(false);
        final RunningMean nash = new RunningMean(false), pareto = new RunningMean(false), ks = new RunningMean(false);
    }
}
