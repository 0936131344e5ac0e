package org.entente.agents;

import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;

import java.util.function.Consumer;

/**
 * The behaviour of an agent that only reacts to messages: take each one as it arrives and hand it
 * to the agent's handler; sleep (JADE's {@code block()}) while the queue is empty.
 * <p>
 * One call handles every message waiting, up to {@link #BATCH}, in the order they arrived: JADE
 * yields the agent's thread to the operating system after every call of a behaviour, so a call per
 * message would be a yield (and often a context switch) per message. The bound lets the agent's
 * other behaviours, and its deletion, in between.
 */
final class Inbox extends CyclicBehaviour {
    /** At most this many messages are handled in one call. */
    static final int BATCH = 64;

    private final transient Consumer<ACLMessage> handler;
    /** The agent as an Entente agent (which may bundle its messages), or null. */
    private final transient EntenteAgent entente;
    /** {@link #pass}, made once (not a method reference per call). */
    private final transient Runnable onePass = this::pass;

    Inbox(Agent agent, Consumer<ACLMessage> handler) {
        super(agent);
        this.entente = agent instanceof EntenteAgent e ? e : null;
        this.handler = handler;
    }

    @Override
    public void action() {
        if (entente == null) {
            pass();
            return;
        }
        entente.inPass(onePass);
    }

    private void pass() {
        for (int i = 0; i < BATCH; i++) {
            ACLMessage m = entente != null ? entente.next() : myAgent.receive();
            if (m == null) {
                block();
                return;
            }
            handler.accept(m);
        }
    }
}
