package org.entente.model;

import java.util.List;
import java.util.Optional;

/**
 * One named part a strategy is composed of (GENIUS BOA, NegMAS components): an offering part, an
 * acceptance part or an opponent model, with its documented parameters; its id in configs is its
 * constant's name in lower case. The three catalogues are {@link OfferingPart}, {@link AcceptancePart}
 * and {@link ModelPart}; behaviour lives in {@code org.entente.negotiation.strategy.Strategies}.
 */
public sealed interface StrategyPart extends ConfigChoice permits OfferingPart, AcceptancePart, ModelPart {

    /** The three kinds of part, named by the config key that chooses one. */
    enum Kind implements ConfigChoice {
        OFFERING, ACCEPTANCE, MODEL;

        public List<StrategyPart> catalogue() {
            return List.of(switch (this) {
                case OFFERING -> OfferingPart.values();
                case ACCEPTANCE -> AcceptancePart.values();
                case MODEL -> ModelPart.values();
            });
        }

        public List<String> ids() {
            return catalogue().stream().map(StrategyPart::id).toList();
        }

        public Optional<StrategyPart> find(String id) {
            return catalogue().stream().filter(p -> p.id().equals(id)).findFirst();
        }

        public StrategyPart of(String id) {
            return find(id).orElseThrow(() -> new IllegalArgumentException("unknown " + id() + " part " + id));
        }

        /** The kind whose config key ({@code offering}, {@code acceptance}, {@code model}) is {@code key}. */
        public static Optional<Kind> ofKey(String key) {
            return ConfigChoice.find(values(), key);
        }
    }

    PartSpec spec();

    default String description() {
        return spec().description();
    }

    /** Its parameters with their own defaults (a preset may change a default). */
    default List<ParameterSpec> params() {
        return spec().params();
    }

    default Kind kind() {
        if (this instanceof OfferingPart) return Kind.OFFERING;
        if (this instanceof AcceptancePart) return Kind.ACCEPTANCE;
        return Kind.MODEL;
    }
}
