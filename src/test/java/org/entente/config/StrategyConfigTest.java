package org.entente.config;

import org.entente.model.AcceptancePart;
import org.entente.model.Config;
import org.entente.model.ModelPart;
import org.entente.model.OfferingPart;
import org.entente.model.StrategySpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Strategies written as presets, as parts, or as presets refined by parts: loading and its errors. */
class StrategyConfigTest {
    private static final String SCENARIO = """
            scenario:
              name: Split
              issues:
                - {id: share, interest: trade, min: 0, max: 1}
              parties:
                - id: a
                  preferences: {share: {direction: up}}
                  strategy: %s
                - id: b
                  preferences: {share: {direction: down}}
            experiment:
              strategies:
                b: %s
            """;

    private static Config load(String a, String b) throws ConfigException {
        return ConfigLoader.load(Path.of("x.yaml"), SCENARIO.formatted(a, b));
    }

    private static List<String> errors(String a, String b) {
        return RefusedConfig.errors(SCENARIO.formatted(a, b));
    }

    @Test
    void partsComposeAndRefinePresets() throws ConfigException {
        Config c = load("{offering: boulware, acceptance: next, model: frequency, e: 0.4, learning_rate: 0.3}",
                "{acceptance: constant, threshold: 0.7}");
        StrategySpec a = c.strategyOf("a");
        assertThat(a).isEqualTo(new StrategySpec(null, Map.of("offering", "boulware", "acceptance", "next",
                "model", "frequency"), Map.of("e", 0.4, "learning_rate", 0.3)));
        assertThat(a.composition().parts()).containsExactly(OfferingPart.BOULWARE, AcceptancePart.NEXT, ModelPart.FREQUENCY);
        // b names no strategy: the default boulware, refined by the override's acceptance part
        StrategySpec b = c.strategyOf("b");
        assertThat(b.type()).isEqualTo("boulware");
        assertThat(b.composition().parts()).containsExactly(OfferingPart.BOULWARE, AcceptancePart.CONSTANT, ModelPart.BELIEFS);
        assertThat(b.param("threshold")).isEqualTo(0.7);
        assertThat(b.label()).isEqualTo("boulware/constant/beliefs");
    }

    @Test
    void presetsStillReadAsBefore() throws ConfigException {
        Config c = load("{type: frequency, acceptance: target}", "{type: tit_for_tat, delta: 0.5}");
        assertThat(c.strategyOf("a").param("e")).isEqualTo(0.5);
        assertThat(c.strategyOf("a").composition().acceptance()).isEqualTo(AcceptancePart.TARGET);
        assertThat(c.strategyOf("b")).isEqualTo(new StrategySpec("tit_for_tat", Map.of("delta", 0.5)));
        assertThat(load("conceder", "{e: 3}").strategyOf("a")).isEqualTo(new StrategySpec("conceder", Map.of()));
    }

    @Test
    void unknownPartsAreNamedWithTheCatalogueAndAClosestMatch() {
        assertThat(errors("{offering: bulware}", "{acceptance: nxt}")).containsExactly(
                "x.yaml:8:28: scenario.parties.a.strategy.offering: unknown offering part 'bulware' (did you mean "
                        + "'boulware'?); expected one of boulware, linear, conceder, hardliner, tit_for_tat, zeuthen, equilibrium",
                "x.yaml:13:21: experiment.strategies.b.acceptance: unknown acceptance part 'nxt' (did you mean 'next'?); "
                        + "expected one of next_or_target, next, target, constant, combi");
        assertThat(errors("{type: linear, model: [frequency]}", "{model: bayes}")).containsExactly(
                "x.yaml:8:39: scenario.parties.a.strategy.model: found a list; expected one of beliefs, frequency",
                "x.yaml:13:16: experiment.strategies.b.model: unknown model part 'bayes'; expected one of beliefs, frequency");
    }

    @Test
    void aStrategyMustSayWhatToOfferAndTakesOnlyItsPartsParameters() {
        assertThat(errors("{acceptance: next}", "{}")).containsExactly(
                "x.yaml:8:17: scenario.parties.a.strategy.type: missing; expected one of boulware, linear, conceder, "
                        + "hardliner, tit_for_tat, zeuthen, frequency, equilibrium, or an offering part (offering: one of "
                        + "boulware, linear, conceder, hardliner, tit_for_tat, zeuthen, equilibrium)");
        assertThat(errors("linear", "{type: hardliner, e: 0.3}")).containsExactly(
                "x.yaml:13:26: experiment.strategies.b.e: strategy hardliner has no parameter 'e'; expected one of "
                        + "type, offering, acceptance, model, two_level, min");
        assertThat(errors("{offering: linear, threshold: 0.5}", "{}")).containsExactly(
                "x.yaml:8:36: scenario.parties.a.strategy.threshold: strategy linear/next_or_target/beliefs has no "
                        + "parameter 'threshold'; expected one of type, offering, acceptance, model, e, two_level, min");
        assertThat(errors("linear", "{acceptance: constant, threshold: 2}")).containsExactly(
                "x.yaml:13:42: experiment.strategies.b.threshold: 2 is out of range; expected a number in [0, 1]");
    }

    @Test
    void equilibriumIsRefusedOutsideBilateralAlternatingOffers() {
        String split = SCENARIO.formatted("equilibrium", "{}");
        assertThat(RefusedConfig.errors(split.replace("experiment:\n", "experiment:\n  protocol: single_text\n"))).containsExactly(
                "x.yaml:12:13: experiment.protocol: party a plays equilibrium (the subgame-perfect equilibrium of "
                        + "bilateral alternating offers) in a game of 2 parties under single_text; expected two parties "
                        + "and protocol alternating_offers for equilibrium");
        String swept = split + """
                  sweep:
                    parameters:
                      - path: experiment.protocol
                        values: [stacked_alternating_offers, monotonic_concession]
                """;
        assertThat(RefusedConfig.errors(swept)).containsExactly(
                "x.yaml:16:9: experiment.sweep.parameters[0]: at the design point experiment.protocol = "
                        + "monotonic_concession, party a plays equilibrium (the subgame-perfect equilibrium of bilateral "
                        + "alternating offers) in a game of 2 parties under monotonic_concession; expected two parties "
                        + "and protocol alternating_offers for equilibrium");
        String three = split.replace("experiment:\n", "    - id: c\n      preferences: {share: {direction: up}}\nexperiment:\n");
        assertThat(RefusedConfig.errors(three)).containsExactly(
                "x.yaml:14:3: experiment: party a plays equilibrium (the subgame-perfect equilibrium of bilateral "
                        + "alternating offers) in a game of 3 parties under stacked_alternating_offers; expected two "
                        + "parties and protocol alternating_offers for equilibrium");
    }
}
