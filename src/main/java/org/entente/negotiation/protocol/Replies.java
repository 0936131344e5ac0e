package org.entente.negotiation.protocol;

import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.Reply;

import java.util.Map;

/** Checks shared by the mechanisms: every asked party answered, offers lie on the grid. */
final class Replies {
    private Replies() {
    }

    static Reply of(Map<String, Reply> replies, String party) {
        Reply r = replies.get(party);
        if (r == null) throw new ProtocolViolation(party, "no reply to the mechanism's request");
        return r;
    }

    static Offer checkedOffer(String party, Offer offer, OutcomeSpace space) {
        if (offer == null) throw new ProtocolViolation(party, "proposed no offer");
        if (!space.contains(offer)) {
            throw new ProtocolViolation(party, "offer " + offer + " is outside the agreement space ("
                    + space.issueCount() + " issues)");
        }
        return offer;
    }
}
