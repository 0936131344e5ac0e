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
    public static final String S1 = "S1";
    public static final String S1_LO = "S1_lo";
    public static final String S1_HI = "S1_hi";
    public static final String ST = "ST";
    public static final String ST_LO = "ST_lo";
    public static final String ST_HI = "ST_hi";
    public static final String SAMPLES = "samples";
    public static final String MU_STAR = "mu_star";
    public static final String MU_STAR_LO = "mu_star_lo";
    public static final String MU_STAR_HI = "mu_star_hi";
    public static final String SIGMA = "sigma";
    public static final String MU = "mu";
    public static final String TRAJECTORIES = "trajectories";

    private SensitivityColumns() {
    }

    /** One parameter's indices for one output. */
    public record Row<T>(String output, String parameter, T index) {
    }

    public static Schema<Row<SobolIndex>> saltelli() {
        return Schema.<Row<SobolIndex>>builder()
                .add(OUTPUT, CellKind.TEXT, Row::output)
                .add(PARAMETER, CellKind.TEXT, Row::parameter)
                .add(S1, CellKind.NUMBER, r -> Csv.number(r.index().first().estimate()))
                .add(S1_LO, CellKind.NUMBER, r -> Csv.number(r.index().first().lo()))
                .add(S1_HI, CellKind.NUMBER, r -> Csv.number(r.index().first().hi()))
                .add(ST, CellKind.NUMBER, r -> Csv.number(r.index().total().estimate()))
                .add(ST_LO, CellKind.NUMBER, r -> Csv.number(r.index().total().lo()))
                .add(ST_HI, CellKind.NUMBER, r -> Csv.number(r.index().total().hi()))
                .add(SAMPLES, CellKind.INTEGER, r -> Integer.toString(r.index().samples()))
                .build();
    }

    public static Schema<Row<MorrisIndex>> morris() {
        return Schema.<Row<MorrisIndex>>builder()
                .add(OUTPUT, CellKind.TEXT, Row::output)
                .add(PARAMETER, CellKind.TEXT, Row::parameter)
                .add(MU_STAR, CellKind.NUMBER, r -> Csv.number(r.index().muStar().estimate()))
                .add(MU_STAR_LO, CellKind.NUMBER, r -> Csv.number(r.index().muStar().lo()))
                .add(MU_STAR_HI, CellKind.NUMBER, r -> Csv.number(r.index().muStar().hi()))
                .add(SIGMA, CellKind.NUMBER, r -> Csv.number(r.index().sigma()))
                .add(MU, CellKind.NUMBER, r -> Csv.number(r.index().mu()))
                .add(TRAJECTORIES, CellKind.INTEGER, r -> Integer.toString(r.index().trajectories()))
                .build();
    }
}
