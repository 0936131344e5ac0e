package org.entente.teaching;

import org.entente.negotiation.RunOutcome;

/** How a played session ended, as the debrief names it. */
public enum SessionResult {
    /** Agreed at the table and ratified by every party. */
    AGREEMENT,
    /** Agreed at the table, but some party's officials rejected it. */
    NOT_RATIFIED,
    /** No agreement at the table (walk-out, deadline, conflict). */
    NO_AGREEMENT,
    /** The run itself failed (an agent did not answer, a protocol error). */
    FAILED;

    /** How {@code outcome} ended. */
    public static SessionResult of(RunOutcome outcome) {
        return outcome.failed() ? FAILED : outcome.agreement() ? AGREEMENT
                : outcome.agreedAtTable() ? NOT_RATIFIED : NO_AGREEMENT;
    }
}
