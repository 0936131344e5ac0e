package org.entente.agents;

import org.entente.model.Config;
import org.entente.negotiation.NegotiationService;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunRequest;

import java.util.concurrent.CompletableFuture;

/** Negotiates runs on JADE agents: states, officials and a chair exchanging FIPA ACL messages. */
public final class JadeNegotiationService implements NegotiationService {

    public JadeNegotiationService(Config base, JadeOptions options) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public CompletableFuture<RunOutcome> submit(RunRequest request) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public int parallelism() {
        return 1;
    }

    @Override
    public void close() {
    }
}
