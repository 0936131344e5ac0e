package org.entente.results;

import org.entente.model.Protocol;
import org.entente.negotiation.Fixtures;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptTest {

    @Test
    void showsEveryActionWithThePackageAndEachPartysUtilityThenTheOutcome() {
        var config = Fixtures.config(Fixtures.split(0.1, 1), Protocol.ALTERNATING_OFFERS, 10,
                Map.of("a", Fixtures.strategy("hardliner"), "b", Fixtures.strategy("conceder")));
        RunOutcome out = Fixtures.run(config, 1);
        String text = Transcript.format(RunWorld.of(config, 1), out);
        String[] lines = text.split("\n");
        assertThat(lines[0]).contains("alternating_offers").contains("deadline 10");
        assertThat(lines[1]).isEqualTo("Rounds count from 0. After | : each party's value of the package (undiscounted)");
        assertThat(lines[2]).matches("\\s+0\\s+a\\s+offer\\s+share=1\\s+\\|\\s+a 1, b 0");
        assertThat(text).contains("consult").contains("head yes").contains("ratify");
        assertThat(lines[lines.length - 1]).startsWith("Agreement on the offer of round 8 (10 rounds played)")
                .contains("share=1").contains("values (undiscounted) a 1, b 0")
                .contains("utilities (discounted to round 8) a 1, b 0");
    }

    @Test
    void saysWhyThereWasNoAgreement() {
        var config = Fixtures.config(Fixtures.split(0.1, 1), Protocol.MONOTONIC_CONCESSION, 10,
                Map.of("a", Fixtures.strategy("hardliner"), "b", Fixtures.strategy("hardliner")));
        RunOutcome out = Fixtures.run(config, 1);
        String text = Transcript.format(RunWorld.of(config, 1), out);
        assertThat(text).contains("No agreement (conflict) after 2 rounds played");
        assertThat(text).contains("(unchanged)");
    }

    @Test
    void saysWhoFailedToRatify() {
        var config = Fixtures.config(Fixtures.twoLevel(), Protocol.ALTERNATING_OFFERS, 60,
                Map.of("a", Fixtures.strategy("conceder"), "b", Fixtures.strategy("boulware")));
        RunOutcome out = Fixtures.run(config, 3);
        String text = Transcript.format(RunWorld.of(config, 3), out);
        assertThat(text).contains("but not ratified by a").contains("finance no");
    }
}
