package org.entente.agents;

import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * How the JADE negotiation service runs: {@code tables} independent sets of agents (chair, heads,
 * officials), each handling up to {@code pipeline} runs at once; the wall-clock bound per run;
 * JADE's GUI tools; and per-party negotiator overrides (a student at the terminal in play).
 */
public record JadeOptions(int tables, int pipeline, Duration runTimeout, boolean gui,
                          Map<String, Function<NegotiatorContext, Negotiator>> overrides) {
    public static JadeOptions defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new JadeOptions(cores, 32, Duration.ofSeconds(30), false, Map.of());
    }
}
