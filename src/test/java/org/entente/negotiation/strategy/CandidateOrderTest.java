package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidates' merge sort orders exactly as the comparator it replaces, ties and signed zeros included. */
class CandidateOrderTest {

    @Test
    void ordersAsTheComparatorChainOnRandomOffersWithManyTies() {
        SplittableRandom r = new SplittableRandom(19);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = r.nextInt(0, 300);
            List<Offer> offers = new ArrayList<>();
            double[] mine = new double[n];
            double[] theirs = new double[n];
            for (int i = 0; i < n; i++) {
                offers.add(new Offer(new int[]{i % 7, r.nextInt(0, 50), i}));
                // few distinct values, so that both keys tie often and the text decides
                mine[i] = r.nextInt(0, 5) / 4.0 * (r.nextInt(0, 10) == 0 ? -0.0 : 1);
                theirs[i] = r.nextInt(0, 3) / 2.0;
            }
            Integer[] expected = new Integer[n];
            for (int i = 0; i < n; i++) expected[i] = i;
            Arrays.sort(expected, Comparator.<Integer>comparingDouble(i -> mine[i])
                    .thenComparing(Comparator.<Integer>comparingDouble(i -> theirs[i]).reversed())
                    .thenComparing(i -> offers.get(i).toString()));
            assertThat(CandidateOrder.of(offers, mine, theirs)).containsExactly(
                    Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void ordersByOwnUtilityThenMoreForTheOthersFirst() {
        List<Offer> offers = List.of(new Offer(new int[]{0}), new Offer(new int[]{1}), new Offer(new int[]{2}));
        assertThat(CandidateOrder.of(offers, new double[]{0.9, 0.1, 0.1}, new double[]{0.0, 0.2, 0.8}))
                .containsExactly(2, 1, 0);
    }
}
