package org.entente.agents;

import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;

import java.util.function.Consumer;

/**
 * The behaviour of an agent that only reacts to messages: take each one as it arrives and hand it
 * to the agent's handler; sleep (JADE's {@code block()}) while the queue is empty.
 */
final class Inbox extends CyclicBehaviour {
    private final transient Consumer<ACLMessage> handler;

    Inbox(Agent agent, Consumer<ACLMessage> handler) {
        super(agent);
        this.handler = handler;
    }

    @Override
    public void action() {
        ACLMessage m = myAgent.receive();
        if (m == null) {
            block();
            return;
        }
        handler.accept(m);
    }
}
