package org.entente.bench;

import org.entente.config.ConfigLoader;
import org.entente.experiment.RunPlan;
import org.entente.experiment.Shard;
import org.entente.model.Config;
import org.entente.negotiation.InProcessNegotiationService;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The default scenario (configs/china-lesotho.yaml) and a few of its negotiated runs, for the JMH benchmarks. */
public final class DefaultScenario {
    public final Config config;
    public final RunPlan plan;
    public final List<RunOutcome> outcomes = new ArrayList<>();
    public final List<RunWorld> worlds = new ArrayList<>();

    public DefaultScenario(int runs) throws Exception {
        Path file = Path.of("configs", "china-lesotho.yaml");
        if (!Files.exists(file)) file = Path.of(System.getProperty("entente.root", "."), "configs", "china-lesotho.yaml");
        Config c = ConfigLoader.load(file);
        this.config = c.withExperiment(c.experiment().withRuns(Math.max(1, runs)));
        this.plan = RunPlan.of(config, Shard.ALL);
        InProcessNegotiationService local = new InProcessNegotiationService(config);
        for (int i = 0; i < runs; i++) {
            var req = plan.request(i);
            outcomes.add(local.negotiate(req));
            worlds.add(RunWorld.build(config, req.assignments(), req.seed()));
        }
    }
}
