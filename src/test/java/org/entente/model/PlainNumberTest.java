package org.entente.model;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers' fast path (PlainNumber) writes exactly what rounding the exact value writes, for every kind of double. */
class PlainNumberTest {

    @Test
    void agreesWithNumbersOnRandomDoublesOfEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(2026);
        for (int i = 0; i < 400_000; i++) {
            double x = (r.nextDouble() + 0.05) * Math.pow(10, r.nextInt(-15, 23));
            if (r.nextBoolean()) x = -x;
            assertThat(Numbers.format(x)).as("%s", x).isEqualTo(Numbers.format(x, 10));
        }
    }

    @Test
    void agreesOnShortDecimalsIntegersAndExactHalves() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double x = switch (i % 4) {
                case 0 -> r.nextInt(-1_000_000, 1_000_000) / Math.pow(10, r.nextInt(0, 12)); // 0.35, 12.5, ...
                case 1 -> (double) r.nextLong(-100_000_000_000_000L, 100_000_000_000_000L);   // integers
                case 2 -> r.nextLong(1_000_000_000L, 10_000_000_000L) + 0.5;                   // exact 10-digit halves
                default -> Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL);      // any finite double
            };
            assertThat(Numbers.format(x)).as("%s", x).isEqualTo(Numbers.format(x, 10));
        }
    }

    @Test
    void appendingWritesTheSameTextAfterWhatTheBuilderHolds() {
        SplittableRandom r = new SplittableRandom(11);
        StringBuilder b = new StringBuilder("x,");
        for (int i = 0; i < 100_000; i++) {
            double x = switch (i % 3) {
                case 0 -> r.nextInt(-1_000_000, 1_000_000) / Math.pow(10, r.nextInt(0, 22));
                case 1 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-14, 23));
                default -> Double.longBitsToDouble(r.nextLong());                                // NaN and infinities too
            };
            b.setLength(2);
            Numbers.appendTo(b, x);
            assertThat(b.toString()).as("%s", x).isEqualTo("x," + Numbers.format(x));
        }
    }

    @Test
    void writesPlainDecimalsRoundedHalfUp() {
        assertThat(Numbers.format(0.5)).isEqualTo("0.5");
        assertThat(Numbers.format(120.0)).isEqualTo("120");
        assertThat(Numbers.format(1.0e-5)).isEqualTo("0.00001");
        assertThat(Numbers.format(2.0 / 3)).isEqualTo("0.6666666667");
        assertThat(Numbers.format(-1234567890.5)).isEqualTo("-1234567891");
        assertThat(Numbers.format(9999999999.6)).isEqualTo("10000000000");
        assertThat(Numbers.format(0.0)).isEqualTo("0");
        assertThat(Numbers.format(1.25e-12)).isEqualTo("0.00000000000125");
        assertThat(Numbers.format(-0.000123)).isEqualTo("-0.000123");
        assertThat(Numbers.format(1.5e20)).isEqualTo("150000000000000000000");
        assertThat(Numbers.format(3.0000001)).isEqualTo("3.0000001");
    }
}
