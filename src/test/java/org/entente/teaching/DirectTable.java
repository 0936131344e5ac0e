package org.entente.teaching;

import org.entente.model.Config;
import org.entente.model.Seeds;
import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.TableResult;
import org.entente.negotiation.TraceEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A test-only alternating-offers table driven by direct calls (no JADE): parties move in scenario
 * order, a head consults its officials before accepting, agreements go to each party's
 * ratification. Parties without an override play {@link FixedOpponent}.
 */
final class DirectTable implements NegotiationService {
    private final Config config;
    private final Map<String, Function<NegotiatorContext, Negotiator>> overrides;

    DirectTable(Config config, Map<String, Function<NegotiatorContext, Negotiator>> overrides) {
        this.config = config;
        this.overrides = overrides;
    }

    static ServiceFactory factory() {
        return DirectTable::new;
    }

    @Override
    public CompletableFuture<RunOutcome> submit(RunRequest request) {
        RunWorld world = RunWorld.build(config, request.assignments(), request.seed());
        List<String> parties = world.scenario().partyIds();
        List<Negotiator> negotiators = new ArrayList<>();
        for (String p : parties) {
            NegotiatorContext ctx = new NegotiatorContext(world.game().party(p), world.beliefs(), world.game().space(),
                    config.experiment().protocol(), config.experiment().deadline(), parties, config.strategyOf(p),
                    Seeds.random(request.seed(), "strategy:" + p));
            negotiators.add(overrides.containsKey(p) ? overrides.get(p).apply(ctx) : new FixedOpponent(ctx));
        }
        List<TraceEvent> trace = new ArrayList<>();
        Offer standing = null;
        String proposer = null;
        int standingRound = -1;
        int deadline = config.experiment().deadline();
        for (int round = 0; round < deadline; round++) {
            int who = round % parties.size();
            String p = parties.get(who);
            Negotiator n = negotiators.get(who);
            Request.Turn turn = new Request.Turn(round, standing, proposer, 0);
            Reply reply = n.onTurn(turn);
            if (reply instanceof Reply.Accept) {
                PartyModel model = world.game().party(p);
                Ratification forecast = model.forecast(standing);
                trace.add(new TraceEvent(round, p, "consult", standing, forecast.passed() ? "pass" : "fail"));
                if (!forecast.passed() && !n.proceedDespite(standing, forecast)) reply = n.afterWithdrawal(turn);
            }
            if (reply instanceof Reply.Accept) {
                trace.add(new TraceEvent(round, p, "accept", standing, proposer));
                List<Ratification> ratifications = new ArrayList<>();
                for (String q : parties) {
                    Ratification r = world.game().party(q).forecast(standing);
                    ratifications.add(r);
                    trace.add(new TraceEvent(round, q, "ratify", standing, r.passed() ? "passed" : "rejected"));
                }
                return CompletableFuture.completedFuture(new RunOutcome(request,
                        new TableResult(true, standing, standingRound, round + 1, "accepted"), ratifications, trace,
                        false, null, 0));
            }
            if (reply instanceof Reply.EndNegotiation end) {
                trace.add(new TraceEvent(round, p, "end", null, end.reason()));
                return CompletableFuture.completedFuture(new RunOutcome(request,
                        new TableResult(false, null, -1, round + 1, "walked_out"), List.of(), trace, false, null, 0));
            }
            standing = ((Reply.Propose) reply).offer();
            proposer = p;
            standingRound = round;
            trace.add(new TraceEvent(round, p, "offer", standing, ""));
        }
        return CompletableFuture.completedFuture(new RunOutcome(request,
                new TableResult(false, null, -1, deadline, "deadline"), List.of(), trace, false, null, 0));
    }

    @Override
    public int parallelism() {
        return 1;
    }

    @Override
    public void close() {
    }
}
