package org.entente.agents;

import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.core.behaviours.TickerBehaviour;
import jade.lang.acl.ACLMessage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The main container's door for workers ({@code entente worker}): a worker's agent asks to join,
 * gets a random challenge, and must answer with the HMAC of the shared secret over it
 * ({@link Secret}); only then does it get the experiment's config and names for its tables, and
 * only its ready tables get runs. It checks every second that each worker answers; one silent
 * for {@link #SILENCE_MS} or unreachable is lost, and its runs are played again elsewhere. At the
 * end it tells each worker goodbye and how many runs it played. Its argument is an
 * {@link AgentArguments.Registrar}.
 */
public final class RegistrarAgent extends Agent {
    static final String NAME = "entente-registrar";
    private static final long SILENCE_MS = 8_000;

    private AgentArguments.Registrar args;
    /** Challenges sent, by the asking agent's name, with the tables it offers. */
    private final Map<String, Enrolment.Pending> pending = new HashMap<>();
    /** Authenticated workers by agent name, with when they last answered (ms). */
    private final Map<AID, Long> workers = new HashMap<>();

    @Override
    protected void setup() {
        args = AgentArguments.of(this, AgentArguments.Registrar.class);
        setEnabledO2ACommunication(true, 0);
        CyclicBehaviour loop = new CyclicBehaviour(this) {
            @Override
            public void action() {
                Object o = getO2AObject();
                if (o instanceof java.util.concurrent.CountDownLatch closing) {
                    sayGoodbye();
                    closing.countDown();
                }
                ACLMessage m = receive();
                if (m == null) {
                    block();
                    return;
                }
                onMessage(m);
            }
        };
        addBehaviour(loop);
        setO2AManager(loop);
        addBehaviour(new TickerBehaviour(this, 1000) {
            @Override
            protected void onTick() {
                checkWorkers();
            }
        });
        args.ready().countDown();
    }

    private void onMessage(ACLMessage m) {
        String who = m.getSender().getName();
        if (m.getPerformative() == ACLMessage.FAILURE && isAms(m.getSender())) {
            // JADE could not deliver to a worker (its container is gone)
            for (AID w : List.copyOf(workers.keySet())) {
                if (m.getContent() != null && m.getContent().contains(w.getName())) lose(w);
            }
            return;
        }
        Enrolment.Message e;
        try {
            e = Enrolment.decode(m.getContent());
        } catch (IllegalArgumentException bad) {
            return; // not ours: ignored
        }
        if (e instanceof Enrolment.Join j) {
            String challenge = Secret.challenge();
            pending.put(who, new Enrolment.Pending(challenge, j.tables()));
            send(Enrolment.reply(m, ACLMessage.INFORM, new Enrolment.Challenge(challenge)));
        } else if (e instanceof Enrolment.Proof p) {
            admit(m, who, p);
        } else if (e instanceof Enrolment.Ready r && workers.containsKey(m.getSender())) {
            workers.put(m.getSender(), System.currentTimeMillis());
            args.pool().ready(who, r.prefixes());
        } else if (e instanceof Enrolment.Alive && workers.containsKey(m.getSender())) {
            workers.put(m.getSender(), System.currentTimeMillis());
        }
    }

    /** Admits the worker if its proof is right for the challenge it was sent; refuses it otherwise. */
    private void admit(ACLMessage m, String who, Enrolment.Proof p) {
        Enrolment.Pending asked = pending.remove(who);
        if (asked == null || !args.secret().verifies(asked.challenge(), who, p.mac())) {
            send(Enrolment.reply(m, ACLMessage.REFUSE, new Enrolment.Refused(
                    "wrong secret (not the experiment's --secret-file)")));
            return;
        }
        List<String> prefixes = args.pool().admit(who, asked.tables());
        if (prefixes.isEmpty()) {
            send(Enrolment.reply(m, ACLMessage.REFUSE, new Enrolment.Refused("the experiment is ending")));
            return;
        }
        workers.put(m.getSender(), System.currentTimeMillis());
        send(Enrolment.reply(m, ACLMessage.AGREE, new Enrolment.Welcome(prefixes, args.configName(), args.configText())));
    }

    private static boolean isAms(AID a) {
        return a.getLocalName().equalsIgnoreCase("ams");
    }

    private void checkWorkers() {
        long now = System.currentTimeMillis();
        for (Map.Entry<AID, Long> w : List.copyOf(workers.entrySet())) {
            if (now - w.getValue() > SILENCE_MS) {
                lose(w.getKey());
                continue;
            }
            send(Enrolment.message(w.getKey(), ACLMessage.QUERY_REF, new Enrolment.Alive()));
        }
    }

    private void lose(AID worker) {
        if (workers.remove(worker) != null) args.pool().lost(worker.getName());
    }

    private void sayGoodbye() {
        for (AID w : workers.keySet()) {
            send(Enrolment.message(w, ACLMessage.INFORM, new Enrolment.Goodbye(args.pool().played(w.getName()))));
        }
        workers.clear();
    }

}
