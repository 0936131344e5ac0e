package org.entente.analysis;

/**
 * A stable merge sort of int indices by a comparator, without boxing: the reference-point
 * enumeration sorts up to a million outcome indices by their utilities.
 */
final class IndexSort {
    private IndexSort() {
    }

    /** Compares two indices. */
    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    static void sort(int[] a, IntComparator c) {
        if (a.length < 2) return;
        int[] buf = new int[a.length];
        int[] src = a, dst = buf;
        int n = a.length;
        // insertion sort runs of 16, then bottom-up merges
        final int run = 16;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= lo && c.compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
        }
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) dst[k++] = c.compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
                while (i < mid) dst[k++] = src[i++];
                while (j < hi) dst[k++] = src[j++];
            }
            int[] tmp = src;
            src = dst;
            dst = tmp;
        }
        if (src != a) System.arraycopy(src, 0, a, 0, n);
    }
}
