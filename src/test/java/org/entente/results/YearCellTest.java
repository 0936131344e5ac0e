package org.entente.results;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** years_summary.csv's accumulator: exact n, mean and sd for any split of the runs, quantiles within the documented error. */
class YearCellTest {

    private static List<Double> values(long seed, int n) {
        Random r = new Random(seed);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double v = switch (i % 4) {
                case 0 -> Math.exp(r.nextGaussian() * 3);
                case 1 -> -r.nextDouble() * 1e4;
                case 2 -> 0.0;
                default -> r.nextGaussian() * 1e-6 + 1e9;
            };
            out.add(v);
        }
        return out;
    }

    @Test
    void anySplitAndOrderOfTheRunsGivesTheSameBits() {
        List<Double> vs = values(1, 5000);
        YearCell whole = new YearCell();
        for (double v : vs) whole.add(v);
        List<Double> shuffled = new ArrayList<>(vs);
        Collections.shuffle(shuffled, new Random(2));
        YearCell[] parts = {new YearCell(), new YearCell(), new YearCell()};
        for (int i = 0; i < shuffled.size(); i++) parts[i % 3].add(shuffled.get(i));
        YearCell merged = new YearCell();
        for (int k = parts.length - 1; k >= 0; k--) merged.add(YearCell.decode(parts[k].encode(), 0));
        assertThat(merged.encode()).isEqualTo(whole.encode());
        assertThat(merged.mean()).isEqualTo(whole.mean());
        assertThat(merged.sd()).isEqualTo(whole.sd());
        assertThat(merged.quantiles()).isEqualTo(whole.quantiles());
    }

    @Test
    void meanAndSdAreThoseOfExactArithmetic() {
        YearCell c = new YearCell();
        for (double v : new double[]{1, 2, 3, 4}) c.add(v);
        assertThat(c.n()).isEqualTo(4);
        assertThat(c.mean()).isEqualTo(2.5);
        assertThat(c.sd()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-15));
        YearCell same = new YearCell();
        for (int i = 0; i < 1000; i++) same.add(0.1);
        assertThat(same.mean()).isEqualTo(0.1);
        assertThat(same.sd()).as("identical values: no cancellation error").isZero();
        YearCell big = new YearCell();
        big.add(1e16);
        big.add(1);
        big.add(-1e16);
        assertThat(big.mean()).as("no term is lost to rounding").isCloseTo(1.0 / 3, within(1e-16));
    }

    @Test
    void quantilesAreOrderStatisticsWithinTheDocumentedRelativeError() {
        List<Double> vs = values(3, 20_001);
        YearCell c = new YearCell();
        for (double v : vs) c.add(v);
        double[] sorted = vs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] q = c.quantiles();
        for (int i = 0; i < YearCell.PERCENTS.length; i++) {
            long rank = (long) Math.ceil(YearCell.PERCENTS[i] * (double) sorted.length / 100);
            double exact = sorted[(int) rank - 1];
            assertThat(q[i]).as("q%02d", YearCell.PERCENTS[i])
                    .isCloseTo(exact, within(Math.abs(exact) * ValueBins.RELATIVE_ERROR));
        }
        assertThat(ValueBins.RELATIVE_ERROR).isLessThan(0.004);
    }

    @Test
    void nonFiniteValuesAreLeftOutAndFewValuesHaveNoSd() {
        YearCell c = new YearCell();
        c.add(Double.NaN);
        assertThat(c.n()).isZero();
        assertThat(c.mean()).isNaN();
        c.add(7);
        assertThat(c.sd()).isNaN();
        assertThat(Arrays.stream(c.quantiles()).boxed().toList()).containsOnly(7.0);
    }

    /** mean and sd as first defined, on the whole 2^-1074-unit integers: what the trimmed arithmetic must equal bit for bit. */
    private static double[] reference(ExactSum sum, ExactSum squares, long n) {
        java.math.BigInteger s = sum.scaled();
        double mean = new java.math.BigDecimal(s).divide(new java.math.BigDecimal(java.math.BigInteger.valueOf(n).shiftLeft(1074)),
                java.math.MathContext.DECIMAL64).doubleValue();
        if (n < 2) return new double[]{mean, Double.NaN};
        java.math.BigInteger numerator = squares.scaled().multiply(java.math.BigInteger.valueOf(n)).shiftLeft(1074).subtract(s.multiply(s));
        if (numerator.signum() <= 0) return new double[]{mean, 0};
        java.math.BigInteger divisor = java.math.BigInteger.valueOf(n).multiply(java.math.BigInteger.valueOf(n - 1)).shiftLeft(2148);
        return new double[]{mean, Math.sqrt(new java.math.BigDecimal(numerator).divide(new java.math.BigDecimal(divisor),
                java.math.MathContext.DECIMAL64).doubleValue())};
    }

    @Test
    void meanAndSdAreBitForBitTheWholeRangeArithmetics() {
        Random r = new Random(17);
        for (int trial = 0; trial < 600; trial++) {
            int n = 1 + r.nextInt(trial % 10 == 0 ? 3 : 80);
            YearCell c = new YearCell();
            ExactSum sum = new ExactSum(), squares = new ExactSum();
            double constant = r.nextGaussian() * 100;
            for (int i = 0; i < n; i++) {
                double x = switch (trial % 6) {
                    case 0 -> constant;                                        // sd exactly 0
                    case 1 -> r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
                    case 2 -> -r.nextDouble() * 1e300;
                    case 3 -> Double.MIN_VALUE * r.nextInt(5);
                    case 4 -> r.nextInt(7) * 0.25 - 0.5;                        // short binary fractions
                    default -> values(trial, n).get(i);
                };
                c.add(x);
                sum.add(x);
                squares.addSquare(x);
            }
            double[] expected = reference(sum, squares, n);
            assertThat(c.mean()).as("trial %d", trial).isEqualTo(expected[0]);
            if (n >= 2) assertThat(c.sd()).as("trial %d", trial).isEqualTo(expected[1]);
        }
    }
}
