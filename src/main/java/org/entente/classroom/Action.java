package org.entente.classroom;

import org.entente.negotiation.Offer;

/** What a student does at their seat, from the browser (or what the seat does for them when they are gone). */
sealed interface Action {

    /** Offers a package (under monotonic concession, repeating the last offer keeps it). */
    record Propose(Offer offer) implements Action {
    }

    /** Accepts the offer on the table made by {@code proposer}. */
    record Accept(String proposer) implements Action {
    }

    /** Votes yes or no: on the mediator's proposal, the final text, or going ahead against the officials. */
    record Vote(boolean yes) implements Action {
    }

    /** Leaves the table: the student walked away, stopped answering, time ran out or the teacher ended the class. */
    record Walk(String reason) implements Action {
    }
}
