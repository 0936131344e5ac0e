package org.entente.cli;

import org.entente.agents.JadeNegotiationService;
import org.entente.agents.JadeOptions;
import org.entente.config.ConfigException;
import org.entente.config.ConfigLoader;
import org.entente.model.Config;
import org.entente.teaching.ServiceFactory;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** play's and classroom's FILE: the scenario students negotiate, the party they sit in, and the JADE agents they face. */
final class StudentScenario {
    @Parameters(index = "0", paramLabel = "FILE", description = "scenario or experiment config (YAML)")
    Path path;

    /** The config in FILE; exit 2 when it cannot be read, its own errors when it is faulty. */
    Config load() throws ConfigException {
        if (!Files.isReadable(path)) throw new Main.UserError("cannot read " + path);
        return ConfigLoader.load(path);
    }

    /** {@code party}, or exit 2 listing the parties of {@code config} that --as may name. */
    String seat(Config config, String party) {
        List<String> parties = config.scenario().partyIds();
        if (!parties.contains(party)) {
            throw new Main.UserError("no party '" + party + "' in " + path + "; choose --as one of: " + String.join(", ", parties));
        }
        return party;
    }

    /**
     * The JADE agents: a table of its own, its students' seats overridden, for each game, which may take
     * {@code gameTime}; the default tables for the agents' own runs (no overrides).
     */
    static ServiceFactory agents(Duration gameTime) {
        return (config, overrides) -> overrides.isEmpty()
                ? new JadeNegotiationService(config, JadeOptions.defaults())
                : new JadeNegotiationService(config, new JadeOptions(1, 1, gameTime, false, overrides));
    }
}
