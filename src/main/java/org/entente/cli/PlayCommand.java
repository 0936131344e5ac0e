package org.entente.cli;

import org.entente.model.Config;
import org.entente.model.Protocol;
import org.entente.results.OutputDirectoryException;
import org.entente.results.OutputDirectoryRule;
import org.entente.results.ResultsDirectory;
import org.entente.teaching.Terminal;
import org.entente.teaching.Debrief;
import org.entente.teaching.PlaySession;
import org.entente.teaching.SessionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code entente play FILE --as PARTY}: a student negotiates as PARTY's head against the JADE agents
 * at the terminal (or from a piped script), then sees the debrief (docs/teaching.md).
 */
@Command(name = "play", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Negotiate in the terminal as PARTY's head against the agents, then see a debrief.",
                "Commands at the prompt: offer ISSUE=VALUE ..., accept, show, help, quit (yes/no under single_text).",
                "Input may be piped: printf 'offer purchase=60\\naccept\\n' | ./entente play configs/china-lesotho.yaml --as lesotho"})
public final class PlayCommand extends Subcommand {

    @Mixin StudentScenario file;

    @Option(names = "--as", required = true, paramLabel = "PARTY", description = "the party whose head you play")
    String party;

    @Option(names = "--protocol", paramLabel = "P",
            description = "alternating_offers | stacked_alternating_offers | single_text | monotonic_concession (default: the file's)")
    String protocol;

    @Mixin MasterSeed seed;

    @Mixin OutDirectory out;

    @Mixin MonteCarloRuns mc;

    @Option(names = "--force", description = "allow writing into a --out DIR that already holds a session")
    boolean force;

    @Mixin DebugOption.Hidden debug;

    @Override
    public Integer call() throws Exception {
        mc.check();
        Config config = file.load();
        String seat = file.seat(config, party);
        if (protocol != null) {
            Protocol p = Protocol.find(protocol).orElseThrow(() -> new Main.UserError("unknown protocol '" + protocol
                    + "'; choose one of: " + String.join(", ", Protocol.ids())));
            config = config.withExperiment(config.experiment().withProtocol(p));
        }
        Path dir = out.dir();
        refuseOldSession(dir);

        Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
        Terminal console = new Terminal(in, out(), System.console() == null);
        PlaySession session = new PlaySession(config, seat, seed.of(config.experiment()), dir, mc.runs);
        Debrief debrief = session.play(console, StudentScenario.agents(Duration.ofHours(2)));
        return debrief.result() == SessionResult.FAILED ? Main.FAILED : Main.OK;
    }

    private void refuseOldSession(Path dir) throws OutputDirectoryException {
        OutputDirectoryRule.requireDirectory(dir);
        if (!force && Files.exists(dir.resolve(ResultsDirectory.ROUNDS))) {
            throw OutputDirectoryRule.refusal(dir, "already holds a session", OutputDirectoryRule.FORCE);
        }
    }
}
