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
        // the text is each index as Integer.toString writes it, joined by dots (one and two digits take a short path)
        for (int[] v : List.of(new int[]{0, 9, 10, 99, 100, 12345}, new int[]{-1, -10, 7}, new int[]{Integer.MIN_VALUE, 42})) {
            assertThat(new Offer(v).toString()).isEqualTo(String.join(".", Arrays.stream(v).mapToObj(Integer::toString).toList()));
        }
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

    @Test
    void readsAnOfferWhereItLiesInALongerText() {
        assertThat(Offer.parse("o=3.0.12;k=1", 2, 8)).isEqualTo(new Offer(3, 0, 12));
        assertThat(Offer.parse("o=;k=1", 2, 2)).isEqualTo(new Offer());
        assertThat(Offer.parse("o=007.1;", 2, 7)).isEqualTo(new Offer(7, 1));
        assertThatThrownBy(() -> Offer.parse("o=3.x;k=1", 2, 5)).isInstanceOf(NumberFormatException.class);
        // an array handed to the constructor is copied, so changing it later changes no offer
        int[] v = {1, 2};
        Offer o = new Offer(v);
        v[0] = 9;
        assertThat(o).isEqualTo(new Offer(1, 2));
        assertThat(o.hashCode()).isEqualTo(new Offer(1, 2).hashCode());
    }
}
