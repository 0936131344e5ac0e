package org.entente.agents;

import jade.core.ServiceHelper;
import jade.core.ServiceNotActiveException;
import jade.lang.acl.ACLMessage;
import jade.security.CredentialsHelper;
import jade.wrapper.AgentController;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How an Entente agent hands messages to JADE: what the receiver gets is what was posted (sender set, JADE's
 * delivery parameters gone), in order, whether each travelled alone or several in a bundle; a bundle JADE cannot
 * deliver comes back as one failure per message in it; and the security helper JADE asks for on every send is
 * answered without an exception once the platform has said there is no security service.
 */
class EntenteAgentTest {

    /** Posts {@code count} numbered messages to itself and queues what it receives; records the helper lookups. */
    static final class SelfPoster extends EntenteAgent {
        final BlockingQueue<ACLMessage> received = new LinkedBlockingQueue<>();
        final List<Object> helpers = new ArrayList<>();
        final CountDownLatch ready = new CountDownLatch(1);
        final int count;

        SelfPoster(int count) {
            this.count = count;
        }

        @Override
        protected void setup() {
            for (int i = 0; i < 2; i++) {
                try {
                    ServiceHelper h = getHelper("jade.core.security.Security");
                    helpers.add(h);
                } catch (ServiceNotActiveException e) {
                    helpers.add(e);
                } catch (Exception e) {
                    helpers.add("unexpected " + e);
                }
            }
            addBehaviour(new Inbox(this, received::add));
            for (int i = 0; i < count; i++) {
                post(Vocabulary.message(ACLMessage.INFORM, getAID(), "run-" + i, "entente-test", "m" + i));
            }
            ready.countDown();
        }
    }

    /**
     * A bundling agent that, in one pass over its messages, answers a "go" by posting {@code count} numbered
     * messages to {@code to} (null: itself) and queues everything else it receives.
     */
    static final class BundlingPoster extends EntenteAgent {
        final BlockingQueue<ACLMessage> received = new LinkedBlockingQueue<>();
        final CountDownLatch ready = new CountDownLatch(1);
        final int count;
        final String to;

        BundlingPoster(int count, String to) {
            this.count = count;
            this.to = to;
        }

        @Override
        protected void setup() {
            sendAt(null, true);
            addBehaviour(new Inbox(this, m -> {
                if (!"go".equals(m.getContent())) {
                    received.add(m);
                    return;
                }
                jade.core.AID receiver = to == null ? getAID() : new jade.core.AID(to, jade.core.AID.ISLOCALNAME);
                for (int i = 0; i < count; i++) {
                    ACLMessage p = Vocabulary.message(ACLMessage.PROPOSE, receiver, "run-" + i, "entente-test", "m" + i);
                    if (i % 2 == 0) p.addUserDefinedParameter(Vocabulary.SETUP, "run;seed=" + i);
                    if (i == 1) p.setReplyWith("run-1:trade");
                    post(p);
                }
            }));
            post(Vocabulary.message(ACLMessage.REQUEST, getAID(), "start", "entente-test", "go"));
            ready.countDown();
        }
    }

    /** Starts the bundling agent on the shared platform and waits for its setup to finish. */
    private static AgentController started(BundlingPoster agent) throws Exception {
        AgentController c = JadePlatform.container().acceptNewAgent("bundler" + JadePlatform.nextId(), agent);
        c.start();
        assertThat(agent.ready.await(30, TimeUnit.SECONDS)).isTrue();
        return c;
    }

    @Test
    void messagesPostedInOnePassTravelAsABundleAndArriveAsPostedAndInOrder() throws Exception {
        BundlingPoster agent = new BundlingPoster(50, null);
        AgentController c = started(agent);
        try {
            for (int i = 0; i < 50; i++) {
                ACLMessage m = agent.received.poll(30, TimeUnit.SECONDS);
                assertThat(m).as("message %d", i).isNotNull();
                assertThat(m.getPerformative()).isEqualTo(ACLMessage.PROPOSE);
                assertThat(m.getContent()).isEqualTo("m" + i);
                assertThat(m.getConversationId()).isEqualTo("run-" + i);
                assertThat(m.getSender()).isEqualTo(agent.getAID());
                assertThat(m.getUserDefinedParameter(Vocabulary.SETUP)).isEqualTo(i % 2 == 0 ? "run;seed=" + i : null);
                assertThat(m.getUserDefinedParameter(Vocabulary.NO_CLONE)).isNull();
                assertThat(m.getReplyWith()).isEqualTo(i == 1 ? "run-1:trade" : null);
            }
            assertThat(agent.received.poll(200, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            c.kill();
        }
    }

    @Test
    void aBundleThatCannotBeDeliveredFailsEachOfItsMessages() throws Exception {
        BundlingPoster agent = new BundlingPoster(3, "nobody-here-" + JadePlatform.nextId());
        AgentController c = started(agent);
        try {
            for (int i = 0; i < 3; i++) {
                ACLMessage m = agent.received.poll(30, TimeUnit.SECONDS);
                assertThat(m).as("failure %d", i).isNotNull();
                assertThat(m.getPerformative()).isEqualTo(ACLMessage.FAILURE);
                assertThat(m.getConversationId()).isEqualTo("run-" + i);
                assertThat(m.getProtocol()).isEqualTo("entente-test");
                assertThat(m.getContent()).contains("MTS-error");
                assertThat(m.getSender().getLocalName()).isEqualTo("ams");
                assertThat(m.getOntology()).isEqualTo(Vocabulary.ONTOLOGY);
                assertThat(m.getInReplyTo()).isEqualTo(i == 1 ? "run-1:trade" : null);
            }
        } finally {
            c.kill();
        }
    }

    /** Starts the agent on the shared platform and waits for its setup to finish. */
    private static AgentController started(SelfPoster agent, String name) throws Exception {
        AgentController c = JadePlatform.container().acceptNewAgent(name + JadePlatform.nextId(), agent);
        c.start();
        assertThat(agent.ready.await(30, TimeUnit.SECONDS)).isTrue();
        return c;
    }

    @Test
    void postedMessagesArriveAsPostedAndInOrder() throws Exception {
        SelfPoster agent = new SelfPoster(200);
        AgentController c = started(agent, "poster");
        try {
            for (int i = 0; i < 200; i++) {
                ACLMessage m = agent.received.poll(30, TimeUnit.SECONDS);
                assertThat(m).as("message %d", i).isNotNull();
                assertThat(m.getContent()).isEqualTo("m" + i);
                assertThat(m.getConversationId()).isEqualTo("run-" + i);
                assertThat(m.getSender()).isEqualTo(agent.getAID());
                assertThat(m.getUserDefinedParameter(Vocabulary.NO_CLONE)).isNull();
                assertThat(m.getUserDefinedParameter(Vocabulary.DIRECT_DELIVERY)).isNull();
            }
        } finally {
            c.kill();
        }
    }

    @Test
    void withoutASecurityServiceTheHelperHasNoPrincipalAndOtherServicesAreThePlatforms() throws Exception {
        SelfPoster agent = new SelfPoster(0);
        AgentController c = started(agent, "helper");
        try {
            // the platform's own answer first, then the remembered one
            assertThat(agent.helpers.get(0)).isInstanceOf(ServiceNotActiveException.class);
            assertThat(agent.helpers.get(1)).isInstanceOf(CredentialsHelper.class);
            CredentialsHelper h = (CredentialsHelper) agent.helpers.get(1);
            assertThat(h.getPrincipal()).isNull();
            assertThat(h.getCredentials()).isNull();
            assertThat(h.getPrincipal(new ACLMessage(ACLMessage.INFORM))).isNull();
            // other services are the platform's: messaging is there, agent mobility is not started
            assertThat(agent.getHelper("jade.core.messaging.Messaging")).isNotNull();
            assertThatThrownBy(() -> agent.getHelper("jade.core.mobility.AgentMobility"))
                    .isInstanceOf(ServiceNotActiveException.class);
        } finally {
            c.kill();
        }
    }
}
