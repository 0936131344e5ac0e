package org.entente.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DanceChartTest {
    static final String HEADER = "run_id,round,actor,action,issue.share,utility.a,utility.b\n";

    @Test
    void writesTheRequestedRunOfARoundsFile(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("rounds.csv");
        ResultsFixture.write(dir, "rounds.csv", HEADER
                + "0,0,a,offer,0.9,0.9,0.1\n"
                + "1,0,a,offer,0.8,0.8,0.2\n1,1,b,offer,0.3,0.3,0.7\n1,2,a,offer,0.6,0.6,0.4\n1,3,b,accept,0.6,0.6,0.4\n");
        DanceChart.Trace t = DanceChart.read(csv, 1);
        assertThat(t.parties()).containsExactly("a", "b");
        assertThat(t.offers()).hasSize(3);
        assertThat(t.offers().get(1).actor()).isEqualTo("b");
        assertThat(t.offers().get(1).utilities()).containsExactly(0.3, 0.7);
        // the agreement is the round of the accepted offer (a's offer of round 2, accepted in round 3)
        assertThat(t.agreementRound()).isEqualTo(2);
        assertThat(t.agreed()).containsExactly(0.6, 0.4);
        Path png = dir.resolve("debrief/dance.png");
        DanceChart.write(csv, 1, png);
        ReportTest.assertProjectorPng(png);
    }

    @Test
    void endRowDecidesAndRatificationFailureIsRecognised(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "d.csv", "run_id,round,actor,action,issue.share,utility.a,utility.b,detail\n"
                + "0,0,mediator,propose_text,0.5,0.5,0.5,\n0,1,a,final_vote,0.5,0.5,0.5,no\n0,1,b,final_vote,0.5,0.5,0.5,yes\n0,1,a,end,,,,deadline\n"
                + "1,0,a,offer,0.5,0.5,0.5,\n1,0,chair,end,0.5,0.5,0.5,accepted\n1,0,b,ratify,,,,no\n");
        DanceChart.Trace deadline = DanceChart.read(dir.resolve("d.csv"), 0);
        assertThat(deadline.agreementRound()).isNull();
        assertThat(deadline.offers()).extracting(DanceChart.Move::actor).containsExactly("mediator");
        DanceChart.Trace rejected = DanceChart.read(dir.resolve("d.csv"), 1);
        assertThat(rejected.agreementRound()).isEqualTo(0);
        assertThat(rejected.ratified()).isFalse();
        DanceChart.write(dir.resolve("d.csv"), 0, dir.resolve("mediated.png"));
        ReportTest.assertProjectorPng(dir.resolve("mediated.png"));
    }

    @Test
    void theAgreementIsTheRoundTheAcceptedOfferWasFirstMade(@TempDir Path dir) throws IOException {
        // monotonic concession: a's offer of round 0, repeated unchanged in round 1, is accepted there
        ResultsFixture.write(dir, "z.csv", "run_id,round,actor,action,issue.share,utility.a,utility.b,detail\n"
                + "0,0,a,offer,0.6,0.6,0.4,\n0,0,b,offer,0.5,0.5,0.5,\n0,1,a,offer,0.6,0.6,0.4,unchanged\n"
                + "0,1,b,accept,0.6,0.6,0.4,a\n");
        DanceChart.Trace t = DanceChart.read(dir.resolve("z.csv"), 0);
        assertThat(t.agreementRound()).isEqualTo(0);
        assertThat(t.agreed()).containsExactly(0.6, 0.4);
    }

    @Test
    void multilateralAgreementNeedsEveryOtherPartyToAccept(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "m.csv", "run_id,round,actor,action,issue.share,utility.a,utility.b,utility.c\n"
                + "0,0,a,offer,0.5,0.9,0.2,0.3\n0,1,b,accept,0.5,0.9,0.2,0.3\n0,2,c,offer,0.4,0.6,0.5,0.7\n"
                + "0,3,a,accept,0.4,0.6,0.5,0.7\n0,4,b,accept,0.4,0.6,0.5,0.7\n");
        DanceChart.Trace t = DanceChart.read(dir.resolve("m.csv"), 0);
        assertThat(t.agreementRound()).isEqualTo(2);
        assertThat(t.agreed()).containsExactly(0.6, 0.5, 0.7);
    }

    @Test
    void runWithoutOffersIsAnError(@TempDir Path dir) throws IOException {
        ResultsFixture.write(dir, "rounds.csv", HEADER + "0,0,a,offer,0.9,0.9,0.1\n");
        assertThatThrownBy(() -> DanceChart.write(dir.resolve("rounds.csv"), 7, dir.resolve("x.png")))
                .isInstanceOf(IOException.class).hasMessageContaining("no offers of run 7");
    }
}
