package org.entente.agents;

import jade.core.AID;
import jade.lang.acl.ACLMessage;
import org.entente.negotiation.HeadStep;
import org.entente.negotiation.Offer;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.TraceEvent;
import org.entente.negotiation.Vote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentCodecTest {

    @Test
    void turnEncodesCompactlyAndRoundTrips() {
        Request.Turn t = new Request.Turn(12, new Offer(3, 0, 12), "china", 1);
        assertThat(ContentCodec.encode(t)).isEqualTo("turn;r=12;o=3.0.12;by=china;acc=1");
        assertThat(ContentCodec.decodeRequest(ContentCodec.encode(t))).isEqualTo(t);
        Request.Turn first = new Request.Turn(0, null, null, 0);
        assertThat(ContentCodec.encode(first)).isEqualTo("turn;r=0;acc=0");
        assertThat(ContentCodec.decodeRequest("turn;r=0;acc=0")).isEqualTo(first);
    }

    @Test
    void everyRequestKindRoundTrips() {
        Map<String, Offer> offers = new LinkedHashMap<>();
        offers.put("china", new Offer(1, 2));
        offers.put("south;africa", new Offer(0, 4));
        List<Request> all = List.of(new Request.Simultaneous(3, offers), new Request.Simultaneous(0, Map.of()),
                new Request.MutationVote(5, new Offer(1, 2), new Offer(1, 3)),
                new Request.FinalVote(9, new Offer(4, 4, 4)));
        for (Request r : all) assertThat(ContentCodec.decodeRequest(ContentCodec.encode(r))).isEqualTo(r);
        Request.Simultaneous back = (Request.Simultaneous) ContentCodec.decodeRequest(ContentCodec.encode(all.get(0)));
        assertThat(back.offers().keySet()).containsExactly("china", "south;africa");
    }

    @Test
    void everyMoveRoundTripsWithAndWithoutTheHeadsTraceEvents() {
        List<Reply> replies = List.of(new Reply.Propose(new Offer(1, 0, 2)), new Reply.Accept("lesotho"),
                new Reply.Accept(null), new Reply.EndNegotiation("walks out; no=deal|ever"),
                new Reply.EndNegotiation(null), new Reply.Ballot(true), new Reply.Ballot(false));
        List<TraceEvent> consulted = List.of(
                new TraceEvent(7, "lesotho", "consult", new Offer(2, 2, 2), "pm yes 0.612 >= 0.450"),
                new TraceEvent(7, "lesotho", "consult", new Offer(2, 2, 2), "trade:x no 0.100 < 0.450"),
                new TraceEvent(7, "lesotho", "withdraw", null, ""));
        List<Move> moves = new ArrayList<>();
        for (Reply r : replies) {
            moves.add(new Move.Answered(moves.size(), "lesotho", new HeadStep.Answer(r, List.of())));
            moves.add(new Move.Answered(moves.size(), "south;africa", new HeadStep.Answer(r, consulted)));
        }
        moves.add(new Move.Failed(99, "china", "strategy of china failed: a=b;\nc (round 99)"));
        for (Move m : moves) assertThat(ContentCodec.decodeMoves(ContentCodec.moves(List.of(m)))).containsExactly(m);
        assertThat(ContentCodec.decodeMoves(ContentCodec.moves(moves))).isEqualTo(moves);
        assertThat(ContentCodec.moves(List.of(new Move.Answered(13, "lesotho", new HeadStep.Answer(new Reply.Accept("china"),
                List.of(new TraceEvent(13, "lesotho", "consult", new Offer(1, 2), "pm yes 0.750 >= 0.500")))),
                new Move.Answered(14, "china", new HeadStep.Answer(new Reply.Propose(new Offer(3, 0)), List.of())))))
                .isEqualTo("accept;by=china;ev=13:lesotho:consult:1.2:pm yes 0.750 >%3D 0.500;k=13;p=lesotho\n"
                        + "propose;o=3.0;k=14;p=china");
    }

    @Test
    void movesAMessageCarriesReadAsTheirTextDecodesWithoutReadingTheText() {
        List<Move> moves = List.of(
                new Move.Answered(0, "china", new HeadStep.Answer(new Reply.Propose(new Offer(2, 1)), List.of(
                        new TraceEvent(0, "china", "consult", new Offer(2, 1), null),
                        new TraceEvent(0, "china", "consult", new Offer(2, 1), "pm yes 0.7 >= 0.5")))),
                new Move.Failed(1, "lesotho", null),
                new Move.Answered(2, "china", new HeadStep.Answer(new Reply.Accept("lesotho"), List.of())));
        ACLMessage m = Vocabulary.message(ACLMessage.PROPOSE, new AID("head-lesotho", AID.ISLOCALNAME), "run-4",
                "entente-alternating_offers", moves, ContentCodec.MOVES);
        List<Move> carried = ContentCodec.decodeMoves(m);
        assertThat(carried).isEqualTo(ContentCodec.decodeMoves(ContentCodec.moves(moves)));
        assertThat(((Move.Failed) carried.get(1)).reason()).isEmpty();
        assertThat(((Move.Answered) carried.get(0)).answer().events().get(0).detail()).isEmpty();
        assertThat(carried.get(2)).isSameAs(moves.get(2));
        List<Move> plain = List.of(moves.get(2));
        assertThat(ContentCodec.decodeMoves(Vocabulary.message(ACLMessage.ACCEPT_PROPOSAL, new AID("h", AID.ISLOCALNAME),
                "run-4", "p", plain, ContentCodec.MOVES))).isSameAs(plain);
    }

    @Test
    void aReportACarriesIsTakenOnlyWhenItsVotesAreThoseOfThePartyTheChairKnowsTheSenderAs() {
        List<Vote> votes = List.of(new Vote("lesotho", "pm", true, 0.1 + 0.2), new Vote("lesotho", "trade", false, -0.0));
        List<Move> moves = List.of(new Move.Answered(1, "lesotho", new HeadStep.Answer(new Reply.Accept("china"),
                List.of())), new Move.Failed(3, "lesotho", null));
        ContentCodec.Report report = new ContentCodec.Report(6, votes, moves);
        ACLMessage m = Vocabulary.message(ACLMessage.INFORM, new AID("chair", AID.ISLOCALNAME), "run-4", "p", report,
                ContentCodec.REPORT);
        ContentCodec.Report asText = ContentCodec.decodeReport(ContentCodec.encode(report), "lesotho");
        assertThat(ContentCodec.decodeReport(m, "lesotho")).isEqualTo(asText);
        assertThat(ContentCodec.decodeReport(m, "lesotho").votes()).isSameAs(report.votes());
        // a sender the chair knows as another party: the text decides, so the votes are that party's
        assertThat(ContentCodec.decodeReport(m, "china")).isEqualTo(ContentCodec.decodeReport(ContentCodec.encode(report), "china"));
        assertThat(ContentCodec.decodeReport(m, "china").votes()).extracting(Vote::party).containsOnly("china");
    }

    @Test
    void aVoteACarriesIsThatOfTheOfficialTheHeadAskedWithItsExactUtility() {
        Vote cast = new Vote("lesotho", "trade", true, 0.1 + 0.2);
        ACLMessage m = Vocabulary.message(ACLMessage.INFORM, new AID("head-lesotho", AID.ISLOCALNAME), "run-4", "p", cast,
                ContentCodec.VOTE);
        assertThat(ContentCodec.decodeVote(m, "lesotho", "finance")).isEqualTo(new Vote("lesotho", "finance", true, 0.1 + 0.2))
                .isEqualTo(ContentCodec.decodeVote(ContentCodec.vote(true, 0.1 + 0.2), "lesotho", "finance"));
        assertThat(m.getContent()).isEqualTo("vote;yes=1;u=0.30000000000000004");
    }

    @Test
    void reportsKeepVotesInOrderWithExactUtilitiesAndTheMoves() {
        List<Vote> votes = List.of(new Vote("lesotho", "pm", true, 0.1 + 0.2),
                new Vote("lesotho", "national:assembly", false, 0.41234567890123456));
        List<Move> moves = List.of(new Move.Answered(1, "lesotho", new HeadStep.Answer(new Reply.Propose(new Offer(1)),
                List.of())), new Move.Answered(3, "lesotho", new HeadStep.Answer(new Reply.Accept("china"), List.of())));
        ContentCodec.Report ratified = new ContentCodec.Report(6, votes, moves);
        assertThat(ContentCodec.decodeReport(ContentCodec.encode(ratified), "lesotho")).isEqualTo(ratified);
        ContentCodec.Report none = new ContentCodec.Report(3, null, moves);
        assertThat(ContentCodec.encode(none)).startsWith("report;m=3\npropose;o=1;k=1;p=lesotho\n");
        assertThat(ContentCodec.decodeReport(ContentCodec.encode(none), "lesotho")).isEqualTo(none);
        ContentCodec.Report silent = new ContentCodec.Report(1, List.of(), List.of());
        assertThat(ContentCodec.decodeReport(ContentCodec.encode(silent), "china")).isEqualTo(silent);
        Vote one = ContentCodec.decodeVote(ContentCodec.vote(false, 0.3), "lesotho", "trade");
        assertThat(one).isEqualTo(new Vote("lesotho", "trade", false, 0.3));
    }

    @Test
    void setupCarriesSeedOrderedAssignmentsAndWhetherTheRunIsTraced() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("experiment.protocol", "single_text");
        a.put("parties[china].officials[x;y].reservation", 0.35);
        a.put("experiment.deadline", 60.0);
        ContentCodec.Setup s = new ContentCodec.Setup(-8_123_456_789_012L, a, true);
        ContentCodec.Setup back = ContentCodec.decodeSetup(ContentCodec.encode(s));
        assertThat(back).isEqualTo(s);
        ContentCodec.Setup untraced = new ContentCodec.Setup(5, Map.of(), false);
        assertThat(ContentCodec.decodeSetup(ContentCodec.encode(untraced))).isEqualTo(untraced);
        assertThat(back.assignments().keySet()).containsExactly("experiment.protocol",
                "parties[china].officials[x;y].reservation", "experiment.deadline");
    }

    @Test
    void failuresKeepTheirKindAndMessage() {
        String text = ContentCodec.failure(ContentCodec.FailureKind.STRATEGY, "strategy of x failed: a=b; c%d");
        assertThat(ContentCodec.decodeFailure(text))
                .isEqualTo(new ContentCodec.Failure(ContentCodec.FailureKind.STRATEGY, "strategy of x failed: a=b; c%d"));
        assertThat(ContentCodec.decodeFailure("((MTS-error ...))").kind())
                .isEqualTo(ContentCodec.FailureKind.UNREACHABLE);
    }

    @Test
    void escapingIsIdentityForPlainTextAndInvertible() {
        String plain = "lesotho";
        assertThat(ContentSyntax.escape(plain)).isSameAs(plain);
        String nasty = "a;b=c|d:e,f%g\nh";
        assertThat(ContentSyntax.escape(nasty)).doesNotContain(";", "=", "|", ":", ",", "\n");
        assertThat(ContentSyntax.unescape(ContentSyntax.escape(nasty))).isEqualTo(nasty);
    }

    @Test
    void malformedContentIsRejectedWithTheContentInTheMessage() {
        assertThatThrownBy(() -> ContentCodec.decodeRequest("turn;r=x;acc=0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("turn;r=x");
        assertThatThrownBy(() -> ContentCodec.decodeMoves("hello;k=1;p=a")).hasMessageContaining("not a reply");
        assertThatThrownBy(() -> ContentCodec.decodeMoves("propose;o=1.2;ev=3:a:consult;k=1;p=a"))
                .hasMessageContaining("event");
        assertThatThrownBy(() -> ContentCodec.decodeMoves("propose;o=1.2;k=1")).hasMessageContaining("'p'");
        assertThatThrownBy(() -> ContentCodec.decodeReport("votes;m=1", "a")).hasMessageContaining("not a report");
        assertThatThrownBy(() -> ContentCodec.decodeRequest("turn;r")).hasMessageContaining("without '='");
    }

    @Test
    void aMalformedLineAmongMovesIsNamedAloneAndNoFieldSpillsIntoTheNextLine() {
        String good = "propose;o=1.2;k=0;p=a";
        assertThat(ContentCodec.decodeMoves(good + "\naccept;k=1;p=b")).hasSize(2);
        assertThatThrownBy(() -> ContentCodec.decodeMoves(good + "\npropose;o=1.2;k=x;p=b"))
                .hasMessage("malformed entente-text content ('x' is not an integer): propose;o=1.2;k=x;p=b");
        assertThatThrownBy(() -> ContentCodec.decodeMoves(good + "\npropose;o=1.z;k=1;p=b"))
                .hasMessage("malformed entente-text content (field 'o' is not an offer): propose;o=1.z;k=1;p=b");
        // the second line's fields are not the first's: its missing 'p' is not found on the next line
        assertThatThrownBy(() -> ContentCodec.decodeMoves("propose;o=1.2;k=0\n" + good))
                .hasMessage("malformed entente-text content (no field 'p'): propose;o=1.2;k=0");
        assertThatThrownBy(() -> ContentCodec.decodeMoves(good + "\naccept;k"))
                .hasMessage("malformed entente-text content (field without '='): accept;k");
        ContentCodec.Report r = ContentCodec.decodeReport("report;m=3\n" + good, "a");
        assertThat(r.messages()).isEqualTo(3);
        assertThat(r.moves()).hasSize(1);
    }
}
