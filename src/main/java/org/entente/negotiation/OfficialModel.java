package org.entente.negotiation;

/** An official compiled for a run: its utility over offers and its voting rule inputs. */
public record OfficialModel(String id, String title, boolean head, double power, boolean veto, double reservation,
                            LinearUtility utility) {

    /** This official's vote on {@code offer}, as an official of {@code party}: approve when U(o) >= its reservation. */
    public Vote vote(String party, Offer offer) {
        double u = utility.of(offer);
        return new Vote(party, id, approves(u), u);
    }

    /** Whether it approves {@code offer}: U(o) >= its reservation. */
    public boolean approves(Offer offer) {
        return approves(utility.of(offer));
    }

    private boolean approves(double u) {
        return u >= reservation;
    }
}
