package org.entente.negotiation;

/** One official's ratification vote on an offer. */
public record Vote(String party, String official, boolean approve, double utility) {
}
