package org.entente.classroom;

import org.entente.evaluation.RunRecord;
import org.entente.model.Config;
import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.TraceEvent;
import org.entente.teaching.ServiceFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One negotiation of the class: a seat per party (students' or the agents'), its own set of JADE
 * agents while it runs (so a student thinking blocks no other table), the history of moves as the
 * seats see them (replaced by the run's full trace at the end), and the outcome. Every change moves
 * the table's {@link Signal} (the students' long polls) and the class's (the teacher's). The pages
 * are answered from a {@link #snapshot}, the whole table read under its lock at once.
 */
final class ClassTable {
    /** Where a table is in its life. */
    enum Status { WAITING, STARTING, NEGOTIATING, FINISHED }

    private final int number;
    private final List<Seat> seats = new ArrayList<>();
    private final Duration moveTimeout;
    private final Signal signal = new Signal();
    private final Runnable classChanged;
    private final List<TraceEvent> moves = new ArrayList<>();
    private Status status = Status.WAITING;
    private int round;
    private long deadlineNanos = Long.MAX_VALUE;
    private RunRecord record;
    private boolean reported;
    private String ending;
    private NegotiationService service;

    ClassTable(int number, List<String> parties, Duration moveTimeout, Runnable classChanged) {
        this.number = number;
        this.moveTimeout = moveTimeout;
        this.classChanged = classChanged;
        for (String p : parties) seats.add(new Seat(this, p));
    }

    int number() {
        return number;
    }

    List<Seat> seats() {
        return seats;
    }

    Seat seat(String party) {
        for (Seat s : seats) if (s.party().equals(party)) return s;
        throw new IllegalArgumentException("no party " + party + " at table " + number);
    }

    Signal signal() {
        return signal;
    }

    Duration moveTimeout() {
        return moveTimeout;
    }

    synchronized Status status() {
        return status;
    }

    synchronized boolean finished() {
        return status == Status.FINISHED;
    }

    /** The finished run, evaluated (null until the table is over, and for a table that never started). */
    synchronized RunRecord record() {
        return record;
    }

    /** The table now, every part of it read under its lock at once (what the views answer from). */
    synchronized TableSnapshot snapshot() {
        List<TableSnapshot.SeatState> states = new ArrayList<>();
        for (Seat s : seats) states.add(s.state());
        return new TableSnapshot(number, status, signal.version(), round, secondsLeft(), states, moves, record, ending);
    }

    /** The first empty student seat, in party order, or null when the table is full. */
    synchronized Seat emptySeat() {
        for (Seat s : seats) if (s.student() == null) return s;
        return null;
    }

    synchronized boolean hasStudents() {
        for (Seat s : seats) if (s.student() != null) return true;
        return false;
    }

    /** Seconds the table has left before its time is up (0 when up), or -1 before it starts. */
    private long secondsLeft() {
        if (deadlineNanos == Long.MAX_VALUE) return -1;
        return Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000_000L);
    }

    // ---- used by the seats (under this table's lock) ----

    synchronized long moveDeadline() {
        return Math.min(System.nanoTime() + moveTimeout.toNanos(), deadlineNanos);
    }

    synchronized boolean timeUp() {
        return System.nanoTime() >= deadlineNanos;
    }

    synchronized void asked(int r) {
        round = Math.max(round, r);
        changed();
    }

    /** Adds a move to the live history (once: the seats of a table may learn of the same offer). */
    synchronized void record(TraceEvent e) {
        if (status == Status.FINISHED || moves.contains(e)) return;
        moves.add(e);
        changed();
    }

    synchronized void changed() {
        signal.bump();
        classChanged.run();
    }

    // ---- life cycle ----

    /**
     * Starts the negotiation on {@code factory}'s agents, the students' parties played by their
     * browsers; {@code finished} is called once the table is over and its agents are gone.
     */
    void start(ServiceFactory factory, Config config, RunRequest request, Duration tableTime, Executor executor,
               Function<RunOutcome, RunRecord> evaluate, Consumer<ClassTable> finished) {
        Map<String, Function<NegotiatorContext, Negotiator>> overrides = new LinkedHashMap<>();
        List<String> parties = config.scenario().partyIds();
        synchronized (this) {
            if (status != Status.WAITING) return;
            status = Status.STARTING;
            for (Seat s : seats) if (s.student() != null) overrides.put(s.party(), ctx -> new BrowserSeat(s, parties));
            changed();
        }
        executor.execute(() -> {
            NegotiationService s;
            try {
                s = factory.open(config, overrides);
            } catch (RuntimeException e) {
                finish(RunOutcome.failure(request, "the agents could not start: " + e.getMessage(), List.of(), 0),
                        evaluate, executor, finished);
                return;
            }
            synchronized (this) {
                service = s;
                status = Status.NEGOTIATING;
                deadlineNanos = System.nanoTime() + tableTime.toNanos();
                changed();
            }
            s.submit(request).whenComplete((o, e) -> finish(o != null ? o
                    : RunOutcome.failure(request, "the run failed: " + e, List.of(), 0), evaluate, executor, finished));
        });
    }

    private void finish(RunOutcome o, Function<RunOutcome, RunRecord> evaluate, Executor executor,
                        Consumer<ClassTable> finished) {
        RunRecord r;
        try {
            r = evaluate.apply(o);
        } catch (RuntimeException e) {
            r = evaluate.apply(RunOutcome.failure(o.request(), "the outcome could not be evaluated: " + e, o.trace(), 0));
        }
        NegotiationService s;
        synchronized (this) {
            if (status == Status.FINISHED) return;
            status = Status.FINISHED;
            record = r;
            if (!r.outcome().trace().isEmpty()) {
                moves.clear();
                moves.addAll(r.outcome().trace());
            }
            for (Seat seat : seats) seat.release("the negotiation is over");
            s = service;
            service = null;
            changed();
        }
        executor.execute(() -> {
            try {
                if (s != null) s.close();
                finished.accept(this);
            } finally {
                synchronized (this) {
                    reported = true;
                }
            }
        });
    }

    /** Whether the table is over and told (its record passed on, or it closed unplayed). */
    synchronized boolean reported() {
        return reported;
    }

    /** Ends the table now: a waiting table closes unplayed; at a running one every student walks away. */
    void end(String reason) {
        synchronized (this) {
            if (status == Status.FINISHED) return;
            if (status == Status.WAITING) {
                status = Status.FINISHED;
                reported = true;
                ending = reason;
                changed();
                return;
            }
        }
        for (Seat s : seats) if (s.student() != null) s.leave(reason);
    }
}
