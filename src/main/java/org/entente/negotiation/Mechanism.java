package org.entente.negotiation;

import java.util.List;
import java.util.Map;

/**
 * A negotiation protocol as a pure state machine (NegMAS "mechanism"). {@link Proceedings} drives
 * it for the chair: {@code next()} says whom to ask what; the replies go back through
 * {@code onReplies}; repeat until {@code next()} returns a {@link TableResult}. Turn order and
 * randomness (seeded) live here, so a run's course never depends on message timing.
 */
public interface Mechanism {
    Step next();

    /** The replies to the last {@link Ask}, keyed by party id. */
    void onReplies(Map<String, Reply> replies);

    /** Every action so far, in order (offers, accepts, votes, ...): a read-only view that grows as the run goes on. */
    List<TraceEvent> trace();
}
