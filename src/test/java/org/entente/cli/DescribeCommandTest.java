package org.entente.cli;

import org.entente.config.ShippedConfigs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.SplitScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DescribeCommandTest {

    private static CommandRun describe(String... args) {
        return CommandRun.of(Stream.concat(Stream.of("describe"), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void jsonOfTheConcaveSplitMatchesTheSpecExample() throws Exception {
        CommandRun r = describe("configs/textbook-split-concave.yaml", "--json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("scenario").asText()).isEqualTo("Split with a concave partner");
        assertThat(j.get("parties").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(j.get("issues").toString()).isEqualTo("[\"share\"]");
        assertThat(j.get("outcomes").asLong()).isEqualTo(1001);
        assertThat(j.get("pareto_size").asLong()).isEqualTo(1001);
        assertThat(j.get("exact").asBoolean()).isTrue();
        assertThat(j.at("/nash/issues/share").asDouble()).isEqualTo(0.667);
        assertThat(j.at("/nash/utilities/b").asDouble()).isCloseTo(0.577, within(0.0005));
        assertThat(j.at("/kalai_smorodinsky/issues/share").asDouble()).isEqualTo(0.618);
        assertThat(j.at("/max_welfare/issues/share").asDouble()).isEqualTo(0.75);
        assertThat(j.at("/max_welfare/utilities/b").asDouble()).isEqualTo(0.5);
    }

    @Test
    void defaultScenarioIsExactWithDistinctReferencePointsAndDiscreteOptionsByName() throws Exception {
        CommandRun r = describe("configs/china-lesotho.yaml", "--json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("parties").toString()).isEqualTo("[\"china\",\"lesotho\"]");
        assertThat(j.get("exact").asBoolean()).isTrue();
        assertThat(j.get("outcomes").asLong()).isLessThanOrEqualTo(1_000_000);
        assertThat(j.get("issues").size()).isGreaterThanOrEqualTo(7);
        assertThat(j.at("/nash/issues/oversight").isTextual()).isTrue();
        assertThat(j.get("nash")).isNotEqualTo(j.get("max_welfare"));
        assertThat(j.at("/nash/issues")).isNotEqualTo(j.at("/ideals/china/issues"));
        assertThat(j.at("/nash/issues")).isNotEqualTo(j.at("/ideals/lesotho/issues"));
    }

    @Test
    void powerThreeToOneGivesTheWeightedNashPointThreeQuartersOfALinearSplit(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("power.yaml");
        Files.writeString(config, SplitScenario.yaml("power: 3, ", "power: 1, ", "down", 0.01));
        JsonNode j = new ObjectMapper().readTree(describe(config.toString(), "--json").out());
        assertThat(j.at("/weighted_nash/issues/share").asDouble()).isEqualTo(0.75);
        assertThat(j.at("/weighted_nash/utilities/b").asDouble()).isEqualTo(0.25);
        assertThat(j.at("/nash/issues/share").asDouble()).isEqualTo(0.5);
        assertThat(j.at("/party_details/0/power_share").asDouble()).isEqualTo(0.75);
        assertThat(describe(config.toString()).out()).contains("a: reservation 0, discount 1, power 3,")
                .contains("(power share 0.75)").contains("Weighted Nash (gains raised to the power shares): a 0.75, b 0.25");
        // the default scenario: China's power 5 against Lesotho's 1 moves the point China's way
        JsonNode d = new ObjectMapper().readTree(describe("configs/china-lesotho.yaml", "--json").out());
        assertThat(d.at("/weighted_nash/utilities/china").asDouble())
                .isGreaterThan(d.at("/nash/utilities/china").asDouble());
    }

    @Test
    void textNamesOfficialsIdealsAndReferencePoints() {
        CommandRun r = describe("configs/china-lesotho.yaml");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Wang Huning", "Chinese People's Political Consultative Conference",
                "Minister of Finance and Development Planning", "VETO", "lesotho's ideal",
                "Nash bargaining solution", "Kalai-Smorodinsky solution", "Maximum welfare", "exact enumeration");
    }

    @Test
    void everyScenarioConfigDescribes() throws Exception {
        for (Path f : ShippedConfigs.all().stream().filter(p -> !p.getFileName().toString().startsWith("sweep-")).toList()) {
            CommandRun r = describe(f.toString(), "--json");
            assertThat(r.code()).as(f + ": " + r.err()).isZero();
            assertThat(new ObjectMapper().readTree(r.out()).get("nash").isObject()).as(f.toString()).isTrue();
        }
    }

    @Test
    void missingFileIsBadInput() {
        CommandRun r = describe("configs/no-such-file.yaml");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no-such-file.yaml");
    }

    @Test
    void pathsListEverySweepablePathAlignedWithItsCurrentValueAndRange() throws Exception {
        CommandRun r = describe("configs/china-lesotho.yaml", "--paths");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Sweepable paths of China-Lesotho cooperation package (");
        List<String> rows = lines.subList(3, lines.size());
        int current = lines.get(2).indexOf("current");
        int accepts = lines.get(2).indexOf("accepts");
        for (String row : rows) {
            assertThat(row.charAt(current - 1)).as(row).isEqualTo(' ');
            assertThat(row.charAt(current)).as(row).isNotEqualTo(' ');
            assertThat(row.charAt(accepts)).as(row).isNotEqualTo(' ');
        }
        assertThat(rows).anyMatch(l -> l.matches("parties\\.lesotho\\.reservation +0\\.4 +a number in \\[0, 1\\)"))
                .anyMatch(l -> l.matches("experiment\\.protocol +alternating_offers +one of alternating_offers, .*"))
                .anyMatch(l -> l.matches("experiment\\.strategies\\.china\\.e +0\\.2 +a number in \\[0\\.001, 100\\]"))
                .anyMatch(l -> l.startsWith("parties.lesotho.officials.national_assembly.interests.influence "))
                .anyMatch(l -> l.startsWith("implementation.oversight_weight "));

        JsonNode j = new ObjectMapper().readTree(describe("configs/china-lesotho.yaml", "--paths", "--json").out());
        assertThat(j.get("paths").size()).isEqualTo(rows.size());
        JsonNode first = j.get("paths").get(0);
        assertThat(first.get("path").asText()).isEqualTo("parties.china.reservation");
        assertThat(first.get("current").asDouble()).isEqualTo(0.4);
        assertThat(first.get("max").asDouble()).isEqualTo(1.0);
        assertThat(first.get("max_open").asBoolean()).isTrue();
    }
}
