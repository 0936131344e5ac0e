package org.entente.outcome;

/**
 * A party's standing in the relationship, in [0, 1]: decays towards the no-deal baseline, rises
 * with the benefits it delivers and the alignment it obtains, and is eroded by rivals' gains.
 */
final class InfluenceIndex {
    private InfluenceIndex() {
    }

    /**
     * One year: I1 = I + delta (b - I); I2 = I1 + gamma g (1 - I1); I3 = I2 (1 - kappa gamma r),
     * with g the party's gain and r the mean gain of the other parties, both in [0, 1].
     */
    static double next(Calibration c, double influence, double gain, double rivalsGain) {
        double i1 = influence + c.influenceDecay() * (c.influenceBaseline() - influence);
        double i2 = i1 + c.influenceGain() * clamp01(gain) * (1 - i1);
        double i3 = i2 * (1 - c.influenceRivalry() * c.influenceGain() * clamp01(rivalsGain));
        return clamp01(i3);
    }

    static double clamp01(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }
}
