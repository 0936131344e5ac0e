package org.entente.agents;

import jade.core.AID;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.WorldCache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chair of one table: takes runs from the service through its O2A queue, opens each run
 * ({@link ChairRun}) with a CFP to the heads asked first, records it from the heads' reports once
 * they have negotiated it among themselves, and fails a run once its table has been silent for the run
 * timeout ({@link TableActivity}, on the service's clock): a slow table is not a hung one. Serves
 * many runs at once, told apart by conversation id. Its argument is an {@link AgentArguments.Chair};
 * it counts down the latch once it accepts runs.
 */
public final class ChairAgent extends EntenteAgent {
    private Duration timeout;
    private TableActivity activity;
    private WorldCache worlds;
    private final Map<String, ChairRun> runs = new LinkedHashMap<>();
    private final Map<String, AID> heads = new HashMap<>();
    /** Head agent local name -> its party. */
    private final Map<String, String> parties = new HashMap<>();

    @Override
    protected void setup() {
        AgentArguments.Chair args = AgentArguments.of(this, AgentArguments.Chair.class);
        timeout = args.runTimeout();
        activity = args.activity();
        worlds = args.worlds();
        for (Map.Entry<String, String> e : args.layout().heads().entrySet()) {
            heads.put(e.getKey(), new AID(e.getValue(), AID.ISLOCALNAME));
            parties.put(e.getValue(), e.getKey());
        }
        sendAt(args.activity(), args.bundle());
        setEnabledO2ACommunication(true, 0);
        CyclicBehaviour loop = new CyclicBehaviour(this) {
            private final transient Runnable pass = () -> serve(this);

            @Override
            public void action() {
                inPass(pass);
            }
        };
        addBehaviour(loop);
        setO2AManager(loop);
        // the service hands runs only once the O2A queue exists
        args.ready().countDown();
    }

    /**
     * One pass: take new runs, handle every waiting message, expire runs of a silent table, then sleep. What it posts
     * travels when the pass ends ({@link #inPass}).
     */
    private void serve(CyclicBehaviour loop) {
        Object o;
        while ((o = getO2AObject()) != null) start((RunJob) o);
        ACLMessage m;
        while ((m = next()) != null) {
            activity.heard();
            ChairRun run = runs.get(m.getConversationId());
            if (run != null) run.onMessage(m);
        }
        if (runs.isEmpty()) {
            loop.block();
            return;
        }
        // one reading of the table's activity for the pass: the CANCELs of the runs failed now are not progress;
        // every run waits in the same silence from its start on, so the oldest (first in insertion order) expires first
        long now = activity.now();
        long heard = activity.lastNanos();
        long timeoutNanos = timeout.toNanos();
        while (!runs.isEmpty()) {
            ChairRun oldest = runs.values().iterator().next();
            if (TableActivity.silence(now, oldest.startedNanos(), heard) < timeoutNanos) break;
            oldest.expire();
        }
        if (runs.isEmpty()) {
            loop.block();
            return;
        }
        long left = timeoutNanos - TableActivity.silence(now, runs.values().iterator().next().startedNanos(), heard);
        loop.block(Math.max(1, left / 1_000_000 + 1));
    }

    private void start(RunJob job) {
        String conv = Vocabulary.conversation(job.request().runId());
        if (runs.containsKey(conv)) {
            job.complete(RunOutcome.failure(job.request(),
                    "run " + job.request().runId() + " is already being negotiated at this table", List.of(), 0), false);
            return;
        }
        ChairRun run;
        try {
            run = new ChairRun(this, job, conv, worlds.world(job.request().assignments(), job.request().seed()),
                    activity.now());
        } catch (RuntimeException e) {
            job.complete(RunOutcome.failure(job.request(),
                    "could not set up run " + job.request().runId() + ": " + e.getMessage(), List.of(), 0), false);
            return;
        }
        runs.put(conv, run);
        run.start();
    }

    // ---- used by ChairRun ----

    AID headOf(String party) {
        AID a = heads.get(party);
        if (a == null) throw new IllegalArgumentException("no head agent for party " + party);
        return a;
    }

    /** The party whose head {@code agent} is, or null (another agent, e.g. JADE's AMS). */
    String partyOf(AID agent) {
        return agent == null ? null : parties.get(agent.getLocalName());
    }

    String timeoutText() {
        return Vocabulary.duration(timeout);
    }

    void ended(String conversation) {
        runs.remove(conversation);
    }

    @Override
    protected void takeDown() {
        for (ChairRun r : new ArrayList<>(runs.values())) r.abandon("the chair agent " + getLocalName() + " stopped");
        runs.clear();
    }
}
