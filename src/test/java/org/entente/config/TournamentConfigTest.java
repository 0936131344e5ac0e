package org.entente.config;

import org.entente.model.Config;
import org.entente.model.StrategySpec;
import org.entente.model.Tournament;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.config.RefusedConfig.errors;

/** experiment.tournament: entrants as presets or composed parts, with names; what it cannot be combined with. */
class TournamentConfigTest {
    private static final String TWO_PARTIES = """
            scenario:
              name: Split
              issues:
                - {id: share, interest: trade, min: 0, max: 1}
              parties:
                - {id: a, preferences: {share: {direction: up}}}
                - {id: b, preferences: {share: {direction: down}}}
            experiment:
            """;

    private static Config load(String experiment) throws ConfigException {
        return ConfigLoader.load(Path.of("x.yaml"), TWO_PARTIES + experiment);
    }

    @Test
    void entrantsArePresetsOrCompositionsNamedByTheirLabelUnlessNamed() throws ConfigException {
        Tournament t = load("""
                  tournament:
                    strategies:
                      - boulware
                      - {type: conceder, e: 3}
                      - {offering: linear, acceptance: next, model: frequency}
                      - {name: patient, type: boulware, e: 0.05}
                    self_play: true
                """).experiment().tournament();
        assertThat(t.names()).containsExactly("boulware", "conceder", "linear/next/frequency", "patient");
        assertThat(t.entrant("conceder").orElseThrow().strategy()).isEqualTo(new StrategySpec("conceder", Map.of("e", 3.0)));
        assertThat(t.entrant("patient").orElseThrow().strategy().param("e")).isEqualTo(0.05);
        assertThat(t.roleSwap()).isTrue();
        assertThat(t.selfPlay()).isTrue();
    }

    @Test
    void aConfigWithoutTournamentHasNone() throws ConfigException {
        assertThat(load("  runs: 2\n").experiment().tournament()).isNull();
    }

    @Test
    void pairingsFollowRoleSwapAndSelfPlay() {
        StrategySpec s = new StrategySpec("boulware", Map.of());
        List<Tournament.Entrant> three = List.of(new Tournament.Entrant("x", s), new Tournament.Entrant("y", s),
                new Tournament.Entrant("z", s));
        assertThat(new Tournament(three, true, false).pairings()).containsExactly(
                new int[]{0, 1}, new int[]{0, 2}, new int[]{1, 0}, new int[]{1, 2}, new int[]{2, 0}, new int[]{2, 1});
        assertThat(new Tournament(three, false, false).pairings()).containsExactly(
                new int[]{0, 1}, new int[]{0, 2}, new int[]{1, 2});
        assertThat(new Tournament(three, false, true).pairings()).containsExactly(
                new int[]{0, 0}, new int[]{0, 1}, new int[]{0, 2}, new int[]{1, 1}, new int[]{1, 2}, new int[]{2, 2});
        assertThat(new Tournament(three, true, true).pairings()).hasSize(9);
    }

    @Test
    void whatATournamentCannotBeCombinedWithIsRefusedWhereItIsWritten() {
        assertThat(errors(TWO_PARTIES + """
                  strategies:
                    a: linear
                  sweep:
                    parameters:
                      - {path: experiment.deadline, values: [10, 20]}
                  tournament:
                    strategies: [boulware, conceder]
                """)).containsExactly(
                "x.yaml:9:3: experiment.strategies: a tournament seats its entrants in both parties' places; expected "
                        + "no experiment.strategies with experiment.tournament (list the strategies in "
                        + "experiment.tournament.strategies)",
                "x.yaml:11:3: experiment.sweep: a tournament's design points are its pairings; expected no sweep with "
                        + "experiment.tournament (run one tournament per setting)");
        assertThat(errors("""
                scenario:
                  name: Three
                  issues:
                    - {id: share, interest: trade, min: 0, max: 1}
                  parties:
                    - {id: a, preferences: {share: {direction: up}}}
                    - {id: b, preferences: {share: {direction: down}}}
                    - {id: c, preferences: {share: {direction: down}}}
                experiment:
                  tournament: {strategies: [boulware, conceder]}
                """)).containsExactly("x.yaml:10:3: experiment.tournament: a tournament is for two parties and this "
                + "scenario has 3; expected a scenario with exactly two parties");
    }

    @Test
    void entrantsAreCheckedOneByOne() {
        assertThat(errors(TWO_PARTIES + """
                  tournament:
                    strategies:
                      - bulware
                      - {type: boulware, e: 0.1}
                      - {type: boulware, e: 5}
                      - {name: 7, type: linear}
                      - {name: fast, offering: conceder, delta: 1}
                    self_play: maybe
                """)).containsExactly(
                "x.yaml:11:9: experiment.tournament.strategies[0].type: unknown strategy 'bulware' (did you mean "
                        + "'boulware'?); expected one of boulware, linear, conceder, hardliner, tit_for_tat, zeuthen, "
                        + "frequency, equilibrium",
                "x.yaml:13:9: experiment.tournament.strategies[2]: entrant 'boulware' is already entrant 1; expected a "
                        + "distinct name for each entrant (add name: ...)",
                "x.yaml:14:16: experiment.tournament.strategies[3].name: found the number 7; expected 1 to 60 "
                        + "characters, starting with a letter; each entrant's own",
                "x.yaml:15:42: experiment.tournament.strategies[4].delta: strategy conceder/next_or_target/beliefs has "
                        + "no parameter 'delta'; expected one of type, offering, acceptance, model, e, two_level, min",
                "x.yaml:16:16: experiment.tournament.self_play: found the text 'maybe'; expected true or false");
        assertThat(errors(TWO_PARTIES + "  tournament:\n    strategies: [boulware]\n")).containsExactly(
                "x.yaml:10:17: experiment.tournament.strategies: 1 entrant; expected at least two strategies");
        assertThat(errors(TWO_PARTIES + "  tournament:\n    role_swap: false\n")).containsExactly(
                "x.yaml:10:5: experiment.tournament.strategies: missing; expected a list of at least two strategies");
    }
}
