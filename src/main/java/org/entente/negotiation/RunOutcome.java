package org.entente.negotiation;

import java.util.List;

/**
 * What the agents report for one run. {@code table} is the result at the table; {@code
 * ratifications} one per party when there was an agreement at the table (empty otherwise);
 * {@code agreement} = agreed at the table and ratified by everyone. When {@code failed}, {@code error}
 * says why and the other fields may be partial. {@code messages} counts ACL messages sent.
 */
public record RunOutcome(RunRequest request, TableResult table, List<Ratification> ratifications,
                         List<TraceEvent> trace, boolean failed, String error, long messages) {
    public RunOutcome {
        ratifications = List.copyOf(ratifications);
        trace = trace == null ? List.of() : List.copyOf(trace);
    }

    public boolean agreedAtTable() {
        return !failed && table != null && table.agreed();
    }

    public boolean ratified() {
        if (!agreedAtTable()) return false;
        for (Ratification r : ratifications) if (!r.passed()) return false;
        return true;
    }

    public boolean agreement() {
        return agreedAtTable() && ratified();
    }

    public static RunOutcome failure(RunRequest request, String error, List<TraceEvent> trace, long messages) {
        return new RunOutcome(request, null, List.of(), trace, true, error, messages);
    }
}
