package org.entente.agents;

import jade.core.AID;
import jade.lang.acl.ACLMessage;

import java.util.function.Function;

/**
 * An Entente message whose content is a value as well as its text: a receiver in this JVM takes the value
 * itself ({@link #value}), and the text is written only when something asks for the content (JADE carrying the
 * message to another container, a bundle's text, the Sniffer, a log). Serialised, it is a plain ACL message with
 * the text, so a receiver elsewhere reads the text as it would any sender's.
 * <p>
 * The value must be immutable and its text's decoding must give it back (ContentCodec's decoders say where they
 * normalise), since a receiver here and a receiver elsewhere must take the same course.
 */
final class ValueMessage<T> extends ACLMessage {
    private static final long serialVersionUID = 1L;
    private transient T value;
    private final transient Function<? super T, String> writer;
    /** Whether the content field holds the text (written on demand, or set by someone since). */
    private boolean written;

    ValueMessage(int performative, T value, Function<? super T, String> writer) {
        super(performative);
        this.value = value;
        this.writer = writer;
    }

    /**
     * The value {@code m} carries if {@code writer} wrote its content in this JVM and nothing replaced the content
     * since; null otherwise (then read the content).
     */
    @SuppressWarnings("unchecked")
    static <T> T value(ACLMessage m, Function<? super T, String> writer) {
        return m instanceof ValueMessage<?> v && v.writer == writer ? (T) v.value : null;
    }

    @Override
    public String getContent() {
        write();
        return super.getContent();
    }

    @Override
    public byte[] getByteSequenceContent() {
        write();
        return super.getByteSequenceContent();
    }

    @Override
    public void setContent(String content) {
        replaced();
        super.setContent(content);
    }

    @Override
    public void setByteSequenceContent(byte[] content) {
        replaced();
        super.setByteSequenceContent(content);
    }

    private void write() {
        if (written) return;
        written = true;
        super.setContent(writer.apply(value));
    }

    /** The content is someone else's now: the value no longer says it. */
    private void replaced() {
        written = true;
        value = null;
    }

    /**
     * Java serialisation writes fields, not {@link #getContent}: what it writes is a plain ACL message with this
     * one's fields and its text, which any JVM reads without this class.
     */
    private Object writeReplace() {
        ACLMessage m = new ACLMessage(getPerformative());
        m.setSender(getSender());
        for (var i = getAllReceiver(); i.hasNext(); ) m.addReceiver((AID) i.next());
        for (var i = getAllReplyTo(); i.hasNext(); ) m.addReplyTo((AID) i.next());
        m.setLanguage(getLanguage());
        m.setOntology(getOntology());
        m.setEncoding(getEncoding());
        m.setProtocol(getProtocol());
        m.setConversationId(getConversationId());
        m.setReplyWith(getReplyWith());
        m.setInReplyTo(getInReplyTo());
        m.setReplyByDate(getReplyByDate());
        getAllUserDefinedParameters().forEach((k, v) -> m.addUserDefinedParameter((String) k, (String) v));
        m.setContent(getContent());
        return m;
    }
}
