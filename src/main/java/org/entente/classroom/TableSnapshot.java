package org.entente.classroom;

import org.entente.evaluation.RunRecord;
import org.entente.negotiation.Offer;
import org.entente.negotiation.TraceEvent;

import java.util.List;

/**
 * A class table at one moment, read in one go under the table's lock: what the teacher's and the
 * students' views are built from, so one answer never mixes two states of a table that is changing
 * (e.g. status "finished" with the moves of the round before).
 *
 * @param version     the version of the table's {@link Signal} this state belongs to
 * @param round       the latest round a seat was asked in (0 before the first request)
 * @param secondsLeft seconds the table had left before its time was up (0 when up), or -1 before it started
 * @param seats       every seat, in party order
 * @param moves       the moves so far (during the run, as the students' seats saw them; at the end, the run's trace)
 * @param record      the finished run, evaluated (null until the table is over, and for a table that never started)
 * @param ending      why the table ended without a run (the class ended before it started), or null
 */
record TableSnapshot(int number, ClassTable.Status status, long version, int round, long secondsLeft,
                     List<SeatState> seats, List<TraceEvent> moves, RunRecord record, String ending) {

    TableSnapshot {
        seats = List.copyOf(seats);
        moves = List.copyOf(moves);
    }

    /**
     * One seat at that moment.
     *
     * @param student the student sitting in it, or null for the agents' seat
     * @param prompt  the prompt waiting for the student, or null
     * @param gone    why the student left the table, or null while they are at it
     * @param lastOwn the student's last offer at this table (null before their first)
     */
    record SeatState(String party, Student student, Prompt prompt, String gone, Offer lastOwn) {
        /** The student's name, or null for the agents' seat. */
        String studentName() {
            return student != null ? student.name() : null;
        }
    }

    /** The seat of {@code party}. */
    SeatState seat(String party) {
        for (SeatState s : seats) if (s.party().equals(party)) return s;
        throw new IllegalArgumentException("no party " + party + " at table " + number);
    }

    boolean finished() {
        return status == ClassTable.Status.FINISHED;
    }

    /** Whether some seat's student is asked for a move. */
    boolean awaited() {
        for (SeatState s : seats) if (s.prompt() != null) return true;
        return false;
    }
}
