package org.entente.agents;

/**
 * Benchmark agent: answers every message with an INFORM to its sender, until its ping tells it to end (CANCEL)
 * ({@link PingPongRoles#pong}). It sends as the negotiation agents send ({@link EntenteAgent#post}). Its argument is
 * an {@link AgentArguments.Pong}.
 */
public final class PongAgent extends EntenteAgent {
    private AgentArguments.Pong args;

    @Override
    protected void setup() {
        args = AgentArguments.of(this, AgentArguments.Pong.class);
        addBehaviour(new Inbox(this, PingPongRoles.pong(this, this::post)));
    }

    @Override
    protected void takeDown() {
        if (args != null) args.ended().countDown();
    }
}
