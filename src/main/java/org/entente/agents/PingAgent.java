package org.entente.agents;

import jade.core.AID;
import jade.core.Agent;
import jade.lang.acl.ACLMessage;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Benchmark agent: keeps one message in flight to its {@link PongAgent}, sending the next as soon
 * as the answer comes back, and counts both messages of every round trip. Arguments: the pong's
 * local name, the shared message counter, the stop flag.
 */
public final class PingAgent extends Agent {
    @Override
    protected void setup() {
        Object[] args = getArguments();
        AID pong = new AID((String) args[0], AID.ISLOCALNAME);
        LongAdder messages = (LongAdder) args[1];
        AtomicBoolean stop = (AtomicBoolean) args[2];
        addBehaviour(new Inbox(this, m -> {
            messages.add(2);
            if (stop.get()) return;
            ACLMessage next = m.createReply();
            next.setPerformative(ACLMessage.REQUEST);
            next.setContent("ping");
            send(Vocabulary.direct(next));
        }));
        ACLMessage first = new ACLMessage(ACLMessage.REQUEST);
        first.addReceiver(pong);
        first.setLanguage(Vocabulary.LANGUAGE);
        first.setContent("ping");
        send(Vocabulary.direct(first));
    }
}
