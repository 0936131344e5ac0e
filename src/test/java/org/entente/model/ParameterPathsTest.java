package org.entente.model;

import org.entente.config.ConfigLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sweep paths resolve to the field they name, report valid alternatives otherwise, and apply immutably. */
class ParameterPathsTest {
    static Config config;

    @BeforeAll
    static void load() throws Exception {
        config = ConfigLoader.load(Path.of("src/test/resources/valid/two-party-split.yaml"));
    }

    private static Config apply(String path, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(path, value);
        return ParameterPaths.apply(config, m);
    }

    @Test
    void partyFieldsResolveWithTheirRanges() {
        ParameterPaths.Resolved r = ParameterPaths.resolve(config, "parties.a.discount");
        assertThat(r.kind()).isEqualTo(ParameterPaths.Kind.NUMBER);
        assertThat(r.current()).isEqualTo(0.95);
        assertThat(r.range().describe()).isEqualTo("a number in (0, 1]");
        assertThat(r.accepts(1.0)).isTrue();
        assertThat(r.accepts(0.0)).isFalse();
        assertThat(ParameterPaths.resolve(config, "parties.b.capacity").current()).isEqualTo(1.0);
        assertThat(ParameterPaths.resolve(config, "parties.a.reservation").range().describe()).isEqualTo("a number in [0, 1)");
    }

    @Test
    void applyingPartyFieldsChangesOnlyThatField() {
        Config c = apply("parties.a.reservation", 0.3);
        assertThat(c.scenario().party("a").reservation()).isEqualTo(0.3);
        assertThat(config.scenario().party("a").reservation()).isEqualTo(0.1);
        assertThat(c.scenario().party("a").discount()).isEqualTo(0.95);
        assertThat(c.scenario().party("b")).isEqualTo(config.scenario().party("b"));
        assertThat(apply("parties.b.power", 3.0).scenario().party("b").power()).isEqualTo(3.0);
        assertThat(apply("parties.b.capacity", 0.25).scenario().party("b").capacity()).isEqualTo(0.25);
        assertThat(apply("parties.a.ratification", 1.0).scenario().party("a").ratification()).isEqualTo(1.0);
        assertThat(apply("parties.b.weights.alignment", 3.0).scenario().party("b").weights())
                .containsEntry("share", 2.0).containsEntry("alignment", 3.0);
    }

    @Test
    void officialFieldsResolveAndApply() {
        assertThat(ParameterPaths.resolve(config, "parties.a.officials.parliament.power").current()).isEqualTo(0.4);
        Config c = apply("parties.a.officials.leader.interests.influence", 0.9);
        assertThat(c.scenario().party("a").official("leader").interests()).containsEntry("influence", 0.9)
                .containsEntry("trade", 0.7);
        assertThat(apply("parties.a.officials.parliament.reservation", 0.6).scenario().party("a")
                .official("parliament").reservation()).isEqualTo(0.6);
        assertThat(apply("parties.b.officials.head.power", 2.0).scenario().party("b").head().power()).isEqualTo(2.0);
    }

    @Test
    void strategyPathsFollowTheEffectiveType() {
        ParameterPaths.Resolved e = ParameterPaths.resolve(config, "experiment.strategies.a.e");
        assertThat(e.current()).isEqualTo(0.5);
        assertThat(e.range().describe()).isEqualTo("a number in [0.001, 100]");
        Config c = apply("experiment.strategies.a.e", 1.5);
        assertThat(c.strategyOf("a")).isEqualTo(new StrategySpec("boulware", Map.of("e", 1.5)));
        assertThat(ParameterPaths.resolve(config, "experiment.strategies.b.two_level").current()).isEqualTo(0.0);
        assertThatThrownBy(() -> ParameterPaths.resolve(config, "experiment.strategies.b.delta"))
                .hasMessage("experiment.strategies.b.delta: unknown parameter of strategy conceder 'delta'; known: type, "
                        + "offering, acceptance, model, e, two_level, min");
        Config t = apply("experiment.strategies.b.type", "tit_for_tat");
        assertThat(t.strategyOf("b").type()).isEqualTo("tit_for_tat");
        Config p = apply("parties.a.strategy.e", 0.7);
        assertThat(p.scenario().party("a").strategy()).isEqualTo(new StrategySpec("boulware", Map.of("e", 0.7)));
        Config pt = apply("parties.b.strategy.type", "hardliner");
        assertThat(pt.scenario().party("b").strategy()).isEqualTo(new StrategySpec("hardliner", Map.of()));
        assertThat(ParameterPaths.resolve(config, "parties.b.strategy.type").names()).isEqualTo(StrategyType.ids());
    }

    @Test
    void experimentIssueAndImplementationPathsApply() {
        assertThat(apply("experiment.deadline", 30.0).experiment().deadline()).isEqualTo(30);
        assertThat(apply("experiment.noise.reservation", 0.2).experiment().noise())
                .isEqualTo(new Experiment.Noise(0.1, 0.2));
        assertThat(apply("experiment.protocol", "single_text").experiment().protocol()).isEqualTo(Protocol.SINGLE_TEXT);
        NumericIssue share = (NumericIssue) apply("issues.share.step", 0.25).scenario().issue("share");
        assertThat(share.size()).isEqualTo(5);
        assertThat(((NumericIssue) apply("issues.share.max", 2.0).scenario().issue("share")).max()).isEqualTo(2.0);
        assertThat(apply("implementation.years", 3.0).scenario().implementation().years()).isEqualTo(3);
        assertThat(ParameterPaths.resolve(config, "implementation.years").range().describe()).isEqualTo("a number in [0, 200]");
    }

    @Test
    void assignmentsApplyInOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment.strategies.b.type", "boulware");
        m.put("experiment.strategies.b.e", 0.05);
        Config c = ParameterPaths.apply(config, m);
        assertThat(c.strategyOf("b")).isEqualTo(new StrategySpec("boulware", Map.of("e", 0.05)));
    }

    @Test
    void unresolvablePathsListTheAlternatives() {
        assertThatThrownBy(() -> ParameterPaths.resolve(config, "parties.chna.reservation"))
                .hasMessage("parties.chna: unknown party 'chna'; known: a, b");
        assertThatThrownBy(() -> ParameterPaths.resolve(config, "issues.alignment.min"))
                .hasMessageStartingWith("issues.alignment: a discrete issue has no numeric field");
        assertThatThrownBy(() -> ParameterPaths.resolve(config, "experiment.runs"))
                .hasMessageContaining("experiment.runs is not sweepable");
        assertThatThrownBy(() -> ParameterPaths.resolve(config, "parties.a.officials.king.power"))
                .hasMessage("parties.a.officials.king: unknown official of a 'king'; known: leader, parliament");
        assertThatThrownBy(() -> ParameterPaths.resolve(config, "implementation.yeers"))
                .hasMessageStartingWith("implementation.yeers: unknown implementation parameter 'yeers'; known: years,");
        assertThatThrownBy(() -> ParameterPaths.resolve(config, "parties.a.discount.x"))
                .hasMessage("parties.a.discount.x: 'parties.a.discount' is a single value, it has no field 'x'");
        assertThatThrownBy(() -> ParameterPaths.resolve(config, "parties.a"))
                .hasMessageStartingWith("parties.a: incomplete path");
        assertThatThrownBy(() -> ParameterPaths.resolve(config, "budget.x"))
                .hasMessage("budget: unknown path root 'budget'; known: parties, issues, implementation, experiment");
        assertThatThrownBy(() -> apply("experiment.protocol", "auction"))
                .hasMessageStartingWith("experiment.protocol: unknown name 'auction'; known: alternating_offers");
    }

    @Test
    void everyListedPathOfTheDefaultScenarioResolvesAndLeavesTheConfigEqualAtItsCurrentValue() throws Exception {
        Config dflt = ConfigLoader.load(Path.of("configs/china-lesotho.yaml"));
        List<ParameterPaths.Resolved> all = ParameterPaths.all(dflt);
        assertThat(all).hasSizeGreaterThan(100);
        assertThat(all.stream().map(ParameterPaths.Resolved::path)).doesNotHaveDuplicates()
                .contains("parties.lesotho.reservation", "parties.china.weights.purchase",
                        "parties.lesotho.officials.national_assembly.interests.influence", "issues.purchase.step",
                        "implementation.oversight_weight", "experiment.protocol", "experiment.noise.reservation",
                        "experiment.strategies.china.e", "experiment.strategies.lesotho.type")
                .noneMatch(p -> p.startsWith("issues.alignment") || p.startsWith("parties.china.strategy"));
        for (ParameterPaths.Resolved r : all) {
            assertThat(r.accepts(r.current())).as(r.path()).isTrue();
            assertThat(ParameterPaths.resolve(dflt, r.path())).as(r.path()).isEqualTo(r);
            assertThat(sameEffect(ParameterPaths.apply(dflt, Map.of(r.path(), r.current())), dflt)).as(r.path()).isTrue();
        }
    }

    /** Equal configs, but for a strategy parameter written out at its default. */
    private static boolean sameEffect(Config a, Config b) {
        if (!a.scenario().equals(b.scenario())) return false;
        for (String p : a.scenario().partyIds()) {
            StrategySpec x = a.strategyOf(p), y = b.strategyOf(p);
            if (!x.type().equals(y.type())) return false;
            StrategyType t = StrategyType.of(x.type());
            for (ParameterSpec s : t.params()) if (x.param(s.name()) != y.param(s.name())) return false;
            for (ParameterSpec s : StrategyType.COMMON) if (x.param(s.name()) != y.param(s.name())) return false;
        }
        return a.experiment().withStrategies(Map.of()).equals(b.experiment().withStrategies(Map.of()));
    }

    @Test
    void aPartysOwnStrategyIsListedUnlessTheExperimentOverridesIt() {
        List<String> paths = ParameterPaths.all(config).stream().map(ParameterPaths.Resolved::path).toList();
        // a names its own strategy but experiment.strategies.a overrides it; b has none
        assertThat(paths).noneMatch(p -> p.startsWith("parties.a.strategy") || p.startsWith("parties.b.strategy"))
                .contains("experiment.strategies.a.e", "experiment.strategies.b.type", "parties.b.officials.head.power",
                        "parties.b.weights.share", "issues.share.min")
                .doesNotContain("parties.b.interests.trade");
    }

    @Test
    void issueBoundsAreCheckedAgainstEachOtherAndTheGridSize() {
        assertThat(ParameterPaths.resolve(config, "issues.share.min").range().describe()).isEqualTo("a number <= 1");
        assertThat(ParameterPaths.resolve(config, "issues.share.max").range().describe()).isEqualTo("a number >= 0");
        assertThat(ParameterPaths.resolve(config, "issues.share.step").range().describe()).isEqualTo("a number >= 0.0000011");
        assertThatThrownBy(() -> apply("issues.share.min", 2.0))
                .hasMessage("issues.share.min: 2.0 is out of range; expected a number <= 1");
        assertThatThrownBy(() -> apply("parties.a.discount", 0.0))
                .hasMessage("parties.a.discount: 0.0 is out of range; expected a number in (0, 1]");
        // sampled designs may give an integer field a fraction: it is rounded, not refused
        assertThat(apply("experiment.deadline", 30.4).experiment().deadline()).isEqualTo(30);
    }

    @Test
    void pathsParseOnceAndLabelThemselvesFromDisplayNames() {
        PathNames names = new PathNames() {
            public String party(String id) {
                return id.equals("a") ? "Ruritania" : "Borduria";
            }

            public String official(String party, String id) {
                return "Speaker";
            }

            public String issue(String id) {
                return "Share of the surplus";
            }

            public String strategyType(String party) {
                return "boulware";
            }
        };
        assertThat(SweepPath.parse("parties.a.discount")).isEqualTo(new PartyFieldPath("a", PartyField.DISCOUNT, null));
        assertThat(SweepPath.parse("parties.a.discount").label(names)).isEqualTo("Ruritania's discount factor");
        assertThat(SweepPath.parse("parties.b.weights.share").label(names)).isEqualTo("Borduria's weight on Share of the surplus");
        assertThat(SweepPath.parse("parties.a.officials.parliament.interests.trade").label(names))
                .isEqualTo("Ruritania's Speaker: interest in trade");
        assertThat(SweepPath.parse("parties.a.ratification").label(names)).isEqualTo("Ruritania's ratification threshold");
        assertThat(SweepPath.parse("issues.share.step").label(names)).isEqualTo("Share of the surplus: step");
        assertThat(SweepPath.parse("experiment.deadline").label(names)).isEqualTo("deadline (rounds)");
        assertThat(SweepPath.parse("experiment.noise.reservation").label(names)).isEqualTo("noise on reservations");
        assertThat(SweepPath.parse("implementation.trust_rate").label(names)).isEqualTo("trust rate");
        assertThat(SweepPath.parse("parties.a.strategy.e").label(names)).isEqualTo("Ruritania's concession exponent e");
        assertThat(SweepPath.parse("experiment.strategies.b.type").label(names)).isEqualTo("Borduria's strategy");
        for (String p : List.of("parties.a.officials.parliament.power", "experiment.strategies.b.two_level",
                "issues.share.max", "parties.b.weights.share", "experiment.noise.interests")) {
            assertThat(SweepPath.parse(p).text()).isEqualTo(p);
        }
    }

    @Test
    void syntaxErrorsNameTheCatalogueAlternatives() {
        assertThatThrownBy(() -> SweepPath.parse("parties.a.officials.leader.veto"))
                .hasMessage("parties.a.officials.leader.veto: unknown field 'veto'; known: power, interests.<interest>, "
                        + "reservation");
        assertThatThrownBy(() -> SweepPath.parse("parties.a.weights"))
                .hasMessage("parties.a.weights: incomplete path; expected parties.a.weights.<issue>");
        assertThatThrownBy(() -> SweepPath.parse("experiment.noise.sd"))
                .hasMessage("experiment.noise.sd: unknown field 'sd'; known: interests, reservation");
        assertThatThrownBy(() -> SweepPath.parse("scenario.parties.a.power"))
                .hasMessageContaining("expected e.g. 'parties.a.power'");
        assertThatThrownBy(() -> SweepPath.parse("parties..power")).hasMessageContaining("empty segment");
    }
}
