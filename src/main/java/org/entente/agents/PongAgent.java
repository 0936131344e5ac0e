package org.entente.agents;

import jade.lang.acl.ACLMessage;

/** Benchmark agent: answers every message with an INFORM to its sender. */
public final class PongAgent extends EntenteAgent {
    @Override
    protected void setup() {
        addBehaviour(new Inbox(this, m -> {
            ACLMessage r = m.createReply();
            r.setPerformative(ACLMessage.INFORM);
            r.setContent("pong");
            post(r);
        }));
    }
}
