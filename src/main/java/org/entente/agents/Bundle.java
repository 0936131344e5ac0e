package org.entente.agents;

import jade.core.AID;
import jade.lang.acl.ACLMessage;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Several of Entente's messages to one agent, carried as one ACL message: INFORM, ontology
 * {@link #ONTOLOGY}, whose content holds the messages in the order they were posted. Within this JVM the
 * receiver gets the posted messages themselves; to another container JADE carries the content, text from
 * which the receiver reads each message with its performative, conversation id, protocol, reply-with,
 * in-reply-to, run setup and content, the bundle's sender and Entente's language and ontology, which is why
 * only messages that have nothing else may travel in a bundle ({@link #fits}).
 * <p>
 * Content: per message, a header line {@code performative len len len len len len} (the lengths of
 * the conversation id, protocol, reply-with, in-reply-to, run setup and content; -1 for none) and then
 * those six texts back to back, with no separator.
 */
final class Bundle {
    /** The ontology that marks a bundle. */
    static final String ONTOLOGY = "entente-bundle";
    /** The conversation id every bundle carries (its messages keep their own). */
    static final String CONVERSATION = "bundle";

    private Bundle() {
    }

    /** Whether {@code m} may travel in a bundle: Entente's language and ontology, one receiver, no other user-defined parameter than the run setup. */
    static boolean fits(ACLMessage m) {
        if (!Vocabulary.LANGUAGE.equals(m.getLanguage()) || !Vocabulary.ONTOLOGY.equals(m.getOntology())) return false;
        if (m.getEncoding() != null || m.getReplyByDate() != null || m.hasByteSequenceContent()) return false;
        Iterator<?> receivers = m.getAllReceiver();
        if (!receivers.hasNext()) return false;
        receivers.next();
        if (receivers.hasNext() || m.getAllReplyTo().hasNext()) return false;
        var parameters = m.getAllUserDefinedParameters();
        int size = parameters.size();
        return size == 0 || size == 1 && parameters.containsKey(Vocabulary.SETUP);
    }

    /** Whether {@code m} is a bundle (not, say, JADE's failure to deliver one, which keeps its ontology). */
    static boolean is(ACLMessage m) {
        return m.getPerformative() == ACLMessage.INFORM && ONTOLOGY.equals(m.getOntology())
                && Vocabulary.LANGUAGE.equals(m.getLanguage());
    }

    /** Writes a bundle's text ({@link #text}); the writer of a bundle as its sender made it ({@link ValueMessage}). */
    private static final Function<List<ACLMessage>, String> TEXT = Bundle::text;

    /**
     * One ACL message to {@code to} carrying {@code messages} (each of which {@link #fits}), in order. Its content, the
     * messages as text, is written only when asked for: JADE asks only to carry it to another container; within this
     * JVM the receiver takes the messages themselves ({@link ValueMessage}).
     */
    static ACLMessage of(AID to, List<ACLMessage> messages, String replyWith) {
        ACLMessage b = new ValueMessage<>(ACLMessage.INFORM, messages, TEXT);
        b.addReceiver(to);
        b.setLanguage(Vocabulary.LANGUAGE);
        b.setOntology(ONTOLOGY);
        b.setConversationId(CONVERSATION);
        b.setReplyWith(replyWith);
        return b;
    }

    /**
     * Adds the messages of a bundle to {@code to}, in order: within this JVM the very messages posted (a
     * bundle is handed over as it is, as every message is: {@link EntenteAgent#post}); from another container,
     * read from its text.
     *
     * @throws IllegalArgumentException the content is not a bundle's
     */
    static void open(ACLMessage bundle, Collection<? super ACLMessage> to) {
        List<ACLMessage> posted = ValueMessage.value(bundle, TEXT);
        if (posted == null) {
            read(bundle, to);
            return;
        }
        for (int i = 0; i < posted.size(); i++) to.add(posted.get(i));
    }

    /** The text of {@code messages}, as a bundle's content (class comment). */
    static String text(List<ACLMessage> messages) {
        StringBuilder b = new StringBuilder(64 * messages.size());
        for (int i = 0; i < messages.size(); i++) {
            ACLMessage m = messages.get(i);
            String conversation = m.getConversationId();
            String protocol = m.getProtocol();
            String replyWith = m.getReplyWith();
            String inReplyTo = m.getInReplyTo();
            String setup = m.getUserDefinedParameter(Vocabulary.SETUP);
            String content = m.getContent();
            b.append(m.getPerformative());
            appendLength(b, conversation);
            appendLength(b, protocol);
            appendLength(b, replyWith);
            appendLength(b, inReplyTo);
            appendLength(b, setup);
            appendLength(b, content);
            b.append('\n');
            appendText(b, conversation);
            appendText(b, protocol);
            appendText(b, replyWith);
            appendText(b, inReplyTo);
            appendText(b, setup);
            appendText(b, content);
        }
        return b.toString();
    }

    /** Adds each message of a bundle's text to {@code to}, in order, as the ACL message it was posted as. */
    private static void read(ACLMessage bundle, Collection<? super ACLMessage> to) {
        String s = bundle.getContent();
        if (s == null) throw new IllegalArgumentException("a bundle without content");
        AID sender = bundle.getSender();
        int[] at = {0};
        while (at[0] < s.length()) {
            int performative = number(s, at, ' ');
            int[] lengths = new int[6];
            for (int i = 0; i < 6; i++) lengths[i] = number(s, at, i == 5 ? '\n' : ' ');
            String[] texts = new String[6];
            for (int i = 0; i < 6; i++) {
                if (lengths[i] < 0) continue;
                if (at[0] + lengths[i] > s.length()) throw new IllegalArgumentException("a bundle cut short");
                texts[i] = s.substring(at[0], at[0] + lengths[i]);
                at[0] += lengths[i];
            }
            ACLMessage m = new ACLMessage(performative);
            m.setSender(sender);
            m.setLanguage(Vocabulary.LANGUAGE);
            m.setOntology(Vocabulary.ONTOLOGY);
            m.setConversationId(texts[0]);
            m.setProtocol(texts[1]);
            m.setReplyWith(texts[2]);
            m.setInReplyTo(texts[3]);
            if (texts[4] != null) m.addUserDefinedParameter(Vocabulary.SETUP, texts[4]);
            m.setContent(texts[5]);
            to.add(m);
        }
    }

    /**
     * What the sender keeps of each message of a bundle it sent, to tell itself of JADE's failure to deliver the
     * bundle as JADE would have told it of each message's, had it travelled alone.
     */
    record Posted(String conversation, String protocol, String replyWith) {
        static Posted[] of(List<ACLMessage> messages) {
            Posted[] out = new Posted[messages.size()];
            for (int i = 0; i < out.length; i++) {
                ACLMessage m = messages.get(i);
                out[i] = new Posted(m.getConversationId(), m.getProtocol(), m.getReplyWith());
            }
            return out;
        }

        /**
         * JADE's failure to deliver this message to {@code self}'s receiver, from {@code failure}, its failure to
         * deliver the bundle: the same sender, language and content, this message's conversation, protocol and
         * reply-with as in-reply-to, and Entente's ontology.
         */
        ACLMessage failed(ACLMessage failure, AID self) {
            ACLMessage f = new ACLMessage(ACLMessage.FAILURE);
            f.setSender(failure.getSender());
            f.addReceiver(self);
            f.setLanguage(failure.getLanguage());
            f.setOntology(Vocabulary.ONTOLOGY);
            f.setConversationId(conversation);
            f.setProtocol(protocol);
            f.setInReplyTo(replyWith);
            f.setContent(failure.getContent());
            return f;
        }
    }

    private static void appendLength(StringBuilder b, String text) {
        b.append(' ').append(text == null ? -1 : text.length());
    }

    private static void appendText(StringBuilder b, String text) {
        if (text != null) b.append(text);
    }

    /** The integer at {@code at[0]}, which ends at {@code end}; moves past the end. */
    private static int number(String s, int[] at, char end) {
        int i = at[0];
        boolean negative = i < s.length() && s.charAt(i) == '-';
        if (negative) i++;
        int start = i;
        int value = 0;
        while (i < s.length() && s.charAt(i) != end) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || i - start > 9) throw new IllegalArgumentException("a bundle with a malformed header");
            value = value * 10 + (c - '0');
            i++;
        }
        if (i == start || i >= s.length()) throw new IllegalArgumentException("a bundle with a malformed header");
        at[0] = i + 1;
        return negative ? -value : value;
    }
}
