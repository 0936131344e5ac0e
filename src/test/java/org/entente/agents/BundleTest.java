package org.entente.agents;

import jade.core.AID;
import jade.lang.acl.ACLMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bundle carries each message with its performative, ids, protocol, run setup and content, byte for byte and in order:
 * the messages themselves within this JVM, their text to another container or when serialised.
 */
class BundleTest {
    private static final AID FROM = new AID("e1t0g0-china", AID.ISLOCALNAME);
    private static final AID TO = new AID("e1t0g0-lesotho", AID.ISLOCALNAME);

    private static ACLMessage message(int performative, String conversation, String content) {
        return Vocabulary.message(performative, TO, conversation, "entente-alternating_offers", content);
    }

    /** The bundle as another container receives it: a plain ACL message with the content JADE asked the bundle for. */
    private static ACLMessage carried(ACLMessage b) {
        ACLMessage m = new ACLMessage(b.getPerformative());
        m.setSender(FROM);
        m.addReceiver(TO);
        m.setLanguage(b.getLanguage());
        m.setOntology(b.getOntology());
        m.setConversationId(b.getConversationId());
        m.setReplyWith(b.getReplyWith());
        m.setContent(b.getContent());
        return m;
    }

    private static List<ACLMessage> roundTrip(List<ACLMessage> posted) {
        ACLMessage b = Bundle.of(TO, posted, "b7");
        b.setSender(FROM);
        assertThat(Bundle.is(b)).isTrue();
        assertThat(b.getPerformative()).isEqualTo(ACLMessage.INFORM);
        assertThat(b.getReplyWith()).isEqualTo("b7");
        ACLMessage there = carried(b);
        assertThat(Bundle.is(there)).isTrue();
        List<ACLMessage> out = new ArrayList<>();
        Bundle.open(there, out);
        return out;
    }

    @Test
    void withinThisJvmTheReceiverGetsThePostedMessagesThemselves() {
        List<ACLMessage> posted = List.of(message(ACLMessage.PROPOSE, "run-1", "a"), message(ACLMessage.CFP, "run-2", "b"));
        List<ACLMessage> out = new ArrayList<>();
        Bundle.open(Bundle.of(TO, posted, "b1"), out);
        assertThat(out).hasSize(2);
        assertThat(out.get(0)).isSameAs(posted.get(0));
        assertThat(out.get(1)).isSameAs(posted.get(1));
    }

    @Test
    void serialisedABundleIsAPlainMessageWithItsText() throws Exception {
        ACLMessage posted = message(ACLMessage.PROPOSE, "run-3", "propose;o=1.2;k=0;p=china");
        ACLMessage b = Bundle.of(TO, List.of(posted, message(ACLMessage.PROPOSE, "run-4", "x")), "b2");
        b.setSender(FROM);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(b);
        }
        Object back;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }
        assertThat(back.getClass()).isEqualTo(ACLMessage.class);
        ACLMessage m = (ACLMessage) back;
        assertThat(Bundle.is(m)).isTrue();
        assertThat(m.getReplyWith()).isEqualTo("b2");
        assertThat(m.getSender()).isEqualTo(FROM);
        List<ACLMessage> out = new ArrayList<>();
        Bundle.open(m, out);
        assertThat(out).extracting(ACLMessage::getConversationId).containsExactly("run-3", "run-4");
        assertThat(out.get(0).getContent()).isEqualTo("propose;o=1.2;k=0;p=china");
    }

    @Test
    void everyFieldArrivesAsPostedInOrder() {
        ACLMessage first = message(ACLMessage.PROPOSE, "run-12", "propose;o=2.1.0;k=12;p=china");
        first.addUserDefinedParameter(Vocabulary.SETUP, "run;seed=-8123456789012;t=1;a.x=s:a b");
        ACLMessage second = message(ACLMessage.QUERY_IF, "run-13", "consult;o=1.2\nsecond line with 7 3 -1 digits\n");
        second.setReplyWith("run-13:parliament");
        ACLMessage third = message(ACLMessage.INFORM, "run-14", "");
        third.setInReplyTo("run-14:trade");
        ACLMessage fourth = message(ACLMessage.FAILURE, "run-15", "error;msg=l\u00e9sotho \u2014 %3B");
        fourth.setProtocol(null);
        fourth.setContent(null);

        List<ACLMessage> got = roundTrip(List.of(first, second, third, fourth));

        assertThat(got).hasSize(4);
        List<ACLMessage> posted = List.of(first, second, third, fourth);
        for (int i = 0; i < 4; i++) {
            ACLMessage p = posted.get(i);
            ACLMessage g = got.get(i);
            assertThat(g.getPerformative()).isEqualTo(p.getPerformative());
            assertThat(g.getSender()).isEqualTo(FROM);
            assertThat(g.getConversationId()).isEqualTo(p.getConversationId());
            assertThat(g.getProtocol()).isEqualTo(p.getProtocol());
            assertThat(g.getReplyWith()).isEqualTo(p.getReplyWith());
            assertThat(g.getInReplyTo()).isEqualTo(p.getInReplyTo());
            assertThat(g.getContent()).isEqualTo(p.getContent());
            assertThat(g.getLanguage()).isEqualTo(Vocabulary.LANGUAGE);
            assertThat(g.getOntology()).isEqualTo(Vocabulary.ONTOLOGY);
            assertThat(g.getUserDefinedParameter(Vocabulary.SETUP)).isEqualTo(p.getUserDefinedParameter(Vocabulary.SETUP));
        }
        assertThat(got.get(0).getUserDefinedParameter(Vocabulary.SETUP)).isEqualTo("run;seed=-8123456789012;t=1;a.x=s:a b");
        assertThat(got.get(1).getUserDefinedParameter(Vocabulary.SETUP)).isNull();
        assertThat(got.get(2).getContent()).isEmpty();
    }

    @Test
    void onlyEntenteMessagesToOneAgentWithNoOtherParameterFit() {
        assertThat(Bundle.fits(message(ACLMessage.PROPOSE, "run-1", "x"))).isTrue();
        ACLMessage withSetup = message(ACLMessage.CFP, "run-1", "x");
        withSetup.addUserDefinedParameter(Vocabulary.SETUP, "run;seed=1");
        assertThat(Bundle.fits(withSetup)).isTrue();

        ACLMessage otherParameter = message(ACLMessage.PROPOSE, "run-1", "x");
        otherParameter.addUserDefinedParameter("X-other", "1");
        ACLMessage twoReceivers = message(ACLMessage.PROPOSE, "run-1", "x");
        twoReceivers.addReceiver(FROM);
        ACLMessage otherLanguage = message(ACLMessage.PROPOSE, "run-1", "x");
        otherLanguage.setLanguage("fipa-sl");
        ACLMessage otherOntology = message(ACLMessage.PROPOSE, "run-1", "x");
        otherOntology.setOntology(Bundle.ONTOLOGY);
        ACLMessage replyBy = message(ACLMessage.PROPOSE, "run-1", "x");
        replyBy.setReplyByDate(new java.util.Date(1_000));
        ACLMessage bytes = message(ACLMessage.PROPOSE, "run-1", null);
        bytes.setByteSequenceContent(new byte[]{1, 2});
        for (ACLMessage m : List.of(otherParameter, twoReceivers, otherLanguage, otherOntology, replyBy, bytes)) {
            assertThat(Bundle.fits(m)).isFalse();
        }
    }

    @Test
    void jadesFailureToDeliverABundleIsNotABundle() {
        ACLMessage b = Bundle.of(TO, List.of(message(ACLMessage.PROPOSE, "run-1", "x")), "b1");
        ACLMessage failure = b.createReply();
        failure.setPerformative(ACLMessage.FAILURE);
        failure.setLanguage("fipa-sl");
        assertThat(failure.getOntology()).isEqualTo(Bundle.ONTOLOGY);
        assertThat(Bundle.is(failure)).isFalse();
        assertThat(Bundle.is(message(ACLMessage.INFORM, "run-1", "x"))).isFalse();
    }

    @Test
    void aContentThatIsNotABundlesIsRefused() {
        for (String content : new String[]{"propose;o=1", "2 3 -1 -1 -1 -1 4\nrun", "7 1 1 1 1 1\nabcdef", "x 1 1 1 1 1 1\n", ""}) {
            ACLMessage b = new ACLMessage(ACLMessage.INFORM);
            b.setOntology(Bundle.ONTOLOGY);
            b.setContent(content);
            List<ACLMessage> out = new ArrayList<>();
            if (content.isEmpty()) {
                Bundle.open(b, out);
                assertThat(out).isEmpty();
                continue;
            }
            assertThatThrownBy(() -> Bundle.open(b, out)).as(content).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
