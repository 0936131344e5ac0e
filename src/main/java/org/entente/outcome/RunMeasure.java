package org.entente.outcome;

import java.util.List;

/**
 * A per-run aggregate of one party's implementation series for summary.csv (docs/model.md,
 * "Per-run summary"): its name, the series it reads, and how the years are combined; 0 with no years.
 */
enum RunMeasure {
    /** Mean over the years, in [0, 1]. */
    COMPLIANCE("compliance", Compliance.COMPLIANCE, true),
    /** Total over the years, US$ M. */
    TRADE("trade", Trade.TRADE, false),
    /** Final year (the series is cumulative), US$ M. */
    INFRASTRUCTURE("infrastructure", Infrastructure.INFRASTRUCTURE, false),
    /** Final year, an index in [0, 1]. */
    INFLUENCE("influence", Influence.INFLUENCE, true),
    /** The largest outstanding debt in any year, US$ M. */
    DEBT_PEAK("debt_peak", Loans.DEBT, false);

    private final String name;
    private final Series series;
    private final boolean unit;

    RunMeasure(String name, Series series, boolean unit) {
        this.name = name;
        this.series = series;
        this.unit = unit;
    }

    /** Whether every run's value lies in [0, 1]. */
    boolean inUnitInterval() {
        return unit;
    }

    Series series() {
        return series;
    }

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
        return switch (this) {
            case COMPLIANCE -> count == 0 ? 0 : sum / count;
            case TRADE -> sum;
            case DEBT_PEAK -> peak;
            case INFRASTRUCTURE, INFLUENCE -> last;
        };
    }
}
