package org.entente.agents;

import jade.lang.acl.ACLMessage;

/**
 * Benchmark agent: answers every message with an INFORM to its sender, until its ping tells it to end (CANCEL).
 * Its argument is an {@link AgentArguments.Pong}.
 */
public final class PongAgent extends EntenteAgent {
    private AgentArguments.Pong args;

    @Override
    protected void setup() {
        args = AgentArguments.of(this, AgentArguments.Pong.class);
        addBehaviour(new Inbox(this, m -> {
            if (m.getPerformative() == ACLMessage.CANCEL) {
                doDelete();
                return;
            }
            ACLMessage r = m.createReply();
            r.setPerformative(ACLMessage.INFORM);
            r.setContent("pong");
            post(r);
        }));
    }

    @Override
    protected void takeDown() {
        if (args != null) args.ended().countDown();
    }
}
