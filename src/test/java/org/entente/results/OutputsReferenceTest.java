package org.entente.results;

import org.entente.outcome.ImplementationModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/outputs.md, the users' reference of the results directory, names every column each file's
 * schema writes (a party's and an issue's columns as {@code <party>} and {@code <id>}).
 */
class OutputsReferenceTest {
    private static final Layout LAYOUT = new Layout(List.of("SWEPT"), List.of("ISSUE"), List.of("PARTY"));

    private static String doc() throws IOException {
        return Files.readString(Path.of("docs/outputs.md"));
    }

    /** A column as docs/outputs.md writes it: `utility.<party>` for utility.PARTY. */
    private static List<String> documented(List<String> names) {
        return names.stream().filter(n -> !n.equals("SWEPT"))
                .map(n -> n.replace("PARTY", "<party>").replace("ISSUE", "<id>"))
                .map(n -> "`" + n + "`").toList();
    }

    @Test
    void everyRunsColumnIsDocumented() throws IOException {
        assertThat(doc()).contains(documented(RunsColumns.schema(LAYOUT).names()));
    }

    @Test
    void everySummaryColumnIsDocumented() throws IOException {
        List<String> names = SummaryColumns.schema(LAYOUT, List.of()).names();
        assertThat(names).contains("runs", "agreement_rate_lo", "utility.PARTY.hi", "rounds.mean");
        assertThat(doc()).contains(documented(names));
    }

    @Test
    void everyYearsSeriesIsDocumentedInOrder() throws IOException {
        List<String> names = YearsColumns.schema().names();
        assertThat(names.subList(3, names.size())).isEqualTo(ImplementationModel.columns());
        String listed = "`" + String.join(", ", names.subList(0, 3)) + "`, then the implementation model's series, in this order: `"
                + String.join(", ", ImplementationModel.columns()) + "`";
        assertThat(doc().replaceAll("\\s+", " ")).contains(listed);
    }

    @Test
    void everyYearsSummaryColumnIsDocumented() throws IOException {
        assertThat(doc()).contains(documented(YearsSummaryColumns.names()));
    }

    @Test
    void everySensitivityColumnIsDocumented() throws IOException {
        assertThat(doc()).contains(documented(SensitivityColumns.saltelli().names()))
                .contains(documented(SensitivityColumns.morris().names()));
    }

    @Test
    void everyRoundsAndFrontierColumnIsDocumented() throws IOException {
        assertThat(doc()).contains(documented(RoundsColumns.schema(LAYOUT).names()))
                .contains(documented(FrontierColumns.schema(LAYOUT).names()));
    }
}
