package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The negotiation protocols ({@code experiment.protocol}); see docs/protocols.md. */
public enum Protocol {
    ALTERNATING_OFFERS("alternating_offers"),
    STACKED_ALTERNATING_OFFERS("stacked_alternating_offers"),
    SINGLE_TEXT("single_text"),
    MONOTONIC_CONCESSION("monotonic_concession");

    private final String id;

    Protocol(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Protocol> find(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Protocol::id).toList();
    }
}
