package org.entente.cli;

import org.entente.config.ConfigException;
import org.entente.config.ConfigLoader;
import org.entente.experiment.RunPlan;
import org.entente.experiment.Shard;
import org.entente.model.Phrases;
import org.entente.model.Config;
import org.entente.model.Experiment;
import org.entente.results.Manifest;
import org.entente.results.Layout;
import org.entente.results.OutputDirectoryException;
import org.entente.results.ShardMerge;
import org.entente.results.SummaryText;
import org.entente.results.TournamentText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** `entente merge DIR... --out DIR`: shard directories into one results directory, as if run on one machine. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge the results directories of shards 1/N … N/N of one experiment into one results "
                + "directory, byte-identical to a single-machine run; then render charts and report."})
public final class MergeCommand extends Subcommand {

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "the shards' results directories")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the merged results directory (new or empty)")
    Path out;

    @Option(names = "--config", paramLabel = "FILE",
            description = "the experiment's config file, when it is no longer where the shards' manifest says")
    Path config;

    @Mixin ChartsOption noCharts;

    @Mixin DebugOption debug;

    @Override
    public Integer call() throws ConfigException, IOException, OutputDirectoryException {
        PrintWriter stdout = out();
        PrintWriter stderr = err();
        List<ShardMerge.ShardDirectory> checked = ShardMerge.check(shards);
        Manifest m = checked.get(0).manifest();
        Path file = config != null ? config : m.configFile() != null ? Path.of(m.configFile()) : null;
        if (file == null || !Files.isReadable(file)) {
            throw new Main.UserError("the experiment's config " + (file != null ? file + " " : "")
                    + "cannot be read; give it with --config FILE");
        }
        Config c = ConfigLoader.load(file);
        if (!c.sha256().equals(m.configSha256())) {
            throw new Main.UserError(file + " is not the config the shards were run with (sha256 differs)");
        }
        Experiment e = c.experiment().withRuns(m.runs()).withSeed(m.seed()).withTrace(m.trace());
        RunPlan plan = RunPlan.of(c.withExperiment(e), Shard.ALL);
        if (plan.points().size() != m.points() || !plan.points().equals(m.designPoints())) {
            throw new Main.UserError(file + " gives different design points from the shards' manifest");
        }
        ShardMerge.Merged merged;
        try {
            merged = ShardMerge.merge(checked, plan, out, argv(), Instant.now());
        } catch (IOException ex) {
            throw new Main.Failure("cannot write the merged results to " + out + ": " + ErrorLine.reason(ex));
        }
        try (merged) {
            if (merged.lockUnavailable() != null) stderr.println(ErrorLine.warning(merged.lockUnavailable()));
            stdout.print(plan.config().experiment().tournament() != null ? TournamentText.format(out)
                    : SummaryText.format(Layout.of(plan), merged.summary()));
            stdout.println("Merged " + Phrases.count(checked.size(), "shard", "shards") + " into " + out);
            stdout.flush();
            if (noCharts.drawn(e.outputs().charts())) {
                if (!ReportStep.render(out, null, stderr)) return Main.FAILED;
                stdout.println(ReportStep.where(out));
                stdout.flush();
            }
            return Main.OK;
        }
    }
}
