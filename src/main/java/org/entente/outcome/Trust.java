package org.entente.outcome;

import java.util.Arrays;

import static org.entente.model.ImplementationParameter.TRUST_INITIAL;
import static org.entente.model.ImplementationParameter.TRUST_RATE;

/**
 * Each party's trust in the others at the start of a year: it follows the others' compliance of the
 * year before (specific reciprocity), T' = (1 - lambda) T + lambda mean_{q != p} c(q). Without an
 * agreement there is nothing to reciprocate and trust stays where it started.
 */
final class Trust implements YearlyProcess {
    static final Series TRUST = new Series("trust");

    private final boolean agreed;
    private final Calibration c;
    private final double[] trust, compliance;

    Trust(ImplementationRun run) {
        agreed = run.terms() != null;
        c = run.calibration();
        trust = run.publish(TRUST);
        Arrays.fill(trust, c.get(TRUST_INITIAL));
        compliance = run.read(Compliance.COMPLIANCE);
    }

    /** Steps before {@link Compliance}, so it reads last year's compliance. */
    @Override
    public void step(int year) {
        int n = trust.length;
        if (!agreed || year == 1 || n < 2) return;
        double rate = c.get(TRUST_RATE);
        for (int p = 0; p < n; p++) {
            double others = 0;
            for (int q = 0; q < n; q++) if (q != p) others += compliance[q];
            trust[p] = (1 - rate) * trust[p] + rate * others / (n - 1);
        }
    }
}
