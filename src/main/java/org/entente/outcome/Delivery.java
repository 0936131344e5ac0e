package org.entente.outcome;

import java.util.List;

/**
 * What each party delivers, d = capacity x compliance (willingness times ability, in expectation),
 * and what arrives of each commitment: its obligor's delivery, or the mean over all parties for a
 * shared one. Nothing without an agreement.
 */
final class Delivery implements YearlyProcess {
    static final Series DELIVERY = new Series("delivery");

    private final AgreedTerms terms;
    private final double[] delivery, compliance, issue;

    Delivery(ImplementationRun run) {
        terms = run.terms();
        delivery = run.publish(DELIVERY);
        compliance = run.read(Compliance.COMPLIANCE);
        issue = new double[run.scenario().issues().size()];
    }

    @Override
    public void step(int year) {
        if (terms == null) return;
        double mean = 0;
        for (int p = 0; p < delivery.length; p++) {
            delivery[p] = terms.capacity[p] * compliance[p];
            mean += delivery[p];
        }
        mean = delivery.length > 0 ? mean / delivery.length : 0;
        for (int i = 0; i < issue.length; i++) issue[i] = terms.obligor[i] >= 0 ? delivery[terms.obligor[i]] : mean;
    }

    /** delta_i this year: the share of issue i's commitment delivered. */
    double ofIssue(int i) {
        return issue[i];
    }

    /** sum_i w_i v_i delta_i / sum_i w_i over a party's terms; 0 when it has none. */
    double weighted(List<AgreedTerms.Term> terms) {
        double num = 0, den = 0;
        for (AgreedTerms.Term term : terms) {
            num += term.weight() * term.value() * issue[term.issue()];
            den += term.weight();
        }
        return den > 0 ? num / den : 0;
    }
}
