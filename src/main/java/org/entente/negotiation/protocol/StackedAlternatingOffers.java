package org.entente.negotiation.protocol;

import org.entente.negotiation.Ask;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.Step;
import org.entente.negotiation.TableResult;
import org.entente.negotiation.TraceEvent;

import java.util.List;
import java.util.Map;

/**
 * Stacked alternating offers (SAOP; Aydoğan, Festen, Hindriks &amp; Jonker 2017): parties take turns
 * in order, one turn per round; the party to move accepts the standing offer or replaces it (which
 * resets the acceptances); the offer stands once all other parties have accepted it in turn. With
 * two parties this is Rubinstein's alternating offers with a deadline.
 */
final class StackedAlternatingOffers extends RoundTable {
    private Offer standing;
    private String proposer;
    private int standingRound = -1;
    private int acceptedBy;

    StackedAlternatingOffers(List<String> parties, OutcomeSpace space, int deadline) {
        super(parties, space, deadline);
    }

    @Override
    Step ask() {
        String mover = parties.get(round % parties.size());
        return new Ask(mover, new Request.Turn(round, standing, proposer, acceptedBy));
    }

    @Override
    void answer(Map<String, Reply> replies) {
        String mover = parties.get(round % parties.size());
        Reply reply = Replies.of(replies, mover);
        if (reply instanceof Reply.Propose p) {
            standing = Replies.checkedOffer(mover, p.offer(), space);
            proposer = mover;
            standingRound = round;
            acceptedBy = 0;
            trace.add(new TraceEvent(round, mover, "offer", standing, ""));
        } else if (reply instanceof Reply.Accept a) {
            if (standing == null) {
                throw new ProtocolViolation(mover, "accepted in round " + round + " but no offer is on the table");
            }
            if (a.proposer() != null && !a.proposer().equals(proposer)) {
                throw new ProtocolViolation(mover, "accepted an offer by " + a.proposer()
                        + " but the offer on the table is " + proposer + "'s");
            }
            acceptedBy++;
            trace.add(new TraceEvent(round, mover, "accept", standing, proposer));
            if (acceptedBy >= parties.size() - 1) {
                result = new TableResult(true, standing, standingRound, round + 1, "accepted");
            }
        } else if (reply instanceof Reply.EndNegotiation e) {
            traceBreakoff(mover, standing, e);
            result = TableResult.noAgreement(round + 1, "breakoff");
        } else {
            throw new ProtocolViolation(mover, "sent a vote when it was its turn to offer");
        }
    }
}
