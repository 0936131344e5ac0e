package org.entente.agents;

import jade.wrapper.AgentController;
import jade.wrapper.ContainerController;
import jade.wrapper.StaleProxyException;
import org.entente.model.Party;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.WorldCache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * One set of agents negotiating runs: a chair, a head per party, an agent per non-head official,
 * created in a container and killed together. Tracks (for the service) how many runs it holds,
 * whether it is being retired, and its agents' {@link TableActivity}. A worker's table has its chair here and its heads and officials
 * ({@link #seats}) in the worker's container; {@code worker} names that worker (null: all here).
 */
final class Table {
    private final int index;
    private final TableLayout layout;
    private final List<AgentController> agents;
    private final AgentController chair;
    private final TableActivity activity;
    final String worker;
    int inFlight;
    boolean retiring;

    private Table(int index, TableLayout layout, List<AgentController> agents, AgentController chair,
                  TableActivity activity, String worker) {
        this.index = index;
        this.layout = layout;
        this.agents = agents;
        this.chair = chair;
        this.activity = activity;
        this.worker = worker;
    }

    /** Creates and starts the table's agents (officials, then heads, then the chair), which use {@code worlds}. */
    static Table create(ContainerController c, int index, String prefix, WorldCache worlds, JadeOptions options,
                        LongAdder sent) {
        TableLayout layout = TableLayout.of(prefix, worlds.base().scenario());
        // every agent counts down once set up (heads: after registering with the DF)
        CountDownLatch ready = new CountDownLatch(layout.agents().size());
        TableActivity activity = new TableActivity(options.clock(), sent);
        List<AgentController> started = new ArrayList<>();
        return started(prefix, started, () -> {
            started.addAll(seats(c, layout, worlds, options.overrides(), activity, !options.gui(), ready));
            AgentController chair = start(c, layout.chair(), ChairAgent.class,
                    new AgentArguments.Chair(worlds, layout, options.runTimeout(), activity, !options.gui(), ready));
            started.add(chair);
            await(ready, prefix);
            return new Table(index, layout, started, chair, activity, null);
        });
    }

    /**
     * The chair, here, of a table whose heads and officials a worker has started in its container;
     * the table's activity is what the chair hears from them.
     */
    static Table remote(ContainerController c, int index, String prefix, WorldCache worlds, JadeOptions options,
                        LongAdder sent, String worker) {
        TableLayout layout = TableLayout.of(prefix, worlds.base().scenario());
        CountDownLatch ready = new CountDownLatch(1);
        TableActivity activity = new TableActivity(options.clock(), sent);
        List<AgentController> started = new ArrayList<>();
        return started(prefix, started, () -> {
            AgentController chair = start(c, layout.chair(), ChairAgent.class,
                    new AgentArguments.Chair(worlds, layout, options.runTimeout(),
                            activity, !options.gui(), ready));
            started.add(chair);
            await(ready, prefix);
            return new Table(index, layout, started, chair, activity, worker);
        });
    }

    /**
     * Creates and starts a table's officials, then its heads, in {@code c}, the heads of the parties in
     * {@code overrides} playing those negotiators; each marks {@code activity} on every message and
     * counts down {@code ready} once set up (heads: after registering with the DF); {@code bundle}: whether
     * they may bundle their messages ({@link Bundle}). They share
     * {@code worlds}, so a run's world is perturbed and compiled once for all of them.
     */
    static List<AgentController> seats(ContainerController c, TableLayout layout, WorldCache worlds,
                                       Map<String, Function<NegotiatorContext, Negotiator>> overrides,
                                       TableActivity activity, boolean bundle, CountDownLatch ready)
            throws StaleProxyException {
        List<AgentController> started = new ArrayList<>();
        try {
            for (Party p : worlds.base().scenario().parties()) {
                for (TableLayout.Seat s : layout.officialsOf(p.id())) {
                    started.add(start(c, s.agent(), OfficialAgent.class,
                            new AgentArguments.Official(worlds, p.id(), s.official(), activity, bundle, ready)));
                }
            }
            for (Party p : worlds.base().scenario().parties()) {
                Function<NegotiatorContext, Negotiator> f = overrides.get(p.id());
                started.add(start(c, layout.head(p.id()), StateAgent.class,
                        new AgentArguments.State(worlds, layout, p.id(), f, activity, bundle, ready)));
            }
            return started;
        } catch (StaleProxyException | RuntimeException e) {
            for (AgentController a : started) kill(a);
            throw e;
        }
    }

    private interface Creation {
        Table make() throws StaleProxyException, InterruptedException;
    }

    private static Table started(String prefix, List<AgentController> started, Creation creation) {
        try {
            return creation.make();
        } catch (StaleProxyException | RuntimeException e) {
            for (AgentController a : started) kill(a);
            throw new IllegalStateException("could not create the agents of table " + prefix + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            for (AgentController a : started) kill(a);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the agents of table " + prefix, e);
        }
    }

    static void await(CountDownLatch ready, String prefix) throws InterruptedException {
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the agents of table " + prefix + " did not start within 30s");
        }
    }

    private static AgentController start(ContainerController c, String name, Class<?> type, AgentArguments args)
            throws StaleProxyException {
        AgentController a = c.createNewAgent(name, type.getName(), args.asJade());
        a.start();
        return a;
    }

    int index() {
        return index;
    }

    TableLayout layout() {
        return layout;
    }

    TableActivity activity() {
        return activity;
    }

    /** Hands a run to the chair; false if the chair is gone. */
    boolean hand(RunJob job) {
        try {
            chair.putO2AObject(job, AgentController.ASYNC);
            return true;
        } catch (StaleProxyException e) {
            return false;
        }
    }

    void kill() {
        for (int i = agents.size() - 1; i >= 0; i--) kill(agents.get(i));
    }

    static void kill(AgentController a) {
        try {
            a.kill();
        } catch (StaleProxyException e) {
            // already gone
        }
    }
}
