package org.entente.outcome;

import java.util.List;

/**
 * A per-run aggregate of one party's implementation series for summary.csv (docs/model.md,
 * "Per-run summary"): its name, the series it reads, how the years combine, and whether every run's
 * value lies in [0, 1]; 0 with no years.
 */
record RunMeasure(String name, Series series, Combination combination, boolean inUnitInterval) {
    /** The measures, in summary.csv's order. */
    static final List<RunMeasure> ALL = List.of(
            new RunMeasure("compliance", Compliance.COMPLIANCE, Combination.MEAN, true),
            new RunMeasure("trade", Trade.TRADE, Combination.TOTAL, false), // US$ M
            new RunMeasure("infrastructure", Infrastructure.INFRASTRUCTURE, Combination.FINAL, false), // cumulative, US$ M
            new RunMeasure("influence", Influence.INFLUENCE, Combination.FINAL, true),
            new RunMeasure("debt_peak", Loans.DEBT, Combination.PEAK, false)); // the largest outstanding debt, US$ M

    /** How a party's years combine into the run's value. */
    enum Combination { MEAN, TOTAL, FINAL, PEAK }

    String key(String party) {
        return name + "." + party;
    }

    /** The measure of one party over a run's records, reading column {@code col}. */
    double of(List<YearRecord> years, String party, int col) {
        double sum = 0, peak = 0, last = 0;
        int count = 0, lastYear = Integer.MIN_VALUE;
        for (YearRecord r : years) {
            if (!r.party().equals(party)) continue;
            double v = r.at(col);
            sum += v;
            peak = Math.max(peak, v);
            count++;
            if (r.year() >= lastYear) {
                lastYear = r.year();
                last = v;
            }
        }
        return switch (combination) {
            case MEAN -> count == 0 ? 0 : sum / count;
            case TOTAL -> sum;
            case PEAK -> peak;
            case FINAL -> last;
        };
    }
}
