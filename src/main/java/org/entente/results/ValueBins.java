package org.entente.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts of values in fixed log-linear bins (HDR style): each power of two is cut into
 * {@value #SUB} equal bins, read straight off a double's bits, so every machine bins alike and
 * two bin sets merge exactly by adding counts. A quantile read off the bins is within
 * {@link #RELATIVE_ERROR} of the exact order statistic's value (0 is exact).
 */
final class ValueBins {
    /** Bits of the mantissa that pick the bin within a power of two. */
    private static final int SUB_BITS = 7;
    static final int SUB = 1 << SUB_BITS;
    private static final int SHIFT = 52 - SUB_BITS;
    /** The largest relative distance between a value and its bin's representative: half a bin. */
    static final double RELATIVE_ERROR = 1.0 / (2 * SUB);

    /**
     * Pages of {@link #SUB} counts, one per power of two and sign, keyed by bin >> SUB_BITS: the keys
     * in ascending order in {@code keys[0..size)}, each page at its key's index. A cell's values span
     * few powers of two, so a binary search over a few ints beats a hash map of boxed keys.
     */
    private int[] keys = new int[4];
    private long[][] pages = new long[4][];
    private int size;
    private int lastKey = Integer.MIN_VALUE;
    private long[] lastPage;

    /** The bin of x: ordered as the values are; negative values have negative bins. */
    static int bin(double x) {
        if (x == 0) return 0;
        int b = (int) (Double.doubleToRawLongBits(Math.abs(x)) >>> SHIFT);
        return x > 0 ? b : -b - 1;
    }

    /** The value standing for a bin: the middle of its range (0 for the bin of 0). */
    static double representative(int bin) {
        if (bin < 0) return -representative(-bin - 1);
        if (bin == 0) return 0;
        double lo = Double.longBitsToDouble((long) bin << SHIFT);
        double hi = Double.longBitsToDouble((long) (bin + 1) << SHIFT);
        return lo + (hi - lo) / 2;
    }

    void add(double x) {
        add(bin(x), 1);
    }

    void add(int bin, long count) {
        int key = bin >> SUB_BITS;
        long[] page = key == lastKey ? lastPage : page(key);
        lastKey = key;
        lastPage = page;
        page[bin & (SUB - 1)] += count;
    }

    /** The page of a key, added (empty) in key order if it is new. */
    private long[] page(int key) {
        int at = Arrays.binarySearch(keys, 0, size, key);
        if (at >= 0) return pages[at];
        at = -at - 1;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
            pages = Arrays.copyOf(pages, 2 * size);
        }
        System.arraycopy(keys, at, keys, at + 1, size - at);
        System.arraycopy(pages, at, pages, at + 1, size - at);
        keys[at] = key;
        pages[at] = new long[SUB];
        size++;
        return pages[at];
    }

    void add(ValueBins other) {
        for (int q = 0; q < other.size; q++) {
            long[] p = other.pages[q];
            for (int i = 0; i < SUB; i++) if (p[i] != 0) add((other.keys[q] << SUB_BITS) | i, p[i]);
        }
    }

    /** The non-empty bins in value order, as (bin, count) pairs. */
    List<long[]> bins() {
        List<long[]> out = new ArrayList<>();
        for (int q = 0; q < size; q++) {
            long[] p = pages[q];
            for (int i = 0; i < SUB; i++) if (p[i] != 0) out.add(new long[]{(keys[q] << SUB_BITS) | i, p[i]});
        }
        return out;
    }

    /**
     * The representatives of the order statistics of ranks {@code ranks} (1-based, ascending) among
     * {@code n} values, each clamped to [min, max].
     */
    double[] quantiles(long[] ranks, double min, double max) {
        double[] out = new double[ranks.length];
        int r = 0;
        long seen = 0;
        for (long[] b : bins()) {
            seen += b[1];
            while (r < ranks.length && ranks[r] <= seen) {
                out[r++] = Math.max(min, Math.min(max, representative((int) b[0])));
            }
        }
        while (r < ranks.length) out[r++] = max;
        return out;
    }

    /** The bins as text: {@code bin:count} pairs, each bin after the first as its distance from the one before. */
    String encode() {
        StringBuilder b = new StringBuilder();
        long prev = 0;
        for (long[] bin : bins()) {
            if (b.length() > 0) b.append(' ');
            b.append(bin[0] - prev);
            if (bin[1] != 1) b.append(':').append(bin[1]);
            prev = bin[0];
        }
        return b.toString();
    }

    static ValueBins decode(String text) {
        ValueBins v = new ValueBins();
        if (text.isEmpty()) return v;
        long bin = 0;
        for (String pair : text.split(" ")) {
            int colon = pair.indexOf(':');
            bin += Long.parseLong(colon < 0 ? pair : pair.substring(0, colon));
            v.add((int) bin, colon < 0 ? 1 : Long.parseLong(pair.substring(colon + 1)));
        }
        return v;
    }
}
