package org.entente.model;

import java.util.List;
import java.util.Optional;

/** The negotiation protocols ({@code experiment.protocol}); see docs/protocols.md. */
public enum Protocol implements ConfigChoice {
    ALTERNATING_OFFERS, STACKED_ALTERNATING_OFFERS, SINGLE_TEXT, MONOTONIC_CONCESSION;

    public static Optional<Protocol> find(String id) {
        return ConfigChoice.find(values(), id);
    }

    public static List<String> ids() {
        return ConfigChoice.ids(values());
    }
}
