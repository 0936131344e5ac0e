package org.entente.agents;

import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A test negotiator independent of the strategy package: linear time-dependent concession over
 * the whole (small) grid, proposing the best offer for the others it can still afford; ties broken
 * by its own random stream, so a run's course depends on its seed. {@code twoLevel} withdraws
 * acceptances its officials would not ratify.
 */
class ConcedingNegotiator implements Negotiator {
    private final NegotiatorContext ctx;
    private final boolean twoLevel;
    private final List<int[]> grid = new ArrayList<>();
    private final LinearUtility mine;
    private final LinearUtility others;

    ConcedingNegotiator(NegotiatorContext ctx, boolean twoLevel) {
        this.ctx = ctx;
        this.twoLevel = twoLevel;
        this.mine = ctx.self().utility();
        LinearUtility o = null;
        for (var p : ctx.beliefs().parties()) if (!p.id().equals(ctx.self().id())) o = p.utility();
        this.others = o;
        enumerate(new int[ctx.space().issueCount()], 0);
        grid.sort(Comparator.comparingDouble((int[] x) -> -mine.of(x)));
    }

    private void enumerate(int[] x, int i) {
        if (i == x.length) {
            grid.add(x.clone());
            return;
        }
        for (int k = 0; k < ctx.space().size(i); k++) {
            x[i] = k;
            enumerate(x, i + 1);
        }
    }

    private double aspiration(int round) {
        double t = Math.min(1.0, round / (double) Math.max(1, ctx.deadline() - 1));
        double hi = mine.max(), lo = ctx.self().reservation();
        return hi - (hi - lo) * t;
    }

    private Offer proposal(int round) {
        double a = aspiration(round);
        int[] best = grid.get(0);
        double bestOther = Double.NEGATIVE_INFINITY;
        for (int[] x : grid) {
            if (mine.of(x) < a) break;
            double v = others.of(x) + 1e-9 * ctx.random().nextDouble();
            if (v > bestOther) {
                bestOther = v;
                best = x;
            }
        }
        return new Offer(best);
    }

    @Override
    public Reply onTurn(Request.Turn turn) {
        if (turn.standing() != null && mine.of(turn.standing()) >= aspiration(turn.round())) {
            return new Reply.Accept(turn.proposer());
        }
        return new Reply.Propose(proposal(turn.round()));
    }

    @Override
    public Reply onSimultaneous(Request.Simultaneous request) {
        for (var e : request.offers().entrySet()) {
            if (!e.getKey().equals(ctx.self().id()) && mine.of(e.getValue()) >= aspiration(request.round())) {
                return new Reply.Accept(e.getKey());
            }
        }
        return new Reply.Propose(proposal(request.round()));
    }

    @Override
    public boolean onMutationVote(Request.MutationVote vote) {
        return mine.of(vote.proposal()) >= mine.of(vote.text()) - 0.02;
    }

    @Override
    public boolean onFinalVote(Request.FinalVote vote) {
        return mine.of(vote.text()) >= ctx.self().reservation();
    }

    @Override
    public boolean proceedDespite(Offer offer, Ratification forecast) {
        return !twoLevel || forecast.passed();
    }

    @Override
    public Reply afterWithdrawal(Request request) {
        if (request instanceof Request.FinalVote || request instanceof Request.MutationVote) {
            return new Reply.Ballot(false);
        }
        return new Reply.Propose(proposal(request.round()));
    }
}
