package org.entente.negotiation;

import java.util.Map;

/**
 * Ask these parties (in this order) and wait for all their replies. More than one party means
 * simultaneous moves (monotonic concession) or a vote (single text).
 */
public record Ask(Map<String, Request> requests) implements Step, Agenda {
}
