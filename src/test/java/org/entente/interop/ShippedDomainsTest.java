package org.entente.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.CommandRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.interop.BruteForceSpecials.weigh;

/**
 * The shipped configs transcribed from published ANAC domains, through `entente describe --json`,
 * against reference points brute-forced from the published weights and raw evaluations typed in
 * here (each evaluation divided by its issue's largest, as GENIUS does).
 */
class ShippedDomainsTest {

    private static JsonNode describe(String config) throws Exception {
        CommandRun r = CommandRun.of("describe", config, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    /** Raw GENIUS evaluations of one issue, divided by the largest. */
    private static double[] genius(double... evaluations) {
        double max = 0;
        for (double e : evaluations) max = Math.max(max, e);
        double[] v = new double[evaluations.length];
        for (int k = 0; k < v.length; k++) v[k] = evaluations[k] / max;
        return v;
    }

    private static void matches(JsonNode j, double[][][] w, String a, String b) {
        BruteForceSpecials want = BruteForceSpecials.of(w, new double[]{0, 0});
        assertThat(j.get("outcomes").asInt()).isEqualTo(want.outcomes());
        assertThat(j.get("pareto_size").asInt()).isEqualTo(want.paretoSize());
        for (String point : new String[]{"nash", "max_welfare", "kalai_smorodinsky_nearest"}) {
            int[] o = point.equals("nash") ? want.nash() : point.equals("max_welfare") ? want.maxWelfare() : want.ksNearest();
            double[] u = BruteForceSpecials.utilities(w, o);
            assertThat(j.at("/" + point + "/utilities/" + a).asDouble()).as(point).isCloseTo(u[0], within(1e-6));
            assertThat(j.at("/" + point + "/utilities/" + b).asDouble()).as(point).isCloseTo(u[1], within(1e-6));
        }
    }

    @Test
    void englandZimbabweMatchesTheAnac2010Profiles() throws Exception {
        double[][][] w = {
                weigh(new double[]{0.3031462333758278, 0.303346839835533, 0.049028952379678074, 0.04904500802207314,
                        0.29543296638688804}, new double[][]{genius(5, 7, 9, 1), genius(3, 6, 8, 1), genius(12, 1, 7),
                        genius(10, 1, 6), genius(7, 10, 4, 1)}),
                weigh(new double[]{0.19707980311909024, 0.20134268816210074, 0.15406697766287486, 0.15407719183124569,
                        0.29343333922468845}, new double[][]{genius(9, 7, 5, 1), genius(8, 5, 3, 1), genius(1, 9, 5),
                        genius(1, 19, 9), genius(11, 9, 7, 1)})};
        JsonNode j = describe("configs/england-zimbabwe.yaml");
        matches(j, w, "england", "zimbabwe");
        assertThat(j.get("outcomes").asInt()).isEqualTo(576);
        assertThat(j.get("pareto_size").asInt()).isEqualTo(25);
        assertThat(j.at("/nash/issues/fund_size").asText()).isEqualTo("$10 billion");
        assertThat(j.at("/nash/issues/zimbabwe_trade").asText()).isEqualTo("Zimbabwe will increase tariffs on imports");
    }

    @Test
    void companyAcquisitionMatchesTheAnac2011Profiles() throws Exception {
        double[][][] w = {
                weigh(new double[]{0.3, 0.3, 0.15, 0.05, 0.2}, new double[][]{genius(10, 9, 8, 8), genius(10, 4, 9),
                        genius(5, 10, 4, 7), genius(6, 6, 7, 3), genius(10, 7)}),
                weigh(new double[]{0.5, 0.04, 0.2, 0.06, 0.2}, new double[][]{genius(8, 8, 9, 10), genius(6, 7, 10),
                        genius(5, 9, 6, 10), genius(9, 7, 8, 4), genius(7, 10)})};
        JsonNode j = describe("configs/company-acquisition.yaml");
        matches(j, w, "intelligent_systems", "bi_tech");
        assertThat(j.at("/party_details/0/discount").asDouble()).isCloseTo(Math.pow(0.68768896, 0.01), within(1e-15));
    }

    @Test
    void niceOrDieSeparatesNashFromKalaiSmorodinsky() throws Exception {
        double[][][] w = {weigh(new double[]{1}, new double[][]{genius(1000, 160, 299)}),
                weigh(new double[]{1}, new double[][]{genius(160, 1000, 299)})};
        JsonNode j = describe("configs/nice-or-die.yaml");
        matches(j, w, "a", "b");
        assertThat(j.at("/nash/issues/nice_or_die").asText()).isEqualTo("100_16");
        assertThat(j.at("/kalai_smorodinsky/issues/nice_or_die").asText()).isEqualTo("29_29");
        assertThat(j.at("/kalai_smorodinsky_nearest/issues/nice_or_die").asText()).isEqualTo("29_29");
    }
}
