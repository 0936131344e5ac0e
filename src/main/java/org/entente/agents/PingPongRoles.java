package org.entente.agents;

import jade.core.AID;
import jade.core.Agent;
import jade.lang.acl.ACLMessage;

import java.util.function.Consumer;

/**
 * What the agents of the messaging benchmark do with each message, whichever way their messages travel: the pairs
 * that send as the negotiation agents send ({@link PingAgent}, {@link PongAgent}) and the pairs that use JADE's own
 * {@code send} ({@link StockPingAgent}, {@link StockPongAgent}).
 */
final class PingPongRoles {
    private PingPongRoles() {
    }

    /** The first message of a ping to its pong. */
    static ACLMessage first(AgentArguments.Ping args) {
        ACLMessage first = new ACLMessage(ACLMessage.REQUEST);
        first.addReceiver(new AID(args.pong(), AID.ISLOCALNAME));
        first.setLanguage(Vocabulary.LANGUAGE);
        first.setContent("ping");
        return first;
    }

    /**
     * A ping's handler of its pong's answers: counts both messages of the round trip and sends the next by
     * {@code send}, until it is told to stop or has made its round trips; then, with no message of the pair in
     * flight, it tells its pong to end (CANCEL) and ends itself.
     */
    static Consumer<ACLMessage> ping(Agent agent, AgentArguments.Ping args, Consumer<ACLMessage> send) {
        long[] made = {0};
        return m -> {
            args.messages().add(2);
            if (++made[0] == args.roundTrips()) args.done().countDown();
            if (args.stop().get() || made[0] >= args.roundTrips()) {
                send.accept(reply(m, ACLMessage.CANCEL, null));
                agent.doDelete();
                return;
            }
            send.accept(reply(m, ACLMessage.REQUEST, "ping"));
        };
    }

    /** A pong's handler: answers every message with an INFORM to its sender by {@code send}, until a CANCEL ends it. */
    static Consumer<ACLMessage> pong(Agent agent, Consumer<ACLMessage> send) {
        return m -> {
            if (m.getPerformative() == ACLMessage.CANCEL) {
                agent.doDelete();
                return;
            }
            send.accept(reply(m, ACLMessage.INFORM, "pong"));
        };
    }

    /** The reply to {@code m} with {@code performative} and {@code content} (none when null). */
    private static ACLMessage reply(ACLMessage m, int performative, String content) {
        ACLMessage r = m.createReply();
        r.setPerformative(performative);
        if (content != null) r.setContent(content);
        return r;
    }
}
