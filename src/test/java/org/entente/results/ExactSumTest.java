package org.entente.results;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The superaccumulator's value in units of 2^-1074 is the exact sum, whatever the signs and magnitudes of the terms. */
class ExactSumTest {

    /** The exact sum of the terms (and squares), as an integer multiple of 2^-1074 (2^-2148 is never needed: squares are split). */
    private static BigInteger exact(double[] xs, boolean squares) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : xs) {
            if (squares) {
                double p = x * x;
                sum = sum.add(new BigDecimal(p)).add(new BigDecimal(Math.fma(x, x, -p)));
            } else {
                sum = sum.add(new BigDecimal(x));
            }
        }
        return sum.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(1074))).toBigIntegerExact();
    }

    private static double[] terms(long seed, int n) {
        Random r = new Random(seed);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = switch (i % 5) {
                case 0 -> r.nextGaussian() * Math.pow(2, r.nextInt(200) - 100);
                case 1 -> -r.nextDouble() * 1e300;
                case 2 -> Double.MIN_VALUE * r.nextInt(1000);
                case 3 -> -Math.scalb(r.nextDouble(), -1060);
                default -> r.nextDouble() * 1e4;
            };
        }
        return xs;
    }

    @Test
    void scaledIsTheExactSumOfMixedSignsAndMagnitudes() {
        for (long seed = 1; seed <= 20; seed++) {
            double[] xs = terms(seed, 500);
            ExactSum s = new ExactSum();
            for (double x : xs) s.add(x);
            assertThat(s.scaled()).as("seed %d", seed).isEqualTo(exact(xs, false));
        }
    }

    @Test
    void negativeTotalsAndCancellationToZeroAreExact() {
        ExactSum s = new ExactSum();
        s.add(-1e-300);
        s.add(-3.5);
        assertThat(s.scaled()).isEqualTo(exact(new double[]{-1e-300, -3.5}, false));
        assertThat(s.scaled().signum()).isNegative();
        s.add(3.5);
        s.add(1e-300);
        assertThat(s.scaled()).isEqualTo(BigInteger.ZERO);
        assertThat(s.encode()).isEqualTo("0");
    }

    @Test
    void squaresAndTheTextFormAreExact() {
        double[] xs = {0.1, -7.25, 1e150, 3e-200};
        ExactSum s = new ExactSum();
        for (double x : xs) s.addSquare(x);
        assertThat(s.scaled()).isEqualTo(exact(xs, true));
        assertThat(ExactSum.decode(s.encode()).scaled()).isEqualTo(s.scaled());
    }
}
