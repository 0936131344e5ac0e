package org.entente.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named strategy presets a config may give as {@code type}: each is a composition of parts
 * ({@link OfferingPart}, {@link AcceptancePart}, {@link ModelPart}), sometimes with its own
 * parameter defaults. Every preset also takes the {@link #COMMON} parameters, e.g. {@code two_level}
 * (0 or 1): when 1, the head only offers and accepts what its own officials would ratify.
 */
public enum StrategyType implements ConfigChoice {
    BOULWARE("time-dependent, concedes late (Faratin et al. 1998)", OfferingPart.BOULWARE),
    LINEAR("time-dependent, concedes at a constant rate", OfferingPart.LINEAR),
    CONCEDER("time-dependent, concedes early", OfferingPart.CONCEDER),
    HARDLINER("never concedes from its best offer", OfferingPart.HARDLINER),
    TIT_FOR_TAT("relative tit-for-tat: mirrors the opponent's last concession", OfferingPart.TIT_FOR_TAT),
    ZEUTHEN("concedes when its risk (Zeuthen 1930) is the smaller one", OfferingPart.ZEUTHEN),
    FREQUENCY("time-dependent with a frequency opponent model (Baarslag et al. 2013)",
            OfferingPart.BOULWARE, AcceptancePart.NEXT_OR_TARGET, ModelPart.FREQUENCY, Map.of("e", 0.5)),
    EQUILIBRIUM("subgame-perfect equilibrium of bilateral alternating offers (Rubinstein 1982)",
            OfferingPart.EQUILIBRIUM, AcceptancePart.TARGET, ModelPart.BELIEFS, Map.of()),
    ;

    /** Parameters every strategy accepts. */
    public static final List<ParameterSpec> COMMON = List.of(
            PartSpec.p("two_level", 0, 0, 1, "1: only offer and accept what its own officials would ratify"),
            PartSpec.p("min", 0, 0, 1, "lowest worth it will concede to (never below its reservation)"));

    private final String description;
    private final OfferingPart offering;
    private final AcceptancePart acceptance;
    private final ModelPart model;
    private final Map<String, Double> defaults;

    StrategyType(String description, OfferingPart offering) {
        this(description, offering, AcceptancePart.NEXT_OR_TARGET, ModelPart.BELIEFS, Map.of());
    }

    StrategyType(String description, OfferingPart offering, AcceptancePart acceptance, ModelPart model,
                 Map<String, Double> defaults) {
        this.description = description;
        this.offering = offering;
        this.acceptance = acceptance;
        this.model = model;
        this.defaults = defaults;
    }

    public String description() {
        return description;
    }

    /** Its parts. */
    public StrategyComposition composition() {
        return new StrategyComposition(this, offering, acceptance, model);
    }

    /** Defaults of its own that override its parts' (for the parts it keeps). */
    Map<String, Double> defaults() {
        return defaults;
    }

    /** Its parts' parameters with its defaults (excluding {@link #COMMON}). */
    public List<ParameterSpec> params() {
        return composition().partParameters();
    }

    public Optional<ParameterSpec> param(String name) {
        return composition().parameter(name);
    }

    public double defaultOf(String name) {
        return composition().defaultOf(name);
    }

    public static Optional<StrategyType> find(String id) {
        return ConfigChoice.find(values(), id);
    }

    public static StrategyType of(String id) {
        Optional<StrategyType> t = find(id);
        if (t.isEmpty()) throw new IllegalArgumentException("unknown strategy " + id);
        return t.get();
    }

    public static List<String> ids() {
        return ConfigChoice.ids(values());
    }
}
