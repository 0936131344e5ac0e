package org.entente.agents;

import jade.core.Agent;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.WorldCache;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The single start-up argument of each kind of Entente agent, one record per kind, so an agent
 * reads named fields instead of casting {@code Object[]} entries by position. {@code ready} is
 * counted down once the agent is set up (the table waits for all its agents).
 */
sealed interface AgentArguments {

    /**
     * The chair of a table: the table's world cache (the base config, and each run's world, shared by the
     * table's agents), who sits where, the bound per run and the table's activity
     * (which it is measured from, on the service's clock); {@code bundle}: whether it may bundle its messages
     * ({@link Bundle}; off while JADE's GUI tools watch, so the Sniffer shows every message).
     */
    record Chair(WorldCache worlds, TableLayout layout, Duration runTimeout, TableActivity activity, boolean bundle,
                 CountDownLatch ready)
            implements AgentArguments {
    }

    /**
     * A state's head (StateAgent): the table's world cache, the table, its party, a negotiator factory replacing the
     * party's configured strategy (null: the configured one), the table's activity, marked on every message, and
     * whether it may bundle its messages (as the chair).
     */
    record State(WorldCache worlds, TableLayout layout, String party, Function<NegotiatorContext, Negotiator> override,
                 TableActivity activity, boolean bundle, CountDownLatch ready) implements AgentArguments {
    }

    /**
     * A non-head official of a party (with the table's world cache), its table's activity, marked on every message,
     * and whether it may bundle its messages (as the chair).
     */
    record Official(WorldCache worlds, String party, String official, TableActivity activity, boolean bundle,
                    CountDownLatch ready)
            implements AgentArguments {
    }

    /**
     * The ping side of the messaging benchmark: its pong's local name, the message counter, the stop
     * flag, how many round trips to make at most, the latch it counts down when it has made them, and the
     * one it counts down as it ends.
     */
    record Ping(String pong, LongAdder messages, AtomicBoolean stop, long roundTrips, CountDownLatch done,
                CountDownLatch ended) implements AgentArguments {
    }

    /** The pong side of the messaging benchmark: the latch it counts down as it ends. */
    record Pong(CountDownLatch ended) implements AgentArguments {
    }

    /** The registrar of a listening experiment: the workers' secret, the config to hand them, the service's pool. */
    record Registrar(Secret secret, String configName, String configText, WorkerPool pool, CountDownLatch ready)
            implements AgentArguments {
    }

    /**
     * A worker's agent: the secret, how many tables to offer, where to say what happens (progress
     * lines) and how the worker ends.
     */
    record Worker(Secret secret, int tables, java.util.function.Consumer<String> progress,
                  java.util.concurrent.CompletableFuture<WorkerEnd> end) implements AgentArguments {
    }

    /** Wraps the arguments as JADE's {@code Object[]}. */
    default Object[] asJade() {
        return new Object[]{this};
    }

    /** The arguments {@code agent} was created with, which must be of {@code kind}. */
    static <T extends AgentArguments> T of(Agent agent, Class<T> kind) {
        Object[] args = agent.getArguments();
        if (args == null || args.length != 1 || !kind.isInstance(args[0])) {
            throw new IllegalArgumentException("agent " + agent.getLocalName() + " needs one "
                    + kind.getSimpleName() + " argument");
        }
        return kind.cast(args[0]);
    }
}
