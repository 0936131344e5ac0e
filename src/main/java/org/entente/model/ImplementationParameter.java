package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of implementation-model parameters ({@code scenario.implementation.<id>}), each
 * sweepable as {@code implementation.<id>}. The equations that use them are in docs/model.md and
 * {@code org.entente.outcome}.
 */
public enum ImplementationParameter implements ConfigSetting {
    YEARS("years", 10, 0, 200,
            "years of implementation simulated after an agreement"),
    OVERSIGHT("oversight", 0.5, 0, 1,
            "oversight strength (detection probability) when no oversight issue is agreed"),
    OVERSIGHT_EFFECTIVENESS("oversight_effectiveness", 1, 0, 1,
            "share of the oversight mandate (agreed issue's position, or oversight) that becomes detection"),
    COMPLIANCE_BASE("compliance_base", -1.5, -10, 10,
            "beta_0: intercept of the logistic compliance propensity (-1.5: a deal at the reservation, under oversight 1/2 and neutral trust, gives compliance 1/2)"),
    BENEFIT_WEIGHT("benefit_weight", 8, 0, 50,
            "beta_b: weight of the continuing benefit U_y(p) - reservation(p) in the compliance logit"),
    OVERSIGHT_WEIGHT("oversight_weight", 3, 0, 20,
            "beta_o: weight of oversight strength in the compliance logit"),
    TRUST_WEIGHT("trust_weight", 2, 0, 20,
            "beta_t: weight of trust - 1/2 in the compliance logit"),
    COMPLIANCE_NOISE("compliance_noise", 0.5, 0, 5,
            "sd of the yearly normal shock on each party's compliance logit"),
    TRUST_INITIAL("trust_initial", 0.5, 0, 1,
            "trust in the other parties in year 1"),
    TRUST_RATE("trust_rate", 0.3, 0, 1,
            "lambda: trust_{y+1} = (1 - lambda) trust_y + lambda * others' compliance_y"),
    DIAMOND_SHARE("diamond_share", 0.6, 0, 1,
            "share of diamonds (vs wool and mohair) in the commodity price index"),
    DIAMOND_SD("diamond_sd", 0.15, 0, 2,
            "sd of the yearly log-price innovation of diamonds (approximate)"),
    DIAMOND_PERSISTENCE("diamond_persistence", 0.6, 0, 0.99,
            "AR(1) persistence of the diamond log price"),
    WOOL_SD("wool_sd", 0.2, 0, 2,
            "sd of the yearly log-price innovation of wool and mohair (approximate)"),
    WOOL_PERSISTENCE("wool_persistence", 0.5, 0, 0.99,
            "AR(1) persistence of the wool and mohair log price"),
    DEMAND_SD("demand_sd", 0.05, 0, 2,
            "sd of the yearly log innovation of the partner's demand"),
    DEMAND_PERSISTENCE("demand_persistence", 0.5, 0, 0.99,
            "AR(1) persistence of the partner's log demand"),
    TURNOVER_RATE("turnover_rate", 0.1, 0, 1,
            "yearly probability that a party's government turns over"),
    TURNOVER_SD("turnover_sd", 0.5, 0, 3,
            "log sd of the reshuffle of officials' interest weights at a turnover"),
    TRADE_SCALE("trade_scale", 100, 0, 1e6,
            "US$ M a year at the top of a trade issue's range, when no trade issue is stated in US$"),
    INFRASTRUCTURE_SCALE("infrastructure_scale", 100, 0, 1e6,
            "US$ M at the top of an infrastructure issue's range, when no issue is a finance issue in US$"),
    BUILD_YEARS("build_years", 5, 1, 50,
            "years over which agreed infrastructure is scheduled at full delivery"),
    GRANT_SHARE("grant_share", 1, 0, 1,
            "share of infrastructure finance given as grant (the rest is a loan); an agreed issue grant_share overrides it"),
    LOAN_RATE("loan_rate", 0.02, 0, 0.5,
            "yearly interest rate of the loan; an agreed issue loan_rate or interest_rate overrides it"),
    LOAN_YEARS("loan_years", 20, 1, 100,
            "loan term in years from the agreement; debt is 0 from this year on"),
    GRACE_YEARS("grace_years", 5, 0, 99,
            "years before principal repayments start"),
    INFLUENCE_BASELINE("influence_baseline", 0.3, 0, 1,
            "no-deal standing of every party; influence starts here and decays towards it"),
    INFLUENCE_DECAY("influence_decay", 0.2, 0, 1,
            "yearly share of the gap to the baseline that influence loses"),
    INFLUENCE_GAIN("influence_gain", 0.3, 0, 1,
            "gamma: yearly share of the gap to 1 that full delivered benefits and alignment close"),
    INFLUENCE_RIVALRY("influence_rivalry", 0.3, 0, 1,
            "kappa: how much the other parties' gains erode a party's standing (0: not zero-sum)"),
    RENEGOTIATE_AFTER("renegotiate_after", 3, 0, 200,
            "consecutive years of benefit below reservation that flag a call to renegotiate (0: never)"),
    EXIT("exit", 0, 0, 1,
            "1: a party flagged for renegotiation stops complying (exit); 0: it only asks");

    private final ParameterSpec spec;
    private final FieldSpec field;

    ImplementationParameter(String id, double def, double min, double max, String what) {
        this.spec = new ParameterSpec(id, def, min, max, what);
        this.field = FieldSpec.number(id, def, Range.of(spec), what).sweepable();
    }

    @Override
    public FieldSpec fieldSpec() {
        return field;
    }

    public String id() {
        return spec.name();
    }

    @Override
    public String sweepPath() {
        return "implementation." + id();
    }

    @Override
    public Object get(Config config) {
        return implementation(config).get(this);
    }

    @Override
    public Config with(Config config, Object value) {
        Implementation i = implementation(config).with(id(), (Double) value);
        return config.withScenario(config.scenario().withImplementation(i));
    }

    public ParameterSpec spec() {
        return spec;
    }

    public static Optional<ImplementationParameter> find(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ImplementationParameter::id).toList();
    }

    private static Implementation implementation(Config c) {
        return c.scenario().implementation() != null ? c.scenario().implementation() : Implementation.defaults();
    }
}
