package org.entente.teaching;

import org.entente.model.Protocol;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackageParserTest {
    final PackageParser parser = new PackageParser(
            Game.compile(TeachingFixtures.config(Protocol.ALTERNATING_OFFERS, 10).scenario()).space());

    @Test
    void numbersSnapToTheNearestGridPointAndSaySo() throws CommandError {
        PackageParser.Parsed p = parser.parse(List.of("tariff=42.6"), new Offer(0, 0), "base");
        assertThat(p.offer()).isEqualTo(new Offer(9, 0));
        assertThat(p.notes()).contains("tariff=42.6 snapped to the nearest grid point 45 % (grid step 5)");
    }

    @Test
    void exactGridValuesAndUnitsNeedNoNote() throws CommandError {
        PackageParser.Parsed p = parser.parse(List.of("tariff=40%", "alignment=none"), new Offer(0, 2), "base");
        assertThat(p.offer()).isEqualTo(new Offer(8, 0));
        assertThat(p.notes()).isEmpty();
    }

    @Test
    void prefixesAndCaseResolveIssuesAndOptions() throws CommandError {
        assertThat(parser.parse(List.of("AL=End", "t=100"), new Offer(0, 0), "base").offer()).isEqualTo(new Offer(20, 2));
    }

    @Test
    void ambiguousOptionPrefixIsRefused() {
        PackageParser p = new PackageParser(new org.entente.negotiation.OutcomeSpace(List.of(
                new org.entente.model.DiscreteIssue("x", "x", "trade", List.of("joint", "joint_statement", "none"), null))));
        assertThatThrownBy(() -> p.parse(List.of("x=jo"), new Offer(2), "base"))
                .hasMessage("'jo' could mean joint or joint_statement for x; type more of the name");
        assertThatThrownBy(() -> p.resolveIssue("y")).hasMessage("no issue 'y'; the issues are: x");
    }

    @Test
    void valuesOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> parser.parse(List.of("tariff=-5"), new Offer(0, 0), "base"))
                .hasMessage("tariff=-5 is out of range: choose between 0 and 100 %");
    }
}
