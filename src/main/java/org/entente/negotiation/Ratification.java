package org.entente.negotiation;

import java.util.List;

/**
 * The outcome of a party's ratification vote: passes when every veto official approves and the
 * approving officials' power is at least the party's ratification share of its total power.
 */
public record Ratification(String party, boolean passed, double approvingShare, List<Vote> votes) {
    public Ratification {
        votes = List.copyOf(votes);
    }

    /** Applies the contract's rule to a set of votes. */
    public static Ratification decide(PartyModel p, List<Vote> votes) {
        double total = 0, yes = 0;
        boolean vetoed = false;
        for (OfficialModel o : p.officials()) {
            total += o.power();
            for (Vote v : votes) {
                if (!v.official().equals(o.id())) continue;
                if (v.approve()) yes += o.power();
                else if (o.veto()) vetoed = true;
            }
        }
        double share = total > 0 ? yes / total : 0;
        boolean passed = !vetoed && share >= p.ratification() - 1e-12;
        return new Ratification(p.id(), passed, share, votes);
    }
}
