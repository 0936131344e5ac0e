package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The strategy types a config may name, with their parameters. Behaviour lives in
 * {@code org.entente.negotiation.strategy}; this is the catalogue the config is validated against.
 * Every type also takes {@code two_level} (0 or 1): when 1, the head only offers and accepts what
 * its own officials would ratify.
 */
public enum StrategyType {
    BOULWARE("boulware", "time-dependent, concedes late (Faratin et al. 1998)",
            p("e", 0.2, 1e-3, 100, "concession exponent; e < 1 holds firm until late")),
    LINEAR("linear", "time-dependent, concedes at a constant rate",
            p("e", 1.0, 1e-3, 100, "concession exponent; 1 = linear")),
    CONCEDER("conceder", "time-dependent, concedes early",
            p("e", 2.0, 1e-3, 100, "concession exponent; e > 1 concedes early")),
    HARDLINER("hardliner", "never concedes from its best offer"),
    TIT_FOR_TAT("tit_for_tat", "relative tit-for-tat: mirrors the opponent's last concession",
            p("delta", 1.0, 0, 10, "share of the opponent's concession it reciprocates"),
            p("window", 1, 1, 100, "how many rounds back it measures the opponent's concession")),
    ZEUTHEN("zeuthen", "concedes when its risk (Zeuthen 1930) is the smaller one"),
    FREQUENCY("frequency", "time-dependent with a frequency opponent model (Baarslag et al. 2013)",
            p("e", 0.5, 1e-3, 100, "concession exponent of its target utility")),
    ;

    /** Parameters every type accepts. */
    public static final List<ParameterSpec> COMMON = List.of(
            p("two_level", 0, 0, 1, "1: only offer and accept what its own officials would ratify"),
            p("min", 0, 0, 1, "lowest utility it will concede to (never below its reservation)"));

    private final String id;
    private final String description;
    private final List<ParameterSpec> params;

    StrategyType(String id, String description, ParameterSpec... params) {
        this.id = id;
        this.description = description;
        this.params = List.of(params);
    }

    private static ParameterSpec p(String name, double def, double min, double max, String what) {
        return new ParameterSpec(name, def, min, max, what);
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Type-specific parameters (excluding {@link #COMMON}). */
    public List<ParameterSpec> params() {
        return params;
    }

    public Optional<ParameterSpec> param(String name) {
        for (ParameterSpec s : params) if (s.name().equals(name)) return Optional.of(s);
        for (ParameterSpec s : COMMON) if (s.name().equals(name)) return Optional.of(s);
        return Optional.empty();
    }

    public double defaultOf(String name) {
        return param(name).map(ParameterSpec::defaultValue)
                .orElseThrow(() -> new IllegalArgumentException("strategy " + id + " has no parameter " + name));
    }

    public static Optional<StrategyType> find(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static StrategyType of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown strategy " + id));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(StrategyType::id).toList();
    }
}
