package org.entente.negotiation.strategy;

import org.entente.negotiation.Offer;

import java.util.List;

/**
 * The order of a party's candidate offers: own utility ascending, then the others' (mean) utility
 * descending, then the offer's text. A merge sort of indices on primitive keys: the JDK's object sort
 * with a comparator chain boxed every index and, shared with every other comparator in the process,
 * was compiled again and again by the JIT (2 s of compilation in a 10,000-run run; docs/performance.md).
 */
final class CandidateOrder {
    private static final int INSERTION = 12;

    private final List<Offer> offers;
    private final double[] mine;
    private final double[] theirs;

    private CandidateOrder(List<Offer> offers, double[] mine, double[] theirs) {
        this.offers = offers;
        this.mine = mine;
        this.theirs = theirs;
    }

    /** The indices of {@code offers} in candidate order, given each offer's own and others' utility. */
    static int[] of(List<Offer> offers, double[] mine, double[] theirs) {
        int n = offers.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        new CandidateOrder(offers, mine, theirs).sort(order, order.clone(), 0, n);
        return order;
    }

    /** Sorts a[from, to); b holds the same values on entry and is scratch space. */
    private void sort(int[] a, int[] b, int from, int to) {
        if (to - from <= INSERTION) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= from && compare(a[j], x) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        // sort each half of b into place, then merge them into a
        sort(b, a, from, mid);
        sort(b, a, mid, to);
        int i = from, j = mid;
        for (int k = from; k < to; k++) {
            a[k] = j >= to || (i < mid && compare(b[i], b[j]) <= 0) ? b[i++] : b[j++];
        }
    }

    private int compare(int i, int j) {
        int c = Double.compare(mine[i], mine[j]);
        if (c == 0) c = Double.compare(theirs[j], theirs[i]);
        if (c == 0) c = offers.get(i).toString().compareTo(offers.get(j).toString());
        return c;
    }
}
