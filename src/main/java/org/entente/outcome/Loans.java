package org.entente.outcome;

import static org.entente.model.ImplementationParameter.GRACE_YEARS;
import static org.entente.model.ImplementationParameter.LOAN_YEARS;

/**
 * Each borrower's concessional loan for the infrastructure it is lent: outstanding principal at
 * year end and what it paid in the year (interest plus principal). Nothing without an agreement.
 */
final class Loans implements YearlyProcess {
    static final Series DEBT = new Series("debt");
    static final Series DEBT_SERVICE = new Series("debt_service");

    private final Infrastructure infrastructure;
    private final LoanBook[] books;
    private final double[] debt, service;

    Loans(ImplementationRun run, Infrastructure infrastructure) {
        Calibration c = run.calibration();
        AgreedTerms terms = run.terms();
        this.infrastructure = infrastructure;
        books = new LoanBook[terms == null ? 0 : run.parties()];
        for (int p = 0; p < books.length; p++)
            books[p] = new LoanBook(terms.loanRate, c.whole(LOAN_YEARS), c.whole(GRACE_YEARS));
        debt = run.publish(DEBT);
        service = run.publish(DEBT_SERVICE);
    }

    @Override
    public void step(int year) {
        for (int p = 0; p < books.length; p++) {
            books[p].year(year, infrastructure.lent(p));
            debt[p] = books[p].outstanding();
            service[p] = books[p].service();
        }
    }
}
