package org.entente.agents;

import jade.wrapper.AgentController;
import jade.wrapper.ContainerController;
import jade.wrapper.StaleProxyException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Raw JADE messaging throughput on the shared platform: {@code pairs} ping/pong agent pairs, each
 * with one message in flight, for {@code duration} after a short warm-up, delivered the way the
 * negotiation agents deliver theirs ({@link Vocabulary#direct}). The ceiling the negotiation
 * service's own message rate can be compared with ({@code ./entente bench}).
 */
public final class PingPongBenchmark {

    /** ACL messages delivered per second (both directions counted), measured over {@code duration}. */
    public double messagesPerSecond(int pairs, Duration duration) {
        if (pairs < 1) throw new IllegalArgumentException("pairs must be at least 1, got " + pairs);
        if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException("duration must be positive");
        ContainerController c = JadePlatform.container();
        String prefix = "bench" + JadePlatform.nextId() + "-";
        LongAdder messages = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<AgentController> agents = new ArrayList<>();
        try {
            for (int i = 0; i < pairs; i++) {
                AgentController pong = c.createNewAgent(prefix + "pong" + i, PongAgent.class.getName(), new Object[0]);
                pong.start();
                agents.add(pong);
            }
            for (int i = 0; i < pairs; i++) {
                AgentController ping = c.createNewAgent(prefix + "ping" + i, PingAgent.class.getName(),
                        new AgentArguments.Ping(prefix + "pong" + i, messages, stop).asJade());
                ping.start();
                agents.add(ping);
            }
            Thread.sleep(Math.min(500, Math.max(20, duration.toMillis() / 5)));
            long n0 = messages.sum();
            long t0 = System.nanoTime();
            Thread.sleep(duration.toMillis());
            long n1 = messages.sum();
            long t1 = System.nanoTime();
            return (n1 - n0) / ((t1 - t0) / 1e9);
        } catch (StaleProxyException e) {
            throw new IllegalStateException("could not start the benchmark agents: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } finally {
            stop.set(true);
            for (AgentController a : agents) {
                try {
                    a.kill();
                } catch (StaleProxyException e) {
                    // already gone
                }
            }
        }
    }
}
