package org.entente.results;

import org.entente.config.ConfigLoader;
import org.entente.experiment.RunPlan;
import org.entente.experiment.Shard;
import org.entente.model.Config;
import org.entente.model.Experiment;
import org.entente.model.YearsOutput;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The size estimate before a run: close to what the default scenario writes, and naming the setting that shrinks it. */
class OutputEstimateTest {
    private static Config config(int runs, YearsOutput years, boolean compress) throws Exception {
        Config c = ConfigLoader.load(Path.of("configs/china-lesotho.yaml"));
        Experiment e = c.experiment().withRuns(runs).withOutputs(new Experiment.Outputs(false, true, years, compress));
        return c.withExperiment(e);
    }

    @Test
    void aMillionRunsOfTheDefaultScenarioAreAboutSixGigabytesAndYearsSampleIsNamed() throws Exception {
        Config c = config(1_000_000, YearsOutput.ALL, false);
        OutputEstimate e = OutputEstimate.of(RunPlan.of(c, Shard.ALL));
        // measured: about 6.2 KB of years.csv and 280 bytes of runs.csv per run
        assertThat(e.bytes()).isBetween(5_000_000_000L, 8_000_000_000L);
        assertThat(e.warning(c.experiment().outputs())).startsWith("this run will write about ")
                .contains("experiment.outputs.years: sample");
    }

    @Test
    void noneThenCompressionThenNothingLeftToAdvise() throws Exception {
        Config none = config(10_000_000, YearsOutput.NONE, false);
        OutputEstimate e = OutputEstimate.of(RunPlan.of(none, Shard.ALL));
        assertThat(e.yearsBytes()).isZero();
        assertThat(e.warning(none.experiment().outputs())).contains("experiment.outputs.compress: true");
        Config small = config(1_000_000, YearsOutput.SAMPLE, true);
        assertThat(OutputEstimate.of(RunPlan.of(small, Shard.ALL)).warning(small.experiment().outputs())).isNull();
        Config hundred = config(100, YearsOutput.ALL, false);
        assertThat(OutputEstimate.of(RunPlan.of(hundred, Shard.ALL)).warning(hundred.experiment().outputs())).isNull();
    }
}
