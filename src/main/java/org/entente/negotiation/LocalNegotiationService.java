package org.entente.negotiation;

import org.entente.model.Config;
import org.entente.model.Seeds;
import org.entente.negotiation.protocol.Mechanisms;
import org.entente.negotiation.protocol.ProtocolViolation;
import org.entente.negotiation.strategy.Strategies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Negotiates a run by direct calls on the mechanism and the negotiators, in the calling thread —
 * for unit tests of strategies and protocols (./entente run uses the JADE service). Follows the
 * same steps as the agents: heads consult their officials before committing
 * ({@link HeadDecision}), and an agreement at the table is put to every party's ratification.
 */
public final class LocalNegotiationService implements NegotiationService {
    private final Config base;

    public LocalNegotiationService(Config base) {
        this.base = base;
    }

    @Override
    public CompletableFuture<RunOutcome> submit(RunRequest request) {
        return CompletableFuture.completedFuture(negotiate(request));
    }

    /** The run, negotiated to its end. Never throws for a failing strategy or protocol violation: the outcome says failed. */
    public RunOutcome negotiate(RunRequest request) {
        RunWorld world = RunWorld.build(base, request.assignments(), request.seed());
        return negotiate(request, world);
    }

    /** The run in an already-built world. */
    public static RunOutcome negotiate(RunRequest request, RunWorld world) {
        List<TraceEvent> trace = new ArrayList<>();
        Game game = world.game();
        List<String> parties = world.scenario().partyIds();
        var experiment = world.config().experiment();
        try {
            Map<String, Negotiator> negotiators = new LinkedHashMap<>();
            for (String p : parties) {
                NegotiatorContext ctx = new NegotiatorContext(game.party(p), world.beliefs(), game.space(),
                        experiment.protocol(), experiment.deadline(), parties, world.config().strategyOf(p),
                        Seeds.random(request.seed(), "strategy:" + p));
                try {
                    negotiators.put(p, Strategies.create(ctx));
                } catch (RuntimeException e) {
                    throw new StrategyFailure(p, 0, e);
                }
            }
            Mechanism mechanism = Mechanisms.create(experiment.protocol(), parties, game.space(),
                    experiment.deadline(), Seeds.random(request.seed(), "mediator"));
            int seen = 0;
            while (true) {
                Step step = mechanism.next();
                if (step instanceof TableResult table) {
                    trace.addAll(mechanism.trace().subList(seen, mechanism.trace().size()));
                    List<Ratification> ratifications = new ArrayList<>();
                    if (table.agreed()) {
                        for (String p : parties) {
                            Ratification r = game.party(p).forecast(table.offer());
                            ratifications.add(r);
                            trace.addAll(HeadDecision.ratification(table.rounds(), table.offer(), r));
                        }
                    }
                    return new RunOutcome(request, table, ratifications, trace, false, null, 0);
                }
                Ask ask = (Ask) step;
                List<TraceEvent> consultations = new ArrayList<>();
                Map<String, Reply> replies = new LinkedHashMap<>();
                for (Map.Entry<String, Request> e : ask.requests().entrySet()) {
                    replies.put(e.getKey(), HeadDecision.decide(game.party(e.getKey()), negotiators.get(e.getKey()),
                            e.getValue(), consultations));
                }
                List<TraceEvent> before = mechanism.trace();
                trace.addAll(before.subList(seen, before.size()));
                trace.addAll(consultations);
                mechanism.onReplies(replies);
                List<TraceEvent> after = mechanism.trace();
                trace.addAll(after.subList(before.size(), after.size()));
                seen = after.size();
            }
        } catch (StrategyFailure | ProtocolViolation e) {
            return RunOutcome.failure(request, e.getMessage(), trace, 0);
        }
    }

    @Override
    public int parallelism() {
        return 1;
    }

    @Override
    public void close() {
    }
}
