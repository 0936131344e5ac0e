package org.entente.agents;

import jade.core.Agent;

/**
 * {@link PongAgent} with JADE's own messaging, as {@link StockPingAgent}. Its argument is an
 * {@link AgentArguments.Pong}.
 */
public final class StockPongAgent extends Agent {
    private AgentArguments.Pong args;

    @Override
    protected void setup() {
        args = AgentArguments.of(this, AgentArguments.Pong.class);
        addBehaviour(new Inbox(this, PingPongRoles.pong(this, this::send)));
    }

    @Override
    protected void takeDown() {
        if (args != null) args.ended().countDown();
    }
}
