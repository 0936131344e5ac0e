package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts a strategy is made of, resolved: an offering part, an acceptance part and an opponent
 * model, and the preset it refines (null when composed from parts alone). It knows every parameter
 * the strategy takes, with its default: the preset's own default for a part the preset keeps, else
 * the part's, plus the parameters every strategy takes ({@link StrategyType#COMMON}).
 */
public record StrategyComposition(StrategyType preset, OfferingPart offering, AcceptancePart acceptance,
                                  ModelPart model) {

    /** The part of {@code kind}. */
    public StrategyPart part(StrategyPart.Kind kind) {
        return switch (kind) {
            case OFFERING -> offering;
            case ACCEPTANCE -> acceptance;
            case MODEL -> model;
        };
    }

    /** The three parts, in the order offering, acceptance, model. */
    public List<StrategyPart> parts() {
        return List.of(offering, acceptance, model);
    }

    /** The parameters of its parts, with their effective defaults (without {@link StrategyType#COMMON}). */
    public List<ParameterSpec> partParameters() {
        List<ParameterSpec> out = new ArrayList<>();
        for (StrategyPart part : parts()) {
            for (ParameterSpec p : part.params()) out.add(withPresetDefault(part, p));
        }
        return out;
    }

    /** Every parameter it takes: its parts' and the common ones. */
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> out = partParameters();
        out.addAll(StrategyType.COMMON);
        return out;
    }

    public Optional<ParameterSpec> parameter(String name) {
        for (StrategyPart part : parts()) {
            for (ParameterSpec p : part.params()) if (p.name().equals(name)) return Optional.of(withPresetDefault(part, p));
        }
        for (ParameterSpec p : StrategyType.COMMON) if (p.name().equals(name)) return Optional.of(p);
        return Optional.empty();
    }

    public double defaultOf(String name) {
        Optional<ParameterSpec> p = parameter(name);
        if (p.isEmpty()) throw new IllegalArgumentException("strategy " + label() + " has no parameter " + name);
        return p.get().defaultValue();
    }

    /** The part that declares parameter {@code name}; empty for a common or unknown parameter. */
    public Optional<StrategyPart> owner(String name) {
        for (StrategyPart part : parts()) {
            for (ParameterSpec p : part.params()) if (p.name().equals(name)) return Optional.of(part);
        }
        return Optional.empty();
    }

    /** The preset's id when it is used unchanged, else {@code offering/acceptance/model}. */
    public String label() {
        if (preset != null && unchanged()) return preset.id();
        return offering.id() + "/" + acceptance.id() + "/" + model.id();
    }

    /** Whether its parts are its preset's own (what {@code equals(preset.composition())} says, without a record's equals). */
    private boolean unchanged() {
        StrategyComposition own = preset.composition();
        return offering == own.offering() && acceptance == own.acceptance() && model == own.model();
    }

    private ParameterSpec withPresetDefault(StrategyPart part, ParameterSpec p) {
        if (preset == null || preset.composition().part(part.kind()) != part) return p;
        Double d = preset.defaults().get(p.name());
        return d == null ? p : new ParameterSpec(p.name(), d, p.min(), p.max(), p.description());
    }
}
