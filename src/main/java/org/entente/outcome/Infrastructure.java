package org.entente.outcome;

import java.util.Arrays;

import static org.entente.model.ImplementationParameter.BUILD_YEARS;

/**
 * The agreed infrastructure projects being built: each year up to amount / build_years of what is
 * left, times its delivery (shortfalls delay completion), counted cumulatively by every party that
 * values the project; the loan-financed part (1 - grant share) is lent to its borrowers.
 */
final class Infrastructure implements YearlyProcess {
    static final Series INFRASTRUCTURE = new Series("infrastructure");

    private final AgreedTerms terms;
    private final Delivery delivery;
    private final Calibration c;
    private final double[] built, remaining, lent;

    Infrastructure(ImplementationRun run, Delivery delivery) {
        terms = run.terms();
        this.delivery = delivery;
        c = run.calibration();
        built = run.publish(INFRASTRUCTURE);
        remaining = new double[terms == null ? 0 : terms.projects.size()];
        for (int k = 0; k < remaining.length; k++) remaining[k] = terms.projects.get(k).amount();
        lent = new double[run.parties()];
    }

    @Override
    public void step(int year) {
        Arrays.fill(lent, 0);
        for (int j = 0; j < remaining.length; j++) {
            AgreedTerms.Project project = terms.projects.get(j);
            double scheduled = Math.min(remaining[j], project.amount() / c.whole(BUILD_YEARS));
            double done = scheduled * delivery.ofIssue(project.issue());
            remaining[j] -= done;
            for (int q : project.counted()) built[q] += done;
            for (int q : project.borrowers())
                lent[q] += done * (1 - terms.grantShare) / project.borrowers().size();
        }
    }

    /** US$ M lent to party p this year. */
    double lent(int p) {
        return lent[p];
    }
}
