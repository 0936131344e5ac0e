package org.entente.cli;

import org.entente.agents.Endpoint;
import org.entente.agents.Secret;
import org.entente.agents.WorkerEnd;
import org.entente.agents.WorkerNode;
import org.entente.model.Phrases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/** `entente worker`: joins a running experiment's JADE platform and hosts negotiation tables for it (docs/scale.md). */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Join an experiment started with ./entente run FILE --listen HOST:PORT --secret-file F, as a"
                + " JADE container hosting tables of negotiating agents (heads and officials). Exits 0 when the"
                + " experiment is over. Trusted networks only: see docs/scale.md."})
public final class WorkerCommand extends Subcommand {

    @Option(names = "--connect", required = true, paramLabel = "HOST:PORT", description = "the experiment's --listen address")
    String connect;

    @Option(names = "--secret-file", required = true, paramLabel = "F",
            description = "the experiment's shared secret (the same file as its --secret-file)")
    Path secretFile;

    @Option(names = "--tables", paramLabel = "N", description = "tables of agents to host (default: cores, ${DEFAULT-VALUE})")
    int tables = Runtime.getRuntime().availableProcessors();

    @Option(names = "--wait", paramLabel = "S", description = "keep trying to reach the experiment for S seconds (default ${DEFAULT-VALUE})")
    int waitSeconds = 60;

    @Mixin JadeLogOption jadeLog;

    @Mixin DebugOption debug;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = out();
        PrintWriter stderr = err();
        if (tables < 1) throw new Main.UserError("--tables must be at least 1, got " + tables);
        if (waitSeconds < 0) throw new Main.UserError("--wait must be 0 or more seconds, got " + waitSeconds);
        Endpoint at = WorkerDoor.endpoint("--connect", connect);
        Secret secret = WorkerDoor.secret(secretFile);
        jadeLog.apply();
        WorkerEnd end = WorkerNode.serve(at, secret, tables, line -> {
            stderr.println("entente worker: " + line);
            stderr.flush();
        }, Duration.ofSeconds(waitSeconds));
        if (end instanceof WorkerEnd.Finished f) {
            stdout.println("entente worker: the experiment is over; this worker's tables completed " + Phrases.count(f.runs(), "run", "runs"));
            stdout.flush();
            return Main.OK;
        }
        if (end instanceof WorkerEnd.Refused r) throw new Main.Failure("refused by the experiment at " + at + ": " + r.why());
        throw new Main.Failure(((WorkerEnd.Lost) end).why());
    }
}
