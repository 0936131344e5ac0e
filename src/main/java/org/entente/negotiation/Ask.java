package org.entente.negotiation;

import java.util.List;
import java.util.Map;

/**
 * Ask these parties (in this order) and wait for all their replies. More than one party means
 * simultaneous moves (monotonic concession) or a vote (single text). {@code asked}: the parties asked, in
 * that order (the keys of {@code requests}, listed once: a run reads them several times a round, and a small map's
 * keys are a new iterator, entry set and entry each time).
 */
public record Ask(Map<String, Request> requests, List<String> asked) implements Step, Agenda {
    public Ask(Map<String, Request> requests) {
        this(requests, List.copyOf(requests.keySet()));
    }

    /** Ask one party (a turn): its key is known, so it is not read back from the map. */
    public Ask(String party, Request request) {
        this(Map.of(party, request), List.of(party));
    }
}
