package org.entente.outcome;

/**
 * One borrower's concessional loan: disbursements add principal; after the grace period the
 * outstanding principal is amortised by level (annuity) payments so that it is 0 at the end of the
 * loan term. Interest is paid yearly on the balance and never capitalised.
 */
final class LoanBook {
    private final double rate;
    private final int term;
    private final int grace;
    private double principal;
    private double service;

    LoanBook(double rate, int term, int grace) {
        this.rate = rate;
        this.term = term;
        this.grace = grace;
    }

    /**
     * Year y (1-based): add the disbursement, pay interest on the balance, and from year grace+1
     * (or at the term, whichever comes first) repay principal by the annuity over the remaining years.
     */
    void year(int y, double disbursed) {
        principal += disbursed;
        double interest = rate * principal;
        double repaid = 0;
        if (y > grace || y >= term) {
            int remaining = Math.max(1, term - y + 1);
            double payment = rate > 0
                    ? principal * rate / (1 - Math.pow(1 + rate, -remaining))
                    : principal / remaining;
            repaid = remaining == 1 ? principal : Math.min(principal, payment - interest);
        }
        principal -= repaid;
        if (principal < 1e-9) principal = 0;
        service = interest + repaid;
    }

    /** Outstanding principal at the end of the last year. */
    double outstanding() {
        return principal;
    }

    /** Interest plus principal paid in the last year. */
    double service() {
        return service;
    }
}
