package org.entente.agents;

/**
 * Benchmark agent: keeps one message in flight to its {@link PongAgent}, sending the next as soon
 * as the answer comes back, and counts both messages of every round trip, until it is told to stop
 * or has made its round trips; then, with no message of its pair in flight, it tells its pong to end
 * (CANCEL) and ends itself ({@link PingPongRoles#ping}). It sends as the negotiation agents send
 * ({@link EntenteAgent#post}). Its argument is an {@link AgentArguments.Ping}.
 */
public final class PingAgent extends EntenteAgent {
    private AgentArguments.Ping args;

    @Override
    protected void setup() {
        args = AgentArguments.of(this, AgentArguments.Ping.class);
        addBehaviour(new Inbox(this, PingPongRoles.ping(this, args, this::post)));
        post(PingPongRoles.first(args));
    }

    @Override
    protected void takeDown() {
        if (args != null) args.ended().countDown();
    }
}
