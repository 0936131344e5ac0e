package org.entente.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * What share of a stretch of time this JVM's JIT compilers spent compiling (HotSpot's total compilation time,
 * summed over its compiler threads, so up to the number of compiler threads): how a warm-up tells that the code it
 * runs is compiled. A share of 1 is one core compiling all along.
 */
final class JitActivity {
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    private final long startMillis;
    private final long startNanos;

    private JitActivity() {
        this.startMillis = JIT.getTotalCompilationTime();
        this.startNanos = System.nanoTime();
    }

    /** Whether this JVM says how long its compilers took (HotSpot does). */
    static boolean measurable() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported();
    }

    /** Starts a stretch of time; only when {@link #measurable}. */
    static JitActivity start() {
        return new JitActivity();
    }

    /** The compilers' time since {@link #start} over the wall time since then. */
    double share() {
        double wallMillis = (System.nanoTime() - startNanos) / 1e6;
        return wallMillis <= 0 ? 0 : (JIT.getTotalCompilationTime() - startMillis) / wallMillis;
    }
}
