package org.entente.outcome;

import static org.entente.model.ImplementationParameter.TRADE_SCALE;

/**
 * Trade flows attributable to the agreement that each party gains, US$ M a year:
 * trade_scale x market factor x its delivered trade terms (sum w v delta / sum w).
 */
final class Trade implements YearlyProcess {
    static final Series TRADE = new Series("trade");

    private final AgreedTerms terms;
    private final Markets markets;
    private final Delivery delivery;
    private final Calibration c;
    private final double[] trade;

    Trade(ImplementationRun run, Markets markets, Delivery delivery) {
        terms = run.terms();
        this.markets = markets;
        this.delivery = delivery;
        c = run.calibration();
        trade = run.publish(TRADE);
    }

    @Override
    public void step(int year) {
        if (terms == null) return;
        for (int p = 0; p < trade.length; p++)
            trade[p] = c.get(TRADE_SCALE) * markets.factor() * delivery.weighted(terms.trade.get(p));
    }
}
