package org.entente.negotiation;

import org.entente.model.Config;
import org.entente.negotiation.strategy.Strategies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Negotiates runs in the calling thread by direct calls instead of ACL messages: the same
 * {@link Proceedings} (the chair's side) and {@link Head}s (each party's) as the JADE agents, with
 * the officials' votes computed where the official agents would compute them. Same config and seed
 * give the same runs.csv and rounds.csv as on JADE (pinned by a test); used for unit tests of
 * strategies and protocols, the JMH benchmarks and the teaching tests.
 */
public final class InProcessNegotiationService implements NegotiationService {
    private final WorldCache worlds;
    private final Map<String, Function<NegotiatorContext, Negotiator>> overrides;

    public InProcessNegotiationService(Config base) {
        this(base, Map.of());
    }

    /** @param overrides per-party negotiator factories replacing the party's configured strategy */
    public InProcessNegotiationService(Config base, Map<String, Function<NegotiatorContext, Negotiator>> overrides) {
        this(WorldCache.shared(base), overrides);
    }

    /** A negotiator reading and filling {@code worlds}, which the evaluation of its runs may share. */
    public InProcessNegotiationService(WorldCache worlds, Map<String, Function<NegotiatorContext, Negotiator>> overrides) {
        this.worlds = worlds;
        this.overrides = Map.copyOf(overrides);
    }

    @Override
    public CompletableFuture<RunOutcome> submit(RunRequest request) {
        return CompletableFuture.completedFuture(negotiate(request));
    }

    /** The run, negotiated to its end. Never throws for a failing strategy or protocol violation: the outcome says failed. */
    public RunOutcome negotiate(RunRequest request) {
        return negotiate(request, (party, answer) -> {
        });
    }

    /** As {@link #negotiate(RunRequest)}, telling {@code answers} of each party's answer as the run takes it, in order. */
    public RunOutcome negotiate(RunRequest request, BiConsumer<String, HeadStep.Answer> answers) {
        RunWorld world = worlds.world(request.assignments(), request.seed());
        Proceedings proceedings = new Proceedings(request, world);
        Map<String, Head> heads = new HashMap<>();
        for (Agenda a = proceedings.next(); !(a instanceof Agenda.Over); a = proceedings.next()) {
            if (a instanceof Ask ask) {
                for (Map.Entry<String, Request> e : ask.requests().entrySet()) {
                    answer(proceedings, head(heads, world, request, e.getKey()), e.getValue(), answers);
                }
            } else {
                Agenda.Ratify r = (Agenda.Ratify) a;
                for (String p : r.parties()) {
                    Head head = head(heads, world, request, p);
                    proceedings.ratified(p, head.votes(r.offer(), poll(p, head.officials(), r.offer())));
                }
            }
        }
        return proceedings.outcome(0);
    }

    private static void answer(Proceedings proceedings, Head head, Request request,
                               BiConsumer<String, HeadStep.Answer> answers) {
        try {
            HeadStep step = head.onRequest(request);
            if (step instanceof HeadStep.Consult c) step = head.onConsultation(poll(head.party(), c.officials(), c.offer()));
            answers.accept(head.party(), (HeadStep.Answer) step);
            proceedings.answered(head.party(), (HeadStep.Answer) step);
        } catch (StrategyFailure e) {
            proceedings.failed(head.party(), e.getMessage());
        }
    }

    /** The votes of {@code party}'s {@code officials} on {@code offer}, as the official agents would cast them. */
    private static List<Vote> poll(String party, List<OfficialModel> officials, Offer offer) {
        List<Vote> votes = new ArrayList<>(officials.size());
        for (OfficialModel o : officials) votes.add(o.vote(party, offer));
        return votes;
    }

    /** The party's head in this run, made on first contact as a head agent makes it. */
    private Head head(Map<String, Head> heads, RunWorld world, RunRequest request, String party) {
        return heads.computeIfAbsent(party, p -> new Head(
                NegotiatorContext.of(world.config(), world.beliefs(), world.game().party(p), request.seed()),
                overrides.getOrDefault(p, Strategies::create), request.trace()));
    }

    @Override
    public int parallelism() {
        return 1;
    }

    @Override
    public void close() {
    }
}
