package org.entente.outcome;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LoanBookTest {

    @Test
    void annuityBalanceMatchesTheTextbookFormula() {
        // one disbursement D in year 1; after the grace G, k level payments of an n = T - G year annuity
        // leave D ((1+r)^n - (1+r)^k) / ((1+r)^n - 1)
        double d = 100, r = 0.02;
        int term = 20, grace = 5, n = term - grace;
        LoanBook loan = new LoanBook(r, term, grace);
        for (int y = 1; y <= 25; y++) {
            loan.year(y, y == 1 ? d : 0);
            int k = Math.max(0, Math.min(n, y - grace));
            double expected = d * (Math.pow(1 + r, n) - Math.pow(1 + r, k)) / (Math.pow(1 + r, n) - 1);
            assertThat(loan.outstanding()).as("year %d", y).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void gracePeriodPaysInterestOnlyThenLevelPayments() {
        double d = 115, r = 0.02;
        LoanBook loan = new LoanBook(r, 20, 5);
        loan.year(1, d);
        assertThat(loan.service()).isCloseTo(r * d, within(1e-12));
        for (int y = 2; y <= 5; y++) loan.year(y, 0);
        assertThat(loan.outstanding()).isEqualTo(d);
        double annuity = d * r / (1 - Math.pow(1 + r, -15));
        for (int y = 6; y <= 20; y++) {
            loan.year(y, 0);
            assertThat(loan.service()).isCloseTo(annuity, within(1e-9));
        }
        assertThat(loan.outstanding()).isZero();
    }

    @Test
    void zeroRateRepaysEqualInstalments() {
        LoanBook loan = new LoanBook(0, 10, 0);
        loan.year(1, 100);
        assertThat(loan.outstanding()).isCloseTo(90, within(1e-12));
        for (int y = 2; y <= 10; y++) loan.year(y, 0);
        assertThat(loan.outstanding()).isZero();
    }

    @Test
    void disbursementAfterTheTermIsRepaidTheSameYear() {
        LoanBook loan = new LoanBook(0.02, 3, 1);
        for (int y = 1; y <= 3; y++) loan.year(y, 10);
        assertThat(loan.outstanding()).isZero();
        loan.year(4, 5);
        assertThat(loan.outstanding()).isZero();
        assertThat(loan.service()).isCloseTo(5 * 1.02, within(1e-12));
    }
}
