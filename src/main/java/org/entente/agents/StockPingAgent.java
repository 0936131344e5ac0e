package org.entente.agents;

import jade.core.Agent;

/**
 * {@link PingAgent} with JADE's own messaging, as JADE's examples use it: a plain {@link Agent} that sends with
 * {@link Agent#send} (which copies every message and stamps it through JADE's security helper) and takes one message
 * a call of its behaviour (with one message of its pair in flight, {@link Inbox} never has more). Its argument is an
 * {@link AgentArguments.Ping}.
 */
public final class StockPingAgent extends Agent {
    private AgentArguments.Ping args;

    @Override
    protected void setup() {
        args = AgentArguments.of(this, AgentArguments.Ping.class);
        addBehaviour(new Inbox(this, PingPongRoles.ping(this, args, this::send)));
        send(PingPongRoles.first(args));
    }

    @Override
    protected void takeDown() {
        if (args != null) args.ended().countDown();
    }
}
