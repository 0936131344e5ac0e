package org.entente.agents;

import jade.core.AID;
import jade.lang.acl.ACLMessage;

import java.util.List;

/**
 * The contents of the messages between a worker's agent and the experiment's registrar (protocol
 * {@code entente-join}), in the "entente-text" content language: join, challenge, proof,
 * welcome or refused, ready, alive, goodbye.
 */
final class Enrolment {
    static final String PROTOCOL = "entente-join";

    private Enrolment() {
    }

    sealed interface Message permits Join, Challenge, Proof, Welcome, Refused, Ready, Alive, Goodbye {
    }

    /** A worker asks to join with this many tables. */
    record Join(int tables) implements Message {
    }

    /** The registrar's random challenge. */
    record Challenge(String challenge) implements Message {
    }

    /** The worker's HMAC of the secret over the challenge and its agent name. */
    record Proof(String mac) implements Message {
    }

    /** Admitted: the worker's table name prefixes and the experiment's config (its file name and text). */
    record Welcome(List<String> prefixes, String configName, String configText) implements Message {
    }

    record Refused(String why) implements Message {
    }

    /** The worker's tables are started. */
    record Ready(List<String> prefixes) implements Message {
    }

    /** "Still there?" from the registrar, and the answer. */
    record Alive() implements Message {
    }

    /** The experiment is over; the worker's tables completed this many runs. */
    record Goodbye(long runs) implements Message {
    }

    /** A challenge sent and not yet answered. */
    record Pending(String challenge, int tables) {
    }

    static String encode(Message m) {
        if (m instanceof Join j) return "join;tables=" + j.tables();
        if (m instanceof Challenge c) return "challenge;c=" + c.challenge();
        if (m instanceof Proof p) return "proof;mac=" + p.mac();
        if (m instanceof Welcome w) {
            return "welcome;tables=" + String.join(",", w.prefixes()) + ";file=" + ContentSyntax.escape(w.configName())
                    + ";config=" + ContentSyntax.escape(w.configText());
        }
        if (m instanceof Refused r) return "refused;why=" + ContentSyntax.escape(r.why());
        if (m instanceof Ready r) return "ready;tables=" + String.join(",", r.prefixes());
        if (m instanceof Goodbye g) return "goodbye;runs=" + g.runs();
        return "alive";
    }

    /** Decodes a content; IllegalArgumentException when it is none of ours. */
    static Message decode(String content) {
        ContentSyntax.Parsed p = ContentSyntax.Parsed.of(content);
        return switch (p.kind) {
            case "join" -> new Join(p.integer("tables"));
            case "challenge" -> new Challenge(p.need("c"));
            case "proof" -> new Proof(p.need("mac"));
            case "welcome" -> new Welcome(ContentSyntax.split(p.need("tables"), ','), p.text("file"), p.text("config"));
            case "refused" -> new Refused(p.text("why"));
            case "ready" -> new Ready(ContentSyntax.split(p.need("tables"), ','));
            case "alive" -> new Alive();
            case "goodbye" -> new Goodbye(Long.parseLong(p.need("runs")));
            default -> throw ContentSyntax.malformed(content, "not an enrolment message");
        };
    }

    /** A message of this protocol to {@code receiver}. */
    static ACLMessage message(AID receiver, int performative, Message content) {
        ACLMessage m = new ACLMessage(performative);
        m.addReceiver(receiver);
        m.setLanguage(Vocabulary.LANGUAGE);
        m.setProtocol(PROTOCOL);
        m.setContent(encode(content));
        return m;
    }

    /** The reply to {@code m} with this performative and content. */
    static ACLMessage reply(ACLMessage m, int performative, Message content) {
        ACLMessage r = m.createReply();
        r.setPerformative(performative);
        r.setContent(encode(content));
        return r;
    }
}
