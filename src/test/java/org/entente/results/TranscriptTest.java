package org.entente.results;

import org.entente.model.Protocol;
import org.entente.negotiation.Fixtures;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptTest {

    private static String transcript(Protocol protocol, int deadline, String a, String b, long seed, boolean twoLevel) {
        var config = Fixtures.config(twoLevel ? Fixtures.twoLevel() : Fixtures.split(0.1, 1), protocol, deadline,
                Map.of("a", Fixtures.strategy(a), "b", Fixtures.strategy(b)));
        RunOutcome out = Fixtures.run(config, seed);
        String text = Transcript.format(RunWorld.of(config, seed), out);
        assertThat(Arrays.stream(text.split("\n"))).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
        return text;
    }

    @Test
    void showsWhoOfferedWhatAndItsValueThenTheOutcomeDiscountedAndNot() {
        String text = transcript(Protocol.ALTERNATING_OFFERS, 10, "hardliner", "conceder", 1, false);
        String[] lines = text.split("\n");
        assertThat(lines[0]).contains("alternating offers").contains("deadline 10");
        assertThat(lines[1]).startsWith("value = a party's undiscounted utility of a package");
        assertThat(lines[2]).isEqualTo("round t's package, a party's utility is value·discount^t (discounted). Rounds count from 0.");
        assertThat(text).contains("   0  a offers: share 1\n        value (undiscounted): a 1, b 0\n");
        assertThat(text).contains("a repeats its offer", "b consults its officials on a's offer of round",
                "head: yes — 0", "b accepts a's offer of round", "a ratifies: 100% of its power approves (50% needed)");
        assertThat(text).contains("Agreement on round 8's package, ratified by every party; 10 rounds played.")
                .contains("Agreed: share 1")
                .containsPattern("a: value 1 \\(undiscounted\\), utility [0-9.]+ \\(discounted: value × [0-9.]+\\^8\\)");
    }

    @Test
    void showsOnlyWhatChangedWithUnits() {
        String text = transcript(Protocol.ALTERNATING_OFFERS, 60, "conceder", "boulware", 3, true);
        assertThat(text).containsPattern("a changes its offer: tariff \\d+ → \\d+%");
    }

    @Test
    void saysWhyThereWasNoAgreement() {
        String text = transcript(Protocol.MONOTONIC_CONCESSION, 10, "hardliner", "hardliner", 1, false);
        assertThat(text).contains("No agreement (conflict: no party conceded) after 2 rounds played")
                .contains("repeats its offer");
    }

    @Test
    void saysWhoFailedToRatifyWithEachOfficialsMargin() {
        String text = transcript(Protocol.ALTERNATING_OFFERS, 60, "conceder", "boulware", 3, true);
        assertThat(text).contains("a does NOT ratify: 83% of its power approves (50% needed), but a veto holder says no").contains("finance: no — 0, below its 0.5 threshold (veto)")
                .contains("but not ratified by a");
    }

    @Test
    void singleTextShowsTheMediatorsChangesAndTheVotes() {
        String text = transcript(Protocol.SINGLE_TEXT, 20, "linear", "linear", 2, false);
        assertThat(text).contains("The mediator's starting text (the middle of every issue's range): share 0.5")
                .containsPattern("mediator proposes: share [0-9.]+ → [0-9.]+")
                .containsPattern("votes: a (yes|no), b (yes|no); the text");
    }
}
