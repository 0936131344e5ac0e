package org.entente.experiment;

import java.util.SplittableRandom;

/** A uniformly random permutation of 0 … n−1 (Fisher–Yates), for the designs that shuffle. */
final class RandomPermutation {
    private RandomPermutation() {
    }

    /** 0 … n−1 shuffled by draws from {@code random}: nextInt(i + 1) for i from n−1 down to 1. */
    static int[] of(int n, SplittableRandom random) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[k];
            perm[k] = t;
        }
        return perm;
    }
}
