package org.entente.outcome;

import org.entente.model.Scenario;
import org.entente.model.Seeds;

import java.util.SplittableRandom;

import static org.entente.model.ImplementationParameter.COMPLIANCE_NOISE;
import static org.entente.model.ImplementationParameter.TURNOVER_RATE;
import static org.entente.model.ImplementationParameter.TURNOVER_SD;

/**
 * Each party's domestic politics in a year: whether its government turns over (its officials'
 * interest weights then resampled around the originals, mean-preserving log-normal, until the next
 * turnover) and the political shock on its willingness to comply.
 */
final class DomesticPolitics implements YearlyProcess {
    static final Series TURNOVER = new Series("turnover");

    private final ImplementationRun run;
    /** [party][official][interest]: the weights at the agreement, and those of the government in office. */
    private final double[][][] base, current;
    private final double[] turnover, shock;

    DomesticPolitics(ImplementationRun run) {
        this.run = run;
        base = baseWeights(run.scenario());
        current = base.clone();
        turnover = run.publish(TURNOVER);
        shock = new double[base.length];
    }

    /**
     * Per party, in scenario order: one uniform draw (turnover), one normal per official and interest
     * (the resampled weights, drawn whether or not a turnover happens), one normal (the shock).
     */
    @Override
    public void step(int year) {
        SplittableRandom random = run.random();
        Calibration c = run.calibration();
        double sd = c.get(TURNOVER_SD);
        for (int p = 0; p < base.length; p++) {
            boolean over = random.nextDouble() < c.get(TURNOVER_RATE);
            double[][] reshuffled = over ? new double[base[p].length][] : null;
            for (int o = 0; o < base[p].length; o++) {
                if (over) reshuffled[o] = new double[base[p][o].length];
                for (int d = 0; d < base[p][o].length; d++) {
                    double z = Seeds.gaussian(random);
                    if (over) reshuffled[o][d] = base[p][o][d] * Math.exp(sd * z - sd * sd / 2);
                }
            }
            if (over) current[p] = reshuffled;
            turnover[p] = over ? 1 : 0;
            shock[p] = c.get(COMPLIANCE_NOISE) * Seeds.gaussian(random);
        }
    }

    /** Party p's officials' interest weights this year, [official][interest] in scenario order. */
    double[][] weights(int p) {
        return current[p];
    }

    /** Party p's shock on its compliance logit this year, N(0, compliance_noise^2). */
    double shock(int p) {
        return shock[p];
    }

    private static double[][][] baseWeights(Scenario s) {
        double[][][] w = new double[s.parties().size()][][];
        for (int p = 0; p < w.length; p++) {
            var os = s.parties().get(p).officials();
            w[p] = new double[os.size()][s.interests().size()];
            for (int o = 0; o < os.size(); o++)
                for (int d = 0; d < s.interests().size(); d++)
                    w[p][o][d] = os.get(o).interests().getOrDefault(s.interests().get(d), 0.0);
        }
        return w;
    }
}
