package org.entente.classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.evaluation.RunRecord;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.TraceEvent;
import org.entente.negotiation.Vote;
import org.entente.teaching.SessionResult;

import java.util.List;
import java.util.Locale;

/**
 * What the teacher sees, as JSON: the class (join code, mode, how many students) and every table
 * with its students, round, status, latest offer and outcome, every party's utilities and
 * ratification votes included, so the teacher can project and debrief any table.
 */
final class TeacherView {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final RunWorld world;

    TeacherView(RunWorld world) {
        this.world = world;
    }

    /** GET /api/teacher/tables. */
    ObjectNode tables(Classroom c) {
        ObjectNode n = JSON.objectNode();
        n.put("version", c.signal().version());
        n.put("code", c.settings().code());
        n.put("mode", c.mode().id());
        n.put("seat", c.settings().seat());
        n.put("students", c.students());
        n.put("ended", c.ended());
        n.put("scenario", world.scenario().name());
        n.put("protocol", world.config().experiment().protocol().id());
        n.put("deadline", world.config().experiment().deadline());
        n.put("move_seconds", c.settings().moveTimeout().toSeconds());
        n.put("table_seconds", c.settings().tableTime().toSeconds());
        n.set("issues", Issues.json(world.game().space()));
        ArrayNode parties = n.putArray("parties");
        for (PartyModel p : world.game().parties()) parties.addObject().put("id", p.id()).put("name", p.displayName());
        ArrayNode tables = n.putArray("tables");
        for (ClassTable t : c.tables()) tables.add(table(t.snapshot()));
        return n;
    }

    private ObjectNode table(TableSnapshot t) {
        ObjectNode n = JSON.objectNode();
        n.put("number", t.number());
        n.put("status", t.status().name().toLowerCase(Locale.ROOT));
        n.put("round", t.round());
        n.put("seconds_left", t.secondsLeft());
        ArrayNode seats = n.putArray("seats");
        for (TableSnapshot.SeatState s : t.seats()) {
            ObjectNode e = seats.addObject().put("party", s.party());
            e.put("student", s.studentName());
            e.put("awaited", s.prompt() != null);
            e.put("gone", s.gone());
        }
        List<TraceEvent> moves = t.moves();
        n.put("moves", moves.size());
        for (int i = moves.size() - 1; i >= 0; i--) {
            TraceEvent e = moves.get(i);
            if (!"offer".equals(e.action()) || e.offer() == null) continue;
            ObjectNode last = n.putObject("last_offer").put("party", e.actor()).put("round", e.round());
            last.set("issues", Packages.json(world.game().space(), e.offer()));
            ObjectNode values = last.putObject("values");
            for (PartyModel p : world.game().parties()) values.put(p.id(), p.utility().of(e.offer()));
            break;
        }
        if (t.record() != null) n.set("outcome", outcome(t.record()));
        else n.putNull("outcome");
        if (t.ending() != null) n.put("ending", t.ending());
        return n;
    }

    private ObjectNode outcome(RunRecord r) {
        RunOutcome o = r.outcome();
        ObjectNode n = JSON.objectNode();
        n.put("result", SessionResult.of(o).name().toLowerCase(Locale.ROOT));
        if (o.failed()) {
            n.put("reason", o.error());
            return n;
        }
        n.put("rounds", o.table().rounds());
        n.put("reason", o.table().reason());
        ObjectNode utilities = n.putObject("utilities");
        List<PartyModel> parties = world.game().parties();
        for (int i = 0; i < parties.size(); i++) utilities.put(parties.get(i).id(), r.evaluation().party(i).utility());
        if (o.agreedAtTable()) {
            n.put("round", o.table().round());
            n.set("issues", Packages.json(world.game().space(), o.table().offer()));
            ObjectNode values = n.putObject("values");
            for (int i = 0; i < parties.size(); i++) values.put(parties.get(i).id(), r.evaluation().party(i).value());
        }
        ArrayNode ratification = n.putArray("ratification");
        ArrayNode blocked = n.putArray("blocked_by");
        for (Ratification rat : o.ratifications()) {
            PartyModel p = world.game().party(rat.party());
            ObjectNode e = ratification.addObject().put("party", rat.party()).put("ratified", rat.passed())
                    .put("share", rat.approvingShare()).put("needed", p.ratification());
            ArrayNode votes = e.putArray("votes");
            for (Vote v : rat.votes()) {
                OfficialModel official = p.official(v.official());
                votes.addObject().put("official", v.official()).put("title", official.title())
                        .put("approve", v.approve()).put("utility", v.utility())
                        .put("threshold", official.reservation()).put("veto", official.veto());
                if (!rat.passed() && !v.approve()) blocked.add(rat.party() + "." + v.official());
            }
        }
        return n;
    }
}
