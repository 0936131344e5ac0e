package org.entente.agents;

import jade.wrapper.ContainerController;
import org.entente.model.Config;
import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.negotiation.WorldCache;

import jade.wrapper.AgentController;
import jade.wrapper.StaleProxyException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Negotiates runs on JADE agents: states, officials and a chair exchanging FIPA ACL messages.
 * {@code options.tables()} sets of agents are created once and reused; each takes up to
 * {@code options.pipeline()} runs at once, handed to its chair through JADE's O2A queue; further
 * runs wait in a queue. Which table plays a run never changes its outcome (every run's world and
 * random streams come from its own seed). A table whose agents stop answering is replaced.
 * With {@link #acceptWorkers}, workers' tables (heads and officials in other JVMs) join the pool;
 * a run a lost worker's table did not finish is played again on another table.
 */
public final class JadeNegotiationService implements NegotiationService, WorkerPool {
    /** How often a run is handed to workers' tables before its failure is recorded. */
    private static final int ATTEMPTS = 3;
    /** The worlds of the runs, shared by every table's agents (a worker's tables have their own) and the evaluation. */
    private final WorldCache worlds;
    private final JadeOptions options;
    private final ContainerController container;
    private final String prefix;
    private final List<Table> tables = new ArrayList<>();
    private final Deque<RunJob> waiting = new ArrayDeque<>();
    private final Set<RunJob> inFlight = ConcurrentHashMap.newKeySet();
    /** Time the completed runs spent at a table, summed (Little's law: over a span, runs in flight = its growth / the span). */
    private final LongAdder tableNanos = new LongAdder();
    /** ACL messages the agents in this JVM handed to JADE (a bundle counts once). */
    private final LongAdder aclMessages = new LongAdder();
    private final ScheduledExecutorService upkeep;
    private final long backstopNanos;
    private int generation;
    private boolean closed;
    private int workersAdmitted;
    /** Workers whose tables are ready, with the runs their tables completed. */
    private final Map<String, Long> workers = new HashMap<>();
    private AgentController registrar;

    /** A service whose tables share a world cache of their own. */
    public JadeNegotiationService(Config base, JadeOptions options) {
        this(WorldCache.shared(base), options);
    }

    /** A service whose tables read and fill {@code worlds}, which the evaluation of its runs may share. */
    public JadeNegotiationService(WorldCache worlds, JadeOptions options) {
        if (options.tables() < 1) throw new IllegalArgumentException("tables must be at least 1, got " + options.tables());
        if (options.pipeline() < 1) {
            throw new IllegalArgumentException("pipeline must be at least 1, got " + options.pipeline());
        }
        this.worlds = worlds;
        this.options = options;
        if (options.gui()) JadePlatform.offerGuiTools();
        this.container = JadePlatform.container();
        this.prefix = "e" + JadePlatform.nextId();
        this.backstopNanos = options.runTimeout().toNanos() + TimeUnit.SECONDS.toNanos(2);
        this.upkeep = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "entente-tables-" + prefix);
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < options.tables(); i++) tables.add(Table.create(container, i, name(i), worlds, options, aclMessages));
        } catch (RuntimeException e) {
            for (Table t : tables) t.kill();
            upkeep.shutdownNow();
            throw e;
        }
        long period = Math.max(50, Math.min(1000, options.runTimeout().toMillis() / 4));
        upkeep.scheduleWithFixedDelay(this::watch, period, period, TimeUnit.MILLISECONDS);
        if (options.gui()) JadePlatform.startGui(tables.get(0).layout().agents());
    }

    private String name(int table) {
        return prefix + "t" + table + "g" + generation + "-";
    }

    @Override
    public CompletableFuture<RunOutcome> submit(RunRequest request) {
        RunJob job = new RunJob(request, this::completed);
        Table target;
        synchronized (this) {
            if (closed) {
                job.complete(RunOutcome.failure(request, "the negotiation service is closed", List.of(), 0), false);
                return job.future();
            }
            target = reserve(job);
            if (target == null) waiting.addLast(job);
        }
        if (target != null) hand(target, job);
        return job.future();
    }

    /** The live table with the fewest runs, if it has room; marks the job as in flight there. */
    private Table reserve(RunJob job) {
        Table best = null;
        for (Table t : tables) {
            if (t.retiring || t.inFlight >= options.pipeline()) continue;
            if (best == null || t.inFlight < best.inFlight) best = t;
        }
        if (best == null) return null;
        best.inFlight++;
        job.assign(best, options.clock().getAsLong());
        inFlight.add(job);
        return best;
    }

    private void hand(Table t, RunJob job) {
        if (!t.hand(job)) {
            job.complete(RunOutcome.failure(job.request(), "the chair of table " + t.index() + " is gone", List.of(), 0),
                    true);
        }
    }

    /**
     * A run completed (by its chair or by the watchdog): free its slot, start waiting runs. A run a
     * worker's table could not finish (its worker lost, or silent) is queued first to be played
     * again, up to {@link #ATTEMPTS} times; the returned job does that.
     */
    private RunJob completed(RunJob job, RunOutcome outcome, boolean suspect) {
        if (inFlight.remove(job)) tableNanos.add(job.runningNanos(options.clock().getAsLong()));
        List<Table> targets = new ArrayList<>();
        List<RunJob> jobs = new ArrayList<>();
        RunJob again = null;
        synchronized (this) {
            Table t = job.table();
            if (t != null) {
                t.inFlight--;
                if (suspect && !t.retiring && !closed) {
                    t.retiring = true;
                }
                if (t.retiring && t.inFlight == 0 && !closed && tables.contains(t)) {
                    Table old = t;
                    if (old.worker == null) {
                        upkeep.execute(() -> replace(old));
                    } else {
                        tables.remove(old);
                        upkeep.execute(old::kill);
                    }
                }
                if (t.worker != null && suspect && !closed && job.attempt() < ATTEMPTS) {
                    again = job.again();
                    waiting.addFirst(again);
                } else if (t.worker != null) {
                    workers.merge(t.worker, 1L, Long::sum);
                }
            }
            drain(targets, jobs);
        }
        for (int i = 0; i < jobs.size(); i++) hand(targets.get(i), jobs.get(i));
        return again;
    }

    private void drain(List<Table> targets, List<RunJob> jobs) {
        while (!waiting.isEmpty()) {
            Table t = reserve(waiting.peekFirst());
            if (t == null) return;
            jobs.add(waiting.pollFirst());
            targets.add(t);
        }
    }

    /** Kills a retired table's agents and puts a fresh set in its place. */
    private void replace(Table old) {
        synchronized (this) {
            if (closed || !tables.contains(old)) return;
            if (JadePlatform.shuttingDown()) {
                // Ctrl-C: JADE is killing every agent; creating new ones would fail inside JADE
                tables.remove(old);
                if (tables.isEmpty()) failWaiting("the JADE platform is shutting down");
                return;
            }
            generation++;
        }
        old.kill();
        Table fresh;
        try {
            fresh = Table.create(container, old.index(), name(old.index()), worlds, options, aclMessages);
        } catch (RuntimeException e) {
            synchronized (this) {
                tables.remove(old);
                if (tables.isEmpty()) failWaiting("no table of agents is left: " + e.getMessage());
            }
            return;
        }
        List<Table> targets = new ArrayList<>();
        List<RunJob> jobs = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                fresh.kill();
                return;
            }
            tables.set(tables.indexOf(old), fresh);
            drain(targets, jobs);
        }
        for (int i = 0; i < jobs.size(); i++) hand(targets.get(i), jobs.get(i));
    }

    /**
     * Backstop for a chair that died or hangs: runs whose table has been silent for their timeout plus
     * a grace period fail.
     */
    private void watch() {
        long now = options.clock().getAsLong();
        for (RunJob job : inFlight) {
            if (TableActivity.silence(now, job.startedNanos(), job.table().activity().lastNanos()) > backstopNanos) {
                job.complete(RunOutcome.failure(job.request(), "no reply from the chair of table "
                        + job.table().index() + " within " + Vocabulary.duration(options.runTimeout()),
                        List.of(), 0), true);
            }
        }
    }

    private void failWaiting(String reason) {
        while (!waiting.isEmpty()) {
            RunJob j = waiting.pollFirst();
            j.complete(RunOutcome.failure(j.request(), reason, List.of(), 0), false);
        }
    }

    /**
     * Opens the door to workers: starts the registrar, which admits workers that prove they know
     * {@code secret} and sends them this config (its file name and text) for their tables.
     */
    public void acceptWorkers(Secret secret, String configName, String configText) {
        CountDownLatch ready = new CountDownLatch(1);
        try {
            registrar = container.createNewAgent(RegistrarAgent.NAME, RegistrarAgent.class.getName(),
                    new AgentArguments.Registrar(secret, configName, configText, this, ready).asJade());
            registrar.start();
            Table.await(ready, RegistrarAgent.NAME);
        } catch (StaleProxyException e) {
            throw new IllegalStateException("could not start the workers' registrar: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the workers' registrar", e);
        }
    }

    /** Waits until {@code count} workers have their tables ready; false if they have not within {@code patience}. */
    public synchronized boolean awaitWorkers(int count, Duration patience) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        while (workers.size() < count) {
            long left = end - System.nanoTime();
            if (left <= 0) return false;
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** Workers whose tables are ready now. */
    public synchronized int workers() {
        return workers.size();
    }

    @Override
    public synchronized List<String> admit(String worker, int count) {
        if (closed) return List.of();
        int w = ++workersAdmitted;
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < count; i++) prefixes.add(prefix + "w" + w + "t" + i + "-");
        return prefixes;
    }

    @Override
    public void ready(String worker, List<String> prefixes) {
        List<Table> made = new ArrayList<>();
        for (String p : prefixes) {
            synchronized (this) {
                if (closed) break;
            }
            made.add(Table.remote(container, tables.size() + made.size(), p, worlds, options, aclMessages, worker));
        }
        List<Table> targets = new ArrayList<>();
        List<RunJob> jobs = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                for (Table t : made) t.kill();
                return;
            }
            tables.addAll(made);
            workers.putIfAbsent(worker, 0L);
            notifyAll();
            drain(targets, jobs);
        }
        for (int i = 0; i < jobs.size(); i++) hand(targets.get(i), jobs.get(i));
    }

    @Override
    public void lost(String worker) {
        List<RunJob> stranded = new ArrayList<>();
        synchronized (this) {
            for (Table t : List.copyOf(tables)) {
                if (!worker.equals(t.worker)) continue;
                t.retiring = true;
                if (t.inFlight == 0) {
                    tables.remove(t);
                    upkeep.execute(t::kill);
                }
            }
            for (RunJob j : inFlight) if (j.table() != null && worker.equals(j.table().worker)) stranded.add(j);
        }
        for (RunJob j : stranded) {
            j.complete(RunOutcome.failure(j.request(), "worker " + worker + " was lost", List.of(), 0), true);
        }
    }

    @Override
    public synchronized long played(String worker) {
        return workers.getOrDefault(worker, 0L);
    }

    /**
     * The time the runs completed so far spent at a table (from being handed to it to their outcome),
     * summed, in nanoseconds: its growth over a span divided by the span is how many runs were in
     * flight at the tables on average.
     */
    public long tableNanos() {
        return tableNanos.sum();
    }

    /**
     * The ACL messages this service's agents in this JVM have handed to JADE so far: a bundle of messages
     * ({@link Bundle}) counts once; a worker's heads and officials, in their own JVM, are not counted.
     */
    public long aclMessages() {
        return aclMessages.sum();
    }

    /** Runs the service's tables can negotiate at once, workers' tables included. */
    @Override
    public synchronized int parallelism() {
        return Math.max(1, tables.size()) * options.pipeline();
    }

    /** The local names of every agent of the service's tables (chairs first within each table). */
    public synchronized List<String> agentNames() {
        List<String> all = new ArrayList<>();
        for (Table t : tables) all.addAll(t.layout().agents());
        return all;
    }

    @Override
    public void close() {
        List<Table> ts;
        List<RunJob> pending = new ArrayList<>();
        synchronized (this) {
            if (closed) return;
            closed = true;
            ts = new ArrayList<>(tables);
            pending.addAll(waiting);
            waiting.clear();
        }
        upkeep.shutdownNow();
        sayGoodbye();
        for (RunJob j : pending) j.complete(RunOutcome.failure(j.request(), "the negotiation service was closed",
                List.of(), 0), false);
        for (RunJob j : new ArrayList<>(inFlight)) {
            j.complete(RunOutcome.failure(j.request(), "the negotiation service was closed", List.of(), 0), false);
        }
        for (Table t : ts) t.kill();
    }

    /** Tells the workers the experiment is over (waits up to 5 s for the registrar to do so). */
    private void sayGoodbye() {
        if (registrar == null) return;
        CountDownLatch said = new CountDownLatch(1);
        try {
            registrar.putO2AObject(said, AgentController.ASYNC);
            said.await(5, TimeUnit.SECONDS);
            registrar.kill();
        } catch (StaleProxyException e) {
            // the registrar is gone: nobody to tell
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
