package org.entente.config;

import org.entente.model.ConfigField;
import org.entente.model.FieldSpec;
import org.entente.model.ImplementationParameter;
import org.entente.model.IssueField;
import org.entente.model.OfficialField;
import org.entente.model.PartyField;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/config.md, the users' config reference, states every key the loader knows with the
 * catalogue's default, allowed values and meaning, and no key the loader does not know; its
 * example config is valid.
 */
class ConfigReferenceTest {
    static final Path DOC = Path.of("docs/config.md");
    private static final Pattern SECTION = Pattern.compile("^#+ `((?:scenario|experiment)[^`]*)`");

    /**
     * The loader's catalogue behind each section of docs/config.md (a heading "### `<section>`"
     * over a table of | key | default | allowed | meaning |). A new key is one catalogue entry and
     * one table row; a new section is one line here and one table there.
     */
    static Map<String, List<ConfigField>> sections() {
        Map<String, List<ConfigField>> m = new LinkedHashMap<>();
        m.put("scenario", List.of(ScenarioReader.KEYS));
        m.put("scenario.issues[]", List.of(IssueField.values()));
        m.put("scenario.parties[]", List.of(PartyField.values()));
        m.put("scenario.parties[].preferences.<issue>", concat(PreferenceReader.NUMERIC_KEYS, PreferenceReader.DISCRETE_KEYS));
        m.put("scenario.parties[].officials[]", List.of(OfficialField.values()));
        m.put("scenario.implementation", concat(ImplementationParameter.values(), ScenarioReader.OVERSIGHT_ISSUE));
        m.put("experiment", List.of(ExperimentReader.KEYS));
        m.put("experiment.noise", List.of(ExperimentReader.NOISE_KEYS));
        m.put("experiment.outputs", List.of(ExperimentReader.OUTPUT_KEYS));
        m.put("experiment.sweep", List.of(ExperimentReader.SWEEP_KEYS));
        m.put("experiment.sweep.parameters[]", List.of(ExperimentReader.PARAMETER_KEYS));
        m.put("experiment.tournament", List.of(TournamentReader.KEYS));
        m.put("experiment.tournament.strategies[]", List.of(TournamentReader.ENTRANT_KEYS));
        return m;
    }

    private static List<ConfigField> concat(ConfigField[] a, ConfigField... b) {
        List<ConfigField> out = new ArrayList<>(Arrays.asList(a));
        out.addAll(Arrays.asList(b));
        return out;
    }

    /** One row of a key table, cells without their backticks. */
    record Row(String section, String key, String defaultText, String allowed, String meaning, int line) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        String section = null;
        List<String> lines = Files.readAllLines(DOC);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("#")) {
                Matcher m = SECTION.matcher(l);
                section = m.find() ? m.group(1) : null;
            } else if (section != null && l.startsWith("| `")) {
                String[] cells = l.split("\\|", -1);
                assertThat(cells).as(DOC + ":" + (i + 1) + " must have four cells").hasSize(6);
                rows.add(new Row(section, plain(cells[1]), plain(cells[2]), plain(cells[3]), plain(cells[4]), i + 1));
            }
        }
        return rows;
    }

    private static String plain(String cell) {
        return cell.replace("`", "").trim();
    }

    @Test
    void everyCataloguedKeyIsDocumentedWithItsDefaultAllowedValuesAndMeaning() throws IOException {
        List<Row> rows = rows();
        sections().forEach((section, keys) -> {
            for (ConfigField f : keys) {
                FieldSpec s = f.fieldSpec();
                String where = section + "." + s.key();
                List<Row> found = rows.stream().filter(r -> r.section().equals(section) && r.key().equals(s.key())).toList();
                assertThat(found).as(where + ": one row in docs/config.md under ### `" + section + "`").hasSize(1);
                Row r = found.get(0);
                assertThat(r.defaultText()).as(where + " default (line " + r.line() + ")").isEqualTo(s.defaultText());
                assertThat(r.allowed()).as(where + " allowed values (line " + r.line() + ")").isEqualTo(s.allowed());
                assertThat(r.meaning()).as(where + " meaning (line " + r.line() + ")").startsWith(s.description());
            }
        });
    }

    @Test
    void everyDocumentedKeyIsKnownToTheLoader() throws IOException {
        Map<String, List<ConfigField>> sections = sections();
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(70);
        for (Row r : rows) {
            assertThat(sections).as("docs/config.md:" + r.line() + ": section " + r.section() + " is not one the loader reads")
                    .containsKey(r.section());
            assertThat(sections.get(r.section()).stream().map(ConfigField::key))
                    .as("docs/config.md:" + r.line() + ": " + r.section() + "." + r.key() + " is unknown to the loader")
                    .contains(r.key());
        }
    }

    @Test
    void theExampleIsAValidConfig() throws Exception {
        String doc = Files.readString(DOC);
        int at = doc.indexOf("```yaml", doc.indexOf("## An example"));
        String yaml = doc.substring(doc.indexOf('\n', at) + 1, doc.indexOf("```", at + 7));
        var config = ConfigLoader.load(Path.of("docs/example.yaml"), yaml);
        assertThat(config.experiment().sweep().parameters()).hasSize(2);
        assertThat(config.scenario().party("a").officials()).hasSize(2);
    }

    @Test
    void noDocumentSendsUsersToTheDevelopersSharedFolder() throws IOException {
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path d : Stream.concat(docs, Stream.of(Path.of("README.md"))).filter(p -> p.toString().endsWith(".md")).toList()) {
                assertThat(Files.readString(d)).as(d.toString()).doesNotContain("shared/spec/config.md");
            }
        }
    }
}
