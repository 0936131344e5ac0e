package org.entente.agents;

import jade.core.AID;
import jade.lang.acl.ACLMessage;
import org.entente.negotiation.Reply;

/**
 * The ACL conventions every Entente agent follows: content language, ontology, protocol names,
 * the run-setup parameter, conversation ids ({@code run-<runId>}), and the performative of each
 * kind of reply. One place, so chair, heads and officials cannot drift apart.
 */
final class Vocabulary {
    static final String LANGUAGE = "entente-text";
    static final String ONTOLOGY = "entente-negotiation";
    /** User-defined ACL parameter carrying the run's setup (seed and design point assignments). */
    static final String SETUP = "X-entente-run";
    static final String CANCEL = "cancel";
    /** The DF service type under which every head registers (service name: the party id). */
    static final String STATE_SERVICE = "entente-state";
    /**
     * JADE's own user-defined parameter asking for delivery in the sender's thread instead of
     * through a Deliverer thread: one thread hop (two context switches) less per message. JADE
     * removes it before the receiver sees the message; order per sender-receiver pair is kept.
     */
    static final String DIRECT_DELIVERY = "JADE-synch-delivery";
    /**
     * JADE's own user-defined parameter telling it not to copy a message before delivery: the receiver
     * gets the sender's object. JADE removes it on sending; for messages the sender does not touch again.
     */
    static final String NO_CLONE = "JADE-no-clone";

    private Vocabulary() {
    }

    static String conversation(long runId) {
        return "run-" + runId;
    }

    /** The run id of a conversation id {@code run-<runId>}. */
    static long runId(String conversation) {
        return Long.parseLong(conversation.substring(conversation.indexOf('-') + 1));
    }

    static String protocol(org.entente.model.Protocol p) {
        return "entente-" + p.id();
    }

    /** A new message of this run, addressed to {@code to}, with our language and ontology. */
    static ACLMessage message(int performative, AID to, String conversation, String protocol, String content) {
        ACLMessage m = address(new ACLMessage(performative), to, conversation, protocol);
        m.setContent(content);
        return m;
    }

    /**
     * A new message of this run whose content is {@code value}, written by {@code writer} only if asked for: a
     * receiver in this JVM takes the value itself ({@link ValueMessage}).
     */
    static <T> ACLMessage message(int performative, AID to, String conversation, String protocol, T value,
                                  java.util.function.Function<? super T, String> writer) {
        return address(new ValueMessage<>(performative, value, writer), to, conversation, protocol);
    }

    private static ACLMessage address(ACLMessage m, AID to, String conversation, String protocol) {
        m.addReceiver(to);
        m.setLanguage(LANGUAGE);
        m.setOntology(ONTOLOGY);
        m.setProtocol(protocol);
        m.setConversationId(conversation);
        return m;
    }

    /**
     * PROPOSE for an offer, ACCEPT_PROPOSAL for an acceptance or a yes vote, REJECT_PROPOSAL for
     * walking away or a no vote.
     */
    static int performativeOf(Reply r) {
        if (r instanceof Reply.Propose) return ACLMessage.PROPOSE;
        if (r instanceof Reply.Accept) return ACLMessage.ACCEPT_PROPOSAL;
        if (r instanceof Reply.Ballot b) return b.yes() ? ACLMessage.ACCEPT_PROPOSAL : ACLMessage.REJECT_PROPOSAL;
        return ACLMessage.REJECT_PROPOSAL;
    }

    /** "30s" or "250ms": how timeouts read in error messages. */
    static String duration(java.time.Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
    }
}
