package org.entente.bench;

import org.entente.model.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The performance targets Entente holds itself to on two cores (docs/performance.md, "Targets"), read off
 * one bench: 1,000 runs/s over 10,000 default runs with start-up, a protocol-minimal message rate at least
 * half of raw JADE's, describe under 0.3 s, and (with {@code --against}) no row slower than the earlier bench.
 * A target this bench did not measure (a quick bench launches 1,000 runs, not 10,000) says so instead of a
 * verdict.
 */
public final class BenchTargets {
    public static final List<String> COLUMNS = List.of("target", "threshold", "value", "met");
    static final int LAUNCHED_RUNS = 10_000;

    /** One target: its name, the threshold as text, the measured value (NaN: not measured) and the verdict (null: none). */
    public record Check(String target, String threshold, double value, Boolean met, String note) {
    }

    private BenchTargets() {
    }

    /** The targets of {@code rows}; {@code against} may be null (then the last target is left out). */
    public static List<Check> of(List<Measurement> rows, BenchComparison against) {
        List<Check> out = new ArrayList<>();
        Measurement launched = find(rows, "run_with_startup");
        if (launched == null) {
            out.add(unmeasured("runs_per_s_with_startup", ">= 1000"));
        } else if (launched.runs() < LAUNCHED_RUNS) {
            out.add(new Check("runs_per_s_with_startup", ">= 1000", launched.runsPerSecond(), null,
                    "over " + launched.runs() + " runs; the target is over " + LAUNCHED_RUNS + " (full bench)"));
        } else {
            out.add(check("runs_per_s_with_startup", ">= 1000", launched.runsPerSecond(), launched.runsPerSecond() >= 1000));
        }
        Measurement scenario = find(rows, "default_scenario");
        double ratio = scenario == null ? Double.NaN : scenario.ratio();
        Measurement stock = find(rows, "jade_ping_pong_stock");
        out.add(Double.isNaN(ratio) ? unmeasured("ratio_to_raw_jade", ">= 0.5")
                : new Check("ratio_to_raw_jade", ">= 0.5", ratio, ratio >= 0.5, toStock(scenario, stock)));
        Measurement describe = find(rows, "describe");
        out.add(describe == null ? unmeasured("describe_seconds", "< 0.3")
                : check("describe_seconds", "< 0.3", describe.seconds(), describe.seconds() < 0.3));
        if (against != null) {
            out.add(check("rows_slower_than_before", "0", against.slower(), against.slower() == 0));
        }
        return out;
    }

    /**
     * For information beside the ratio (judged against the ping-pong that sends as the negotiation agents send): the
     * ratio to the stock JADE ping-pong (JADE's own send), when it was measured.
     */
    private static String toStock(Measurement scenario, Measurement stock) {
        if (stock == null || !(stock.messagesPerSecond() > 0)) return "";
        return "to the stock JADE ping-pong: " + Numbers.format(scenario.ratioTo(stock), 4);
    }

    private static Check check(String target, String threshold, double value, boolean met) {
        return new Check(target, threshold, value, met, "");
    }

    private static Check unmeasured(String target, String threshold) {
        return new Check(target, threshold, Double.NaN, null, "not measured");
    }

    private static Measurement find(List<Measurement> rows, String benchmark) {
        for (Measurement m : rows) if (m.benchmark().equals(benchmark)) return m;
        return null;
    }

    public static String csv(List<Check> checks) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Check c : checks) {
            b.append(c.target()).append(',').append(c.threshold()).append(',')
                    .append(Double.isNaN(c.value()) ? "" : Numbers.format(c.value(), 5)).append(',')
                    .append(c.met() == null ? "" : c.met().toString()).append('\n');
        }
        return b.toString();
    }

    public static String text(List<Check> checks) {
        StringBuilder b = new StringBuilder("Targets (two cores; docs/performance.md):\n");
        for (Check c : checks) {
            String value = Double.isNaN(c.value()) ? "-" : Numbers.format(c.value(), 4);
            String aside = c.note().isEmpty() ? "" : " (" + c.note() + ")";
            String verdict = c.met() == null ? c.note() : (c.met() ? "met" : "not met") + aside;
            b.append(String.format(Locale.ROOT, "  %-24s %-8s %10s  %s%n", c.target(), c.threshold(), value, verdict));
        }
        return b.toString();
    }
}
