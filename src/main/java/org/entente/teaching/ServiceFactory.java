package org.entente.teaching;

import org.entente.model.Config;
import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;

import java.util.Map;
import java.util.function.Function;

/**
 * Opens the negotiation service a session runs on: the JADE agents in {@code play}, where the
 * student's party is overridden by a {@link StudentNegotiator}; with no overrides, the agents alone
 * (the Monte Carlo baseline). Tests pass the in-process driver, which takes the same path.
 */
@FunctionalInterface
public interface ServiceFactory {
    NegotiationService open(Config config, Map<String, Function<NegotiatorContext, Negotiator>> overrides);
}
