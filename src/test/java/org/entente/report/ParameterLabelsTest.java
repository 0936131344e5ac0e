package org.entente.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ParameterLabelsTest {

    @Test
    void sweepPathsReadAsPhrasesFromTheConfig(@TempDir Path dir) throws IOException {
        ResultsFixture.gridSweep(dir, "Kingdom of Lesotho", 2);
        ReportInput in = ReportInput.read(dir);
        assertThat(ParameterLabels.of(in, "parties.lesotho.reservation")).isEqualTo("Lesotho's reservation");
        // china plays boulware (experiment.strategies): e is its concession exponent
        assertThat(ParameterLabels.of(in, "experiment.strategies.china.e")).isEqualTo("China's concession exponent e");
        assertThat(ParameterLabels.of(in, "parties.china.discount")).isEqualTo("China's discount factor");
        assertThat(ParameterLabels.of(in, "parties.lesotho.weights.share"))
                .isEqualTo("Lesotho's weight on Share of toll revenue");
        assertThat(ParameterLabels.of(in, "implementation.oversight_effectiveness")).isEqualTo("oversight effectiveness");
        assertThat(ParameterLabels.of(in, "experiment.noise.interests")).isEqualTo("noise on interests");
        assertThat(ParameterLabels.of(in, "issues.share.max")).isEqualTo("Share of toll revenue: highest value");
        assertThat(ParameterLabels.of(in, "experiment.strategies.lesotho.type")).isEqualTo("Lesotho's strategy");
        // not in the config: ids with underscores as spaces
        assertThat(ParameterLabels.of(in, "parties.lesotho.officials.prime_minister.interests.trade"))
                .isEqualTo("Lesotho's prime minister: interest in trade");
        // unknown shapes keep the exact path
        assertThat(ParameterLabels.of(in, "something.else")).isEqualTo("something.else");
    }

    @Test
    void officialTitlesAreCutBeforeCommasAndParentheses(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "manifest.json", """
                {"config": {"scenario": {"parties": [
                  {"id": "lesotho", "name": "Kingdom of Lesotho", "officials": [
                    {"id": "pm", "title": "Prime Minister (Sam Matekane)"},
                    {"id": "wh", "title": "Wang Huning, Chairman of the CPPCC"}]}]}}}
                """);
        ReportInput in = ReportInput.read(dir);
        assertThat(ParameterLabels.of(in, "parties.lesotho.officials.pm.interests.influence"))
                .isEqualTo("Lesotho's Prime Minister: interest in influence");
        assertThat(ParameterLabels.of(in, "parties.lesotho.officials.wh.power")).isEqualTo("Lesotho's Wang Huning: power");
    }

    @Test
    void stateFormsAreDroppedFromPartyNames() {
        assertThat(ParameterLabels.shortName("Kingdom of Lesotho")).isEqualTo("Lesotho");
        assertThat(ParameterLabels.shortName("People's Republic of China")).isEqualTo("China");
        assertThat(ParameterLabels.shortName("Democratic Republic of the Congo")).isEqualTo("Congo");
        assertThat(ParameterLabels.shortName("United States")).isEqualTo("United States");
        assertThat(ParameterLabels.possessive("United States")).isEqualTo("United States'");
    }
}
