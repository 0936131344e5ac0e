package org.entente.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.negotiation.Offer;

/**
 * The students' endpoints (docs/classroom.md): join with the code, read one's own brief and table (long
 * polling with {@code ?after=VERSION}), offer, accept, vote, walk away, and appraise a package
 * before offering it. A move answers with the table's state once the table has moved on (the
 * agents' reply, or the other student's turn), or after {@link #SETTLE_MILLIS} at most.
 */
final class StudentApi {
    static final long SETTLE_MILLIS = 2_000;
    static final long LONG_POLL_MILLIS = 25_000;

    private final Classroom classroom;
    private final StudentView view;

    StudentApi(Classroom classroom) {
        this.classroom = classroom;
        this.view = new StudentView(classroom.world());
    }

    /** POST /api/join {"code", "name"} → {"token", "table", "party"}. */
    void join(Exchange x) throws ApiError {
        JsonNode b = x.body();
        Seat seat = classroom.join(text(b, "code"), text(b, "name"), x.address());
        ObjectNode n = Exchange.JSON.createObjectNode();
        n.put("token", seat.student().token());
        n.put("table", seat.table().number());
        n.put("party", seat.party());
        x.json(200, n);
    }

    /** GET /api/me[?after=VERSION]: the state now, or once the table's version passes VERSION (25 s at most). */
    void me(Exchange x) throws ApiError {
        Seat seat = seat(x);
        String after = x.query("after");
        if (after != null) {
            long seen;
            try {
                seen = Long.parseLong(after);
            } catch (NumberFormatException e) {
                throw ApiError.badInput("after must be the version number of the state you have");
            }
            await(() -> seat.table().signal().await(seen, LONG_POLL_MILLIS));
        }
        x.json(200, state(seat));
    }

    /** POST /api/offer {"issues": {...}}. */
    void offer(Exchange x) throws ApiError {
        Seat seat = seat(x);
        Packages.Parsed p = parse(x, seat);
        seat.act(new Action.Propose(p.offer()));
        ObjectNode n = settled(seat);
        p.notes().forEach(n.putArray("notes")::add);
        x.json(200, n);
    }

    /** POST /api/accept [{"party": P}]: accepts the offer on the table (P's, when several are). */
    void accept(Exchange x) throws ApiError {
        Seat seat = seat(x);
        JsonNode party = x.body().get("party");
        if (party != null && !party.isNull() && !party.isTextual()) throw ApiError.badInput("party must be a party id");
        seat.act(new Action.Accept(party == null || party.isNull() ? null : party.asText()));
        x.json(200, settled(seat));
    }

    /** POST /api/vote {"yes": true|false}: a vote, or go ahead / withdraw when the officials object. */
    void vote(Exchange x) throws ApiError {
        Seat seat = seat(x);
        JsonNode yes = x.body().get("yes");
        if (yes == null || !yes.isBoolean()) throw ApiError.badInput("send {\"yes\": true} or {\"yes\": false}");
        seat.act(new Action.Vote(yes.booleanValue()));
        x.json(200, settled(seat));
    }

    /** POST /api/walk: leave the table (no agreement). */
    void walk(Exchange x) throws ApiError {
        Seat seat = seat(x);
        if (seat.table().finished()) throw ApiError.conflict("the negotiation at your table is over");
        seat.leave("walked away");
        x.json(200, settled(seat));
    }

    /** POST /api/appraise {"issues": {...}}: the package's value to the student's party and their officials' votes. */
    void appraise(Exchange x) throws ApiError {
        Seat seat = seat(x);
        x.json(200, view.appraisal(seat, parse(x, seat)));
    }

    /** The package in the body; issues left out keep the student's last offer's values (or their ideal's). */
    private Packages.Parsed parse(Exchange x, Seat seat) throws ApiError {
        Offer base = seat.lastOwn();
        return Packages.parse(x.body(), classroom.world().game().space(),
                base != null ? base : classroom.world().game().party(seat.party()).utility().best(),
                base != null ? "your last offer" : "your ideal package");
    }

    /** The caller's seat: 401 without a known token, 403 for the teacher's. */
    Seat seat(Exchange x) throws ApiError {
        String token = x.bearer();
        if (token == null) throw ApiError.unauthorized("join the class first (no token was sent)");
        Seat s = classroom.student(token);
        if (s != null) return s;
        if (classroom.isTeacher(token)) throw ApiError.forbidden("this is a student's endpoint; the teacher's token is not a student's");
        throw ApiError.unauthorized("unknown token: join the class again");
    }

    private ObjectNode state(Seat seat) {
        return view.of(seat, classroom.mode());
    }

    /** The state once the table has settled after a move: someone is asked, or it is over (bounded wait). */
    private ObjectNode settled(Seat seat) {
        ClassTable t = seat.table();
        long end = System.nanoTime() + SETTLE_MILLIS * 1_000_000L;
        while (true) {
            TableSnapshot now = t.snapshot();
            if (now.finished() || now.awaited()) break;
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) break;
            if (!await(() -> t.signal().await(now.version(), left))) break;
        }
        return state(seat);
    }

    /** A wait that gives up (false) when the server thread is interrupted (shutting down). */
    private interface Wait {
        long run() throws InterruptedException;
    }

    private static boolean await(Wait w) {
        try {
            w.run();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String text(JsonNode body, String field) throws ApiError {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) throw ApiError.badInput("missing \"" + field + "\"");
        if (!v.isTextual()) throw ApiError.badInput("\"" + field + "\" must be text");
        return v.asText();
    }
}
