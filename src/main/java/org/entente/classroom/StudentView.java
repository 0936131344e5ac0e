package org.entente.classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.evaluation.RunRecord;
import org.entente.model.Issue;
import org.entente.model.Party;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.TraceEvent;
import org.entente.negotiation.Vote;
import org.entente.teaching.SessionResult;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything one student may see, as JSON: their own party's brief ({@link Brief}) and their table
 * (round, whose move, their prompt, the offers with their value to the student's party, the
 * outcome). Only the student's own party is ever evaluated or described here: another party's
 * preferences, reservation, officials, thresholds and votes never enter what this class writes.
 */
final class StudentView {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Moves every seat sees; a party's consultations, withdrawals and ratification votes only it sees. */
    private static final Set<String> PUBLIC_ACTIONS = Set.of("offer", "accept", "end", "breakoff", "walk",
            "propose_text", "vote", "final_vote");
    private static final Set<String> PUBLIC_DETAILS = Set.of("yes", "no", "mutation", "final");

    private final RunWorld world;
    private final OutcomeSpace space;
    private final Map<String, ObjectNode> briefs = new ConcurrentHashMap<>();

    StudentView(RunWorld world) {
        this.world = world;
        this.space = world.game().space();
    }

    /** GET /api/me: the brief of the seat's party and the state of its table. */
    ObjectNode of(Seat seat, Mode mode) {
        ObjectNode n = briefs.computeIfAbsent(seat.party(), p -> Brief.of(world, p)).deepCopy();
        TableSnapshot t = seat.table().snapshot();
        TableSnapshot.SeatState own = t.seat(seat.party());
        n.put("name", own.studentName());
        n.put("mode", mode.id());
        PartyModel self = world.game().party(seat.party());
        ObjectNode table = n.putObject("table");
        table.put("number", t.number());
        ArrayNode parties = table.putArray("parties");
        for (TableSnapshot.SeatState s : t.seats()) {
            PartyModel p = world.game().party(s.party());
            ObjectNode e = parties.addObject().put("id", p.id()).put("name", p.displayName());
            e.put("you", s == own);
            e.put("student", s.studentName());
        }
        n.put("status", t.status().name().toLowerCase(java.util.Locale.ROOT));
        n.put("version", t.version());
        n.put("round", t.round());
        n.put("rounds_left", Math.max(0, world.config().experiment().deadline() - t.round()));
        n.put("table_seconds_left", t.secondsLeft());
        ArrayNode turn = n.putArray("turn");
        for (TableSnapshot.SeatState s : t.seats()) if (s.prompt() != null) turn.add(s.party());
        if (turn.isEmpty() && t.status() == ClassTable.Status.NEGOTIATING) {
            for (TableSnapshot.SeatState s : t.seats()) if (s.student() == null) turn.add(s.party());
        }
        n.put("gone", own.gone());
        if (own.prompt() != null) n.set("prompt", prompt(own.prompt(), self));
        else n.putNull("prompt");
        if (own.lastOwn() != null) n.set("last_offer", offer(own.lastOwn(), self));
        else n.putNull("last_offer");
        n.set("offers", history(t.moves(), self));
        if (t.record() != null) n.set("outcome", outcome(t.record(), self));
        else n.putNull("outcome");
        if (t.ending() != null) n.put("ending", t.ending());
        return n;
    }

    /** A package with its value to the student's party (undiscounted). */
    private ObjectNode offer(Offer o, PartyModel self) {
        ObjectNode n = JSON.objectNode();
        n.set("issues", Packages.json(space, o));
        n.put("value", self.utility().of(o));
        return n;
    }

    private ObjectNode prompt(Prompt p, PartyModel self) {
        ObjectNode n = JSON.objectNode();
        n.put("kind", p.kind().id());
        n.put("round", p.round());
        n.put("seconds_left", Math.max(0, (p.deadlineNanos() - System.nanoTime()) / 1_000_000_000L));
        ArrayNode offers = n.putArray("offers");
        for (Map.Entry<String, Offer> e : p.offers().entrySet()) {
            ObjectNode o = offer(e.getValue(), self);
            o.put("party", e.getKey());
            o.put("discounted", self.discounted(e.getValue(), p.round()));
            o.set("officials", forecast(self.forecast(e.getValue()), self));
            offers.add(o);
        }
        if (p.text() != null) n.set("text", offer(p.text(), self));
        if (p.proposal() != null) n.set("proposal", offer(p.proposal(), self));
        if (p.forecast() != null) n.set("forecast", forecast(p.forecast(), self));
        return n;
    }

    /** The student's own officials' votes on a package, with their thresholds, and the verdict. */
    static ObjectNode forecast(Ratification r, PartyModel self) {
        ObjectNode n = JSON.objectNode();
        n.put("ratified", r.passed());
        n.put("share", r.approvingShare());
        n.put("needed", self.ratification());
        n.put("shortfall", r.shortfall(self));
        ArrayNode votes = n.putArray("votes");
        for (Vote v : r.votes()) {
            var o = self.official(v.official());
            votes.addObject().put("official", o.id()).put("title", o.title()).put("approve", v.approve())
                    .put("utility", v.utility()).put("threshold", o.reservation()).put("veto", o.veto())
                    .put("head", o.head());
        }
        return n;
    }

    /** The table's moves as this party may see them: every party's offers and votes, only its own consultations. */
    private ArrayNode history(List<TraceEvent> moves, PartyModel self) {
        ArrayNode a = JSON.arrayNode();
        for (TraceEvent e : moves) {
            boolean own = self.id().equals(e.actor());
            if (!own && !PUBLIC_ACTIONS.contains(e.action())) continue;
            ObjectNode n = a.addObject();
            n.put("round", e.round());
            n.put("party", e.actor());
            n.put("action", e.action());
            if (e.offer() != null) {
                n.set("issues", Packages.json(space, e.offer()));
                n.put("value", self.utility().of(e.offer()));
            }
            String detail = e.detail() == null ? "" : e.detail();
            n.put("detail", own || PUBLIC_DETAILS.contains(detail) || world.game().partyIndex(detail) >= 0 ? detail : "");
        }
        return a;
    }

    private ObjectNode outcome(RunRecord r, PartyModel self) {
        RunOutcome o = r.outcome();
        ObjectNode n = JSON.objectNode();
        n.put("result", SessionResult.of(o).name().toLowerCase(java.util.Locale.ROOT));
        if (o.failed()) {
            n.put("reason", "the negotiation failed; your teacher can see why");
            return n;
        }
        int i = world.game().partyIndex(self.id());
        n.put("rounds", o.table().rounds());
        n.put("reason", o.table().reason());
        n.put("utility", r.evaluation().party(i).utility());
        n.put("reservation", self.reservation());
        if (o.agreedAtTable()) {
            n.put("round", o.table().round());
            n.set("issues", Packages.json(space, o.table().offer()));
            n.put("value", r.evaluation().party(i).value());
        }
        ArrayNode ratification = n.putArray("ratification");
        for (Ratification rat : o.ratifications()) {
            ObjectNode e = ratification.addObject().put("party", rat.party()).put("ratified", rat.passed());
            if (rat.party().equals(self.id())) {
                e.put("share", rat.approvingShare()).put("needed", self.ratification());
                e.set("votes", forecast(rat, self).get("votes"));
            }
        }
        return n;
    }

    /** POST /api/appraise: what a package is worth to the student's party now and how its officials would vote. */
    ObjectNode appraisal(Seat seat, Packages.Parsed parsed) {
        PartyModel self = world.game().party(seat.party());
        int round = seat.table().snapshot().round();
        ObjectNode n = offer(parsed.offer(), self);
        n.put("round", round);
        n.put("discounted", self.discounted(parsed.offer(), round));
        n.put("reservation", self.reservation());
        n.set("officials", forecast(self.forecast(parsed.offer()), self));
        ArrayNode notes = n.putArray("notes");
        parsed.notes().forEach(notes::add);
        return n;
    }

    /** The brief of a party: scenario, issues, its own preferences, reservation, officials and ideal package. */
    static final class Brief {
        private Brief() {
        }

        static ObjectNode of(RunWorld world, String partyId) {
            PartyModel self = world.game().party(partyId);
            Party party = world.scenario().party(partyId);
            var view = new org.entente.teaching.SeatView(world.scenario(), self, world.beliefs());
            ObjectNode n = JSON.objectNode();
            n.put("party", self.id());
            n.put("party_name", self.displayName());
            n.putObject("scenario").put("name", world.scenario().name()).put("description", world.scenario().description());
            n.put("protocol", world.config().experiment().protocol().id());
            n.put("deadline", world.config().experiment().deadline());
            n.set("issues", Issues.json(world.game().space()));
            ObjectNode prefs = n.putObject("preferences");
            for (int i = 0; i < world.game().space().issueCount(); i++) {
                Issue issue = world.game().space().issues().get(i);
                ObjectNode p = prefs.putObject(issue.id());
                p.put("wish", view.wish(issue));
                p.put("weight", party.weight(issue.id()));
                ArrayNode scores = p.putArray("scores");
                for (int k = 0; k < issue.size(); k++) {
                    scores.add(party.preferences().containsKey(issue.id())
                            ? org.entente.negotiation.Game.issueValue(party, issue, k) : 0.0);
                }
            }
            n.put("reservation", self.reservation());
            n.put("discount", self.discount());
            n.put("ratification", self.ratification());
            ArrayNode officials = n.putArray("officials");
            for (var o : self.officials()) {
                ObjectNode e = officials.addObject().put("id", o.id()).put("title", o.title()).put("head", o.head())
                        .put("power", o.power()).put("veto", o.veto()).put("threshold", o.reservation());
                ObjectNode interests = e.putObject("interests");
                party.official(o.id()).interests().forEach(interests::put);
            }
            Offer ideal = self.utility().best();
            ObjectNode best = n.putObject("ideal");
            best.set("issues", Packages.json(world.game().space(), ideal));
            best.put("value", self.utility().of(ideal));
            return n;
        }
    }
}
