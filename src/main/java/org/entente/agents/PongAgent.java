package org.entente.agents;

import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;

/** Benchmark agent: answers every message with an INFORM to its sender. */
public final class PongAgent extends Agent {
    @Override
    protected void setup() {
        addBehaviour(new CyclicBehaviour(this) {
            @Override
            public void action() {
                ACLMessage m = receive();
                if (m == null) {
                    block();
                    return;
                }
                ACLMessage r = m.createReply();
                r.setPerformative(ACLMessage.INFORM);
                r.setContent("pong");
                send(r);
            }
        });
    }
}
