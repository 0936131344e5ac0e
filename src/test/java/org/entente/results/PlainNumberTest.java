package org.entente.results;

import org.entente.model.Numbers;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV number fast path writes exactly what model/Numbers writes, for every kind of double. */
class PlainNumberTest {

    @Test
    void agreesWithNumbersOnRandomDoublesOfEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(2026);
        for (int i = 0; i < 400_000; i++) {
            double x = (r.nextDouble() + 0.05) * Math.pow(10, r.nextInt(-15, 23));
            if (r.nextBoolean()) x = -x;
            assertThat(PlainNumber.format(x)).as("%s", x).isEqualTo(Numbers.format(x));
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
            assertThat(PlainNumber.format(x)).as("%s", x).isEqualTo(Numbers.format(x));
        }
    }

    @Test
    void writesPlainDecimalsRoundedHalfUp() {
        assertThat(PlainNumber.format(0.5)).isEqualTo("0.5");
        assertThat(PlainNumber.format(120.0)).isEqualTo("120");
        assertThat(PlainNumber.format(1.0e-5)).isEqualTo("0.00001");
        assertThat(PlainNumber.format(2.0 / 3)).isEqualTo("0.6666666667");
        assertThat(PlainNumber.format(-1234567890.5)).isEqualTo("-1234567891");
        assertThat(PlainNumber.format(9999999999.6)).isEqualTo("10000000000");
        assertThat(PlainNumber.format(0.0)).isEqualTo("0");
        assertThat(Csv.number(Double.NaN)).isEmpty();
    }
}
