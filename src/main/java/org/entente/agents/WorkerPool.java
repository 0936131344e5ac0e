package org.entente.agents;

import java.util.List;

/**
 * What the registrar asks of the negotiation service about workers: names for a new worker's
 * tables, the tables it has started, that it is lost, and how many runs it has played.
 */
interface WorkerPool {
    /** Table name prefixes for {@code tables} tables of a new, authenticated worker; empty when closed. */
    List<String> admit(String worker, int tables);

    /** The worker has started the heads and officials of these tables: give them chairs and runs. */
    void ready(String worker, List<String> prefixes);

    /** The worker stopped answering or its container is gone: its runs are played again elsewhere. */
    void lost(String worker);

    /** Runs the worker's tables have completed. */
    long played(String worker);
}
