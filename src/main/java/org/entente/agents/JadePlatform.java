package org.entente.agents;

import jade.core.Profile;
import jade.core.ProfileImpl;
import jade.wrapper.AgentController;
import jade.wrapper.ContainerController;
import jade.wrapper.StaleProxyException;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one JADE platform of this JVM (jade.core.Runtime is a per-JVM singleton): a main container
 * started lazily and programmatically, without GUI or MTP, its IMTP (LEAP/JICP) server bound to
 * 127.0.0.1 only. The negotiation service, the benchmark and the tests all share it.
 */
public final class JadePlatform {
    /** Kept strongly reachable so the level set on it is not lost to garbage collection. */
    private static final Logger JADE_LOG = Logger.getLogger("jade");
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static ContainerController main;
    private static boolean guiStarted;

    static {
        JADE_LOG.setLevel(Level.WARNING);
    }

    private JadePlatform() {
    }

    /** Lets JADE log at INFO again (for {@code --verbose}); otherwise only warnings and errors. */
    public static void verbose(boolean on) {
        JADE_LOG.setLevel(on ? Level.INFO : Level.WARNING);
    }

    /** The main container, started on first use. */
    public static synchronized ContainerController container() {
        if (main != null) return main;
        jade.core.Runtime rt = jade.core.Runtime.instance();
        rt.setCloseVM(false);
        Profile p = new ProfileImpl(true);
        p.setParameter(Profile.PLATFORM_ID, "entente");
        p.setParameter(Profile.MAIN_HOST, "127.0.0.1");
        p.setParameter(Profile.LOCAL_HOST, "127.0.0.1");
        p.setParameter(Profile.IMTP, Profile.LEAP_IMTP);
        // bind the JICP server socket to local-host only, not to the wildcard address
        p.setParameter("jade_imtp_leap_JICP_JICPServer_acceptlocalhostonly", "true");
        // another JVM on this machine may hold the default port 1099: take the next free one
        p.setParameter("jade_imtp_leap_LEAPIMTPManager_changeportifbusy", "true");
        p.setParameter(Profile.NO_MTP, "true");
        p.setParameter(Profile.DETECT_MAIN, "false");
        p.setParameter(Profile.GUI, "false");
        // the DF keeps its default of 100 results per search (JADE warns above that): searches for
        // states pass their own SearchConstraints (see StateAgent.find)
        ContainerController c = rt.createMainContainer(p);
        if (c == null) {
            throw new IllegalStateException("could not start the JADE platform on 127.0.0.1 (is JADE logging a"
                    + " port or address error? run with --verbose)");
        }
        main = c;
        return main;
    }

    /** A number unique in this JVM, for agent name prefixes. */
    static int nextId() {
        return NAMES.incrementAndGet();
    }

    /**
     * Starts JADE's RMA (the platform's agent tree) and a Sniffer watching the given agents (local
     * names; may be empty). Only the first call has an effect.
     */
    public static synchronized void startGui(List<String> sniffed) {
        if (guiStarted) return;
        ContainerController c = container();
        try {
            AgentController rma = c.createNewAgent("rma", "jade.tools.rma.rma", new Object[0]);
            rma.start();
            Object[] args = sniffed.isEmpty() ? new Object[0] : new Object[]{String.join(";", sniffed)};
            AgentController sniffer = c.createNewAgent("sniffer", "jade.tools.sniffer.Sniffer", args);
            sniffer.start();
            guiStarted = true;
        } catch (StaleProxyException e) {
            throw new IllegalStateException("could not start JADE's GUI tools: " + e.getMessage(), e);
        }
    }
}
