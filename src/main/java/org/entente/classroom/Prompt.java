package org.entente.classroom;

import org.entente.negotiation.Offer;
import org.entente.negotiation.Ratification;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What a student's seat is asked now, and where their answer goes: the head agent's thread waits on
 * {@code answer} until the browser completes it (or the move's time runs out at {@code deadlineNanos}).
 * {@code offers} are the other parties' offers on the table (turns); {@code text} is the negotiating
 * text (votes) or the package the officials were consulted on (confirm); {@code proposal} the
 * mediator's proposed text; {@code forecast} the officials' votes (confirm).
 */
record Prompt(Kind kind, int round, Map<String, Offer> offers, Offer text, Offer proposal, Ratification forecast,
              long deadlineNanos, CompletableFuture<Action> answer) {

    Prompt {
        offers = Map.copyOf(offers);
    }

    /** The situations a seat can be in, and so the actions each accepts. */
    enum Kind {
        /** Alternating offers: offer, accept the offer on the table, or walk away. */
        TURN,
        /** Monotonic concession: everyone offers at once (repeat your offer to stand still), or accepts another's. */
        SIMULTANEOUS,
        /** Single text: vote on replacing the text by the mediator's proposal. */
        VOTE,
        /** Single text: the final vote on the text. */
        FINAL_VOTE,
        /** The officials would not ratify what you accepted: go ahead (yes) or withdraw (no)? */
        CONFIRM,
        /** You withdrew an acceptance: make a counter-offer. */
        COUNTER;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean voting() {
            return this == VOTE || this == FINAL_VOTE || this == CONFIRM;
        }
    }

    /** The action as this prompt takes it (an accept names its proposer), or why it does not fit now. */
    Action check(Action action) throws ApiError {
        if (kind.voting()) {
            if (action instanceof Action.Vote) return action;
            throw ApiError.conflict(kind == Kind.CONFIRM ? "answer yes (go ahead) or no (withdraw) first"
                    : "the table is voting now: vote yes or no");
        }
        if (action instanceof Action.Vote) throw ApiError.conflict("there is nothing to vote on now: make an offer");
        if (action instanceof Action.Propose) return action;
        Action.Accept accept = (Action.Accept) action;
        if (kind == Kind.COUNTER) throw ApiError.conflict("you withdrew your acceptance: make a counter-offer instead");
        if (offers.isEmpty()) throw ApiError.conflict("there is no offer on the table to accept: make one");
        if (accept.proposer() == null) {
            if (offers.size() > 1) {
                throw ApiError.badInput("several offers are on the table: say whose you accept (\"party\")");
            }
            return new Action.Accept(offers.keySet().iterator().next());
        }
        if (!offers.containsKey(accept.proposer())) {
            throw ApiError.conflict("there is no offer from '" + accept.proposer() + "' on the table");
        }
        return action;
    }
}
