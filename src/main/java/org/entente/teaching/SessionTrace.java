package org.entente.teaching;

import org.entente.model.Issue;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.TraceEvent;
import org.entente.results.Csv;
import org.entente.results.ResultColumns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<Issue> issues = world.scenario().issues();
        for (TraceEvent e : events) {
            List<String> cells = new ArrayList<>(columns.rounds().size());
            cells.add("0");
            cells.add(Integer.toString(e.round()));
            cells.add(e.actor());
            cells.add(e.action());
            Offer o = e.offer();
            for (int i = 0; i < issues.size(); i++) cells.add(o != null ? issues.get(i).valueLabel(o.get(i)) : "");
            for (PartyModel p : world.game().parties()) cells.add(o != null ? Csv.number(p.utility().of(o)) : "");
            cells.add(e.detail());
            Csv.appendRow(b, cells);
        }
        return b.toString();
    }

    public static void write(RunWorld world, List<TraceEvent> events, Path file) throws IOException {
        Files.writeString(file, csv(world, events), StandardCharsets.UTF_8);
    }
}
