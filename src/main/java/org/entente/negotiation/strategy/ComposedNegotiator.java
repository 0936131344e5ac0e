package org.entente.negotiation.strategy;

import org.entente.model.Protocol;
import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;


/**
 * A negotiator assembled from an offering strategy, an acceptance strategy and an opponent model
 * (GENIUS BOA; NegMAS). It keeps the run's {@link Session}, feeds the others' offers to the model,
 * and handles every protocol: turns, simultaneous offers (with the minimal-concession rule the
 * monotonic concession protocol needs) and the mediator's votes.
 */
public final class ComposedNegotiator implements Negotiator {
    private final Session session;
    private final OfferingStrategy offering;
    private final AcceptanceStrategy acceptance;
    private final OpponentModel model;
    private final double stepScale;
    private Offer pending;

    public ComposedNegotiator(Session session, OfferingStrategy offering, AcceptanceStrategy acceptance,
                              OpponentModel model) {
        this.session = session;
        this.offering = offering;
        this.acceptance = acceptance;
        this.model = model;
        this.stepScale = 2 * largestStep(session.self().utility());
    }

    public Session session() {
        return session;
    }

    public OfferingStrategy offering() {
        return offering;
    }

    public OpponentModel model() {
        return model;
    }

    @Override
    public Reply onTurn(Request.Turn turn) {
        session.at(turn.round());
        String me = session.self().id();
        boolean theirs = turn.standing() != null && turn.proposer() != null && !turn.proposer().equals(me);
        if (theirs && session.observe(turn.proposer(), turn.standing())) model.observe(turn.proposer(), turn.standing());
        Offer next = offering.propose(session);
        if (theirs && accepts(turn.standing(), next)) {
            pending = next;
            return new Reply.Accept(turn.proposer());
        }
        session.offered(next);
        return new Reply.Propose(next);
    }

    @Override
    public Reply onSimultaneous(Request.Simultaneous request) {
        session.at(request.round());
        String me = session.self().id();
        for (String p : session.others()) {
            Offer o = request.offers().get(p);
            if (o != null && session.observe(p, o)) model.observe(p, o);
        }
        Offer next = offering.propose(session);
        Offer previous = request.offers().get(me);
        if (offering.stepsDownWhenRepeating() && session.protocol() == Protocol.MONOTONIC_CONCESSION
                && next.equals(previous)) {
            Candidates c = session.candidates();
            int lower = c.highestBelow(session.utility(previous));
            if (lower >= 0 && c.utility(lower) >= session.floor() - 1e-12) next = c.get(lower);
        }
        String choice = null;
        double bestU = Double.NEGATIVE_INFINITY;
        for (String p : session.others()) {
            Offer o = request.offers().get(p);
            if (o == null || !accepts(o, next)) continue;
            double u = session.utility(o);
            if (u > bestU) {
                bestU = u;
                choice = p;
            }
        }
        if (choice != null) {
            pending = next;
            return new Reply.Accept(choice);
        }
        session.offered(next);
        return new Reply.Propose(next);
    }

    /** Whether to take {@code offer} rather than counter with {@code next}: allowed at all, and its acceptance part says yes. */
    private boolean accepts(Offer offer, Offer next) {
        return session.mayAccept(offer) && acceptance.accepts(session, offer, next, offering.target(session));
    }

    /**
     * Yes when the proposal is worth at least the current text's utility minus a tolerance: twice
     * its largest one-step utility change, scaled by the share of (Pmax − Pmin) its concession curve
     * has given up by now; never for a proposal below its floor that is worse than the text; and,
     * when two-level aware, never for an unratifiable proposal replacing a ratifiable text.
     */
    @Override
    public boolean onMutationVote(Request.MutationVote vote) {
        session.at(vote.round());
        double t = session.time();
        double range = session.best() - session.floor();
        double conceded = range > 1e-12 ? (session.best() - offering.aspiration(session, t)) / range : 0;
        double tolerance = stepScale * Math.max(0, Math.min(1, conceded));
        double now = session.utility(vote.text()), then = session.utility(vote.proposal());
        if (then < now - tolerance - 1e-12) return false;
        if (then < now - 1e-12 && then < session.floor() - 1e-12) return false;
        return !session.twoLevel() || session.ratifiable(vote.proposal()) || !session.ratifiable(vote.text());
    }

    /** Yes when the text is worth at least max(reservation, its aspiration at the deadline) (and is ratifiable, when two-level aware). */
    @Override
    public boolean onFinalVote(Request.FinalVote vote) {
        session.at(vote.round());
        double floor = Math.max(session.self().reservation(), offering.aspiration(session, 1.0));
        return session.utility(vote.text()) >= floor - 1e-12 && session.admissible(vote.text());
    }

    @Override
    public boolean proceedDespite(Offer offer, Ratification forecast) {
        return !session.twoLevel() || forecast.passed();
    }

    @Override
    public Reply afterWithdrawal(Request request) {
        if (request instanceof Request.Turn || request instanceof Request.Simultaneous) {
            Offer next = pending != null ? pending : offering.propose(session);
            pending = null;
            session.offered(next);
            return new Reply.Propose(next);
        }
        return new Reply.Ballot(false);
    }

    /** The largest change of u from moving one issue by one grid step. */
    static double largestStep(LinearUtility u) {
        double max = 0;
        for (int i = 0; i < u.issueCount(); i++) {
            for (int k = 0; k + 1 < u.size(i); k++) max = Math.max(max, Math.abs(u.term(i, k + 1) - u.term(i, k)));
        }
        return max;
    }
}
