package org.entente.agents;

import jade.core.Agent;
import jade.core.ServiceException;
import jade.core.ServiceHelper;
import jade.core.ServiceNotActiveException;
import jade.lang.acl.ACLMessage;
import jade.security.Credentials;
import jade.security.CredentialsHelper;
import jade.security.JADEPrincipal;

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
 */
abstract class EntenteAgent extends Agent {
    /** JADE's service whose absence it asks about on every send (see the class comment). */
    private static final String SECURITY = "jade.core.security.Security";
    /** Whether the platform has said that {@link #SECURITY} is not active. */
    private volatile boolean securityAbsent;

    /**
     * Sends {@code m}, a message made for this send alone with one receiver, which the caller does not
     * touch again: as this agent, without a copy, and delivered in this agent's thread
     * ({@link Vocabulary#DIRECT_DELIVERY}).
     */
    final void post(ACLMessage m) {
        m.setSender(getAID());
        m.addUserDefinedParameter(Vocabulary.NO_CLONE, "true");
        m.addUserDefinedParameter(Vocabulary.DIRECT_DELIVERY, "true");
        send(m);
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
