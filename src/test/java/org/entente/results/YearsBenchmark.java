package org.entente.results;

import org.entente.bench.DefaultScenario;
import org.entente.bench.JmhDefaults;
import org.entente.evaluation.Evaluator;
import org.entente.negotiation.RunOutcome;
import org.entente.outcome.YearRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The years accumulator of years_summary.csv on the default scenario: one run's 40 implementation
 * years added to its design point's cells (done for every run as it is written), the text of a
 * point of 2,000 runs (its exact sums and bins; written at checkpoints and when the point closes), that
 * text read back (resume, merge and years_summary.csv read every closed point's block), and the mean and
 * standard deviation of every cell of the point (years_summary.csv's rows).
 */
public class YearsBenchmark extends JmhDefaults {
    private final List<List<YearRecord>> runs = new ArrayList<>();
    private PointYears accumulating;
    private PointYears full;
    private Path block;
    private List<String> parties;
    private int next;

    @Setup
    public void setUp() throws Exception {
        DefaultScenario d = new DefaultScenario(8);
        Evaluator evaluator = new Evaluator(d.config);
        for (RunOutcome o : d.outcomes) runs.add(evaluator.evaluate(o).years());
        parties = Layout.of(d.plan).parties();
        accumulating = new PointYears(0, parties);
        full = new PointYears(0, parties);
        for (int i = 0; i < 2000; i++) full.add(runs.get(i % runs.size()));
        block = Files.createTempFile("entente-years", ".state");
        block.toFile().deleteOnExit();
        Files.writeString(block, YearsState.block(full, 2000));
    }

    /** One run's years into the point's cells (count, exact sums of values and squares, bins). */
    @Benchmark
    public PointYears accumulateRun() {
        next = (next + 1) % runs.size();
        accumulating.add(runs.get(next));
        return accumulating;
    }

    /** The state-file block of a point of 2,000 runs (a checkpoint, or the point closing). */
    @Benchmark
    public String pointBlock() {
        return YearsState.block(full, 2000);
    }

    /** The block of a point of 2,000 runs read back from its file. */
    @Benchmark
    public Object readBlock() throws IOException {
        return YearsState.readAll(block, parties);
    }

    /** The mean and standard deviation of every cell of a point of 2,000 runs. */
    @Benchmark
    public double cellStatistics() {
        double total = 0;
        for (YearsSummaryColumns.Row r : full.rows()) total += r.cell().mean() + r.cell().sd();
        return total;
    }
}
