package org.entente.agents;

import jade.core.AID;
import jade.lang.acl.ACLMessage;


/**
 * Benchmark agent: keeps one message in flight to its {@link PongAgent}, sending the next as soon
 * as the answer comes back, and counts both messages of every round trip, until it is told to stop
 * or has made its round trips; then, with no message of its pair in flight, it tells its pong to end
 * (CANCEL) and ends itself. Its argument is an {@link AgentArguments.Ping}.
 */
public final class PingAgent extends EntenteAgent {
    private AgentArguments.Ping args;

    @Override
    protected void setup() {
        args = AgentArguments.of(this, AgentArguments.Ping.class);
        AID pong = new AID(args.pong(), AID.ISLOCALNAME);
        long[] made = {0};
        addBehaviour(new Inbox(this, m -> {
            args.messages().add(2);
            if (++made[0] == args.roundTrips()) args.done().countDown();
            if (args.stop().get() || made[0] >= args.roundTrips()) {
                ACLMessage end = m.createReply();
                end.setPerformative(ACLMessage.CANCEL);
                post(end);
                doDelete();
                return;
            }
            ACLMessage next = m.createReply();
            next.setPerformative(ACLMessage.REQUEST);
            next.setContent("ping");
            post(next);
        }));
        ACLMessage first = new ACLMessage(ACLMessage.REQUEST);
        first.addReceiver(pong);
        first.setLanguage(Vocabulary.LANGUAGE);
        first.setContent("ping");
        post(first);
    }

    @Override
    protected void takeDown() {
        if (args != null) args.ended().countDown();
    }
}
