package org.entente.model;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Every random number in Entente comes from here. A run's seed is a function of (master seed,
 * run id) alone; each consumer inside a run (noise, mediator, a party's strategy, the
 * implementation model) draws from its own stream named by purpose, so adding draws in one place
 * never shifts another. SplitMix64 (Steele, Lea &amp; Flood 2014) mixes the bits.
 */
public final class Seeds {
    private Seeds() {
    }

    /** The seed of run {@code runId} under {@code masterSeed}. */
    public static long run(long masterSeed, long runId) {
        return mix(mix(masterSeed) ^ mix(runId * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
    }

    /** A stream seed for {@code purpose} (e.g. "noise", "mediator", "strategy:china") inside a run. */
    public static long stream(long runSeed, String purpose) {
        return mix(runSeed ^ fnv(purpose));
    }

    /** A fresh generator for {@code purpose} inside a run. */
    public static SplittableRandom random(long runSeed, String purpose) {
        return new SplittableRandom(stream(runSeed, purpose));
    }

    /** Standard normal deviate by the polar method, using only {@code r}'s doubles (portable). */
    public static double gaussian(SplittableRandom r) {
        double u, v, s;
        do {
            u = 2 * r.nextDouble() - 1;
            v = 2 * r.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
