package org.entente.results;

import org.entente.analysis.MorrisIndex;
import org.entente.analysis.SobolIndex;

/**
 * sensitivity.csv: one row per output and parameter. A {@code saltelli} design writes first-order
 * and total Sobol indices with their 95% bootstrap intervals and the base samples they rest on; a
 * {@code morris} design writes μ* with its interval, σ, μ and the trajectories. {@code output} is a
 * summary.csv outcome without its {@code .mean} suffix; {@code parameter} is the sweep path.
 */
public final class SensitivityColumns {
    public static final String OUTPUT = "output";
    public static final String PARAMETER = "parameter";
    public static final IntervalColumns S1 = IntervalColumns.of("S1");
    public static final IntervalColumns ST = IntervalColumns.of("ST");
    public static final String SAMPLES = "samples";
    public static final IntervalColumns MU_STAR = IntervalColumns.of("mu_star");
    public static final String TRAJECTORIES = "trajectories";

    private SensitivityColumns() {
    }

    /** One parameter's indices for one output. */
    public record Row<T>(String output, String parameter, T index) {
    }

    public static Schema<Row<SobolIndex>> saltelli() {
        return SensitivityColumns.<SobolIndex>outputAndParameter()
                .interval(S1, r -> r.index().first())
                .interval(ST, r -> r.index().total())
                .integer(SAMPLES, r -> r.index().samples())
                .build();
    }

    public static Schema<Row<MorrisIndex>> morris() {
        return SensitivityColumns.<MorrisIndex>outputAndParameter()
                .interval(MU_STAR, r -> r.index().muStar())
                .add("sigma", CellKind.NUMBER, r -> Csv.number(r.index().sigma()))
                .add("mu", CellKind.NUMBER, r -> Csv.number(r.index().mu()))
                .integer(TRAJECTORIES, r -> r.index().trajectories())
                .build();
    }

    /** The columns every design's rows start with: which output, which parameter. */
    private static <T> Schema.Builder<Row<T>> outputAndParameter() {
        return Schema.<Row<T>>builder()
                .add(OUTPUT, CellKind.TEXT, Row::output)
                .add(PARAMETER, CellKind.TEXT, Row::parameter);
    }
}
