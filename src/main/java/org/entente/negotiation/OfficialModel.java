package org.entente.negotiation;

/** An official compiled for a run: its utility over offers and its voting rule inputs. */
public record OfficialModel(String id, String title, boolean head, double power, boolean veto, double reservation,
                            LinearUtility utility) {

    /** Official o approves when U(o) >= its reservation. */
    public boolean approves(Offer offer) {
        return utility.of(offer) >= reservation;
    }
}
