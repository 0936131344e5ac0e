package org.entente.teaching;

import org.entente.evaluation.Evaluator;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.TraceEvent;
import org.entente.results.Layout;
import org.entente.results.RoundsColumns;

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
        Layout layout = new Layout(List.of(), world.scenario().issueIds(), world.scenario().partyIds());
        return RoundsColumns.schema(layout).table(Evaluator.trace(world, 0, events));
    }

    public static void write(RunWorld world, List<TraceEvent> events, Path file) throws IOException {
        Files.writeString(file, csv(world, events), StandardCharsets.UTF_8);
    }
}
