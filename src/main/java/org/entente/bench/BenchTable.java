package org.entente.bench;

import org.entente.model.Numbers;

import java.util.List;
import java.util.Locale;

/** The benchmark table as bench.csv (tidy, one measurement per line) and as aligned text for the terminal. */
public final class BenchTable {
    public static final List<String> COLUMNS = List.of("benchmark", "parties", "issues", "runs", "seconds",
            "runs_per_s", "messages_per_s", "messages_per_run", "rounds_per_run", "ratio", "in_flight", "load",
            "warmup_runs", "acl_messages_per_run");

    private BenchTable() {
    }

    public static String csv(List<Measurement> rows) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Measurement m : rows) {
            b.append(m.benchmark()).append(',')
                    .append(m.parties() > 0 ? Integer.toString(m.parties()) : "").append(',')
                    .append(m.issues() > 0 ? Integer.toString(m.issues()) : "").append(',')
                    .append(m.runs() > 0 ? Long.toString(m.runs()) : "").append(',')
                    .append(number(m.seconds(), 4)).append(',')
                    .append(number(m.runsPerSecond(), 5)).append(',')
                    .append(number(m.messagesPerSecond(), 5)).append(',')
                    .append(number(m.messagesPerRun(), 4)).append(',')
                    .append(number(m.roundsPerRun(), 4)).append(',')
                    .append(number(m.ratio(), 4)).append(',')
                    .append(number(m.inFlight(), 3)).append(',')
                    .append(number(m.load(), 3)).append(',')
                    .append(m.warmupRuns() > 0 ? Long.toString(m.warmupRuns()) : "").append(',')
                    .append(number(m.aclMessagesPerRun(), 4)).append('\n');
        }
        return b.toString();
    }

    public static String text(List<Measurement> rows) {
        String head = String.format(Locale.ROOT, "%-20s %7s %6s %7s %8s %10s %12s %9s %8s %9s %6s %9s %5s %7s%n", "benchmark",
                "parties", "issues", "runs", "seconds", "runs/s", "messages/s", "msgs/run", "acl/run", "rounds", "ratio",
                "in flight", "load", "warm-up");
        StringBuilder b = new StringBuilder(head);
        for (Measurement m : rows) {
            b.append(String.format(Locale.ROOT, "%-20s %7s %6s %7s %8.2f %10s %12s %9s %8s %9s %6s %9s %5s %7s%n", m.benchmark(),
                    m.parties() > 0 ? m.parties() : "", m.issues() > 0 ? m.issues() : "", m.runs() > 0 ? m.runs() : "",
                    m.seconds(), fixed(m.runsPerSecond(), 1), fixed(m.messagesPerSecond(), 0),
                    fixed(m.messagesPerRun(), 1), fixed(m.aclMessagesPerRun(), 1), fixed(m.roundsPerRun(), 1), fixed(m.ratio(), 3), fixed(m.inFlight(), 1), fixed(m.load(), 1),
                    m.warmupRuns() > 0 ? m.warmupRuns() : ""));
        }
        return b.toString();
    }

    private static String number(double x, int digits) {
        return Double.isNaN(x) ? "" : Numbers.format(x, digits);
    }

    private static String fixed(double x, int decimals) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
}
