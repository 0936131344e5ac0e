package org.entente.outcome;

import org.entente.model.Implementation;
import org.entente.model.ImplementationParameter;

import static org.entente.model.ImplementationParameter.*;

/**
 * The implementation model's parameters for one run, read once from {@code scenario.implementation}
 * (defaults from {@link ImplementationParameter}); the symbols are those of docs/model.md.
 */
record Calibration(int years, double oversight, double oversightEffectiveness,
                   double beta0, double betaBenefit, double betaOversight, double betaTrust, double betaCapacity,
                   double complianceNoise, double trustInitial, double trustRate,
                   double diamondShare, double diamondSd, double diamondPersistence,
                   double woolSd, double woolPersistence, double demandSd, double demandPersistence,
                   double turnoverRate, double turnoverSd,
                   double tradeScale, double infrastructureScale, int buildYears,
                   double grantShare, double loanRate, int loanYears, int graceYears,
                   double influenceBaseline, double influenceDecay, double influenceGain, double influenceRivalry,
                   int renegotiateAfter, boolean exit) {

    static Calibration of(Implementation impl) {
        Implementation m = impl != null ? impl : Implementation.defaults();
        return new Calibration(
                (int) Math.round(m.get(YEARS)), m.get(OVERSIGHT), m.get(OVERSIGHT_EFFECTIVENESS),
                m.get(COMPLIANCE_BASE), m.get(BENEFIT_WEIGHT), m.get(OVERSIGHT_WEIGHT), m.get(TRUST_WEIGHT),
                m.get(CAPACITY_WEIGHT), m.get(COMPLIANCE_NOISE), m.get(TRUST_INITIAL), m.get(TRUST_RATE),
                m.get(DIAMOND_SHARE), m.get(DIAMOND_SD), m.get(DIAMOND_PERSISTENCE),
                m.get(WOOL_SD), m.get(WOOL_PERSISTENCE), m.get(DEMAND_SD), m.get(DEMAND_PERSISTENCE),
                m.get(TURNOVER_RATE), m.get(TURNOVER_SD),
                m.get(TRADE_SCALE), m.get(INFRASTRUCTURE_SCALE), Math.max(1, (int) Math.round(m.get(BUILD_YEARS))),
                m.get(GRANT_SHARE), m.get(LOAN_RATE), Math.max(1, (int) Math.round(m.get(LOAN_YEARS))),
                (int) Math.round(m.get(GRACE_YEARS)),
                m.get(INFLUENCE_BASELINE), m.get(INFLUENCE_DECAY), m.get(INFLUENCE_GAIN), m.get(INFLUENCE_RIVALRY),
                (int) Math.round(m.get(RENEGOTIATE_AFTER)), m.get(EXIT) >= 0.5);
    }
}
