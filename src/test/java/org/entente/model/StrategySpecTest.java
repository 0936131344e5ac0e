package org.entente.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Strategies as compositions of named parts: presets, refinement, defaults, the catalogue's rules. */
class StrategySpecTest {

    private static StrategySpec spec(String type, Map<String, String> parts, Map<String, Double> params) {
        return new StrategySpec(type, parts, params);
    }

    @Test
    void presetsAreCompositionsOfParts() {
        StrategyComposition f = StrategyType.FREQUENCY.composition();
        assertThat(f.parts()).containsExactly(OfferingPart.BOULWARE, AcceptancePart.NEXT_OR_TARGET, ModelPart.FREQUENCY);
        assertThat(StrategyType.ZEUTHEN.composition().parts())
                .containsExactly(OfferingPart.ZEUTHEN, AcceptancePart.NEXT_OR_TARGET, ModelPart.BELIEFS);
        // the preset's own default for the part it keeps; the part's own default otherwise
        assertThat(new StrategySpec("frequency", Map.of()).param("e")).isEqualTo(0.5);
        assertThat(new StrategySpec("boulware", Map.of()).param("e")).isEqualTo(0.2);
        assertThat(spec("frequency", Map.of("offering", "boulware"), Map.of()).param("e")).isEqualTo(0.5);
        assertThat(spec("frequency", Map.of("offering", "conceder"), Map.of()).param("e")).isEqualTo(2.0);
        assertThat(new StrategySpec("frequency", Map.of()).param("learning_rate")).isEqualTo(0.2);
        assertThat(StrategyType.FREQUENCY.params()).extracting(ParameterSpec::name).containsExactly("e", "learning_rate");
    }

    @Test
    void aNamedPartRefinesThePresetAndPartsAloneComposeWithDefaults() {
        StrategySpec refined = spec("boulware", Map.of("acceptance", "target"), Map.of());
        assertThat(refined.composition().parts())
                .containsExactly(OfferingPart.BOULWARE, AcceptancePart.TARGET, ModelPart.BELIEFS);
        assertThat(refined.label()).isEqualTo("boulware/target/beliefs");
        assertThat(new StrategySpec("boulware", Map.of("e", 0.3)).label()).isEqualTo("boulware");
        StrategySpec composed = spec(null, Map.of("offering", "conceder", "model", "frequency"), Map.of());
        assertThat(composed.composition().parts())
                .containsExactly(OfferingPart.CONCEDER, AcceptancePart.NEXT_OR_TARGET, ModelPart.FREQUENCY);
        assertThat(composed.param("e")).isEqualTo(2.0);
        assertThat(composed.param("two_level")).isEqualTo(0.0);
        assertThat(spec(null, Map.of("acceptance", "constant"), Map.of("threshold", 0.7)).complete()).isFalse();
        assertThatThrownBy(() -> spec(null, Map.of(), Map.of("e", 1.0)).composition())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> composed.param("threshold")).hasMessageContaining("has no parameter threshold");
    }

    @Test
    void replacingAPartDropsOnlyItsParameters() {
        StrategySpec s = spec("boulware", Map.of("acceptance", "constant"),
                Map.of("e", 0.3, "threshold", 0.8, "two_level", 1.0));
        assertThat(s.withName("type", "conceder"))
                .isEqualTo(spec("conceder", Map.of("acceptance", "constant"), Map.of("threshold", 0.8, "two_level", 1.0)));
        assertThat(s.withName("acceptance", "next"))
                .isEqualTo(spec("boulware", Map.of("acceptance", "next"), Map.of("e", 0.3, "two_level", 1.0)));
        assertThat(s.withName("model", "frequency").params()).containsOnlyKeys("e", "threshold", "two_level");
        assertThat(s.name("offering")).isEqualTo("boulware");
        assertThat(s.name("model")).isEqualTo("beliefs");
    }

    @Test
    void anOverrideRefinesTheSameTypeAndReplacesAnother() {
        StrategySpec base = new StrategySpec("boulware", Map.of("e", 0.3, "two_level", 1.0));
        // the contract's merge of parameters, unchanged
        assertThat(base.refinedBy(new StrategySpec(null, Map.of("e", 0.5))))
                .isEqualTo(new StrategySpec("boulware", Map.of("e", 0.5, "two_level", 1.0)));
        assertThat(base.refinedBy(new StrategySpec("boulware", Map.of("min", 0.2))))
                .isEqualTo(new StrategySpec("boulware", Map.of("e", 0.3, "two_level", 1.0, "min", 0.2)));
        StrategySpec other = new StrategySpec("hardliner", Map.of());
        assertThat(base.refinedBy(other)).isSameAs(other);
        // parts replace the base's parts of their kind, with the parameters of the parts replaced
        assertThat(base.refinedBy(spec(null, Map.of("offering", "hardliner", "acceptance", "constant"),
                Map.of("threshold", 0.6))))
                .isEqualTo(spec("boulware", Map.of("offering", "hardliner", "acceptance", "constant"),
                        Map.of("two_level", 1.0, "threshold", 0.6)));
    }

    @Test
    void parameterNamesAreUnambiguousWithinAnyComposition() {
        // one part of each kind: a name may recur within a kind (e in boulware, linear, conceder), never across kinds
        Map<String, StrategyPart.Kind> owner = new HashMap<>();
        for (StrategyPart.Kind kind : StrategyPart.Kind.values()) {
            for (StrategyPart part : kind.catalogue()) {
                assertThat(part.kind()).isEqualTo(kind);
                for (ParameterSpec p : part.params()) {
                    assertThat(owner.getOrDefault(p.name(), kind)).as(p.name()).isEqualTo(kind);
                    owner.put(p.name(), kind);
                    assertThat(p.allows(p.defaultValue())).as(part.id() + "." + p.name()).isTrue();
                }
            }
        }
        for (ParameterSpec c : StrategyType.COMMON) assertThat(owner).doesNotContainKey(c.name());
        assertThat(owner.keySet()).doesNotContainAnyElementsOf(StrategySpec.NAME_KEYS);
    }

    @Test
    void docsDescribeEveryPartAndPreset() throws IOException {
        String doc = Files.readString(Path.of("docs/strategies.md"));
        List<String> names = new ArrayList<>(StrategyType.ids());
        for (StrategyPart.Kind kind : StrategyPart.Kind.values()) names.addAll(kind.ids());
        for (String n : names) assertThat(doc).as(n).contains("`" + n + "`");
        for (StrategyPart.Kind kind : StrategyPart.Kind.values()) {
            for (StrategyPart part : kind.catalogue()) {
                for (ParameterSpec p : part.params()) assertThat(doc).as(part.id() + "." + p.name()).contains("`" + p.name() + "`");
            }
        }
    }
}
