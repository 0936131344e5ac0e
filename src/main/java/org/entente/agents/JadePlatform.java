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
    /**
     * JADE's JICP server logs a connection closed before it sent anything as an error; that is a
     * worker checking that the experiment listens (or a port scan), so it is not shown.
     */
    private static final Logger JICP_LOG = Logger.getLogger("jade.imtp.leap.JICP.JICPServer");
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static ContainerController main;
    private static ContainerController peripheral;
    /** Where the main container listens for workers' containers; null: loopback, any free port. */
    private static Endpoint listening;
    private static boolean guiStarted;
    /** Whether the platform, when it starts, runs the event notification service JADE's Sniffer needs. */
    private static boolean guiTools;

    private static volatile boolean verbose;

    static {
        // JADE warns on routine events (e.g. "Main Container JVM is terminating" at every exit) and
        // sets levels on its own loggers, so its records are filtered where they are printed:
        // only its errors reach the user unless --verbose
        JADE_LOG.setLevel(Level.SEVERE);
        JICP_LOG.setFilter(r -> verbose || r.getMessage() == null
                || !r.getMessage().startsWith("Communication error reading incoming packet")
                || r.getThrown() != null && !(r.getThrown() instanceof java.io.EOFException));
        for (java.util.logging.Handler h : Logger.getLogger("").getHandlers()) {
            java.util.logging.Filter previous = h.getFilter();
            h.setFilter(r -> (previous == null || previous.isLoggable(r)) && (verbose || !fromJade(r)
                    || r.getLevel().intValue() >= Level.SEVERE.intValue() && !closedConnection(r)));
        }
    }


    /** JADE's agents log under their own names (e.g. "ams@..."), so the source class decides too. */
    private static boolean fromJade(java.util.logging.LogRecord r) {
        String name = r.getLoggerName();
        String source = r.getSourceClassName();
        return (name != null && name.startsWith("jade")) || (source != null && source.startsWith("jade."));
    }

    private JadePlatform() {
    }

    /** Lets JADE log at INFO again (for {@code --verbose}); otherwise only its errors. */
    public static void verbose(boolean on) {
        verbose = on;
        JADE_LOG.setLevel(on ? Level.INFO : Level.SEVERE);
    }

    /**
     * A JADE record about a connection the other side closed (a worker that left, or its node
     * monitor's ping to one): workers come and go, and a silent one is dropped by the registrar.
     */
    private static boolean closedConnection(java.util.logging.LogRecord r) {
        return r.getThrown() instanceof java.io.EOFException;
    }

    /**
     * Makes the main container, when it starts, listen on {@code at} for workers' containers
     * (instead of loopback on any free port); only before the platform has started.
     */
    public static synchronized void listen(Endpoint at) {
        if (main != null || peripheral != null) {
            throw new IllegalStateException("the JADE platform of this process has already started");
        }
        listening = at;
        ProbeTraceFilter.install();
    }

    /** The main container, started on first use. */
    public static synchronized ContainerController container() {
        if (main != null) return main;
        if (peripheral != null) throw new IllegalStateException("this process is a worker: it has no main container");
        jade.core.Runtime rt = jade.core.Runtime.instance();
        rt.setCloseVM(false);
        Profile p = new ProfileImpl(true);
        p.setParameter(Profile.PLATFORM_ID, "entente");
        String host = listening != null ? listening.host() : "127.0.0.1";
        p.setParameter(Profile.MAIN_HOST, host);
        common(p, host, listening == null || listening.loopback());
        if (listening != null) {
            p.setParameter(Profile.LOCAL_PORT, Integer.toString(listening.port()));
            p.setParameter(Profile.MAIN_PORT, Integer.toString(listening.port()));
            // workers must find it where they were told: no other port if this one is taken
            p.setParameter("jade_imtp_leap_LEAPIMTPManager_changeportifbusy", "false");
        }
        p.setParameter(Profile.GUI, "false");
        // the DF keeps its default of 100 results per search (JADE warns above that): a tool
        // searching for the heads (service type entente-state) passes its own SearchConstraints
        ContainerController c = rt.createMainContainer(p);
        if (c == null) {
            throw new IllegalStateException("could not start the JADE platform on " + (listening != null ? listening : host)
                    + (listening != null ? " (is the port in use or the address not this machine's?" : " (is JADE logging a"
                    + " port or address error?") + " run with --verbose)");
        }
        guardAgentTable(c);
        main = c;
        JadeExit.onExit(JadePlatform::shutDownWithoutWaiting);
        return main;
    }

    /**
     * Joins the platform whose main container listens at {@code main} as a peripheral container
     * (a worker), reachable at {@code localHost}; null if JADE could not join.
     */
    public static synchronized ContainerController join(Endpoint mainAt, String localHost) {
        if (main != null || peripheral != null) {
            throw new IllegalStateException("the JADE platform of this process has already started");
        }
        jade.core.Runtime rt = jade.core.Runtime.instance();
        rt.setCloseVM(false);
        Profile p = new ProfileImpl(false);
        p.setParameter(Profile.MAIN_HOST, mainAt.host());
        p.setParameter(Profile.MAIN_PORT, Integer.toString(mainAt.port()));
        common(p, localHost, new Endpoint(localHost, 1).loopback());
        peripheral = rt.createAgentContainer(p);
        if (peripheral != null) {
            guardAgentTable(peripheral);
            JadeExit.onExit(JadePlatform::shutDownWithoutWaiting);
        }
        return peripheral;
    }

    /**
     * Lets this process exit at once (the command is done, its results written), in two steps, both into JADE's
     * private state by reflection; should either fail (another JADE version), the exit waits as before.
     * <ul>
     *   <li>JADE keeps every container alive for at least 3 s from its start: its shutdown sleeps until then, so
     *       a command that ran JADE for less (a 100-run run takes about 1.5 s) would sit idle for the rest. The
     *       container's start time is moved back.</li>
     *   <li>JADE's server socket is closed now, as JADE itself closes it a second after its container stops. The
     *       JVM's exit waits up to 300 ms for every thread inside a native call, and JADE's accepting thread is
     *       always in one. Nothing reaches this process through the socket any more: a worker's container is
     *       gone already, and the main container's workers have been told that the run is over.</li>
     * </ul>
     */
    static synchronized void shutDownWithoutWaiting() {
        for (ContainerController c : new ContainerController[]{main, peripheral}) {
            if (c == null) continue;
            try {
                Object container = field(c, "myImpl").get(c);
                field(container, "creationTime").setLong(container, 0L);
                Object imtp = field(container, "myIMTPManager").get(container);
                Object dispatcher = field(imtp, "theDispatcher").get(imtp);
                java.lang.reflect.Method stop = member(dispatcher.getClass(), k -> k.getDeclaredMethod("shutDown"));
                stop.invoke(dispatcher);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // JADE's own wait, then
            }
        }
    }

    /**
     * Makes the container's table of its agents safe to change while other threads read it. JADE 4.3's table
     * ({@code LADT}) keeps its rows in a plain HashMap: it looks a row up under a lock, but adds (an agent created) and
     * removes (an agent ended) outside it. An agent created while messages are being delivered can make the map grow
     * under a delivery's lookup, which then finds no row: the delivering thread cannot give back the row it took, and
     * every later delivery to that agent, or a kill of it, waits for ever (docs/performance.md, "Twelfth pass": a
     * ping-pong pair of bench, and once a unit test, stuck so). The map becomes a concurrent one, by reflection, before
     * any agent of Entente's exists; should that fail (another JADE version), the table stays as JADE made it.
     */
    static void guardAgentTable(ContainerController c) {
        try {
            Object rows = agentRows(c);
            java.lang.reflect.Field map = field(rows, ROWS_MAP);
            synchronized (rows) {
                map.set(rows, new AgentRows((java.util.Map<?, ?>) map.get(rows)));
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // JADE's table as it is
        }
    }

    /** Whether {@link #guardAgentTable} made {@code c}'s table concurrent. */
    static boolean agentTableGuarded(ContainerController c) throws ReflectiveOperationException {
        Object rows = agentRows(c);
        return field(rows, ROWS_MAP).get(rows) instanceof AgentRows;
    }

    /** The field of JADE's table rows ({@code jade.util.leap.HashMap}) that holds its map. */
    private static final String ROWS_MAP = "realHiddenMap";

    /** The rows of {@code c}'s table of agents: its implementation's {@code LADT}'s map of agents. */
    private static Object agentRows(ContainerController c) throws ReflectiveOperationException {
        Object container = field(c, "myImpl").get(c);
        Object table = field(container, "localAgents").get(container);
        return field(table, "agents").get(table);
    }

    /** A container's agent table rows: a concurrent map, in which looking up no agent (a null key) finds nothing. */
    private static final class AgentRows extends java.util.concurrent.ConcurrentHashMap<Object, Object> {
        private static final long serialVersionUID = 1L;

        AgentRows(java.util.Map<?, ?> rows) {
            super(Math.max(64, 2 * rows.size()));
            putAll(rows);
        }

        @Override
        public Object get(Object key) {
            return key == null ? null : super.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return key != null && super.containsKey(key);
        }

        @Override
        public Object remove(Object key) {
            return key == null ? null : super.remove(key);
        }
    }

    /** The field {@code name} of {@code of}'s class or of a class it extends, made accessible. */
    private static java.lang.reflect.Field field(Object of, String name) throws ReflectiveOperationException {
        return member(of.getClass(), k -> k.getDeclaredField(name));
    }

    private interface Lookup<T extends java.lang.reflect.AccessibleObject> {
        T in(Class<?> k) throws NoSuchFieldException, NoSuchMethodException;
    }

    private static <T extends java.lang.reflect.AccessibleObject> T member(Class<?> from, Lookup<T> lookup)
            throws ReflectiveOperationException {
        for (Class<?> k = from; k != null; k = k.getSuperclass()) {
            try {
                T m = lookup.in(k);
                m.setAccessible(true);
                return m;
            } catch (NoSuchFieldException | NoSuchMethodException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException("JADE has no such member in " + from.getName());
    }

    /** Leaves the platform (a worker at its end): kills this process's peripheral container. */
    public static synchronized void leave() {
        if (peripheral == null) return;
        try {
            peripheral.kill();
        } catch (jade.wrapper.StaleProxyException e) {
            // already gone
        }
        peripheral = null;
    }

    /** The settings of a main and a peripheral container alike: address, LEAP IMTP, no MTP, no main detection. */
    private static void common(Profile p, String localHost, boolean loopbackOnly) {
        p.setParameter(Profile.LOCAL_HOST, localHost);
        p.setParameter(Profile.IMTP, Profile.LEAP_IMTP);
        // bind the JICP server socket to local-host only, not to the wildcard address
        p.setParameter("jade_imtp_leap_JICP_JICPServer_acceptlocalhostonly", Boolean.toString(loopbackOnly));
        // another JVM on this machine may hold the default port 1099: take the next free one
        p.setParameter("jade_imtp_leap_LEAPIMTPManager_changeportifbusy", "true");
        p.setParameter(Profile.NO_MTP, "true");
        p.setParameter(Profile.DETECT_MAIN, "false");
        // only JADE's mandatory services (messaging, agent management): no agent mobility, and the event
        // notification service (for JADE's GUI tools) only with them, as its filters see every message
        p.setParameter(Profile.SERVICES, guiTools ? NOTIFICATION_SERVICE : "");
        // JADE writes APDescription.txt and MTPs files into FILE_DIR: keep them out of the user's directory
        p.setParameter(Profile.FILE_DIR, scratchDirectory());
    }

    private static String scratchDirectory() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("entente-jade-");
            dir.toFile().deleteOnExit();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                java.io.File[] files = dir.toFile().listFiles();
                if (files != null) for (java.io.File f : files) f.delete();
                dir.toFile().delete();
            }, "entente-jade-cleanup"));
            return dir.toString() + java.io.File.separator;
        } catch (java.io.IOException e) {
            return System.getProperty("java.io.tmpdir") + java.io.File.separator;
        }
    }

    /** True once the JVM has begun to exit (Ctrl-C): JADE's own hook is then killing the agents. */
    static boolean shuttingDown() {
        Thread probe = new Thread(() -> { }, "entente-shutdown-probe");
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** A number unique in this JVM, for agent name prefixes. */
    static int nextId() {
        return NAMES.incrementAndGet();
    }

    private static final String NOTIFICATION_SERVICE = "jade.core.event.NotificationService";

    /**
     * Lets the platform, when it starts, serve JADE's GUI tools ({@link #startGui}): its Sniffer needs the
     * event notification service. No effect once the platform has started.
     */
    public static synchronized void offerGuiTools() {
        if (main == null && peripheral == null) guiTools = true;
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
