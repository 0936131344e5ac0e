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
 * delivery parameters gone), in order; and the security helper JADE asks for on every send is answered without
 * an exception once the platform has said there is no security service.
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
