package org.entente.cli;

import org.entente.agents.JadeNegotiationService;
import org.entente.agents.JadeOptions;
import org.entente.config.ConfigException;
import org.entente.model.Config;
import org.entente.teaching.ServiceFactory;
import picocli.CommandLine.Mixin;

import java.time.Duration;
import java.util.List;

/** play's and classroom's FILE: the scenario students negotiate, the party they sit in, and the JADE agents they face. */
final class StudentScenario {
    @Mixin ConfigFile file;

    /** The config in FILE (see {@link ConfigFile#load}). */
    Config load() throws ConfigException {
        return file.load();
    }

    /** {@code party}, or exit 2 listing the parties of {@code config} that --as may name. */
    String seat(Config config, String party) {
        List<String> parties = config.scenario().partyIds();
        if (!parties.contains(party)) {
            throw new Main.UserError("no party '" + party + "' in " + file.path + "; choose --as one of: " + String.join(", ", parties));
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
