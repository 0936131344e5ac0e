package org.entente.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strategy choice from a config: a preset {@code type}, the {@code parts} named explicitly
 * (by kind key: offering, acceptance, model; they replace the preset's) and the numeric parameters
 * given (defaults not filled in). {@code type} may be null: a composition from parts alone, or an
 * override in {@code experiment.strategies} that refines the party's strategy.
 */
public record StrategySpec(String type, Map<String, String> parts, Map<String, Double> params) {
    /** The keys that name a preset or a part rather than set a parameter. */
    public static final List<String> NAME_KEYS = List.of("type", "offering", "acceptance", "model");

    public StrategySpec {
        parts = Collections2.orderedCopy(parts);
        params = Collections2.orderedCopy(params);
    }

    /** A preset (or an override without one) with parameters and no parts named. */
    public StrategySpec(String type, Map<String, Double> params) {
        this(type, Map.of(), params);
    }

    public StrategySpec with(String param, double value) {
        Map<String, Double> m = new LinkedHashMap<>(params);
        m.put(param, value);
        return new StrategySpec(type, parts, m);
    }

    /** The parameter's value, or its documented default in this composition. */
    public double param(String name) {
        Double v = params.get(name);
        if (v != null) return v;
        return composition().defaultOf(name);
    }

    /** Whether it says what to play (a preset or an offering part), rather than only refining. */
    public boolean complete() {
        return type != null || parts.containsKey(StrategyPart.Kind.OFFERING.id());
    }

    /**
     * Its parts: each named part, else the preset's, else the defaults ({@code next_or_target},
     * {@code beliefs}). Throws when it is not {@link #complete()}.
     */
    public StrategyComposition composition() {
        if (!complete()) throw new IllegalStateException("a strategy needs a type or an offering part");
        StrategyType preset = type == null ? null : StrategyType.of(type);
        StrategyComposition base = preset != null ? preset.composition() : null;
        return new StrategyComposition(preset,
                (OfferingPart) part(StrategyPart.Kind.OFFERING, base, null),
                (AcceptancePart) part(StrategyPart.Kind.ACCEPTANCE, base, AcceptancePart.NEXT_OR_TARGET),
                (ModelPart) part(StrategyPart.Kind.MODEL, base, ModelPart.BELIEFS));
    }

    private StrategyPart part(StrategyPart.Kind kind, StrategyComposition base, StrategyPart fallback) {
        String named = parts.get(kind.id());
        if (named != null) return kind.of(named);
        return base != null ? base.part(kind) : fallback;
    }

    /** The parameter with its default in this composition; empty when it takes no such parameter. */
    public Optional<ParameterSpec> parameter(String name) {
        return composition().parameter(name);
    }

    /** Every key it accepts: {@link #NAME_KEYS}, then its parameters. */
    public List<String> keys() {
        List<String> out = new ArrayList<>(NAME_KEYS);
        for (ParameterSpec p : composition().parameters()) out.add(p.name());
        return out;
    }

    /** The names a name key may take: the preset ids for {@code type}, a catalogue's ids for a part kind. */
    public static List<String> choices(String key) {
        if (key.equals("type")) return StrategyType.ids();
        return StrategyPart.Kind.ofKey(key).map(StrategyPart.Kind::ids).orElse(List.of());
    }

    /** The current name under a name key: the type, or the part of that kind in effect. */
    public String name(String key) {
        if (key.equals("type")) return type;
        return composition().part(StrategyPart.Kind.ofKey(key).orElseThrow()).id();
    }

    /**
     * This strategy with another type or part (by name key). Parameters of parts it keeps, and the
     * common ones, stay; those of a replaced part go (the new part brings its own defaults).
     */
    public StrategySpec withName(String key, String value) {
        Map<String, String> p = new LinkedHashMap<>(parts);
        if (!key.equals("type")) p.put(key, value);
        StrategySpec next = new StrategySpec(key.equals("type") ? value : type, p, Map.of());
        StrategyComposition after = next.composition();
        Optional<StrategyComposition> before = complete() ? Optional.of(composition()) : Optional.empty();
        Map<String, Double> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : params.entrySet()) {
            String name = e.getKey();
            if (after.parameter(name).isEmpty()) continue;
            if (before.isPresent() && !before.get().owner(name).equals(after.owner(name))) continue;
            kept.put(name, e.getValue());
        }
        return new StrategySpec(next.type, p, kept);
    }

    /**
     * This strategy as refined by an override (experiment.strategies): an override naming another
     * type replaces it; otherwise its parts replace the parts of the same kind and its parameters
     * are merged in.
     */
    public StrategySpec refinedBy(StrategySpec override) {
        if (override.type != null && !override.type.equals(type)) return override;
        StrategySpec s = this;
        for (Map.Entry<String, String> e : override.parts.entrySet()) s = s.withName(e.getKey(), e.getValue());
        Map<String, Double> m = new LinkedHashMap<>(s.params);
        m.putAll(override.params);
        return new StrategySpec(type, s.parts, m);
    }

    /** A short name for tables: the preset's id when used unchanged, else {@code offering/acceptance/model}. */
    public String label() {
        return composition().label();
    }
}
