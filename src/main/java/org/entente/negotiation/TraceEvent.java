package org.entente.negotiation;

/**
 * One action in a run, for rounds.csv and the transcript. {@code action} is one of
 * offer, accept, reject, end, propose_text, vote, consult, ratify; {@code offer} the package the
 * action concerns (may be null); {@code detail} free text (e.g. "yes", the official's id, a reason).
 */
public record TraceEvent(int round, String actor, String action, Offer offer, String detail) {
}
