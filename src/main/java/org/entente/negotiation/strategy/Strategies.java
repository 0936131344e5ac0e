package org.entente.negotiation.strategy;

import org.entente.model.AcceptancePart;
import org.entente.model.ModelPart;
import org.entente.model.OfferingPart;
import org.entente.model.StrategyComposition;
import org.entente.model.StrategySpec;
import org.entente.negotiation.Negotiator;
import org.entente.negotiation.NegotiatorContext;

/**
 * Builds a party's negotiator from its strategy spec (docs/strategies.md): the offering part,
 * acceptance part and opponent model its composition names, each made here from its catalogue
 * entry ({@code model/OfferingPart}, {@code AcceptancePart}, {@code ModelPart}) and parameters.
 */
public final class Strategies {
    private Strategies() {
    }

    public static Negotiator create(NegotiatorContext context) {
        StrategySpec spec = context.strategy();
        if (spec == null || !spec.complete()) {
            throw new IllegalArgumentException("party " + context.self().id() + " has no strategy");
        }
        StrategyComposition parts = spec.composition();
        Session session = new Session(context);
        OpponentModel model = model(parts.model(), spec, context);
        return new ComposedNegotiator(session, offering(parts.offering(), spec, model),
                acceptance(parts.acceptance(), spec), model);
    }

    static OfferingStrategy offering(OfferingPart part, StrategySpec spec, OpponentModel model) {
        return switch (part) {
            case BOULWARE, LINEAR, CONCEDER -> new TimeDependentOffering(spec.param("e"), model);
            case HARDLINER -> new HardlinerOffering();
            case TIT_FOR_TAT -> new TitForTatOffering(spec.param("delta"), (int) Math.round(spec.param("window")), model);
            case ZEUTHEN -> new ZeuthenOffering(model);
            case EQUILIBRIUM -> new EquilibriumOffering();
        };
    }

    static AcceptanceStrategy acceptance(AcceptancePart part, StrategySpec spec) {
        return switch (part) {
            case NEXT_OR_TARGET -> new NextOrTargetAcceptance();
            case NEXT -> new NextAcceptance();
            case TARGET -> new TargetAcceptance();
            case CONSTANT -> new ConstantAcceptance(spec.param("threshold"));
            case COMBI -> new CombiAcceptance(spec.param("after"));
        };
    }

    static OpponentModel model(ModelPart part, StrategySpec spec, NegotiatorContext context) {
        return switch (part) {
            case BELIEFS -> new BeliefModel(context.beliefs());
            case FREQUENCY -> new FrequencyModel(context.space(), spec.param("learning_rate"));
        };
    }
}
