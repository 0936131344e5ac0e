package org.entente.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a party's ratification vote: passes when every veto official approves and the
 * approving officials' power is at least the party's ratification share of its total power. A head's
 * consultation before it commits is the same vote taken in advance (a forecast).
 */
public record Ratification(String party, boolean passed, double approvingShare, List<Vote> votes) {
    public Ratification {
        votes = List.copyOf(votes);
    }

    /** Applies the contract's rule to a set of votes. */
    public static Ratification decide(PartyModel p, List<Vote> votes) {
        Tally t = new Tally();
        for (OfficialModel o : p.officials()) {
            t.official(o);
            for (Vote v : votes) if (v.official().equals(o.id())) t.vote(o, v.approve());
        }
        return new Ratification(p.id(), t.passes(p), t.share(), votes);
    }

    /** Whether p's officials, each voting on {@code offer} as {@link OfficialModel#vote} does, would pass it. */
    static boolean wouldPass(PartyModel p, Offer offer) {
        Tally t = new Tally();
        for (OfficialModel o : p.officials()) {
            t.official(o);
            t.vote(o, o.approves(offer));
        }
        return t.passes(p);
    }

    /** The rule's count: the officials' total power, the approving power, and whether a veto official said no. */
    private static final class Tally {
        private double total;
        private double yes;
        private boolean vetoed;

        void official(OfficialModel o) {
            total += o.power();
        }

        void vote(OfficialModel o, boolean approve) {
            if (approve) yes += o.power();
            else if (o.veto()) vetoed = true;
        }

        double share() {
            return total > 0 ? yes / total : 0;
        }

        boolean passes(PartyModel p) {
            return !vetoed && share() >= p.ratification() - 1e-12;
        }
    }

    /**
     * The trace of this vote: one {@code action} row ({@code consult} or {@code ratify}) per official,
     * detail {@code "<official> yes 0.612 >= 0.450"} (its utility of the offer and its reservation).
     */
    public List<TraceEvent> events(String action, int round, Offer offer, PartyModel p) {
        List<TraceEvent> out = new ArrayList<>(votes.size());
        for (Vote v : votes) {
            double threshold = p.official(v.official()).reservation();
            out.add(new TraceEvent(round, party, action, offer, String.format(Locale.ROOT, "%s %s %.3f %s %.3f",
                    v.official(), v.approve() ? "yes" : "no", v.utility(), v.approve() ? ">=" : "<", threshold)));
        }
        return out;
    }

    /** Why the vote fails, e.g. "vetoed by finance" or "approving power share 0.400 < 0.500"; null if it passes. */
    public String shortfall(PartyModel p) {
        if (passed) return null;
        List<String> vetoes = new ArrayList<>();
        for (Vote v : votes) if (!v.approve() && p.official(v.official()).veto()) vetoes.add(v.official());
        if (!vetoes.isEmpty()) return "vetoed by " + String.join(", ", vetoes);
        return String.format(Locale.ROOT, "approving power share %.3f < %.3f", approvingShare, p.ratification());
    }
}
