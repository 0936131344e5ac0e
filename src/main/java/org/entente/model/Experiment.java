package org.entente.model;

import java.util.List;
import java.util.Map;

/**
 * How to run a scenario: protocol, deadline, replications, seed, noise, strategy overrides, sweep,
 * and whether design points share common random numbers (replicate r of every point uses the
 * stream of (seed, r) instead of (seed, run_id)), or instead of strategies and sweep a tournament
 * between strategies (null when none).
 * {@code strategy} is the default for parties that name none (extension of the contract;
 * null means the protocol's default, see {@code org.entente.negotiation}).
 */
public record Experiment(String name, String scenario, Protocol protocol, int deadline, int runs, long seed,
                         Noise noise, StrategySpec strategy, Map<String, StrategySpec> strategies, Sweep sweep,
                         Outputs outputs, boolean commonRandomNumbers, Tournament tournament) {

    public Experiment {
        strategies = Collections2.orderedCopy(strategies);
    }

    /** An experiment whose runs each have their own stream (no common random numbers). */
    public Experiment(String name, String scenario, Protocol protocol, int deadline, int runs, long seed, Noise noise,
                      StrategySpec strategy, Map<String, StrategySpec> strategies, Sweep sweep, Outputs outputs) {
        this(name, scenario, protocol, deadline, runs, seed, noise, strategy, strategies, sweep, outputs, false, null);
    }

    /** Per-run Monte Carlo perturbation; see docs/model.md. */
    public record Noise(double interests, double reservation) {
        public static final Noise NONE = new Noise(0, 0);

        public boolean isZero() {
            return interests == 0 && reservation == 0;
        }
    }

    /**
     * A parameter sweep. {@code parameters} is empty when there is none (a single design point);
     * {@code levels} is the number of grid levels of a Morris design (unused by other designs).
     */
    public record Sweep(Design design, int samples, List<SweepParameter> parameters, int levels) {
        /** Morris grid levels when the sweep gives none. */
        public static final int DEFAULT_LEVELS = 4;
        public static final Sweep NONE = new Sweep(Design.GRID, 0, List.of());

        public Sweep {
            parameters = List.copyOf(parameters);
        }

        public Sweep(Design design, int samples, List<SweepParameter> parameters) {
            this(design, samples, parameters, DEFAULT_LEVELS);
        }
    }

    /**
     * One swept parameter: {@code values} (numbers as Double, or strings for protocol / strategy
     * type sweeps), or {@code min}, {@code max} and (grid only) {@code steps}.
     */
    public record SweepParameter(String path, List<Object> values, Double min, Double max, Integer steps) {
        public SweepParameter {
            values = values == null ? null : List.copyOf(values);
        }
    }

    /**
     * Which optional outputs to write: rounds.csv ({@code trace}), charts and report.html, which
     * runs' years years.csv keeps, whether every CSV is gzip-compressed, and the chart formats
     * besides PNG ({@code formats}: ids "png", "svg", "pdf").
     *
     * @param years    which runs' years years.csv keeps
     * @param compress whether every CSV is written gzip-compressed
     */
    public record Outputs(boolean trace, boolean charts, YearsOutput years, boolean compress, List<String> formats) {
        public static final List<String> FORMATS = List.of("png", "svg", "pdf");

        public Outputs {
            formats = List.copyOf(formats);
        }

        /** Every run's years, plain CSV, PNG charts only. */
        public Outputs(boolean trace, boolean charts) {
            this(trace, charts, YearsOutput.ALL, false, List.of("png"));
        }

        /** PNG charts only. */
        public Outputs(boolean trace, boolean charts, YearsOutput years, boolean compress) {
            this(trace, charts, years, compress, List.of("png"));
        }

        public Outputs withTrace(boolean t) {
            return new Outputs(t, charts, years, compress, formats);
        }
    }

    public Experiment withProtocol(Protocol p) {
        return RecordCopy.with(this, "protocol", p);
    }

    public Experiment withDeadline(int d) {
        return RecordCopy.with(this, "deadline", d);
    }

    public Experiment withRuns(int r) {
        return RecordCopy.with(this, "runs", r);
    }

    public Experiment withSeed(long s) {
        return RecordCopy.with(this, "seed", s);
    }

    public Experiment withNoise(Noise n) {
        return RecordCopy.with(this, "noise", n);
    }

    public Experiment withStrategies(Map<String, StrategySpec> s) {
        return RecordCopy.with(this, "strategies", s);
    }

    public Experiment withOutputs(Outputs o) {
        return RecordCopy.with(this, "outputs", o);
    }

    /** With rounds.csv written or not; every other output setting as configured (charts on by default). */
    public Experiment withTrace(boolean trace) {
        return withOutputs((outputs == null ? new Outputs(false, true) : outputs).withTrace(trace));
    }
}
