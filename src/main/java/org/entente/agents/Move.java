package org.entente.agents;

import org.entente.negotiation.HeadStep;

/**
 * One party's part in one ask of a run, as the heads pass it to one another and report it to the
 * chair: the head's answer, or the failure of its strategy (which counts as its answer). {@code ask}
 * numbers the mechanism's asks of the run from 0.
 */
public sealed interface Move {
    int ask();

    String party();

    /** The head answered. */
    record Answered(int ask, String party, HeadStep.Answer answer) implements Move {
    }

    /** The head's strategy failed, for {@code reason}. */
    record Failed(int ask, String party, String reason) implements Move {
    }
}
