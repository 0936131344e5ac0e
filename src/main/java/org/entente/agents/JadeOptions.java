package org.entente.agents;

import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * How the JADE negotiation service runs: {@code tables} independent sets of agents (chair, heads,
 * officials), each handling up to {@code pipeline} runs at once; the {@code runTimeout}, how long a
 * table with runs in flight may handle no message before those runs fail (a hang, not slowness:
 * {@link TableActivity}); JADE's GUI tools; per-party negotiator overrides (a student at the terminal
 * in play); and the {@code clock} run timeouts are measured on, in nanoseconds ({@code System::nanoTime};
 * a test drives its own to make a timeout fire exactly when it chooses, whatever the machine's load).
 */
public record JadeOptions(int tables, int pipeline, Duration runTimeout, boolean gui,
                          Map<String, Function<NegotiatorContext, Negotiator>> overrides, LongSupplier clock) {
    /** Options whose run timeouts are measured on {@link System#nanoTime}. */
    public JadeOptions(int tables, int pipeline, Duration runTimeout, boolean gui,
                       Map<String, Function<NegotiatorContext, Negotiator>> overrides) {
        this(tables, pipeline, runTimeout, gui, overrides, System::nanoTime);
    }

    public static JadeOptions defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new JadeOptions(cores, 32, Duration.ofSeconds(30), false, Map.of());
    }
}
