package org.entente.model;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The experiment's sweepable settings ({@code experiment.<path>}), with how to read them from and
 * set them on a config's {@link Experiment}. Strategy overrides are swept through {@link StrategyParamPath};
 * {@code runs} and {@code seed} define the replications and are not sweepable.
 */
public enum ExperimentSetting implements ConfigSetting {
    PROTOCOL("protocol", Protocol.ids(), FieldSpec.of("protocol", FieldKind.NAME,
            "alternating_offers with two parties, stacked_alternating_offers with more",
            "one of " + String.join(", ", Protocol.ids()), "the negotiation protocol (docs/protocols.md)")
            .sweepable("protocol"),
            e -> e.protocol().id(), (e, v) -> e.withProtocol(Protocol.find((String) v).orElseThrow())),
    DEADLINE("deadline", List.of(), FieldSpec.number("deadline", 100, Range.integers(1, 1_000_000),
            "rounds before the negotiation ends without agreement").sweepable("deadline (rounds)"),
            e -> (double) e.deadline(), (e, v) -> e.withDeadline((int) Math.round((Double) v))),
    NOISE_INTERESTS("noise.interests", List.of(), FieldSpec.number("interests", 0, Range.closed(0, 10),
            "relative sd of the per-run noise on every official's interest weights").sweepable("noise on interests"),
            e -> noise(e).interests(), (e, v) -> e.withNoise(RecordCopy.with(noise(e), "interests", v))),
    NOISE_RESERVATION("noise.reservation", List.of(), FieldSpec.number("reservation", 0, Range.closed(0, 10),
            "sd of the per-run additive noise on every reservation (clamped to [0, 1))")
            .sweepable("noise on reservations"),
            e -> noise(e).reservation(), (e, v) -> e.withNoise(RecordCopy.with(noise(e), "reservation", v)));

    private final String path;
    private final List<String> names;
    private final FieldSpec spec;
    private final Function<Experiment, Object> get;
    private final BiFunction<Experiment, Object, Experiment> set;

    ExperimentSetting(String path, List<String> names, FieldSpec spec, Function<Experiment, Object> get,
                      BiFunction<Experiment, Object, Experiment> set) {
        this.path = path;
        this.names = names;
        this.spec = spec;
        this.get = get;
        this.set = set;
    }

    @Override public FieldSpec fieldSpec() { return spec; }

    /** The path below {@code experiment.}: "deadline", "noise.interests". */
    public String path() {
        return path;
    }

    @Override
    public String sweepPath() {
        return "experiment." + path;
    }

    @Override
    public Object get(Config config) {
        return get.apply(config.experiment());
    }

    @Override
    public Config with(Config config, Object value) {
        return config.withExperiment(set.apply(config.experiment(), value));
    }

    @Override
    public List<String> names() {
        return names;
    }

    private static Experiment.Noise noise(Experiment e) {
        return e.noise() != null ? e.noise() : Experiment.Noise.NONE;
    }
}
