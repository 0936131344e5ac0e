package org.entente.classroom;

import org.entente.negotiation.Offer;
import org.entente.negotiation.TraceEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table's snapshot is the whole table at one moment: every part of it (status, version, round,
 * seats, moves, ending) belongs to the same state, and it does not follow the table's later changes.
 */
class TableSnapshotTest {
    private final ClassTable table = new ClassTable(3, List.of("up", "down"), Duration.ofSeconds(30), () -> {
    });

    @Test
    void aSnapshotHoldsOneStateOfTheTableAndKeepsIt() {
        Seat up = table.seat("up");
        up.seat(new Student(1, "Alice", "secret"));
        TraceEvent first = new TraceEvent(0, "down", "offer", new Offer(1, 2), "");
        up.reveal(0, "down", new Offer(1, 2), "offer", "");
        table.asked(1);

        TableSnapshot before = table.snapshot();
        TableSnapshot.SeatState alice = before.seat("up");
        assertThat(before.number()).isEqualTo(3);
        assertThat(before.status()).isEqualTo(ClassTable.Status.WAITING);
        assertThat(before.version()).isEqualTo(table.signal().version());
        assertThat(before.round()).isEqualTo(1);
        assertThat(before.secondsLeft()).as("not started").isEqualTo(-1);
        assertThat(before.moves()).containsExactly(first);
        assertThat(before.seats()).extracting(TableSnapshot.SeatState::party).containsExactly("up", "down");
        assertThat(alice.studentName()).isEqualTo("Alice");
        assertThat(alice.gone()).isNull();
        assertThat(before.seat("down").studentName()).isNull();
        assertThat(before.finished()).isFalse();
        assertThat(before.awaited()).isFalse();
        assertThat(before.ending()).isNull();

        TraceEvent second = new TraceEvent(1, "up", "offer", new Offer(0, 0), "");
        table.record(second);
        table.asked(2);
        up.leave("walked away");
        table.end("the class has ended");
        TableSnapshot after = table.snapshot();

        assertThat(before.version()).as("the earlier snapshot is unchanged").isLessThan(after.version());
        assertThat(before.status()).isEqualTo(ClassTable.Status.WAITING);
        assertThat(before.round()).isEqualTo(1);
        assertThat(before.moves()).containsExactly(first);
        assertThat(before.seat("up").gone()).isNull();
        assertThat(before.ending()).isNull();

        assertThat(after.version()).isEqualTo(table.signal().version());
        assertThat(after.status()).isEqualTo(ClassTable.Status.FINISHED);
        assertThat(after.finished()).isTrue();
        assertThat(after.round()).isEqualTo(2);
        assertThat(after.moves()).containsExactly(first, second);
        assertThat(after.seat("up").gone()).isEqualTo("walked away");
        assertThat(after.ending()).isEqualTo("the class has ended");
        assertThat(after.record()).as("a table that never started has no run").isNull();
    }

    @Test
    void aFinishedTableTakesNoMoreMovesIntoItsSnapshots() {
        table.end("the class has ended");
        long version = table.snapshot().version();
        table.record(new TraceEvent(1, "down", "offer", new Offer(1, 1), ""));
        TableSnapshot now = table.snapshot();
        assertThat(now.moves()).isEmpty();
        assertThat(now.version()).isEqualTo(version);
    }
}
