package org.entente.negotiation;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An offer's text: written and read back, and read exactly as String.split and Integer.parseInt read it. */
class OfferTest {

    @Test
    void readsBackWhatItWrites() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 20_000; trial++) {
            int[] v = new int[r.nextInt(1, 15)];
            for (int i = 0; i < v.length; i++) v[i] = r.nextInt(0, r.nextBoolean() ? 60 : Integer.MAX_VALUE);
            Offer o = new Offer(v);
            assertThat(Offer.parse(o.toString())).isEqualTo(o);
        }
        assertThat(Offer.parse("")).isEqualTo(new Offer());
        assertThat(Offer.parse("3.0.12")).isEqualTo(new Offer(3, 0, 12));
    }

    @Test
    void readsUnusualTextAsTheGeneralPathDoes() {
        for (String s : List.of("007.1", "+3.4", "-1.2", "3.4.", "2147483647.1", "999999999.0", "1234567890")) {
            assertThat(Offer.parse(s)).as(s).isEqualTo(new Offer(Arrays.stream(s.split("\\.")).mapToInt(Integer::parseInt).toArray()));
        }
        for (String s : List.of("3..4", ".3", "3.x", "2147483648.1", "3 .4")) {
            assertThatThrownBy(() -> Offer.parse(s)).as(s).isInstanceOf(NumberFormatException.class);
        }
    }
}
