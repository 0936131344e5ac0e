package org.entente.negotiation.protocol;

import org.entente.negotiation.Ask;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.Step;
import org.entente.negotiation.TableResult;
import org.entente.negotiation.TraceEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The monotonic concession protocol (Rosenschein &amp; Zlotkin 1994; after Zeuthen 1930): every round
 * all parties propose at once, or accept another party's offer of the previous round. An offer that
 * all the other parties accept is agreed (several at once: one drawn with {@code random}). A round in
 * which nobody changes an offer and nobody accepts ends in conflict.
 */
final class MonotonicConcession extends RoundTable {
    private final SplittableRandom random;
    private Map<String, Offer> offers = Map.of();

    MonotonicConcession(List<String> parties, OutcomeSpace space, int deadline, SplittableRandom random) {
        super(parties, space, deadline);
        this.random = random;
    }

    @Override
    Step ask() {
        Map<String, Request> asks = new LinkedHashMap<>();
        for (String p : parties) asks.put(p, new Request.Simultaneous(round, offers));
        return new Ask(asks);
    }

    @Override
    void answer(Map<String, Reply> replies) {
        Map<String, Offer> next = new LinkedHashMap<>();
        Map<String, Integer> acceptances = new HashMap<>();
        boolean anyAccept = false;
        boolean changed = false;
        String walkedOut = null;
        List<TraceEvent> events = new ArrayList<>();
        for (String p : parties) {
            Reply r = Replies.of(replies, p);
            if (r instanceof Reply.Propose pr) {
                Offer o = Replies.checkedOffer(p, pr.offer(), space);
                boolean same = o.equals(offers.get(p));
                changed |= !same;
                next.put(p, o);
                events.add(new TraceEvent(round, p, "offer", o, same ? "unchanged" : ""));
            } else if (r instanceof Reply.Accept a) {
                if (round == 0) throw new ProtocolViolation(p, "accepted in round 0, before any offer was made");
                if (a.proposer() == null || a.proposer().equals(p) || !offers.containsKey(a.proposer())) {
                    throw new ProtocolViolation(p, "accepted the offer of '" + a.proposer()
                            + "', which is not another party's offer of the previous round");
                }
                anyAccept = true;
                acceptances.merge(a.proposer(), 1, Integer::sum);
                next.put(p, offers.get(p));
                events.add(new TraceEvent(round, p, "accept", offers.get(a.proposer()), a.proposer()));
            } else if (r instanceof Reply.EndNegotiation e) {
                events.add(new TraceEvent(round, p, "breakoff", offers.get(p), e.reason() == null ? "" : e.reason()));
                if (walkedOut == null) walkedOut = p;
                next.put(p, offers.get(p));
            } else {
                throw new ProtocolViolation(p, "sent a vote when asked for an offer");
            }
        }
        trace.addAll(events);
        List<String> agreed = new ArrayList<>();
        for (String p : parties) if (acceptances.getOrDefault(p, 0) >= parties.size() - 1) agreed.add(p);
        if (walkedOut != null) {
            result = TableResult.noAgreement(round + 1, "breakoff");
        } else if (!agreed.isEmpty()) {
            String chosen = agreed.size() == 1 ? agreed.get(0) : agreed.get(random.nextInt(agreed.size()));
            result = new TableResult(true, offers.get(chosen), round - 1, round + 1, "accepted");
        } else if (round > 0 && !changed && !anyAccept) {
            result = TableResult.noAgreement(round + 1, "conflict");
        }
        offers = Collections.unmodifiableMap(next);
    }
}
