package org.entente.teaching;

import org.entente.model.Config;
import org.entente.model.Protocol;
import org.entente.model.Seeds;
import org.entente.negotiation.NegotiatorContext;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.RunWorld;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The student's answers under single text and monotonic concession, driven request by request. */
class StudentNegotiatorTest {
    final StringWriter screen = new StringWriter();

    StudentNegotiator student(Protocol protocol, String script) {
        Config config = TeachingFixtures.config(protocol, 10);
        RunWorld world = RunWorld.build(config, Map.of(), Seeds.run(1, 0));
        NegotiatorContext ctx = new NegotiatorContext(world.game().party("lesotho"), world.beliefs(),
                world.game().space(), protocol, 10, world.scenario().partyIds(), config.strategyOf("lesotho"),
                Seeds.random(1, "strategy:lesotho"));
        Terminal terminal = new Terminal(new StringReader(script), new PrintWriter(screen), true);
        return new StudentNegotiator(ctx, terminal, new SeatView(world.scenario(), ctx.self(), world.beliefs()));
    }

    @Test
    void singleTextVotesAreYesOrNoAndOffersAreRefused() {
        StudentNegotiator s = student(Protocol.SINGLE_TEXT, "offer tariff=10\naccept\nmaybe\nyes\nno\n");
        Offer text = new Offer(10, 1), proposal = new Offer(8, 1);

        assertThat(s.onMutationVote(new Request.MutationVote(3, text, proposal))).isTrue();
        assertThat(s.onFinalVote(new Request.FinalVote(9, proposal))).isFalse();
        assertThat(screen.toString()).contains("The mediator proposes to change the text")
                .contains("current text: tariff=50 alignment=joint_statement")
                .contains("proposed:     tariff=40 alignment=joint_statement")
                .contains("! you cannot make offers now; answer yes or no")
                .contains("! answer with yes or no")
                .contains("! unknown command 'maybe'")
                .contains("FINAL VOTE on the negotiating text: tariff=40 alignment=joint_statement");
    }

    @Test
    void quitUnderSingleTextVotesNoFromThenOn() {
        StudentNegotiator s = student(Protocol.SINGLE_TEXT, "quit\n");
        assertThat(s.onMutationVote(new Request.MutationVote(0, new Offer(10, 1), new Offer(0, 0)))).isFalse();
        assertThat(s.onFinalVote(new Request.FinalVote(9, new Offer(0, 0)))).isFalse();
        assertThat(s.walkedAway()).isTrue();
        assertThat(screen.toString()).doesNotContain("FINAL VOTE");
    }

    @Test
    void monotonicConcessionOffersKeepsAndAcceptsByParty() {
        StudentNegotiator s = student(Protocol.MONOTONIC_CONCESSION,
                "keep\naccept\noffer tariff=20\nkeep\naccept mars\naccept china\n");

        Reply first = s.onSimultaneous(new Request.Simultaneous(0, Map.of()));
        assertThat(first).isEqualTo(new Reply.Propose(new Offer(4, 0)));
        Map<String, Offer> previous = Map.of("china", new Offer(12, 1), "lesotho", new Offer(4, 0));
        assertThat(s.onSimultaneous(new Request.Simultaneous(1, previous))).isEqualTo(new Reply.Propose(new Offer(4, 0)));
        assertThat(s.onSimultaneous(new Request.Simultaneous(2, previous))).isEqualTo(new Reply.Accept("china"));
        assertThat(screen.toString())
                .contains("! you have no offer to keep yet")
                .contains("! there is no offer on the table to accept")
                .contains("You keep your offer: tariff=20 alignment=none")
                .contains("! no offer from 'mars' on the table; offers from: china");
    }

    @Test
    void proceedingDespiteAsksOnlyWhenRatificationWouldFail() {
        StudentNegotiator s = student(Protocol.ALTERNATING_OFFERS, "maybe\nyes\n");
        var self = TeachingFixtures.config(Protocol.ALTERNATING_OFFERS, 10);
        RunWorld world = RunWorld.build(self, Map.of(), Seeds.run(1, 0));
        Offer fine = new Offer(0, 0), vetoed = new Offer(20, 2);

        assertThat(s.proceedDespite(fine, world.game().party("lesotho").forecast(fine))).isTrue();
        assertThat(screen.toString()).doesNotContain("go ahead?");
        assertThat(s.proceedDespite(vetoed, world.game().party("lesotho").forecast(vetoed))).isTrue();
        assertThat(screen.toString()).contains("go ahead? yes / no > maybe").contains("! unknown command 'maybe'");
    }

    @Test
    void endOfInputDuringACounterOfferWalksAway() {
        StudentNegotiator s = student(Protocol.ALTERNATING_OFFERS, "");
        Reply r = s.afterWithdrawal(new Request.Turn(3, new Offer(12, 1), "china", 0));
        assertThat(r).isInstanceOf(Reply.EndNegotiation.class);
        assertThat(s.onTurn(new Request.Turn(5, new Offer(12, 1), "china", 0))).isInstanceOf(Reply.EndNegotiation.class);
    }
}
