package org.entente.bench;

import org.entente.model.Numbers;
import org.entente.results.CsvReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * This bench against an earlier one's bench.csv ({@code bench --against FILE}): for every row both have (the
 * same benchmark, parties and issues), its headline figure before and now, and whether it got slower by more
 * than the tolerance. The headline figure is messages/s for the ping-pong, runs/s for a row that has runs/s,
 * and seconds (lower is better) for the launches timed alone (describe and its floors).
 */
public final class BenchComparison {
    /** The columns an earlier bench.csv must have. */
    static final List<String> NEEDED = List.of("benchmark", "parties", "issues", "seconds", "runs_per_s",
            "messages_per_s");
    public static final List<String> COLUMNS = List.of("benchmark", "parties", "issues", "measure", "before", "now",
            "change", "slower");

    /** A bench.csv row, as far as the comparison needs it; NaN where the cell is empty. */
    public record Earlier(String benchmark, int parties, int issues, double seconds, double runsPerSecond,
                          double messagesPerSecond) {
    }

    /**
     * One row of both benches: {@code change} is how much faster now is (+0.10: 10% faster; for seconds,
     * before / now − 1, so that faster is positive there too).
     */
    public record Change(String benchmark, int parties, int issues, String measure, double before, double now,
                         boolean slower) {
        public double change() {
            return change(measure, before, now);
        }

        static double change(String measure, double before, double now) {
            return measure.equals(SECONDS) ? before / now - 1 : now / before - 1;
        }
    }

    static final String MESSAGES = "messages_per_s";
    static final String RUNS = "runs_per_s";
    static final String SECONDS = "seconds";

    private final Path file;
    private final double tolerance;
    private final List<Change> changes;

    private BenchComparison(Path file, double tolerance, List<Change> changes) {
        this.file = file;
        this.tolerance = tolerance;
        this.changes = List.copyOf(changes);
    }

    /**
     * Reads an earlier bench.csv, or fails with one line naming the file (and the line and column when a
     * cell is wrong).
     */
    public static List<Earlier> read(Path file) {
        if (!Files.exists(file)) throw new IllegalArgumentException(file + ": cannot read: no such file");
        if (Files.isDirectory(file)) throw new IllegalArgumentException(file + ": cannot read: it is a directory; expected a bench.csv");
        if (!Files.isReadable(file)) throw new IllegalArgumentException(file + ": cannot read: permission denied");
        List<Earlier> rows = new ArrayList<>();
        try (CsvReader in = CsvReader.open(file)) {
            List<String> header = in.next();
            if (header == null) throw new IllegalArgumentException(file + ": empty; not a bench.csv");
            int[] at = new int[NEEDED.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = header.indexOf(NEEDED.get(i));
                if (at[i] < 0) throw new IllegalArgumentException(file + ":1: no column " + NEEDED.get(i) + "; not a bench.csv");
            }
            int line = 1;
            for (List<String> r = in.next(); r != null; r = in.next()) {
                line++;
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException(file + ":" + line + ": " + r.size() + " cells, the header has " + header.size());
                }
                String where = file + ":" + line + ": ";
                rows.add(new Earlier(r.get(at[0]), (int) count(r.get(at[1]), where + "parties"),
                        (int) count(r.get(at[2]), where + "issues"), number(r.get(at[3]), where + "seconds"),
                        number(r.get(at[4]), where + "runs_per_s"), number(r.get(at[5]), where + "messages_per_s")));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        if (rows.isEmpty()) throw new IllegalArgumentException(file + ": no rows; not a bench.csv");
        return rows;
    }

    private static double number(String cell, String what) {
        if (cell.isEmpty()) return Double.NaN;
        try {
            double x = Double.parseDouble(cell);
            if (!Double.isFinite(x) || x < 0) throw new NumberFormatException();
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + cell + "' is not a non-negative number");
        }
    }

    private static long count(String cell, String what) {
        if (cell.isEmpty()) return 0;
        double x = number(cell, what);
        if (x != Math.rint(x) || x > Integer.MAX_VALUE) throw new IllegalArgumentException(what + " '" + cell + "' is not a whole number");
        return (long) x;
    }

    /**
     * The rows of {@code now} that {@code before} has too, in the order of {@code now}; a row is slower when its
     * headline figure is worse by more than {@code tolerance} (0.10: 10%).
     */
    public static BenchComparison of(Path file, List<Earlier> before, List<Measurement> now, double tolerance) {
        Map<String, Earlier> earlier = new LinkedHashMap<>();
        for (Earlier e : before) earlier.putIfAbsent(key(e.benchmark(), e.parties(), e.issues()), e);
        List<Change> out = new ArrayList<>();
        for (Measurement m : now) {
            Earlier e = earlier.get(key(m.benchmark(), m.parties(), m.issues()));
            if (e == null) continue;
            String measure = measure(m);
            double b = figure(measure, e.seconds(), e.runsPerSecond(), e.messagesPerSecond());
            double n = figure(measure, m.seconds(), m.runsPerSecond(), m.messagesPerSecond());
            if (!(b > 0) || !(n > 0)) continue;
            out.add(new Change(m.benchmark(), m.parties(), m.issues(), measure, b, n,
                    Change.change(measure, b, n) < -tolerance));
        }
        return new BenchComparison(file, tolerance, out);
    }

    /** The figure a row is judged by. */
    static String measure(Measurement m) {
        if (m.runs() == 0 && m.messagesPerSecond() > 0) return MESSAGES;
        if (m.runsPerSecond() > 0) return RUNS;
        return SECONDS;
    }

    /** The one of a row's figures that {@code measure} names. */
    private static double figure(String measure, double seconds, double runsPerSecond, double messagesPerSecond) {
        return switch (measure) {
            case MESSAGES -> messagesPerSecond;
            case RUNS -> runsPerSecond;
            default -> seconds;
        };
    }

    private static String key(String benchmark, int parties, int issues) {
        return benchmark + "/" + parties + "/" + issues;
    }

    public List<Change> changes() {
        return changes;
    }

    public long slower() {
        return changes.stream().filter(Change::slower).count();
    }

    public String csv() {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Change c : changes) {
            b.append(c.benchmark()).append(',').append(c.parties() > 0 ? Integer.toString(c.parties()) : "").append(',')
                    .append(c.issues() > 0 ? Integer.toString(c.issues()) : "").append(',').append(c.measure()).append(',')
                    .append(Numbers.format(c.before(), 5)).append(',').append(Numbers.format(c.now(), 5)).append(',')
                    .append(Numbers.format(c.change(), 4)).append(',').append(c.slower()).append('\n');
        }
        return b.toString();
    }

    public String text() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Against %s (slower: worse by more than %s%%):%n",
                file, Numbers.format(100 * tolerance, 4)));
        b.append(String.format(Locale.ROOT, "%-20s %7s %6s %-14s %12s %12s %8s%n", "benchmark", "parties", "issues",
                "measure", "before", "now", "change"));
        for (Change c : changes) {
            int decimals = c.measure().equals(SECONDS) ? 2 : c.measure().equals(RUNS) ? 1 : 0;
            b.append(String.format(Locale.ROOT, "%-20s %7s %6s %-14s %12." + decimals + "f %12." + decimals + "f %+7.1f%%%s%n",
                    c.benchmark(), c.parties() > 0 ? c.parties() : "", c.issues() > 0 ? c.issues() : "",
                    c.measure(), c.before(), c.now(), 100 * c.change(), c.slower() ? "  slower" : ""));
        }
        if (changes.isEmpty()) b.append("  no row of this bench is in it\n");
        return b.toString();
    }
}
