package org.entente.agents;

import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.TickerBehaviour;
import jade.core.behaviours.WakerBehaviour;
import jade.lang.acl.ACLMessage;
import jade.wrapper.AgentController;
import jade.wrapper.StaleProxyException;
import org.entente.config.ConfigException;
import org.entente.config.ConfigLoader;
import org.entente.model.Config;
import org.entente.negotiation.WorldCache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A worker's agent in its own container: asks the experiment's registrar to join, proves it knows
 * the secret (HMAC over the registrar's challenge), then starts the heads and officials of the
 * tables it is given, in its container, with the config it is sent, and answers the registrar's
 * "still there?" until goodbye. Its argument is an {@link AgentArguments.Worker}.
 */
public final class WorkerAgent extends Agent {
    /** Without a word from the registrar for this long, the experiment is taken to be gone. */
    private static final long SILENCE_MS = 30_000;

    private AgentArguments.Worker args;
    private final List<AgentController> seats = new ArrayList<>();
    private long lastHeard;
    private boolean admitted;
    private AID registrar;

    @Override
    protected void setup() {
        args = AgentArguments.of(this, AgentArguments.Worker.class);
        registrar = new AID(RegistrarAgent.NAME, AID.ISLOCALNAME);
        lastHeard = System.currentTimeMillis();
        addBehaviour(new Inbox(this, this::onMessage));
        addBehaviour(new TickerBehaviour(this, 1000) {
            @Override
            protected void onTick() {
                if (System.currentTimeMillis() - lastHeard > SILENCE_MS) {
                    end(new WorkerEnd.Lost("the experiment stopped answering for " + SILENCE_MS / 1000 + " s"));
                }
            }
        });
        send(Enrolment.message(registrar, ACLMessage.REQUEST, new Enrolment.Join(args.tables())));
    }

    private void onMessage(ACLMessage m) {
        if (m.getPerformative() == ACLMessage.FAILURE && m.getSender().getLocalName().equalsIgnoreCase("ams")) {
            // no registrar (yet: the experiment opens its door once its own tables are up): ask again
            if (admitted || System.currentTimeMillis() - lastHeard > SILENCE_MS) {
                end(new WorkerEnd.Lost("the platform at the other end takes no workers (no registrar for "
                        + SILENCE_MS / 1000 + " s)"));
                return;
            }
            addBehaviour(new WakerBehaviour(this, 1000) {
                @Override
                protected void onWake() {
                    send(Enrolment.message(registrar, ACLMessage.REQUEST, new Enrolment.Join(args.tables())));
                }
            });
            return;
        }
        if (!m.getSender().equals(registrar)) return;
        lastHeard = System.currentTimeMillis();
        Enrolment.Message e;
        try {
            e = Enrolment.decode(m.getContent());
        } catch (IllegalArgumentException bad) {
            return;
        }
        if (e instanceof Enrolment.Challenge c) {
            send(Enrolment.reply(m, ACLMessage.REQUEST, new Enrolment.Proof(args.secret().proof(c.challenge(), getName()))));
        } else if (e instanceof Enrolment.Refused r) {
            end(new WorkerEnd.Refused(r.why()));
        } else if (e instanceof Enrolment.Welcome w) {
            admitted = true;
            start(m, w);
        } else if (e instanceof Enrolment.Alive) {
            send(Enrolment.reply(m, ACLMessage.INFORM, new Enrolment.Alive()));
        } else if (e instanceof Enrolment.Goodbye g) {
            end(new WorkerEnd.Finished(g.runs()));
        }
    }

    /** Starts the heads and officials of the tables given, then tells the registrar they are ready. */
    private void start(ACLMessage m, Enrolment.Welcome w) {
        Config base;
        try {
            base = ConfigLoader.load(Path.of(w.configName()), w.configText());
        } catch (ConfigException e) {
            end(new WorkerEnd.Lost("cannot read the experiment's config: " + e.getMessage()));
            return;
        }
        try {
            WorldCache worlds = WorldCache.shared(base); // one for all of this worker's tables
            for (String prefix : w.prefixes()) {
                TableLayout layout = TableLayout.of(prefix, base.scenario());
                CountDownLatch ready = new CountDownLatch(layout.agents().size() - 1);
                seats.addAll(Table.seats(getContainerController(), layout, worlds, Map.of(),
                        TableActivity.UNWATCHED, true, ready));
                Table.await(ready, prefix);
            }
        } catch (StaleProxyException | RuntimeException e) {
            end(new WorkerEnd.Lost("could not start this worker's tables: " + e.getMessage()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(new WorkerEnd.Lost("interrupted while starting this worker's tables"));
            return;
        }
        args.progress().accept("joined the experiment with " + w.prefixes().size()
                + (w.prefixes().size() == 1 ? " table" : " tables") + " of agents ("
                + base.scenario().name() + ")");
        send(Enrolment.reply(m, ACLMessage.INFORM, new Enrolment.Ready(w.prefixes())));
    }

    private void end(WorkerEnd how) {
        for (int i = seats.size() - 1; i >= 0; i--) Table.kill(seats.get(i));
        seats.clear();
        args.end().complete(how);
        doDelete();
    }
}
