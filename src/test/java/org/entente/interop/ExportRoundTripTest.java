package org.entente.interop;

import org.entente.cli.CommandRun;
import org.entente.config.ConfigLoader;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** `entente export geniusweb` then `entente import geniusweb`: every party's utility of every outcome comes back. */
class ExportRoundTripTest {
    @TempDir
    Path tmp;

    private Scenario roundTrip(String config, String... parties) throws Exception {
        Path dir = tmp.resolve("exported");
        CommandRun e = CommandRun.of("export", "geniusweb", config, "--out", dir.toString());
        assertThat(e.code()).as(e.err()).isZero();
        String[] args = new String[4 + parties.length + 2];
        args[0] = "import";
        args[1] = "geniusweb";
        args[2] = dir.resolve("domain.json").toString();
        for (int p = 0; p < parties.length; p++) args[3 + p] = dir.resolve(parties[p] + ".json").toString();
        args[3 + parties.length] = "--out";
        args[4 + parties.length] = tmp.resolve("back.yaml").toString();
        args[5 + parties.length] = "--parties=" + String.join(",", parties);
        CommandRun i = CommandRun.of(args);
        assertThat(i.code()).as(i.err()).isZero();
        return ConfigLoader.load(tmp.resolve("back.yaml")).scenario();
    }

    /** Every party's utility of every outcome, compared. */
    private static void sameUtilities(Scenario a, Scenario b) {
        Game ga = Game.compile(a), gb = Game.compile(b);
        int m = a.issues().size();
        int[] x = new int[m];
        double worst = 0;
        while (true) {
            for (int p = 0; p < a.parties().size(); p++) {
                worst = Math.max(worst, Math.abs(gb.parties().get(p).utility().of(x) - ga.parties().get(p).utility().of(x)));
            }
            int j = m - 1;
            while (j >= 0 && ++x[j] == a.issues().get(j).size()) x[j--] = 0;
            if (j < 0) break;
        }
        assertThat(worst).isLessThan(1e-9);
    }

    @Test
    void theDefaultScenarioComesBackWithEveryUtilityAndTheSameAcceptableOutcomes() throws Exception {
        Scenario original = ConfigLoader.load(Path.of("configs/china-lesotho.yaml")).scenario();
        Scenario back = roundTrip("configs/china-lesotho.yaml", "china", "lesotho");
        sameUtilities(original, back);
        String notes = Files.readString(tmp.resolve("exported/NOTES.md"));
        assertThat(notes).contains("party china has", "officials: its profile is the party's utility U(p)",
                "ratification (the two-level game) is not part of GeniusWeb");
        // the reservation comes back as the least utility at or above it: the same outcomes are acceptable
        for (int p = 0; p < 2; p++) {
            assertThat(back.parties().get(p).reservation()).isGreaterThanOrEqualTo(original.parties().get(p).reservation());
        }
        String domain = Files.readString(tmp.resolve("exported/domain.json"));
        assertThat(domain).contains("\"name\" : \"chinalesotho\"", "\"range\"");
    }

    @Test
    void anImportedDomainComesBackExactlyIncludingReservations() throws Exception {
        Path gw = Path.of("src/test/resources/interop/geniusweb/trade-talks");
        Path first = tmp.resolve("trade.yaml");
        assertThat(CommandRun.of("import", "geniusweb", gw.resolve("domain.json").toString(), gw.resolve("exporter.json").toString(),
                gw.resolve("importer.json").toString(), "--out", first.toString()).code()).isZero();
        Scenario original = ConfigLoader.load(first).scenario();
        Scenario back = roundTrip(first.toString(), "exporter", "importer");
        sameUtilities(original, back);
        for (int p = 0; p < 2; p++) {
            assertThat(back.parties().get(p).reservation()).isCloseTo(original.parties().get(p).reservation(), within(1e-12));
        }
        assertThat(Files.readString(tmp.resolve("exported/NOTES.md"))).contains("Nothing: the scenario is exactly");
    }

    @Test
    void nonLinearNumericPreferencesBecomeDiscreteValuesWithExactUtilities() throws Exception {
        Scenario original = ConfigLoader.load(Path.of("configs/textbook-split-concave.yaml")).scenario();
        Scenario back = roundTrip("configs/textbook-split-concave.yaml", "a", "b");
        sameUtilities(original, back);
        assertThat(Files.readString(tmp.resolve("exported/NOTES.md")))
                .contains("issue share: exported as 1001 discrete values (party b does not value it linearly");
    }

    @Test
    void aNonEmptyDirectoryIsRefusedAndLeftAlone() throws Exception {
        Path dir = tmp.resolve("full");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("domain.json"), "mine");
        CommandRun r = CommandRun.of("export", "geniusweb", "configs/textbook-logrolling.yaml", "--out", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not empty").contains("--force");
        assertThat(Files.readString(dir.resolve("domain.json"))).isEqualTo("mine");
        assertThat(CommandRun.of("export", "geniusweb", "configs/textbook-logrolling.yaml", "--out", dir.toString(), "--force")
                .code()).isZero();
        assertThat(Files.readString(dir.resolve("domain.json"))).contains("issuesValues");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("full");
        }
    }
}
