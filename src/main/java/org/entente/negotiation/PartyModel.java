package org.entente.negotiation;

import java.util.ArrayList;
import java.util.List;

/**
 * A party compiled for a run: its utility U(p) (power-weighted mean of its officials'), its
 * officials, reservation, discount and ratification rule.
 */
public record PartyModel(String id, String name, double reservation, double discount, double power, double capacity,
                         double ratification, List<OfficialModel> officials, LinearUtility utility) {
    public PartyModel {
        officials = List.copyOf(officials);
    }

    public OfficialModel head() {
        for (OfficialModel o : officials) if (o.head()) return o;
        throw new IllegalStateException("no head in " + id);
    }

    /** How people read the party: its name, or its id when it has none. */
    public String displayName() {
        return name != null ? name : id;
    }

    /** The official with this id. */
    public OfficialModel official(String officialId) {
        for (OfficialModel o : officials) if (o.id().equals(officialId)) return o;
        throw new IllegalArgumentException("party " + id + " has no official " + officialId);
    }

    /** U(p) of an agreement reached in round t: U(p) * discount^t. */
    public double discounted(Offer offer, int round) {
        double u = utility.of(offer);
        return discount == 1.0 ? u : u * Math.pow(discount, round);
    }

    /** Whether its officials would ratify {@code offer}: {@link #forecast}'s verdict, without the votes. */
    public boolean wouldRatify(Offer offer) {
        return Ratification.wouldPass(this, offer);
    }

    /** The votes the officials would cast on an offer, and the rule's verdict. */
    public Ratification forecast(Offer offer) {
        List<Vote> votes = new ArrayList<>(officials.size());
        for (OfficialModel o : officials) votes.add(o.vote(id, offer));
        return Ratification.decide(this, votes);
    }
}
