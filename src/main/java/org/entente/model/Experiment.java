package org.entente.model;

import java.util.List;
import java.util.Map;

/**
 * How to run a scenario: protocol, deadline, replications, seed, noise, strategy overrides, sweep,
 * or instead a tournament between strategies (null when none).
 * {@code strategy} is the default for parties that name none (extension of the contract;
 * null means the protocol's default, see {@code org.entente.negotiation}).
 */
public record Experiment(String name, String scenario, Protocol protocol, int deadline, int runs, long seed,
                         Noise noise, StrategySpec strategy, Map<String, StrategySpec> strategies, Sweep sweep,
                         Outputs outputs, Tournament tournament) {

    public Experiment {
        strategies = Collections2.orderedCopy(strategies);
    }

    /** An experiment without a tournament. */
    public Experiment(String name, String scenario, Protocol protocol, int deadline, int runs, long seed, Noise noise,
                      StrategySpec strategy, Map<String, StrategySpec> strategies, Sweep sweep, Outputs outputs) {
        this(name, scenario, protocol, deadline, runs, seed, noise, strategy, strategies, sweep, outputs, null);
    }

    /** Per-run Monte Carlo perturbation; see docs/model.md. */
    public record Noise(double interests, double reservation) {
        public static final Noise NONE = new Noise(0, 0);

        public boolean isZero() {
            return interests == 0 && reservation == 0;
        }
    }

    /** A parameter sweep. {@code parameters} is empty when there is none (a single design point). */
    public record Sweep(Design design, int samples, List<SweepParameter> parameters) {
        public static final Sweep NONE = new Sweep(Design.GRID, 0, List.of());

        public Sweep {
            parameters = List.copyOf(parameters);
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

    public record Outputs(boolean trace, boolean charts) {
    }

    public Experiment withProtocol(Protocol p) {
        return new Experiment(name, scenario, p, deadline, runs, seed, noise, strategy, strategies, sweep,
                outputs, tournament);
    }

    public Experiment withDeadline(int d) {
        return new Experiment(name, scenario, protocol, d, runs, seed, noise, strategy, strategies, sweep,
                outputs, tournament);
    }

    public Experiment withRuns(int r) {
        return new Experiment(name, scenario, protocol, deadline, r, seed, noise, strategy, strategies,
                sweep, outputs, tournament);
    }

    public Experiment withSeed(long s) {
        return new Experiment(name, scenario, protocol, deadline, runs, s, noise, strategy, strategies,
                sweep, outputs, tournament);
    }

    public Experiment withNoise(Noise n) {
        return new Experiment(name, scenario, protocol, deadline, runs, seed, n, strategy, strategies, sweep,
                outputs, tournament);
    }

    public Experiment withStrategies(Map<String, StrategySpec> s) {
        return new Experiment(name, scenario, protocol, deadline, runs, seed, noise, strategy, s, sweep,
                outputs, tournament);
    }

    public Experiment withOutputs(Outputs o) {
        return new Experiment(name, scenario, protocol, deadline, runs, seed, noise, strategy, strategies,
                sweep, o, tournament);
    }
}
