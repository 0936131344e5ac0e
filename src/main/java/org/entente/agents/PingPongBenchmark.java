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

/**
 * Raw JADE messaging throughput on the shared platform: {@code pairs} ping/pong agent pairs, each
 * with one message in flight, delivered the way the negotiation agents deliver theirs
 * ({@link EntenteAgent#post}). The ceiling the negotiation service's own message rate can be
 * compared with ({@code ./entente bench}).
 */
public final class PingPongBenchmark {
    /** How long a fixed exchange may take before it is called stuck (a guard, not a measurement). */
    private static final Duration STUCK = Duration.ofMinutes(2);
    /** How long stopping the agents may take before the platform is called stuck. */
    private static final Duration TEARDOWN = Duration.ofSeconds(30);

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
        // counted down by each ping once it has stopped, its pair's last message answered
        CountDownLatch quiet = new CountDownLatch(pairs);
        List<AgentController> agents = new ArrayList<>();
        try {
            for (int i = 0; i < pairs; i++) {
                AgentController pong = c.createNewAgent(prefix + "pong" + i, PongAgent.class.getName(), new Object[0]);
                pong.start();
                agents.add(pong);
            }
            for (int i = 0; i < pairs; i++) {
                AgentController ping = c.createNewAgent(prefix + "ping" + i, PingAgent.class.getName(),
                        new AgentArguments.Ping(prefix + "pong" + i, messages, stop, roundTrips, done, quiet).asJade());
                ping.start();
                agents.add(ping);
            }
            return measure.on(done);
        } catch (StaleProxyException e) {
            throw new IllegalStateException("could not start the benchmark agents: " + e.getMessage(), e);
        } finally {
            stop.set(true);
            // no agent is killed while a message of its pair is on its way: a kill of an agent that another one's
            // thread is delivering to once left JADE waiting for ever (see killAll)
            quiet.await(TEARDOWN.toMillis(), TimeUnit.MILLISECONDS);
            killAll(agents);
        }
    }

    /**
     * Kills the benchmark's agents, waiting at most {@link #TEARDOWN}. JADE's kill waits for the agent's entry in
     * the container's table, and twice (a 2-minute stuck exchange in a full bench; a ping agent that "did not
     * terminate when requested", its pong killed while it was delivering to it) that entry was never released:
     * the bench then hung for ever instead of reporting it. The pairs are now quiet before any kill.
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
