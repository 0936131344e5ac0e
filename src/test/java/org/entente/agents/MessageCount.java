package org.entente.agents;

import org.entente.model.Config;
import org.entente.model.Party;
import org.entente.negotiation.Offer;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.TraceEvent;

import java.util.HashSet;
import java.util.Set;

/**
 * How many ACL messages a traced two-party run takes under the message-minimal protocol
 * (docs/agents.md, "What a run costs"): the chair's CFP to each party asked first; one message per
 * round under turn-taking protocols (the last one tells the other head the run is over), one per
 * party per round under simultaneous ones; one report per head; and two messages per non-head
 * official for each package a head consulted on (once per package and run) and for a
 * ratification on a package it had not consulted on.
 */
final class MessageCount {
    private MessageCount() {
    }

    static long expected(Config c, RunOutcome o) {
        int parties = c.scenario().parties().size();
        boolean turns = switch (c.experiment().protocol()) {
            case ALTERNATING_OFFERS, STACKED_ALTERNATING_OFFERS -> true;
            case MONOTONIC_CONCESSION, SINGLE_TEXT -> false;
        };
        long n = turns ? 1 + o.table().rounds() : (long) parties * (1 + o.table().rounds());
        n += parties;
        for (Party p : c.scenario().parties()) {
            long officials = p.officials().stream().filter(off -> !off.head()).count();
            Set<Offer> consulted = new HashSet<>();
            for (TraceEvent e : o.trace()) {
                if (e.actor().equals(p.id()) && e.action().equals("consult")) consulted.add(e.offer());
            }
            long polls = consulted.size() + (o.agreedAtTable() && !consulted.contains(o.table().offer()) ? 1 : 0);
            n += 2 * officials * polls;
        }
        return n;
    }
}
