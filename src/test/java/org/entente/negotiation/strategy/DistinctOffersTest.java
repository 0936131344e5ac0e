package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class DistinctOffersTest {
    @Test
    void keepsEachOfferOnceInTheOrderFirstSeenAndCopiesTheIndicesItKeeps() {
        DistinctOffers d = new DistinctOffers();
        int[] x = {1, 2, 3};
        d.add(x);
        x[2] = 4;
        d.add(x);
        d.add(new int[]{1, 2, 3});
        x[0] = 0;
        d.add(x);
        d.add(new int[]{1, 2, 4});
        assertThat(d.inOrder()).containsExactly(new Offer(1, 2, 3), new Offer(1, 2, 4), new Offer(0, 2, 4));
    }

    @Test
    void agreesWithAnInsertionOrderedSetThroughManyOffersAndItsTableGrowing() {
        SplittableRandom r = new SplittableRandom(7);
        DistinctOffers d = new DistinctOffers();
        LinkedHashSet<Offer> expected = new LinkedHashSet<>();
        for (int i = 0; i < 5_000; i++) {
            int[] x = {r.nextInt(6), r.nextInt(6), r.nextInt(6), r.nextInt(4)};
            d.add(x);
            expected.add(new Offer(x));
        }
        assertThat(expected).hasSizeGreaterThan(500);
        assertThat(d.inOrder()).containsExactlyElementsOf(new ArrayList<>(expected));
        List<Offer> held = d.inOrder();
        assertThat(held).doesNotHaveDuplicates();
    }
}
