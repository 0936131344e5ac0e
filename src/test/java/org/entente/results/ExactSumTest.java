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

    /** The text form as it was first defined, through BigInteger: what encode must keep writing. */
    private static String referenceEncode(BigInteger v) {
        if (v.signum() == 0) return "0";
        int shift = v.getLowestSetBit();
        return v.shiftRight(shift).toString(16) + "p" + (shift - 1074);
    }

    @Test
    void theTextFormIsWhatBigIntegerWroteAndReadsBackExactly() {
        Random r = new Random(5);
        int checked = 0;
        for (long seed = 1; seed <= 400; seed++) {
            double[] xs = terms(seed, 1 + r.nextInt(seed % 7 == 0 ? 2 : 60));
            ExactSum s = new ExactSum();
            for (double x : xs) {
                if (seed % 3 == 0) s.addSquare(x);
                else s.add(seed % 2 == 0 ? -Math.abs(x) : x);
            }
            BigInteger v = s.scaled();
            String text = s.encode();
            assertThat(text).as("seed %d", seed).isEqualTo(referenceEncode(v));
            assertThat(ExactSum.decode(text).scaled()).as("seed %d", seed).isEqualTo(v);
            checked++;
        }
        assertThat(checked).isEqualTo(400);
        for (double x : new double[]{1, -1, 0.5, -0.75, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 3e-320, 0x1.fffffffffffffp-1}) {
            ExactSum s = new ExactSum();
            s.add(x);
            assertThat(s.encode()).as("%s", x).isEqualTo(referenceEncode(s.scaled()));
            assertThat(ExactSum.decode(s.encode()).scaled()).isEqualTo(s.scaled());
        }
        assertThat(new ExactSum().encode()).isEqualTo("0");
        assertThat(ExactSum.decode("0").scaled()).isEqualTo(BigInteger.ZERO);
        assertThat(ExactSum.decode("-3p-1").scaled()).isEqualTo(BigInteger.valueOf(-3).shiftLeft(1073));
    }

    @Test
    void malformedTextIsRefused() {
        for (String bad : new String[]{"abc", "p3", "-p3", "1gp2", "1p", "1px", "1p999999", "1p-1100"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExactSum.decode(bad)).as(bad)
                    .isInstanceOf(NumberFormatException.class);
        }
    }
}
