package org.entente.classroom;

import org.entente.evaluation.RunRecord;
import org.entente.model.Seeds;
import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;
import org.entente.results.OutputDirectoryException;
import org.entente.results.ResultsSnapshot;
import org.entente.teaching.ServiceFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The agents' Monte Carlo cloud for the debrief: {@code runs} negotiations of the class's scenario
 * with the agents in every seat, run seeds {@code Seeds.run(seed, i)} (the runs {@code entente run}
 * makes with that seed), negotiated on the JADE agents in the background from the start of the
 * class and written as a results directory of their own ({@code DIR/agents}). Closing stops them:
 * nothing is written after {@link #close} returns.
 */
final class AgentCloud implements AutoCloseable {
    private final int runs;
    private final TreeMap<Long, RunRecord> records = new TreeMap<>();
    private String problem;
    private boolean complete;
    private boolean closed;
    private NegotiationService service;

    private AgentCloud(int runs) {
        this.runs = runs;
        this.complete = runs == 0;
    }

    /** Starts the runs (none when {@code runs} is 0); their records come in as they finish. */
    static AgentCloud start(Classroom classroom, ServiceFactory factory, int runs, Path dir, List<String> command,
                            Consumer<String> log) {
        AgentCloud cloud = new AgentCloud(runs);
        if (runs == 0) return cloud;
        Thread t = new Thread(() -> cloud.negotiate(classroom, factory, dir, command, log), "classroom-agent-cloud");
        t.setDaemon(true);
        t.start();
        return cloud;
    }

    private void negotiate(Classroom classroom, ServiceFactory factory, Path dir, List<String> command, Consumer<String> log) {
        ClassroomSettings s = classroom.settings();
        List<CompletableFuture<RunOutcome>> futures = new ArrayList<>(runs);
        try {
            NegotiationService agents = factory.open(s.config(), Map.of());
            synchronized (this) {
                if (closed) {
                    agents.close();
                    return;
                }
                service = agents;
            }
            for (int i = 0; i < runs; i++) {
                futures.add(agents.submit(new RunRequest(i, 0, i, Seeds.run(s.seed(), i), Map.of(), i == 0)));
            }
            for (CompletableFuture<RunOutcome> f : futures) {
                RunRecord r = classroom.evaluate(f.join());
                synchronized (this) {
                    if (closed) return;
                    records.put(r.runId(), r);
                }
                classroom.changed();
            }
            synchronized (this) {
                if (closed) return;
                try (ResultsSnapshot snapshot = new ResultsSnapshot(dir, s.config(), s.seed(),
                        command, Instant.now())) {
                    snapshot.write(new ArrayList<>(records.values()), true, Instant.now());
                }
                complete = true;
            }
            classroom.changed();
        } catch (IOException | OutputDirectoryException | RuntimeException e) {
            synchronized (this) {
                if (closed) return;
                problem = e.getMessage() != null ? e.getMessage() : e.toString();
            }
            log.accept("the agents' Monte Carlo runs for the debrief failed: " + problem);
            classroom.changed();
        } finally {
            close();
        }
    }

    /** Stops the runs still going; nothing more is recorded or written. */
    @Override
    public void close() {
        NegotiationService s;
        synchronized (this) {
            closed = true;
            s = service;
            service = null;
        }
        if (s != null) s.close();
    }

    /** Whether every run is in and written to the agents' results directory (at once when there are none). */
    synchronized boolean complete() {
        return complete;
    }

    int runs() {
        return runs;
    }

    synchronized List<RunRecord> records() {
        return new ArrayList<>(records.values());
    }

    /** Why the runs stopped short, or null. */
    synchronized String problem() {
        return problem;
    }
}
