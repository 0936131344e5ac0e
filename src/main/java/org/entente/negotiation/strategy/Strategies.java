package org.entente.negotiation.strategy;

import org.entente.model.StrategySpec;
import org.entente.model.StrategyType;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;

/**
 * Builds a party's negotiator from its strategy spec (docs/strategies.md): each type is a
 * combination of an offering strategy, the AC_next ∨ AC_target acceptance and an opponent model.
 */
public final class Strategies {
    private Strategies() {
    }

    public static Negotiator create(NegotiatorContext context) {
        StrategySpec spec = context.strategy();
        if (spec == null || spec.type() == null) {
            throw new IllegalArgumentException("party " + context.self().id() + " has no strategy");
        }
        StrategyType type = StrategyType.of(spec.type());
        Session session = new Session(context);
        AcceptanceStrategy acceptance = new NextOrTargetAcceptance();
        BeliefModel beliefs = new BeliefModel(context.beliefs());
        return switch (type) {
            case BOULWARE, LINEAR, CONCEDER -> new ComposedNegotiator(session,
                    new TimeDependentOffering(spec.param("e")), acceptance, beliefs, true);
            case HARDLINER -> new ComposedNegotiator(session, new HardlinerOffering(), acceptance, beliefs, false);
            case TIT_FOR_TAT -> new ComposedNegotiator(session,
                    new TitForTatOffering(spec.param("delta"), (int) Math.round(spec.param("window")), beliefs),
                    acceptance, beliefs, true);
            case ZEUTHEN -> new ComposedNegotiator(session, new ZeuthenOffering(beliefs), acceptance, beliefs, false);
            case FREQUENCY -> {
                FrequencyModel model = new FrequencyModel(context.space());
                yield new ComposedNegotiator(session, new FrequencyOffering(spec.param("e"), model), acceptance,
                        model, true);
            }
        };
    }
}
