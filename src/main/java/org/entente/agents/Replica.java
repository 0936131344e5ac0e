package org.entente.agents;

import org.entente.negotiation.Agenda;
import org.entente.negotiation.Ask;
import org.entente.negotiation.HeadStep;
import org.entente.negotiation.Proceedings;
import org.entente.negotiation.Request;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A run's course as one agent follows it: its own copy of the run's {@link Proceedings} (the same
 * pure mechanism fed the same moves in the same order takes the same course on every agent, the
 * mediator's draws included) and the moves seen so far. A head plays its own moves and says, in
 * parcels, what the others need to go on: its move to the parties asked with it and, when an ask
 * that it opens is complete, that ask's moves to the parties asked next (every party once the run
 * is over) that were not asked in it. The chair feeds it the heads' reports to replay the run. No
 * JADE here: carrying the parcels is the caller's business.
 */
final class Replica {
    /** Moves for the head of party {@code to}; {@code introduce}: the first exchange with it, so the run's setup goes along. */
    record Parcel(String to, List<Move> moves, boolean introduce) {
    }

    /** The party this replica plays (null for the chair, which only replays). */
    private final String self;
    private final List<String> parties;
    private final Proceedings proceedings;
    private Agenda agenda;
    /** The number of the current ask (asks completed so far). */
    private int ask;
    /** Every move seen, in the order seen, and the peer each came from (null: played here). */
    private final List<Move> log = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    /** The moves seen of asks reached so far, by {@link #key} (those of later asks wait in {@link #early}). */
    private final BitSet seen = new BitSet();
    /** Moves of asks not reached yet, by {@link #key}. */
    private final EarlyMoves early = new EarlyMoves();
    /** For each party (by its index in {@link #parties}), the length of the log it is known to hold all of. */
    private final int[] known;
    /** The parties (by index) this replica has sent moves to or received moves from. */
    private final BitSet contacted = new BitSet();
    private final List<Move> own = new ArrayList<>();

    Replica(String self, Proceedings proceedings, List<String> parties) {
        this.self = self;
        this.parties = List.copyOf(parties);
        this.known = new int[this.parties.size()];
        this.proceedings = proceedings;
        this.agenda = proceedings.next();
    }

    /** What the run waits for: an ask, or (once over) the ratification or the end. */
    Agenda agenda() {
        return agenda;
    }

    boolean over() {
        return !(agenda instanceof Ask);
    }

    /** The request this replica's party must answer now; null if it is not asked, has answered, or the run is over. */
    Request due() {
        return agenda instanceof Ask a && proceedings.awaits(self) ? a.requests().get(self) : null;
    }

    /** The moves this replica's party has played, in order. */
    List<Move> own() {
        return List.copyOf(own);
    }

    /** Plays this party's answer to the request {@link #due}; returns what to send. */
    List<Parcel> play(HeadStep.Answer answer) {
        return play(new Move.Answered(ask, self, answer));
    }

    /** This party's strategy failed on the request {@link #due} (which counts as its answer); returns what to send. */
    List<Parcel> fail(String reason) {
        return play(new Move.Failed(ask, self, reason));
    }

    private List<Parcel> play(Move m) {
        if (due() == null) throw new IllegalStateException(self + " is not asked anything now");
        own.add(m);
        seen.set(key(m.ask(), m.party()));
        log.add(m);
        sources.add(null);
        apply(m);
        List<Parcel> out = new ArrayList<>();
        Ask current = (Ask) agenda;
        for (int i = 0; i < current.asked().size(); i++) {
            String p = current.asked().get(i);
            if (!p.equals(self)) parcel(p, out);
        }
        settle(out);
        return out;
    }

    /**
     * Moves from {@code from} (a peer head, or for the chair the head reporting them), in its order;
     * returns what to send on. Moves already seen are ignored.
     *
     * @throws IllegalArgumentException a move of a party the mechanism did not ask, or of an unknown party
     */
    List<Parcel> receive(String from, List<Move> moves) {
        int sender = parties.indexOf(from);
        if (sender >= 0) contacted.set(sender);
        List<Parcel> out = new ArrayList<>();
        for (Move m : moves) {
            int k = key(m.ask(), m.party());
            if (seen.get(k) || !early.isEmpty() && early.contains(k)) continue;
            log.add(m);
            sources.add(from);
            if (m.ask() > ask) {
                early.put(k, m);
                continue;
            }
            seen.set(k);
            if (m.ask() < ask || !(agenda instanceof Ask) || !proceedings.awaits(m.party())) {
                throw new IllegalArgumentException(m.party() + " moved in ask " + m.ask() + " but was not asked then");
            }
            apply(m);
            settle(out);
        }
        return out;
    }

    private void apply(Move m) {
        if (m instanceof Move.Answered a) proceedings.answered(a.party(), a.answer());
        else proceedings.failed(m.party(), ((Move.Failed) m).reason());
    }

    /** Moves on past every complete ask, passing on its moves when this party opened it. */
    private void settle(List<Parcel> out) {
        while (agenda instanceof Ask done && !proceedings.waiting()) {
            agenda = proceedings.next();
            ask++;
            if (done.asked().get(0).equals(self)) {
                List<String> next = agenda instanceof Ask a ? a.asked() : parties;
                for (int i = 0; i < next.size(); i++) {
                    String p = next.get(i);
                    if (!p.equals(self) && !done.requests().containsKey(p)) parcel(p, out);
                }
            }
            if (agenda instanceof Ask a && !early.isEmpty()) {
                for (String p : a.asked()) {
                    int k = key(ask, p);
                    Move m = early.remove(k);
                    if (m != null) {
                        seen.set(k);
                        apply(m);
                    }
                }
            }
        }
    }

    /** Adds to {@code out} the moves {@code peer} may lack: those since it was last brought up to date, but its own and those it sent. */
    private void parcel(String peer, List<Parcel> out) {
        int index = parties.indexOf(peer);
        int from = known[index];
        List<Move> lacking = new ArrayList<>();
        for (int i = from; i < log.size(); i++) {
            if (!log.get(i).party().equals(peer) && !peer.equals(sources.get(i))) lacking.add(log.get(i));
        }
        known[index] = log.size();
        if (lacking.isEmpty()) return;
        for (int i = 0; i < out.size(); i++) {
            Parcel p = out.get(i);
            if (p.to().equals(peer)) {
                List<Move> more = new ArrayList<>(p.moves());
                more.addAll(lacking);
                out.set(i, new Parcel(peer, more, p.introduce()));
                return;
            }
        }
        boolean introduce = !contacted.get(index);
        contacted.set(index);
        out.add(new Parcel(peer, lacking, introduce));
    }

    private int key(int ask, String party) {
        int i = parties.indexOf(party);
        if (i < 0) throw new IllegalArgumentException("no party " + party + " in this run");
        if (ask < 0 || ask >= Integer.MAX_VALUE / parties.size()) throw new IllegalArgumentException("no ask " + ask + " in this run");
        return ask * parties.size() + i;
    }
}
