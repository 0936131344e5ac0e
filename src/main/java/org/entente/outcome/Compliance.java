package org.entente.outcome;

import static org.entente.model.ImplementationParameter.BENEFIT_WEIGHT;
import static org.entente.model.ImplementationParameter.COMPLIANCE_BASE;
import static org.entente.model.ImplementationParameter.EXIT;
import static org.entente.model.ImplementationParameter.OVERSIGHT_WEIGHT;
import static org.entente.model.ImplementationParameter.RENEGOTIATE_AFTER;
import static org.entente.model.ImplementationParameter.TRUST_WEIGHT;

/**
 * Each party's continuing benefit from the agreement (its utility with this year's government and
 * terms of trade, less its reservation) and its compliance propensity, the willingness to deliver,
 * c = sigma(beta0 + beta_b benefit + beta_o oversight + beta_t (trust - 1/2) + shock); and the call
 * to renegotiate once the benefit has been negative for long enough (with exit: no more
 * compliance). All 0 without an agreement. Capacity acts in {@link Delivery}, not here.
 */
final class Compliance implements YearlyProcess {
    static final Series COMPLIANCE = new Series("compliance");
    static final Series BENEFIT = new Series("benefit");
    static final Series RENEGOTIATE = new Series("renegotiate");

    private final AgreedTerms terms;
    private final Calibration c;
    private final Markets markets;
    private final DomesticPolitics politics;
    private final double[] compliance, benefit, renegotiate, trust;
    private final int[] belowFor;

    Compliance(ImplementationRun run, Markets markets, DomesticPolitics politics) {
        terms = run.terms();
        c = run.calibration();
        this.markets = markets;
        this.politics = politics;
        compliance = run.publish(COMPLIANCE);
        benefit = run.publish(BENEFIT);
        renegotiate = run.publish(RENEGOTIATE);
        trust = run.read(Trust.TRUST);
        belowFor = new int[run.parties()];
    }

    @Override
    public void step(int year) {
        if (terms == null) return;
        int renegotiateAfter = c.whole(RENEGOTIATE_AFTER);
        for (int p = 0; p < compliance.length; p++) {
            double tradeShift = terms.flows.termsOfTrade(p, markets.price(), markets.factor());
            benefit[p] = terms.utility(p, politics.weights(p), tradeShift) - terms.reservation[p];
            belowFor[p] = benefit[p] < 0 ? belowFor[p] + 1 : 0;
            boolean exited = renegotiate[p] == 1 && c.on(EXIT);
            if (renegotiateAfter > 0 && belowFor[p] >= renegotiateAfter) renegotiate[p] = 1;
            compliance[p] = exited ? 0 : sigmoid(logit(p));
        }
    }

    private double logit(int p) {
        return c.get(COMPLIANCE_BASE) + c.get(BENEFIT_WEIGHT) * benefit[p] + c.get(OVERSIGHT_WEIGHT) * terms.oversight
                + c.get(TRUST_WEIGHT) * (trust[p] - 0.5) + politics.shock(p);
    }

    private static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }
}
