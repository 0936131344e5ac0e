package org.entente.teaching;

import org.entente.negotiation.RunWorld;
import org.entente.negotiation.TraceEvent;
import org.entente.results.Csv;
import org.entente.results.ResultColumns;
import org.entente.results.RunFormatter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a played session's trace in the rounds.csv format (outputs.md), as run 0, for the dance chart. */
public final class SessionTrace {
    private SessionTrace() {
    }

    /** The rounds.csv text of {@code events} (header included); utilities are the run's true ones. */
    public static String csv(RunWorld world, List<TraceEvent> events) {
        ResultColumns columns = ResultColumns.of(world.scenario(), List.of());
        StringBuilder b = new StringBuilder();
        Csv.appendRow(b, columns.rounds());
        b.append(RunFormatter.roundsRows(world, 0, events));
        return b.toString();
    }

    public static void write(RunWorld world, List<TraceEvent> events, Path file) throws IOException {
        Files.writeString(file, csv(world, events), StandardCharsets.UTF_8);
    }
}
