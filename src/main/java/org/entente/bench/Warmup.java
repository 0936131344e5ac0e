package org.entente.bench;

import java.time.Duration;

/**
 * When a warm-up is over: once the JIT has compiled what it runs, that is two stretches in a row in which the
 * compilers took under {@value #JIT_SETTLED} of the time (a share of one core; {@link JitActivity}), after at least a
 * minimum of stretches, and at most until a time limit has passed. Where the JVM keeps no compilation time, two
 * stretches in a row no more than 5% faster than the fastest before them end it instead. (The rate alone ends it too
 * early: on two cores C2 compiles for about 40,000 runs of the default scenario, through batches whose rate stalls for
 * a while; docs/performance.md, "Twelfth pass".)
 * <p>
 * Use: {@code while (w.goesOn()) { w.begin(); ...one stretch...; w.end(rate); }}.
 */
final class Warmup {
    /** The compilers' share of a stretch's time (a share of one core) under which the stretch counts as compiled. */
    static final double JIT_SETTLED = 0.10;
    /** Without a JIT clock: a stretch within this factor of the fastest before it is no gain. */
    static final double GAIN = 1.05;
    private final boolean jit;
    private final int minimum;
    private final long deadline;
    private JitActivity compiling;
    private int stretches;
    private int settled;
    private double best;

    /** A warm-up of at least {@code minimum} stretches, for at most {@code limit}. */
    Warmup(int minimum, Duration limit) {
        this(JitActivity.measurable(), minimum, limit);
    }

    /** As {@link #Warmup(int, Duration)}, judged by the JIT's time if {@code jit}, else by the rate. */
    Warmup(boolean jit, int minimum, Duration limit) {
        this.jit = jit;
        this.minimum = minimum;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** Whether to run another stretch. */
    boolean goesOn() {
        return stretches < minimum || settled < 2 && System.nanoTime() < deadline;
    }

    /** A stretch begins. */
    void begin() {
        compiling = jit ? JitActivity.start() : null;
    }

    /** The stretch begun last ended, at {@code rate} (runs or messages a second). */
    void end(double rate) {
        judge(compiling == null ? 0 : compiling.share(), rate);
    }

    /** Counts a stretch in which the compilers took {@code jitShare} of the time and which ran at {@code rate}. */
    void judge(double jitShare, double rate) {
        boolean done = jit ? jitShare < JIT_SETTLED : rate <= best * GAIN;
        settled = done ? settled + 1 : 0;
        best = Math.max(best, rate);
        stretches++;
    }

    /** The stretches run so far. */
    int stretches() {
        return stretches;
    }
}
