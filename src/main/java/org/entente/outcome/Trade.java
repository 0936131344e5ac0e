package org.entente.outcome;

import java.util.Arrays;

/**
 * The trade the agreement carries each year, US$ M at the year's prices: each flow's amount times
 * the share its importer delivers (buys) times the market factor, imported by its importer and
 * exported in equal shares by its exporters. A party's trade is its exports plus its imports.
 */
final class Trade implements YearlyProcess {
    static final Series TRADE = new Series("trade");
    static final Series EXPORTS = new Series("exports");
    static final Series IMPORTS = new Series("imports");

    private final AgreedTerms terms;
    private final Markets markets;
    private final Delivery delivery;
    private final double[] trade, exports, imports;

    Trade(ImplementationRun run, Markets markets, Delivery delivery) {
        terms = run.terms();
        this.markets = markets;
        this.delivery = delivery;
        trade = run.publish(TRADE);
        exports = run.publish(EXPORTS);
        imports = run.publish(IMPORTS);
    }

    @Override
    public void step(int year) {
        if (terms == null) return;
        Arrays.fill(exports, 0);
        Arrays.fill(imports, 0);
        for (TradeFlows.Flow f : terms.flows.all()) {
            double value = f.amount() * delivery.ofIssue(f.issue()) * markets.factor();
            imports[f.importer()] += value;
            for (int q : f.exporters()) exports[q] += value / f.exporters().size();
        }
        for (int p = 0; p < trade.length; p++) trade[p] = exports[p] + imports[p];
    }
}
