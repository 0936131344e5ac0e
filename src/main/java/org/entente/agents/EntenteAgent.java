package org.entente.agents;

import jade.core.AID;
import jade.core.Agent;
import jade.core.ServiceException;
import jade.core.ServiceHelper;
import jade.core.ServiceNotActiveException;
import jade.lang.acl.ACLMessage;
import jade.security.Credentials;
import jade.security.CredentialsHelper;
import jade.security.JADEPrincipal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every agent that negotiates (and the ping-pong the bench compares them with) has in common: how it
 * hands a message to JADE. JADE's send path costs more than it needs to for a message made for one
 * send, in three ways this class avoids without changing what is delivered:
 * <ul>
 *   <li>JADE copies every message (and its agent identifiers) before delivery, so that the sender may
 *       change it afterwards; {@link #post} hands it over as it is ({@link Vocabulary#NO_CLONE}), since
 *       a posted message has one receiver and is never touched again;</li>
 *   <li>JADE finds a message without a sender by catching the NullPointerException it raises; {@link #post}
 *       sets the sender, the same agent identifier JADE would set;</li>
 *   <li>on every send JADE asks the agent for the security service's helper, to stamp the message with
 *       the agent's principal and credentials; on a platform without that service (Entente's) the answer
 *       is a new exception with its stack trace, which JADE catches and then stamps nothing. Once the
 *       platform has said so, {@link #getHelper} answers with a helper that has no principal and no
 *       credentials, which stamps the same nothing.</li>
 * </ul>
 * Together these were two exceptions and a deep copy per message (docs/performance.md, "Seventh pass").
 * <p>
 * An agent that bundles ({@link #sendAt}) holds what it posts during a pass over its messages
 * ({@link #inPass}) and sends it when the pass ends: the messages to one agent as one
 * {@link Bundle}, which its receiver's {@link #next} opens again (docs/performance.md, "Eleventh pass").
 */
abstract class EntenteAgent extends Agent {
    /** JADE's service whose absence it asks about on every send (see the class comment). */
    private static final String SECURITY = "jade.core.security.Security";
    /** Whether the platform has said that {@link #SECURITY} is not active. */
    private volatile boolean securityAbsent;
    /** The most recent bundles this agent sent, kept to tell their messages' senders of a failure to deliver one. */
    private static final int BUNDLES_KEPT = 256;

    private boolean bundling;
    /** The activity of this agent's table, which counts the ACL messages sent; null: not counted. */
    private TableActivity table;
    private boolean holding;
    /** Messages held during a pass ({@link #inPass}), per receiver, in the order the receivers were first posted to. */
    private final List<Held> held = new ArrayList<>();
    /** Messages of a bundle received, not yet handed out by {@link #next}. */
    private final ArrayDeque<ACLMessage> opened = new ArrayDeque<>();
    private long bundles;
    private final Map<String, Bundle.Posted[]> sentBundles = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bundle.Posted[]> eldest) {
            return size() > BUNDLES_KEPT;
        }
    };

    /**
     * Sends {@code m}, a message made for this send alone with one receiver, which the caller does not
     * touch again: as this agent, without a copy, and delivered in this agent's thread
     * ({@link Vocabulary#DIRECT_DELIVERY}).
     */
    final void post(ACLMessage m) {
        m.setSender(getAID());
        if (holding && Bundle.fits(m)) {
            hold(m);
            return;
        }
        sendNow(m);
    }

    private void sendNow(ACLMessage m) {
        if (table != null) table.sent();
        m.addUserDefinedParameter(Vocabulary.NO_CLONE, "true");
        m.addUserDefinedParameter(Vocabulary.DIRECT_DELIVERY, "true");
        send(m);
    }

    /**
     * Sends as an agent of the table whose activity is {@code table}, counting every ACL message on it, and bundles
     * its messages if {@code bundle} (off: every message travels alone). Called in setup, before it handles any.
     */
    final void sendAt(TableActivity table, boolean bundle) {
        this.table = table;
        this.bundling = bundle;
    }

    /**
     * Runs {@code pass}, a pass over this agent's messages, in the agent's own thread: what it posts to the same agent
     * travels together ({@link Bundle}) when the pass ends, if this agent bundles.
     */
    final void inPass(Runnable pass) {
        holding = bundling;
        try {
            pass.run();
        } finally {
            flush();
        }
    }

    /** Sends what was held during the pass: alone if one message to its receiver, else as a bundle. */
    private void flush() {
        holding = false;
        for (int i = 0; i < held.size(); i++) send(held.get(i));
        held.clear();
    }

    /** The messages held for one receiver. */
    private record Held(AID to, List<ACLMessage> messages) {
    }

    private void send(Held h) {
        if (h.messages.size() == 1) {
            sendNow(h.messages.get(0));
            return;
        }
        String replyWith = "b" + ++bundles;
        sentBundles.put(replyWith, Bundle.Posted.of(h.messages));
        ACLMessage b = Bundle.of(h.to, h.messages, replyWith);
        b.setSender(getAID());
        sendNow(b);
    }

    private void hold(ACLMessage m) {
        AID to = (AID) m.getAllReceiver().next();
        for (int i = 0; i < held.size(); i++) {
            Held h = held.get(i);
            // a head's peers and chair are the same AID objects every time: no case-insensitive compare for them
            if (h.to == to || h.to.equals(to)) {
                h.messages.add(m);
                return;
            }
        }
        List<ACLMessage> messages = new ArrayList<>(8);
        messages.add(m);
        held.add(new Held(to, messages));
    }

    /**
     * The next message for this agent, or null: the messages of a bundle one by one, in order, each as
     * it was posted; for JADE's failure to deliver a bundle, that failure once for each of its messages.
     */
    final ACLMessage next() {
        ACLMessage m = opened.poll();
        if (m != null) return m;
        m = receive();
        if (m == null) return null;
        if (Bundle.is(m)) {
            try {
                Bundle.open(m, opened);
            } catch (IllegalArgumentException e) {
                // not a bundle Entente made: nothing in it can be answered
                return next();
            }
            return opened.isEmpty() ? next() : opened.poll();
        }
        if (m.getPerformative() == ACLMessage.FAILURE && m.getInReplyTo() != null) {
            Bundle.Posted[] undelivered = sentBundles.remove(m.getInReplyTo());
            if (undelivered != null) {
                for (Bundle.Posted u : undelivered) opened.add(u.failed(m, getAID()));
                return opened.poll();
            }
        }
        return m;
    }

    @Override
    public ServiceHelper getHelper(String service) throws ServiceException {
        if (securityAbsent && SECURITY.equals(service)) return NoCredentials.HELPER;
        try {
            return super.getHelper(service);
        } catch (ServiceNotActiveException e) {
            if (SECURITY.equals(service)) securityAbsent = true;
            throw e;
        }
    }

    /** The security helper of an agent on a platform without security: no principal, no credentials. */
    private static final class NoCredentials implements CredentialsHelper, ServiceHelper {
        static final NoCredentials HELPER = new NoCredentials();

        @Override
        public void init(Agent agent) {
            // nothing to set up
        }

        @Override
        public JADEPrincipal getPrincipal() {
            return null;
        }

        @Override
        public Credentials getCredentials() {
            return null;
        }

        @Override
        public JADEPrincipal getPrincipal(ACLMessage message) {
            return null;
        }

        @Override
        public Credentials getCredentials(ACLMessage message) {
            return null;
        }
    }
}
