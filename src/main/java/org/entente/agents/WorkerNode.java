package org.entente.agents;

import jade.wrapper.ContainerController;
import jade.wrapper.StaleProxyException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * This process as a worker of an experiment listening elsewhere ({@code entente worker}): waits
 * (bounded, with backoff) until the experiment's address answers, joins its JADE platform as a
 * peripheral container, and lets a {@link WorkerAgent} enrol and host tables until the experiment
 * says goodbye, refuses it, or is lost.
 */
public final class WorkerNode {
    private static final long FIRST_RETRY_MS = 500;
    private static final long LAST_RETRY_MS = 8_000;

    private WorkerNode() {
    }

    /**
     * Serves the experiment at {@code main} with {@code tables} tables; {@code progress} is told
     * what happens; {@code patience} bounds the wait for the experiment's address to answer.
     */
    public static WorkerEnd serve(Endpoint main, Secret secret, int tables, Consumer<String> progress, Duration patience)
            throws InterruptedException {
        String localHost = reach(main, patience, progress);
        if (localHost == null) {
            return new WorkerEnd.Lost("no experiment is listening on " + main + " (tried for " + patience.toSeconds()
                    + " s); start ./entente run FILE --listen " + main + " --secret-file F there first");
        }
        ContainerController c = JadePlatform.join(main, localHost);
        if (c == null) return new WorkerEnd.Lost("could not join the JADE platform at " + main + " (run with --verbose)");
        try {
            CompletableFuture<WorkerEnd> end = new CompletableFuture<>();
            String name = "worker-" + Secret.challenge().substring(0, 12);
            c.createNewAgent(name, WorkerAgent.class.getName(),
                    new AgentArguments.Worker(secret, tables, progress, end).asJade()).start();
            return end.get();
        } catch (StaleProxyException e) {
            return new WorkerEnd.Lost("could not start this worker's agent: " + e.getMessage());
        } catch (ExecutionException e) {
            return new WorkerEnd.Lost(String.valueOf(e.getCause()));
        } finally {
            JadePlatform.leave();
        }
    }

    /**
     * Whether the socket reached itself: with nothing listening on a port of this host's ephemeral range, TCP may
     * pick that very port as the connection's own and connect it to itself (a "simultaneous open"), which looks
     * like an answer but is nobody.
     */
    static boolean selfConnected(Socket s) {
        return s.getLocalPort() == s.getPort() && s.getLocalAddress().equals(s.getInetAddress());
    }

    /**
     * Connects to {@code main} until it answers, waiting 0.5, 1, 2, 4, 8, 8, ... s between tries,
     * for at most {@code patience}; returns this host's address towards it, or null.
     */
    private static String reach(Endpoint main, Duration patience, Consumer<String> progress) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        long pause = FIRST_RETRY_MS;
        boolean told = false;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(main.host(), main.port()), 2000);
                if (!selfConnected(s)) return s.getLocalAddress().getHostAddress();
                throw new ConnectException("nothing listens there yet");
            } catch (IOException e) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) return null;
                if (!told) {
                    progress.accept("nothing listens on " + main + " yet (" + e.getMessage() + "); retrying for up to "
                            + patience.toSeconds() + " s");
                    told = true;
                }
                Thread.sleep(Math.min(pause, left));
                pause = Math.min(LAST_RETRY_MS, pause * 2);
            }
        }
    }
}
