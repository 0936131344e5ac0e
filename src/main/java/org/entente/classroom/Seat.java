package org.entente.classroom;

import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.TraceEvent;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One party's seat at a class table: a student's, whose moves come from the browser, or the agents'
 * ({@code student} null). The head agent's thread waits in {@link #ask} for the student's action,
 * which {@link #act} hands over from an HTTP thread; a move not made in time walks away, so a student
 * who leaves ends the table cleanly. State is guarded by the table's lock.
 */
final class Seat {
    private final ClassTable table;
    private final String party;
    private Student student;
    private Prompt prompt;
    private Prompt lastPrompt;
    private String gone;
    private boolean walkRecorded;
    private Offer lastOwn;

    Seat(ClassTable table, String party) {
        this.table = table;
        this.party = party;
    }

    String party() {
        return party;
    }

    ClassTable table() {
        return table;
    }

    Student student() {
        return locked(() -> student);
    }

    void seat(Student s) {
        synchronized (table) {
            student = s;
        }
    }

    /** The latest prompt this seat was asked, answered or not (null before the first). */
    Prompt lastPrompt() {
        return locked(() -> lastPrompt);
    }

    /** The student's last offer at this table (null before their first). */
    Offer lastOwn() {
        return locked(() -> lastOwn);
    }

    /** The seat now (read under the table's lock), for the table's {@link TableSnapshot}. */
    TableSnapshot.SeatState state() {
        return locked(() -> new TableSnapshot.SeatState(party, student, prompt, gone, lastOwn));
    }

    /** Another party's offer as this seat learns of it (from the mechanism's request), for the table's history. */
    void reveal(int round, String by, Offer offer, String action, String detail) {
        table.record(new TraceEvent(Math.max(0, round), by, action, offer, detail));
    }

    /**
     * Asks the student (blocking the head agent's thread) and returns their action; a {@link Action.Walk}
     * when they already left, do not answer within the move's time, or the table ends meanwhile.
     */
    Action ask(Prompt.Kind kind, int round, Map<String, Offer> offers, Offer text, Offer proposal, Ratification forecast) {
        Prompt p;
        synchronized (table) {
            if (gone != null) return walk(round, gone);
            p = new Prompt(kind, round, offers, text, proposal, forecast, table.moveDeadline(), new CompletableFuture<>());
            prompt = p;
            lastPrompt = p;
            table.asked(round);
        }
        Action a = await(p);
        synchronized (table) {
            if (prompt == p) prompt = null;
            if (a instanceof Action.Walk w) return walk(round, w.reason());
            table.changed();
        }
        return a;
    }

    /** The seat walks away (once in the history), for the first reason it was given. */
    private Action walk(int round, String reason) {
        if (gone == null) gone = reason;
        if (!walkRecorded) {
            walkRecorded = true;
            table.record(new TraceEvent(Math.max(0, round), party, "walk", null, gone));
        }
        table.changed();
        return new Action.Walk(gone);
    }

    private Action await(Prompt p) {
        try {
            long left = p.deadlineNanos() - System.nanoTime();
            return left > 0 ? p.answer().get(left, TimeUnit.NANOSECONDS) : timedOut(p);
        } catch (TimeoutException e) {
            return timedOut(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.answer().complete(new Action.Walk("the table was closed"));
            return p.answer().join();
        } catch (ExecutionException e) {
            return new Action.Walk("the seat failed");
        }
    }

    /** The move's time ran out: walk away, unless the student's action won the race. */
    private Action timedOut(Prompt p) {
        p.answer().complete(new Action.Walk(table.timeUp() ? "time was up for the table"
                : "no move within " + Durations.words(table.moveTimeout())));
        return p.answer().join();
    }

    /** The student's action, from the browser: checked against the prompt, then handed to the waiting agent. */
    void act(Action action) throws ApiError {
        synchronized (table) {
            if (table.finished()) throw ApiError.conflict("the negotiation at your table is over");
            if (gone != null) throw ApiError.conflict("you have left the table (" + gone + ")");
            Prompt p = prompt;
            if (p == null) throw ApiError.conflict("it is not your move: wait for the other side");
            Action checked = p.check(action);
            if (!p.answer().complete(checked)) throw ApiError.conflict("too late: the time for this move ran out");
            prompt = null;
            if (checked instanceof Action.Propose o) lastOwn = o.offer();
            table.record(event(p, checked));
        }
    }

    /** The history row of the student's own action (walking away is recorded by {@link #ask}). */
    private TraceEvent event(Prompt p, Action a) {
        if (a instanceof Action.Propose o) return new TraceEvent(p.round(), party, "offer", o.offer(), "");
        if (a instanceof Action.Accept acc) {
            return new TraceEvent(p.round(), party, "accept", p.offers().get(acc.proposer()), acc.proposer());
        }
        Action.Vote v = (Action.Vote) a;
        String action = p.kind() == Prompt.Kind.FINAL_VOTE ? "final_vote"
                : p.kind() == Prompt.Kind.CONFIRM ? (v.yes() ? "go_ahead" : "withdraw") : "vote";
        return new TraceEvent(p.round(), party, action, p.kind() == Prompt.Kind.VOTE ? p.proposal() : p.text(),
                v.yes() ? "yes" : "no");
    }

    /** The table is over: a prompt still waiting (the run failed meanwhile) is answered for the student. */
    void release(String reason) {
        synchronized (table) {
            Prompt p = prompt;
            if (p != null) p.answer().complete(new Action.Walk(reason));
        }
    }

    /**
     * The student leaves (walks away, or the teacher ends the table): a waiting prompt is answered for
     * them, and every later one at once.
     */
    void leave(String reason) {
        synchronized (table) {
            if (gone == null) gone = reason;
            Prompt p = prompt;
            if (p != null) p.answer().complete(new Action.Walk(gone));
            prompt = null;
            table.changed();
        }
    }

    /** A field read under the table's lock (the seat's state is guarded by it). */
    private <T> T locked(Supplier<T> field) {
        synchronized (table) {
            return field.get();
        }
    }
}
