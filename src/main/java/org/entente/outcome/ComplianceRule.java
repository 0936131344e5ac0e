package org.entente.outcome;

/**
 * The logistic compliance propensity of a party in a year:
 * c = sigma(beta0 + beta_b benefit + beta_o oversight + beta_t (trust - 1/2) + beta_k (capacity - 1) + noise).
 */
final class ComplianceRule {
    private ComplianceRule() {
    }

    static double logit(Calibration c, double benefit, double oversight, double trust, double capacity,
                        double noise) {
        return c.beta0() + c.betaBenefit() * benefit + c.betaOversight() * oversight
                + c.betaTrust() * (trust - 0.5) + c.betaCapacity() * (capacity - 1) + noise;
    }

    static double propensity(Calibration c, double benefit, double oversight, double trust, double capacity,
                             double noise) {
        return sigmoid(logit(c, benefit, oversight, trust, capacity, noise));
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }
}
