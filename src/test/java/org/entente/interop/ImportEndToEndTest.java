package org.entente.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.interop.BruteForceSpecials.linear;
import static org.entente.interop.BruteForceSpecials.weigh;

/**
 * `entente import` then `entente validate` and `entente describe --json` on the fixtures in
 * src/test/resources/interop (written for these tests), against reference points brute-forced here
 * from the fixtures' numbers typed in again, apart from the import code.
 */
class ImportEndToEndTest {
    private static final Path GW = Path.of("src/test/resources/interop/geniusweb");
    private static final Path GENIUS = Path.of("src/test/resources/interop/genius/fisheries");

    @TempDir
    Path tmp;

    private JsonNode importAndDescribe(Path out, String... importArgs) throws Exception {
        CommandRun imp = CommandRun.of(importArgs);
        assertThat(imp.err()).isEmpty();
        assertThat(imp.code()).isZero();
        assertThat(imp.out()).contains("wrote " + out);
        CommandRun validate = CommandRun.of("validate", out.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        CommandRun d = CommandRun.of("describe", out.toString(), "--json");
        assertThat(d.code()).isZero();
        return new ObjectMapper().readTree(d.out());
    }

    /** Checks describe's points against the brute force; {@code ids} are the issue ids in order, values as describe prints them. */
    private static void assertSpecials(JsonNode j, BruteForceSpecials want, double[][][] weighted, List<String> parties) {
        assertThat(j.get("outcomes").asInt()).isEqualTo(want.outcomes());
        assertThat(j.get("pareto_size").asInt()).isEqualTo(want.paretoSize());
        assertPoint(j.get("nash"), weighted, want.nash(), parties);
        assertPoint(j.get("max_welfare"), weighted, want.maxWelfare(), parties);
        assertPoint(j.get("kalai_smorodinsky_nearest"), weighted, want.ksNearest(), parties);
    }

    private static void assertPoint(JsonNode point, double[][][] weighted, int[] outcome, List<String> parties) {
        double[] u = BruteForceSpecials.utilities(weighted, outcome);
        for (int p = 0; p < parties.size(); p++) {
            assertThat(point.at("/utilities/" + parties.get(p)).asDouble()).as(parties.get(p)).isCloseTo(u[p], within(1e-6));
        }
    }

    @Test
    void geniusWebTradeTalksKeepsNumbersAsARangeAndMatchesTheBruteForce() throws Exception {
        Path d = GW.resolve("trade-talks"), out = tmp.resolve("trade.yaml");
        JsonNode j = importAndDescribe(out, "import", "geniusweb", d.resolve("domain.json").toString(),
                d.resolve("exporter.json").toString(), d.resolve("importer.json").toString(), "--out", out.toString());
        double[] aid = {0, 25, 50, 75, 100};
        double[][][] w = {
                weigh(new double[]{0.5, 0.2, 0.3}, new double[][]{{0, 0.6, 1}, {0.2, 0.7, 1}, linear(0.1, 1.0, 5)}),
                weigh(new double[]{0.25, 0.35, 0.4}, new double[][]{{1, 0.7, 0.1}, {1, 0.5, 0}, linear(1.0, 0.3, 5)})};
        // reservation bids: (none, quota, 50) and (half, open, 100)
        double[] r = {0.5 * 0 + 0.2 * 0.7 + 0.3 * 0.55, 0.25 * 0.7 + 0.35 * 0 + 0.4 * 0.3};
        BruteForceSpecials want = BruteForceSpecials.of(w, r);
        assertThat(j.get("parties").toString()).isEqualTo("[\"exporter\",\"importer\"]");
        assertThat(j.get("issues").toString()).isEqualTo("[\"tariff_cut\",\"market_access\",\"aid_m\"]");
        assertThat(j.at("/reservations/exporter").asDouble()).isCloseTo(0.305, within(1e-12));
        assertThat(j.at("/reservations/importer").asDouble()).isCloseTo(0.295, within(1e-12));
        assertSpecials(j, want, w, List.of("exporter", "importer"));
        // worked by hand: 45 outcomes, 12 Pareto-optimal; Nash (full, closed, 25) gives (0.6375, 0.705)
        assertThat(want.paretoSize()).isEqualTo(12);
        assertThat(j.at("/nash/issues/tariff_cut").asText()).isEqualTo("full");
        assertThat(j.at("/nash/issues/aid_m").asInt()).isEqualTo(25);
        assertThat(j.at("/nash/utilities/exporter").asDouble()).isEqualTo(0.6375);
        // the two Kalai–Smorodinsky conventions differ here: maximin (full, closed, 50), nearest (half, closed, 100)
        assertThat(j.at("/kalai_smorodinsky/issues/aid_m").asInt()).isEqualTo(50);
        assertThat(j.at("/kalai_smorodinsky_nearest/issues/tariff_cut").asText()).isEqualTo("half");
        assertThat(j.at("/kalai_smorodinsky_nearest/issues/aid_m").asInt()).isEqualTo(100);
        String yaml = Files.readString(out);
        assertThat(yaml).startsWith("# Imported by `entente import geniusweb` from GeniusWeb files:")
                .contains("party exporter: exporter.json", "label: \"aid (M$)\"", "aid_m: {at_min: 0.1, at_max: 1}",
                        "aid_m: {at_min: 1, at_max: 0.3}", "min: 0", "max: 100", "step: 25");
    }

    @Test
    void geniusWebRiverBasinWithThreePartiesMatchesTheBruteForce() throws Exception {
        Path d = GW.resolve("river-basin"), out = tmp.resolve("river.yaml");
        JsonNode j = importAndDescribe(out, "import", "geniusweb", d.resolve("domain.json").toString(),
                d.resolve("upstream.json").toString(), d.resolve("downstream.json").toString(),
                d.resolve("delta.json").toString(), "--out", out.toString(), "--parties", "up,down,delta");
        double[][][] w = {
                weigh(new double[]{0.5, 0.2, 0.3}, new double[][]{{0.5, 1, 0}, {1, 0.6, 0.2}, {0, 0.6, 1}}),
                weigh(new double[]{0.6, 0.25, 0.15}, new double[][]{{0.6, 0, 1}, {0, 0.7, 1}, {1, 0.5, 0}}),
                weigh(new double[]{0.3, 0.3, 0.4}, new double[][]{{1, 0.3, 0.6}, {0.1, 1, 0.8}, {0.9, 1, 0.2}})};
        double[] r = {0.5 * 0.5 + 0.2 * 0.2, 0, 0.3 * 0.6 + 0.3 * 0.1 + 0.4 * 0.2};
        BruteForceSpecials want = BruteForceSpecials.of(w, r);
        assertThat(j.get("parties").toString()).isEqualTo("[\"up\",\"down\",\"delta\"]");
        assertSpecials(j, want, w, List.of("up", "down", "delta"));
        assertThat(want.paretoSize()).isEqualTo(17);
        assertThat(j.at("/kalai_smorodinsky_nearest/issues/dam").asText()).isEqualTo("large");
    }

    @Test
    void geniusFisheriesWithAndWithoutTheDomainFileGiveTheSameScenario() throws Exception {
        Path withDomain = tmp.resolve("with.yaml"), without = tmp.resolve("without.yaml");
        JsonNode j = importAndDescribe(withDomain, "import", "genius", GENIUS.resolve("coastal.xml").toString(),
                GENIUS.resolve("distant.xml").toString(), "--domain", GENIUS.resolve("fisheries-domain.xml").toString(),
                "--out", withDomain.toString());
        JsonNode k = importAndDescribe(without, "import", "genius", GENIUS.resolve("coastal.xml").toString(),
                GENIUS.resolve("distant.xml").toString(), "--out", without.toString());
        assertThat(k.get("nash")).isEqualTo(j.get("nash"));
        assertThat(k.get("pareto_size")).isEqualTo(j.get("pareto_size"));
        // quota evaluations 8, 5, 2 and 1, 6, 10 divided by the largest; boats 10..20; levy 0..1 in 20 steps
        double[][][] w = {
                weigh(new double[]{0.5, 0.3, 0.2}, new double[][]{{1, 5 / 8.0, 2 / 8.0}, linear(0.9, 0.1, 11), linear(0.2, 1.0, 21)}),
                weigh(new double[]{0.4, 0.35, 0.25}, new double[][]{{0.1, 0.6, 1}, linear(0.5, 1.0, 11), linear(1.0, 0.0, 21)})};
        BruteForceSpecials want = BruteForceSpecials.of(w, new double[]{0.3, 0.25});
        assertThat(j.get("parties").toString()).isEqualTo("[\"coastal\",\"distant\"]");
        assertSpecials(j, want, w, List.of("coastal", "distant"));
        assertThat(want.outcomes()).isEqualTo(693);
        assertThat(j.at("/nash/issues/quota").asText()).isEqualTo("Medium");
        assertThat(j.at("/party_details/0/discount").asDouble()).isCloseTo(Math.pow(0.9, 1 / 100.0), within(1e-15));
        assertThat(j.at("/party_details/1/discount").asDouble()).isEqualTo(1.0);
        assertThat(Files.readString(withDomain)).contains("scenario:\n  name: \"coastal vs distant\"", "domain: fisheries-domain.xml",
                "levy: {at_min: 0.2, at_max: 1}", "levy: {direction: down}", "d^(1/100)");
    }

    @Test
    void anExistingFileIsNeverReplacedWithoutForce() throws Exception {
        Path d = GW.resolve("trade-talks"), out = tmp.resolve("mine.yaml");
        Files.writeString(out, "my own work\n");
        String[] args = {"import", "geniusweb", d.resolve("domain.json").toString(), d.resolve("exporter.json").toString(),
                d.resolve("importer.json").toString(), "--out", out.toString()};
        CommandRun r = CommandRun.of(args);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(out + " exists").contains("--force").doesNotContain("Exception");
        assertThat(Files.readString(out)).isEqualTo("my own work\n");
        String[] forced = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--force"))
                .toArray(String[]::new);
        assertThat(CommandRun.of(forced).code()).isZero();
        assertThat(Files.readString(out)).startsWith("# Imported by");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("mine.yaml");
        }
    }

    @Test
    void partyIdsMustBeIdsOnePerProfile() {
        Path d = GW.resolve("trade-talks");
        CommandRun r = CommandRun.of("import", "geniusweb", d.resolve("domain.json").toString(),
                d.resolve("exporter.json").toString(), d.resolve("importer.json").toString(),
                "--out", tmp.resolve("x.yaml").toString(), "--parties", "Exporter,importer");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'Exporter' is not an id");
        r = CommandRun.of("import", "geniusweb", d.resolve("domain.json").toString(), d.resolve("exporter.json").toString(),
                d.resolve("importer.json").toString(), "--out", tmp.resolve("x.yaml").toString(), "--parties", "a");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--parties names 1 parties for 2 profiles");
        assertThat(Files.exists(tmp.resolve("x.yaml"))).isFalse();
    }
}
