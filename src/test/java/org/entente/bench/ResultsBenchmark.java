package org.entente.bench;

import org.entente.analysis.ReferenceAnalysis;
import org.entente.evaluation.Evaluator;
import org.entente.evaluation.RunRecord;
import org.entente.negotiation.Game;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;
import org.entente.outcome.ImplementationModel;
import org.entente.results.Csv;
import org.entente.results.Layout;
import org.entente.results.RunEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Per-run and per-experiment work after the negotiation, on the default scenario: evaluating a run
 * (its world, payoffs and implementation model), encoding its record as CSV lines (runs.csv and its
 * 20 years.csv lines), one number cell, the implementation model alone, and the reference analysis
 * (630,000 outcomes) done once per results directory and by describe; and reading a run's 20
 * years.csv lines back into numbers, as summary.csv does after the last run (the top frames of the
 * message-minimal protocol's profile, docs/performance.md).
 */
public class ResultsBenchmark extends JmhDefaults {
    private DefaultScenario d;
    private Evaluator evaluator;
    private RunEncoder encoder;
    private RunOutcome outcome;
    private RunRecord record;
    private RunWorld world;
    private Game base;
    private double[] numbers;
    private int next;
    private String[] yearsLines;

    @Setup
    public void setUp() throws Exception {
        d = new DefaultScenario(8);
        evaluator = new Evaluator(d.config);
        encoder = new RunEncoder(Layout.of(d.plan), false, org.entente.model.YearsOutput.ALL);
        outcome = d.outcomes.get(3);
        record = evaluator.evaluate(outcome);
        world = d.worlds.get(3);
        base = Game.compile(d.config.scenario());
        SplittableRandom r = new SplittableRandom(7);
        numbers = new double[1024];
        for (int i = 0; i < numbers.length; i++) numbers[i] = r.nextDouble() * Math.pow(10, r.nextInt(6) - 2);
        yearsLines = encoder.encode(record).yearsLines().split("\n");
    }

    /** A run's years.csv lines read back cell by cell into numbers (summary.csv's read-back). */
    @Benchmark
    public double readYears() {
        double sum = 0;
        for (String line : yearsLines) {
            for (String cell : Csv.parse(line)) {
                double v = Csv.toNumber(cell);
                if (!Double.isNaN(v)) sum += v;
            }
        }
        return sum;
    }

    /** The record of one run: rebuilds its world, evaluates the outcome and runs the implementation model. */
    @Benchmark
    public Object evaluateRun() {
        return evaluator.evaluate(outcome);
    }

    /** runs.csv and years.csv lines of one run's record. */
    @Benchmark
    public Object encodeRun() {
        return encoder.encode(record);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public String csvNumber() {
        next = (next + 1) & (numbers.length - 1);
        return Csv.number(numbers[next]);
    }

    @Benchmark
    public Object implementationSimulate() {
        return ImplementationModel.simulate(world, outcome);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object referenceAnalysis() {
        return ReferenceAnalysis.compute(base);
    }
}
