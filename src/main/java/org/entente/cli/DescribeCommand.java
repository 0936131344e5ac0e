package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.analysis.ScenarioDescription;
import org.entente.analysis.SweepPathList;
import org.entente.model.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `entente describe FILE [--json] [--paths]`: the scenario at a glance and its reference points, or its sweep paths. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = {"The scenario at a glance: parties, officials, interests, issues, each party's ideal outcome, "
                + "and the agreement space's reference points (Nash, Kalai-Smorodinsky, max welfare, Pareto frontier "
                + "size) over the offer grid among the individually rational outcomes."})
public final class DescribeCommand extends Subcommand {
    @Mixin ConfigFile file;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Option(names = "--paths", description = "list every sweepable path (for experiment.sweep) with its current "
            + "value and the values it accepts, instead of the description")
    boolean paths;

    @Mixin DebugOption.Hidden debug;

    @Override
    public Integer call() throws Exception {
        Config config = file.load();
        var out = out();
        if (json) {
            var node = paths ? new SweepPathList(config).toJson() : new ScenarioDescription(config.scenario()).toJson();
            out.print(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(node) + System.lineSeparator());
        } else {
            out.print(paths ? new SweepPathList(config).toText() : new ScenarioDescription(config.scenario()).toText());
        }
        out.flush();
        return Main.OK;
    }
}
