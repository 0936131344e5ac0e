package org.entente.config;

import org.entente.model.Config;
import org.entente.model.DiscreteIssue;
import org.entente.model.ImplementationParameter;
import org.entente.model.NumericIssue;
import org.entente.model.Official;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Protocol;
import org.entente.model.StrategySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.config.RefusedConfig.errors;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Loading: defaults, extensions, references, and errors with exact locations. */
class ConfigLoaderTest {
    static final Path VALID = Path.of("src/test/resources/valid");

    static final String MINIMAL = """
            scenario:
              name: Minimal
              issues:
                - id: share
                  interest: trade
                  min: 0
                  max: 1
              parties:
                - id: a
                  preferences:
                    share: {direction: up}
                - id: b
                  preferences:
                    share: {direction: down}
            """;

    @Test
    void scenarioOnlyFileGetsEveryDefault() throws Exception {
        Config c = ConfigLoader.load(Path.of("minimal.yaml"), MINIMAL);
        assertThat(c.scenario().interests()).containsExactly("trade", "infrastructure", "influence");
        NumericIssue share = (NumericIssue) c.scenario().issue("share");
        assertThat(share.step()).isEqualTo(0.05);
        assertThat(share.size()).isEqualTo(21);
        assertThat(share.label()).isEqualTo("share");
        Party a = c.scenario().party("a");
        assertThat(a.reservation()).isZero();
        assertThat(a.discount()).isEqualTo(1.0);
        assertThat(a.power()).isEqualTo(1.0);
        assertThat(a.capacity()).isEqualTo(1.0);
        assertThat(a.ratification()).isEqualTo(0.5);
        assertThat(a.strategy()).isNull();
        assertThat(a.interests()).containsExactly(Map.entry("trade", 1.0), Map.entry("infrastructure", 1.0),
                Map.entry("influence", 1.0));
        assertThat(a.officials()).containsExactly(new Official("head", "a", true, 1.0, a.interests(), 0.0, false));
        assertThat(a.preferences().get("share")).isEqualTo(new Preference.Monotone(true, 1.0));
        assertThat(c.experiment().name()).isEqualTo("minimal");
        assertThat(c.experiment().protocol()).isEqualTo(Protocol.ALTERNATING_OFFERS);
        assertThat(c.experiment().deadline()).isEqualTo(100);
        assertThat(c.experiment().runs()).isEqualTo(100);
        assertThat(c.experiment().seed()).isEqualTo(1L);
        assertThat(c.experiment().noise().isZero()).isTrue();
        assertThat(c.experiment().sweep().parameters()).isEmpty();
        assertThat(c.experiment().outputs().trace()).isFalse();
        assertThat(c.experiment().outputs().charts()).isTrue();
        assertThat(c.scenario().implementation().years()).isEqualTo(10);
        assertThat(c.scenario().implementation().params()).containsOnlyKeys(ImplementationParameter.ids());
        assertThat(c.strategyOf("a")).isEqualTo(new StrategySpec("boulware", Map.of()));
    }

    @Test
    void sha256IsOfTheFileBytes() throws Exception {
        Config c = ConfigLoader.load(Path.of("minimal.yaml"), MINIMAL);
        byte[] d = MessageDigest.getInstance("SHA-256").digest(MINIMAL.getBytes(StandardCharsets.UTF_8));
        assertThat(c.sha256()).isEqualTo(HexFormat.of().formatHex(d)).hasSize(64);
    }

    @Test
    void referencedScenarioIsReadRelativeAndHashedWithTheConfig() throws Exception {
        Path file = VALID.resolve("sampled-sweep.yaml");
        Config c = ConfigLoader.load(file);
        assertThat(c.scenarioFile()).isEqualTo(VALID.resolve("scenario-only.yaml"));
        assertThat(c.scenario().partyIds()).containsExactly("north", "south", "east");
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(Files.readAllBytes(file));
        md.update(Files.readAllBytes(VALID.resolve("scenario-only.yaml")));
        assertThat(c.sha256()).isEqualTo(HexFormat.of().formatHex(md.digest()));
        assertThat(c.experiment().name()).isEqualTo("lhs-tariffs");
        assertThat(c.experiment().sweep().samples()).isEqualTo(16);
        assertThat(c.experiment().sweep().parameters().get(2).values()).containsExactly("boulware", "conceder");
        assertThat(c.experiment().strategies().get("south")).isEqualTo(new StrategySpec("tit_for_tat", Map.of("delta", 0.5)));
        assertThat(c.strategyOf("north")).isEqualTo(new StrategySpec("linear", Map.of()));
        assertThat(c.experiment().outputs().trace()).isTrue();
    }

    @Test
    void threePartiesDefaultToStackedAlternatingOffers() throws Exception {
        Config c = ConfigLoader.load(VALID.resolve("scenario-only.yaml"));
        assertThat(c.experiment().protocol()).isEqualTo(Protocol.STACKED_ALTERNATING_OFFERS);
        Party north = c.scenario().party("north");
        assertThat(north.capacity()).isEqualTo(0.8);
        assertThat(north.officials().get(0).interests()).isEqualTo(Map.of("trade", 2.0, "security", 1.0));
        assertThat(c.scenario().party("south").preferences().get("tariff")).isEqualTo(new Preference.Peaked(30, 2));
        assertThat(c.scenario().implementation().years()).isEqualTo(5);
    }

    @Test
    void officialsResolveReservationAndOverridesMergeIntoTheEffectiveStrategy() throws Exception {
        Config c = ConfigLoader.load(VALID.resolve("two-party-split.yaml"));
        Party a = c.scenario().party("a");
        assertThat(a.head().id()).isEqualTo("leader");
        assertThat(a.official("leader").reservation()).isEqualTo(0.1);
        assertThat(a.official("parliament").reservation()).isEqualTo(0.2);
        assertThat(a.official("parliament").veto()).isTrue();
        assertThat(a.official("parliament").title()).isEqualTo("parliament");
        assertThat(c.scenario().issue("alignment")).isInstanceOf(DiscreteIssue.class);
        assertThat(c.experiment().strategies().get("a")).isEqualTo(new StrategySpec(null, Map.of("e", 0.5)));
        assertThat(c.strategyOf("a")).isEqualTo(new StrategySpec("boulware", Map.of("e", 0.5)));
        assertThat(c.strategyOf("b").type()).isEqualTo("conceder");
        assertThat(c.scenario().party("b").weight("share")).isEqualTo(2.0);
        assertThat(c.experiment().seed()).isEqualTo(2026L);
    }

    @Test
    void typelessOverrideIsCheckedAgainstTheEffectiveType() {
        String text = MINIMAL + """
                experiment:
                  strategy: {type: tit_for_tat}
                  strategies:
                    a: {delta: 0.5, e: 0.3}
                """;
        assertThat(errors(text)).containsExactly(
                "x.yaml:18:21: experiment.strategies.a.e: strategy tit_for_tat has no parameter 'e'; expected one of "
                        + "type, offering, acceptance, model, delta, window, two_level, min");
    }

    @Test
    void everyErrorIsReportedInFileOrderWithExactLocations() {
        String text = """
                scenario:
                  name: Many errors
                  issues:
                    - id: share
                      interest: trade
                      min: 0
                      max: 1
                  parties:
                    - id: a
                      discount: 0
                      preferences:
                        share: {direction: upward}
                    - id: B
                      powr: 2
                      preferences:
                        share: {direction: down}
                experiment:
                  runs: many
                """;
        assertThat(errors(text)).containsExactly(
                "x.yaml:10:17: scenario.parties.a.discount: 0 is out of range; expected a number in (0, 1]",
                "x.yaml:12:28: scenario.parties.a.preferences.share.direction: 'upward' is not a direction; expected up or down",
                "x.yaml:13:11: scenario.parties[1].id: 'B' is not a valid id; expected lower-case letters, digits and '_', "
                        + "starting with a letter ([a-z][a-z0-9_]*)",
                "x.yaml:14:7: scenario.parties[1].powr: unknown key (did you mean 'power'?); expected one of id, name, "
                        + "reservation, discount, power, capacity, preferences, weights, interests, officials, ratification, strategy",
                "x.yaml:18:9: experiment.runs: found the text 'many'; expected an integer in [1, 100000000]");
    }

    @Test
    void duplicateKeysAreAllReportedAndReadingGoesOn() {
        String text = MINIMAL.replace("  name: Minimal\n", "  name: Minimal\n  name: Again\n")
                + "experiment:\n  runs: 3\n  runs: 4\n  deadline: -1\n";
        assertThat(errors(text)).containsExactly(
                "x.yaml:3:3: duplicate key 'name' (first at line 2); expected each key once",
                "x.yaml:18:3: duplicate key 'runs' (first at line 17); expected each key once",
                "x.yaml:19:13: experiment.deadline: -1 is out of range; expected an integer in [1, 1000000]");
    }

    @Test
    void weightsAndInterestsMustLeaveSomethingToValue() {
        String text = MINIMAL.replace("    share: {direction: up}\n",
                "    share: {direction: up}\n      weights: {share: 0}\n      interests: {influence: 1}\n");
        assertThat(errors(text)).containsExactly(
                "x.yaml:12:16: scenario.parties.a.weights: every issue of interest 'trade' has weight 0; expected a "
                        + "positive weight on at least one of them");
    }

    @Test
    void implementationExtensionsAreValidated() throws Exception {
        String ok = MINIMAL.replace("  parties:\n", "  implementation:\n    years: 7\n    oversight_issue: share\n  parties:\n")
                .replace("      min: 0\n", "      min: 0\n      obligor: b\n");
        Config c = ConfigLoader.load(Path.of("x.yaml"), ok);
        assertThat(c.scenario().implementation().years()).isEqualTo(7);
        assertThat(c.scenario().implementation().oversightIssue()).isEqualTo("share");
        assertThat(c.scenario().issue("share").obligor()).isEqualTo("b");
        assertThat(errors(ok.replace("oversight_issue: share", "oversight_issue: shar")))
                .containsExactly("x.yaml:11:22: scenario.implementation.oversight_issue: unknown issue 'shar' "
                        + "(did you mean 'share'?); expected one of share");
    }

    @Test
    void missingFileIsOneUnlocatedError() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(Path.of("nope.yaml")));
        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0).toString()).isEqualTo("nope.yaml: cannot read: no such file");
    }

    @Test
    void scenarioReferenceMayNotLeaveTheDirectoryTree(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("configs"));
        Files.writeString(dir.resolve("outside.yaml"), MINIMAL);
        Files.writeString(sub.resolve("inside.yaml"), MINIMAL);
        Path exp = sub.resolve("exp.yaml");
        Files.writeString(exp, "experiment:\n  scenario: ../outside.yaml\n");
        assertThatThrownBy(() -> ConfigLoader.load(exp)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(":2:13: experiment.scenario: '../outside.yaml' leaves this file's directory");
        Files.writeString(exp, "experiment:\n  scenario: sub/../inside.yaml\n  runs: 2\n");
        Config c = ConfigLoader.load(exp);
        assertThat(c.experiment().runs()).isEqualTo(2);
        assertThat(c.scenario().name()).isEqualTo("Minimal");
    }

    @Test
    void errorsInAReferencedScenarioNameThatFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("s.yaml"), MINIMAL.replace("max: 1", "max: one"));
        Path exp = dir.resolve("exp.yaml");
        Files.writeString(exp, "experiment:\n  scenario: s.yaml\n");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(exp));
        assertThat(e.errors()).extracting(ConfigError::toString).containsExactly(
                exp + ":2:13: experiment.scenario: the scenario in 's.yaml' has errors (listed below)",
                dir.resolve("s.yaml") + ":7:12: scenario.issues.share.max: found the text 'one'; expected a finite number");
    }

    @Test
    void hugeInputIsRefusedUnreadWithOneLine() {
        StringBuilder b = new StringBuilder(MINIMAL).append("experiment:\n  name: ");
        while (b.length() < 5_000_000) b.append("abcdefghij");
        List<String> errs = errors(b + "\n");
        assertThat(errs).hasSize(1);
        assertThat(errs.get(0)).startsWith("x.yaml: the file has 5000").endsWith("bytes; expected a config of at most "
                + "1048576 bytes (1 MB)");
    }

    @Test
    void longValuesAndDeepNestingBelowTheLimitsLoadOrFailCleanly() {
        StringBuilder b = new StringBuilder(MINIMAL).append("experiment:\n  name: ");
        while (b.length() < 200_000) b.append("abcdefghij");
        b.append("\n  runs: ").append("[".repeat(60)).append("]".repeat(60)).append('\n');
        assertThat(errors(b.toString())).containsExactly("x.yaml:17:9: experiment.runs: found a list; expected an "
                + "integer in [1, 100000000]");
    }
}
