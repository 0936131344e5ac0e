package org.entente.teaching;

import org.entente.analysis.Interval;
import org.entente.evaluation.RunningMean;
import org.entente.model.Config;
import org.entente.model.Seeds;
import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.RunWorld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The agents' typical result in the student's seat: {@code runs} negotiations with the party's
 * configured strategy, run seeds {@code Seeds.run(seed, i)}, and the mean of the party's utility
 * (discounted agreement, else its reservation) and of its gain over its own run's reservation (the
 * reservation differs between runs under noise, so gains are what compares fairly with the
 * student's), each with a 95% interval that stays in [0, 1], plus the agreement rate.
 */
public record SeatBaseline(String party, String strategy, int runs, int failed, String firstError,
                           double agreementRate, Interval utility, Interval gain) {

    public static SeatBaseline measure(Config config, String party, long masterSeed, int runs, ServiceFactory factory)
            throws InterruptedException {
        List<CompletableFuture<RunOutcome>> futures = new ArrayList<>(runs);
        List<RunOutcome> outcomes = new ArrayList<>(runs);
        try (NegotiationService service = factory.open(config, Map.of())) {
            for (int i = 0; i < runs; i++) {
                futures.add(service.submit(new RunRequest(i, 0, i, Seeds.run(masterSeed, i), Map.of(), false)));
            }
            for (CompletableFuture<RunOutcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    outcomes.add(RunOutcome.failure(null, String.valueOf(e.getCause()), java.util.List.of(), 0));
                }
            }
        }
        int failed = 0, agreements = 0, n = 0;
        String firstError = null;
        // both lie in [0, 1]: no strategy ratifies below its reservation, so the gain is at most 1 - r
        RunningMean utilities = new RunningMean(true), gains = new RunningMean(true);
        for (int i = 0; i < outcomes.size(); i++) {
            RunOutcome o = outcomes.get(i);
            if (o == null || o.failed()) {
                failed++;
                if (firstError == null) firstError = "run " + i + ": " + (o == null ? "no outcome" : o.error());
                continue;
            }
            RunWorld world = RunWorld.build(config, Map.of(), Seeds.run(masterSeed, i));
            PartyModel p = world.game().party(party);
            double u;
            if (o.agreement()) {
                agreements++;
                u = p.discounted(o.table().offer(), o.table().round());
            } else {
                u = p.reservation();
            }
            n++;
            utilities.add(u);
            gains.add(u - p.reservation());
        }
        return new SeatBaseline(party, config.strategyOf(party).label(), runs, failed, firstError,
                n > 0 ? (double) agreements / n : Double.NaN, utilities.interval(), gains.interval());
    }
}
