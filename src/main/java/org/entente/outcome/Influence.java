package org.entente.outcome;

import org.entente.model.Party;

import java.util.Arrays;
import java.util.List;

import static org.entente.model.ImplementationParameter.INFLUENCE_BASELINE;
import static org.entente.model.ImplementationParameter.INFLUENCE_DECAY;
import static org.entente.model.ImplementationParameter.INFLUENCE_GAIN;
import static org.entente.model.ImplementationParameter.INFLUENCE_RIVALRY;

/**
 * Each party's standing in the relationship, in [0, 1]: it decays towards the no-deal baseline,
 * rises with the party's gain (benefits it delivers to the others, alignment it obtains) and is
 * eroded by the other parties' gains, each weighed by that party's power against its own
 * (2 power(q) / (power(p) + power(q)), 1 between equals). Without an agreement every gain is 0.
 */
final class Influence implements YearlyProcess {
    static final Series INFLUENCE = new Series("influence");

    private final AgreedTerms terms;
    private final Calibration c;
    private final Delivery delivery;
    private final double[] influence, delivered, gains, power;

    Influence(ImplementationRun run, Delivery delivery) {
        terms = run.terms();
        c = run.calibration();
        this.delivery = delivery;
        influence = run.publish(INFLUENCE);
        Arrays.fill(influence, c.get(INFLUENCE_BASELINE));
        delivered = run.read(Delivery.DELIVERY);
        gains = new double[run.parties()];
        List<Party> parties = run.scenario().parties();
        power = new double[parties.size()];
        for (int p = 0; p < power.length; p++) power[p] = parties.get(p).power();
    }

    @Override
    public void step(int year) {
        int n = influence.length;
        for (int p = 0; p < n; p++) gains[p] = terms == null ? 0 : gain(p);
        for (int p = 0; p < n; p++) {
            double rivals = 0;
            for (int q = 0; q < n; q++) if (q != p) rivals += 2 * power[q] / (power[p] + power[q]) * gains[q];
            rivals = n > 1 ? rivals / (n - 1) : 0;
            influence[p] = next(influence[p], gains[p], rivals);
        }
    }

    /**
     * g(p) = 1/2 (its delivery x the others' mean value of what it owes) + 1/2 (its influence terms as
     * delivered by their obligors).
     */
    private double gain(int p) {
        List<Double> given = terms.given.get(p);
        double giving = 0;
        for (double v : given) giving += v;
        giving = given.isEmpty() ? 0 : delivered[p] * giving / given.size();
        return 0.5 * giving + 0.5 * delivery.weighted(terms.influence.get(p));
    }

    /** I1 = I + delta (b - I); I2 = I1 + gamma g (1 - I1); I3 = I2 (1 - kappa gamma r), each in [0, 1]. */
    private double next(double current, double own, double rivals) {
        double gamma = c.get(INFLUENCE_GAIN);
        double i1 = current + c.get(INFLUENCE_DECAY) * (c.get(INFLUENCE_BASELINE) - current);
        double i2 = i1 + gamma * clamp01(own) * (1 - i1);
        double i3 = i2 * (1 - c.get(INFLUENCE_RIVALRY) * gamma * clamp01(rivals));
        return clamp01(i3);
    }

    private static double clamp01(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }
}
