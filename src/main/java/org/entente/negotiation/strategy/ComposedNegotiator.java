package org.entente.negotiation.strategy;

import org.entente.model.Protocol;
import org.entente.negotiation.LinearUtility;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * A negotiator assembled from an offering strategy, an acceptance strategy and an opponent model
 * (GENIUS BOA; NegMAS). It keeps the run's {@link Session}, feeds the others' offers to the model,
 * and handles every protocol: turns, simultaneous offers (with the minimal-concession rule the
 * monotonic concession protocol needs) and the mediator's votes. It never proposes, accepts or votes
 * for a package worth less than its reservation, and breaks off when nothing left can beat it.
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

    @Override
    public Reply onTurn(Request.Turn turn) {
        session.at(turn.round());
        String me = session.self().id();
        boolean theirs = turn.standing() != null && turn.proposer() != null && !turn.proposer().equals(me);
        if (theirs && session.observe(turn.proposer(), turn.standing())) model.observe(turn.proposer(), turn.standing());
        // the standing offer was made acceptedBy + 1 turns ago; taking it agrees it in that round
        int agreedIn = turn.round() - turn.acceptedBy() - 1;
        if (givesUp()) {
            pending = null;
            if (theirs && session.mayAccept(turn.standing(), agreedIn)) return new Reply.Accept(turn.proposer());
            return breakOff();
        }
        Offer next = offering.propose(session);
        if (theirs && accepts(turn.standing(), agreedIn, next)) {
            pending = next;
            return new Reply.Accept(turn.proposer());
        }
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
        // the others' offers are those of the previous round: taking one agrees it in that round
        int agreedIn = request.round() - 1;
        if (givesUp()) {
            pending = null;
            String choice = mostValued(request, o -> session.mayAccept(o, agreedIn));
            return choice != null ? new Reply.Accept(choice) : breakOff();
        }
        Offer next = offering.propose(session);
        Offer previous = request.offers().get(me);
        if (offering.stepsDownWhenRepeating() && session.protocol() == Protocol.MONOTONIC_CONCESSION
                && next.equals(previous)) {
            Candidates c = session.candidates();
            int lower = c.highestBelow(session.utility(previous));
            if (lower >= 0 && session.worthNow(c.utility(lower)) >= session.floor() - 1e-12) next = c.get(lower);
        }
        Offer counter = next;
        String choice = mostValued(request, o -> accepts(o, agreedIn, counter));
        if (choice != null) {
            pending = next;
            return new Reply.Accept(choice);
        }
        return new Reply.Propose(next);
    }

    /** The other party whose offer in {@code request} passes {@code acceptable} and is worth most to it; null if none. */
    private String mostValued(Request.Simultaneous request, Predicate<Offer> acceptable) {
        String choice = null;
        double bestU = Double.NEGATIVE_INFINITY;
        for (String p : session.others()) {
            Offer o = request.offers().get(p);
            if (o == null || !acceptable.test(o)) continue;
            double u = session.utility(o);
            if (u > bestU) {
                bestU = u;
                choice = p;
            }
        }
        return choice;
    }

    /**
     * Whether to take {@code offer} (agreed in round {@code agreedIn}) rather than counter with
     * {@code next}: allowed at all, and its acceptance part says yes.
     */
    private boolean accepts(Offer offer, int agreedIn, Offer next) {
        return session.mayAccept(offer, agreedIn)
                && acceptance.accepts(session, offer, agreedIn, next, offering.target(session));
    }

    /** Whether nothing left can beat its reservation (as far as it can tell): it then takes what is worth that, or breaks off. */
    private boolean givesUp() {
        return session.hopeless() || offering.expectsNothing(session);
    }

    private Reply breakOff() {
        return new Reply.EndNegotiation("nothing left is worth its reservation "
                + String.format(Locale.ROOT, "%.4g", session.reservation()));
    }

    /**
     * Yes when the proposal is worth at least the current text's worth minus a tolerance: twice
     * its largest one-step utility change (as worth now), scaled by the share of (Pmax − Pmin) its
     * concession curve has given up by now; never for a proposal below its floor that is worse than
     * the text; and, when two-level aware, never for an unratifiable proposal replacing a ratifiable text.
     */
    @Override
    public boolean onMutationVote(Request.MutationVote vote) {
        session.at(vote.round());
        double t = session.time();
        double range = session.best() - session.floor();
        double conceded = range > 1e-12 ? (session.best() - offering.aspiration(session, t)) / range : 0;
        double tolerance = session.worthNow(stepScale) * Math.max(0, Math.min(1, conceded));
        double now = session.worthNow(vote.text()), then = session.worthNow(vote.proposal());
        if (then < now - tolerance - 1e-12) return false;
        if (then < now - 1e-12 && then < session.floor() - 1e-12) return false;
        return !session.twoLevel() || session.ratifiable(vote.proposal()) || !session.ratifiable(vote.text());
    }

    /**
     * Yes when the text, agreed in this round, is worth at least max(reservation, its aspiration at
     * the deadline) (and is ratifiable, when two-level aware).
     */
    @Override
    public boolean onFinalVote(Request.FinalVote vote) {
        session.at(vote.round());
        double floor = Math.max(session.reservation(), offering.aspiration(session, 1.0));
        return session.worthNow(vote.text()) >= floor - 1e-12 && session.admissible(vote.text());
    }

    @Override
    public boolean proceedDespite(Offer offer, Ratification forecast) {
        return !session.twoLevel() || forecast.passed();
    }

    @Override
    public Reply afterWithdrawal(Request request) {
        if (request instanceof Request.Turn || request instanceof Request.Simultaneous) {
            if (pending == null && givesUp()) return breakOff();
            Offer next = pending != null ? pending : offering.propose(session);
            pending = null;
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
