package org.entente.interop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** GeniusWeb JSON semantics, and every construct Entente cannot reproduce exactly refused with file and line. */
class GeniusWebImportTest {
    @TempDir
    Path tmp;

    private static final String DOMAIN = """
            {"name": "d", "issuesValues": {
              "colour": {"values": ["red", "blue"]},
              "price": {"range": {"low": 10, "high": 20, "step": 4}}}}
            """;

    private Path file(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** A profile with the given weights, colour utilities, price utilities and extra members. */
    private static String profile(String name, String weights, String colour, String price, String extra) {
        return "{\"LinearAdditiveUtilitySpace\": {\n"
                + "  \"issueUtilities\": {\n"
                + "    \"colour\": " + colour + ",\n"
                + "    \"price\": " + price + "},\n"
                + "  \"issueWeights\": " + weights + ",\n"
                + "  \"name\": \"" + name + "\"" + extra + "}}\n";
    }

    private static final String W = "{\"colour\": 0.4, \"price\": 0.6}";
    private static final String COLOUR = "{\"discreteutils\": {\"valueUtilities\": {\"red\": 1, \"blue\": 0.25}}}";
    private static final String PRICE = "{\"numberutils\": {\"lowValue\": 10, \"lowUtility\": 0.9, \"highValue\": 20, \"highUtility\": 0.1}}";

    private AdditiveScenario read(String... profiles) throws IOException {
        Path d = file("domain.json", DOMAIN);
        List<Path> ps = new java.util.ArrayList<>();
        for (int i = 0; i < profiles.length; i++) ps.add(file("p" + i + ".json", profiles[i]));
        return GeniusWebImport.read(d, ps);
    }

    @Test
    void aRangeIsCutToItsLastGridPointAndKeepsItsLinearUtilities() throws IOException {
        AdditiveScenario s = read(profile("a", W, COLOUR, PRICE, ""), profile("b", W, COLOUR, PRICE,
                ", \"reservationBid\": {\"issuevalues\": {\"colour\": \"blue\", \"price\": 18}}"));
        AdditiveIssue.Numeric price = (AdditiveIssue.Numeric) s.issues().get(1);
        // 10, 14, 18: GeniusWeb's range never goes past high
        assertThat(price.size()).isEqualTo(3);
        assertThat(price.max()).isEqualByComparingTo("18");
        IssueUtilities.Linear u = (IssueUtilities.Linear) s.profiles().get(0).utilities().get("price");
        assertThat(u.atMin()).isEqualTo(0.9);
        assertThat(u.atMax()).isCloseTo(0.9 - 0.8 * 8 / 10, within(1e-15));
        // reservation: the bid's utility 0.4 * 0.25 + 0.6 * 0.26
        assertThat(s.profiles().get(1).reservation()).isCloseTo(0.1 + 0.6 * 0.26, within(1e-15));
        assertThat(s.profiles().get(0).reservation()).isZero();
        assertThat(s.utility(s.profiles().get(0), new int[]{1, 1})).isCloseTo(0.4 * 0.25 + 0.6 * 0.58, within(1e-15));
    }

    @Test
    void classNamesOfTheUtilitiesAreAcceptedToo() throws IOException {
        AdditiveScenario s = read(profile("a", W, COLOUR.replace("discreteutils", "DiscreteValueSetUtilities"),
                PRICE.replace("numberutils", "NumberValueSetUtilities"), ""), profile("b", W, COLOUR, PRICE, ""));
        assertThat(s.profiles().get(0).utilities()).isEqualTo(s.profiles().get(1).utilities());
    }

    private void refused(String message, int line, String... profiles) {
        assertThatThrownBy(() -> read(profiles)).isInstanceOf(InteropException.class)
                .hasMessageContaining(tmp.resolve("p0.json") + ":" + line + ":").hasMessageContaining(message);
    }

    @Test
    void weightsThatDoNotSumToOneAreRefusedAtTheWeights() {
        refused("the issue weights sum to 0.9; GeniusWeb requires them to sum to 1", 5,
                profile("a", "{\"colour\": 0.3, \"price\": 0.6}", COLOUR, PRICE, ""), profile("b", W, COLOUR, PRICE, ""));
    }

    @Test
    void aValueWithoutUtilityIsRefused() {
        refused("value \"blue\" of issue \"colour\" has no utility", 3,
                profile("a", W, "{\"discreteutils\": {\"valueUtilities\": {\"red\": 1}}}", PRICE, ""),
                profile("b", W, COLOUR, PRICE, ""));
    }

    @Test
    void unknownUtilityTypesAndNonLinearSpacesAreRefused() {
        refused("unknown value-set utilities \"peakutils\"", 3,
                profile("a", W, "{\"peakutils\": {\"peak\": 1}}", PRICE, ""), profile("b", W, COLOUR, PRICE, ""));
        refused("profile type \"SumOfGroupsUtilitySpace\" is not supported", 1,
                "{\"SumOfGroupsUtilitySpace\": {}}", profile("b", W, COLOUR, PRICE, ""));
    }

    @Test
    void numberUtilitiesMustSpanTheRange() {
        refused("the utilities of \"price\" run from 10 to 19 but the range is 10 to 20", 4,
                profile("a", W, COLOUR, PRICE.replace("\"highValue\": 20", "\"highValue\": 19"), ""),
                profile("b", W, COLOUR, PRICE, ""));
    }

    @Test
    void utilitiesOutsideZeroOneAndAReservationOfOneAreRefused() {
        refused("the utility of \"red\" is 1.5; expected a number in [0, 1]", 3,
                profile("a", W, COLOUR.replace("\"red\": 1", "\"red\": 1.5"), PRICE, ""), profile("b", W, COLOUR, PRICE, ""));
        refused("the reservation value is 1.0; Entente needs it in [0, 1)", 7,
                profile("a", W, COLOUR, PRICE, ",\n \"reserved_value\": 1"), profile("b", W, COLOUR, PRICE, ""));
    }

    @Test
    void aReservationBidOffTheGridIsRefused() {
        refused("17 is not a value of issue \"price\"", 7, profile("a", W, COLOUR, PRICE,
                ",\n \"reservationBid\": {\"issuevalues\": {\"colour\": \"red\", \"price\": 17}}"), profile("b", W, COLOUR, PRICE, ""));
    }

    @Test
    void brokenJsonIsReportedWithTheParsersPosition() {
        refused("not valid JSON", 2, "{\"LinearAdditiveUtilitySpace\":\n  {\"issueWeights\" 1}}", profile("b", W, COLOUR, PRICE, ""));
    }
}
