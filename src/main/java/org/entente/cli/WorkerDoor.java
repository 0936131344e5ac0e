package org.entente.cli;

import org.entente.agents.Endpoint;
import org.entente.agents.JadeNegotiationService;
import org.entente.agents.JadePlatform;
import org.entente.agents.Secret;
import org.entente.negotiation.NegotiationService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * run's {@code --listen --secret-file} and its {@link WorkerQuorum} (docs/scale.md): where workers join the
 * experiment, the secret they must prove they know, and how many to wait for before the runs start.
 */
final class WorkerDoor {
    @Option(names = "--listen", paramLabel = "HOST:PORT",
            description = "start the JADE main container on this address so that workers can join (needs --secret-file)")
    String listen;

    @Option(names = "--secret-file", paramLabel = "F", description = "shared secret every worker must prove it knows")
    Path secretFile;

    @Mixin WorkerQuorum quorum;

    private Endpoint at;
    private Secret secret;

    /** Checks the options together (exit 2 naming the one at fault); true when workers may join. */
    boolean check() {
        if (listen == null && (secretFile != null || quorum.given())) {
            throw new Main.UserError((secretFile != null ? "--secret-file" : quorum.givenOption()) + " needs --listen HOST:PORT");
        }
        if (listen != null && secretFile == null) {
            throw new Main.UserError("--listen needs --secret-file F: workers must prove they know the secret"
                    + " (e.g. head -c 32 /dev/urandom | base64 > F, the same file on every worker)");
        }
        quorum.check();
        at = listen != null ? endpoint("--listen", listen) : null;
        secret = secretFile != null ? secret(secretFile) : null;
        return at != null;
    }

    /** Starts JADE's main container on --listen; before the negotiation service starts the platform. */
    void listen() {
        JadePlatform.listen(at);
    }

    /**
     * Starts taking workers, who are sent {@code configText} under {@code file}'s name, and waits (bounded)
     * for --workers of them; {@code resume} is the command that continues the run if they do not come.
     */
    void admit(NegotiationService service, Path file, String configText, String resume, PrintWriter stderr)
            throws InterruptedException {
        if (!(service instanceof JadeNegotiationService jade)) throw new Main.UserError("--listen needs the JADE agents");
        jade.acceptWorkers(secret, file.getFileName().toString(), configText);
        int workers = quorum.workers;
        stderr.println("entente: listening for workers on " + at + (workers > 0 ? "; waiting for " + workers
                + " of them (./entente worker --connect " + at + " --secret-file F)" : ""));
        stderr.flush();
        if (!jade.awaitWorkers(workers, quorum.patience())) {
            throw new Main.Failure("only " + jade.workers() + " of " + workers + " workers joined within "
                    + quorum.patience().toSeconds() + " s (--workers-wait); start them with ./entente worker --connect " + at
                    + " --secret-file F, then continue with: " + resume);
        }
    }

    /** HOST:PORT of an option, or exit 2 naming the option. */
    static Endpoint endpoint(String option, String text) {
        try {
            return Endpoint.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(option + ": " + e.getMessage());
        }
    }

    /** The shared secret in {@code file}, or exit 2 saying what is wrong with it. */
    static Secret secret(Path file) {
        try {
            return Secret.read(file);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
    }
}
