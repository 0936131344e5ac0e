package org.entente.agents;

import jade.wrapper.AgentController;
import jade.wrapper.ContainerController;
import jade.wrapper.StaleProxyException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Raw JADE messaging throughput on the shared platform: {@code pairs} ping/pong agent pairs, each
 * with one message in flight, delivered the way the negotiation agents deliver theirs
 * ({@link EntenteAgent#post}) or, {@link Delivery#STOCK}, with JADE's own {@code send}. The ceiling the negotiation
 * service's own message rate can be compared with ({@code ./entente bench}).
 */
public final class PingPongBenchmark {
    /** How the pairs' messages travel. */
    public enum Delivery {
        /** As the negotiation agents send theirs: not copied, delivered in the sender's thread ({@link PingAgent}). */
        ENTENTE(PingAgent.class, PongAgent.class),
        /** With JADE's own {@code send}, as JADE's examples do: copied, stamped by its security helper ({@link StockPingAgent}). */
        STOCK(StockPingAgent.class, StockPongAgent.class);

        private final String ping;
        private final String pong;

        Delivery(Class<?> ping, Class<?> pong) {
            this.ping = ping.getName();
            this.pong = pong.getName();
        }
    }

    /** How long a fixed exchange may take before it is called stuck (a guard, not a measurement). */
    private static final Duration STUCK = Duration.ofMinutes(2);
    /** How long stopping the agents may take before the platform is called stuck. */
    private static final Duration TEARDOWN = Duration.ofSeconds(30);

    private final Delivery delivery;
    private final Consumer<String> warnings;

    /**
     * A benchmark of pairs that send as the negotiation agents send, which tells {@code warnings} of agents JADE left
     * behind (the measurement stands; see {@link #awaitEnd}).
     */
    public PingPongBenchmark(Consumer<String> warnings) {
        this(Delivery.ENTENTE, warnings);
    }

    /** A benchmark of pairs whose messages travel by {@code delivery}; {@code warnings} as above. */
    public PingPongBenchmark(Delivery delivery, Consumer<String> warnings) {
        this.delivery = delivery;
        this.warnings = warnings;
    }

    /** ACL messages delivered per second (both directions counted), measured over {@code duration}. */
    public double messagesPerSecond(int pairs, Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException("duration must be positive");
        LongAdder messages = new LongAdder();
        return withPairs(pairs, Long.MAX_VALUE, messages, done -> {
            Thread.sleep(Math.min(500, Math.max(20, duration.toMillis() / 5)));
            long n0 = messages.sum();
            long t0 = System.nanoTime();
            Thread.sleep(duration.toMillis());
            long n1 = messages.sum();
            long t1 = System.nanoTime();
            return (n1 - n0) / ((t1 - t0) / 1e9);
        });
    }

    /**
     * Makes exactly {@code roundTrips} round trips on each of {@code pairs} pairs and returns the
     * messages delivered (both directions counted): {@code 2 × pairs × roundTrips}.
     */
    public long exchange(int pairs, long roundTrips) throws InterruptedException {
        if (roundTrips < 1) throw new IllegalArgumentException("round trips must be at least 1, got " + roundTrips);
        LongAdder messages = new LongAdder();
        return withPairs(pairs, roundTrips, messages, done -> {
            if (!done.await(STUCK.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the ping-pong pairs did not finish " + roundTrips + " round trips in "
                        + STUCK.toMinutes() + " minutes");
            }
            return messages.sum();
        });
    }

    private interface Measure<T> {
        T on(CountDownLatch done) throws InterruptedException;
    }

    private <T> T withPairs(int pairs, long roundTrips, LongAdder messages, Measure<T> measure) throws InterruptedException {
        if (pairs < 1) throw new IllegalArgumentException("pairs must be at least 1, got " + pairs);
        ContainerController c = JadePlatform.container();
        String prefix = "bench" + JadePlatform.nextId() + "-";
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(pairs);
        // counted down by each agent as it ends: a ping once it has stopped, its pair's last message answered, and
        // its pong when the ping tells it to
        CountDownLatch ended = new CountDownLatch(2 * pairs);
        List<AgentController> agents = new ArrayList<>();
        boolean started = false;
        try {
            for (int i = 0; i < pairs; i++) {
                AgentController pong = c.createNewAgent(prefix + "pong" + i, delivery.pong,
                        new AgentArguments.Pong(ended).asJade());
                pong.start();
                agents.add(pong);
            }
            for (int i = 0; i < pairs; i++) {
                AgentController ping = c.createNewAgent(prefix + "ping" + i, delivery.ping,
                        new AgentArguments.Ping(prefix + "pong" + i, messages, stop, roundTrips, done, ended).asJade());
                ping.start();
                agents.add(ping);
            }
            started = true;
            return measure.on(done);
        } catch (StaleProxyException e) {
            throw new IllegalStateException("could not start the benchmark agents: " + e.getMessage(), e);
        } finally {
            stop.set(true);
            if (started) awaitEnd(ended, prefix);
            else killAll(agents);
        }
    }

    /**
     * Waits for every agent of the pairs to have ended, at most {@link #TEARDOWN}. The agents end themselves, with no
     * message of theirs on its way, so no thread here waits on JADE's table of agents. In two full benches of a dozen
     * one day, a pair never ended: JADE's entry for its ping was taken and never given back (JADE's table changed
     * outside its lock, since guarded: {@link JadePlatform#guardAgentTable}), so the pong waited for ever to deliver
     * its answer. Should it happen still, the rate was measured by then; the pair is left idle and {@code warnings} is
     * told.
     */
    private void awaitEnd(CountDownLatch ended, String prefix) throws InterruptedException {
        if (ended.await(TEARDOWN.toMillis(), TimeUnit.MILLISECONDS)) return;
        warnings.accept("JADE left " + ended.getCount() + " of the ping-pong agents running " + TEARDOWN.toSeconds()
                + " s after the measurement (" + stillRunning(prefix) + "); they are left idle, and the benchmark goes on");
    }

    /** The benchmark's agents whose threads are still there, with where they wait (an agent's thread bears its local name). */
    static String stillRunning(String prefix) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.getName().startsWith(prefix)) continue;
            if (n++ < 3) b.append(b.length() == 0 ? "" : "; ").append(t.getName()).append(" in ").append(waitingIn(t));
        }
        return n == 0 ? "no thread of theirs is left" : n > 3 ? b + " and " + (n - 3) + " more" : b.toString();
    }

    /**
     * Kills agents of pairs that could not all start, waiting at most {@link #TEARDOWN}: JADE's kill waits for the
     * agent's entry in the container's table, which twice was never released; then the teardown reports it instead of
     * hanging for ever.
     */
    private static void killAll(List<AgentController> agents) throws InterruptedException {
        AtomicReference<String> stopping = new AtomicReference<>();
        Thread killer = new Thread(() -> {
            for (AgentController a : agents) {
                try {
                    stopping.set(a.getName());
                    a.kill();
                } catch (StaleProxyException e) {
                    // already gone
                }
            }
        }, "ping-pong-teardown");
        killer.setDaemon(true);
        killer.start();
        killer.join(TEARDOWN.toMillis());
        if (killer.isAlive()) {
            throw new IllegalStateException("JADE did not stop the ping-pong agents within " + TEARDOWN.toSeconds()
                    + " s (" + stuckAt(stopping.get(), killer) + "); the platform is stuck, so the benchmark cannot go on");
        }
    }

    /**
     * Where the teardown stopped: the agent being killed and where its thread and the killing thread wait (an agent's
     * thread bears its local name), for a report of a hang that this class cannot reproduce at will.
     */
    static String stuckAt(String agent, Thread killer) {
        if (agent == null) return "before the first kill; the killing thread in " + waitingIn(killer);
        String local = agent.contains("@") ? agent.substring(0, agent.indexOf('@')) : agent;
        Thread own = null;
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().equals(local)) own = t;
        return "killing " + local + ", whose thread " + (own == null ? "has ended" : "is in " + waitingIn(own))
                + ", the killing thread in " + waitingIn(killer);
    }

    /** The innermost two frames of a thread's stack, as Class.method. */
    static String waitingIn(Thread t) {
        StackTraceElement[] stack = t.getStackTrace();
        if (stack.length == 0) return "nothing (not running)";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(2, stack.length); i++) {
            if (i > 0) b.append(" < ");
            String c = stack[i].getClassName();
            b.append(c.substring(c.lastIndexOf('.') + 1)).append('.').append(stack[i].getMethodName());
        }
        return b.toString();
    }
}
