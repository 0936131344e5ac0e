package org.entente.agents;

import org.entente.negotiation.Offer;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.TraceEvent;
import org.entente.negotiation.Vote;
import org.junit.jupiter.api.Test;

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
    void everyReplyRoundTripsWithAndWithoutTheHeadsTraceEvents() {
        List<Reply> replies = List.of(new Reply.Propose(new Offer(1, 0, 2)), new Reply.Accept("lesotho"),
                new Reply.Accept(null), new Reply.EndNegotiation("walks out; no=deal|ever"),
                new Reply.EndNegotiation(null), new Reply.Ballot(true), new Reply.Ballot(false));
        List<TraceEvent> consulted = List.of(
                new TraceEvent(7, "lesotho", "consult", new Offer(2, 2, 2), "pm yes 0.612 >= 0.450"),
                new TraceEvent(7, "lesotho", "consult", new Offer(2, 2, 2), "trade:x no 0.100 < 0.450"),
                new TraceEvent(7, "lesotho", "withdraw", null, ""));
        for (Reply r : replies) {
            ContentCodec.Answer plain = new ContentCodec.Answer(r, List.of(), 0);
            assertThat(ContentCodec.decodeAnswer(ContentCodec.encode(plain))).isEqualTo(plain);
            ContentCodec.Answer traced = new ContentCodec.Answer(r, consulted, 4);
            assertThat(ContentCodec.decodeAnswer(ContentCodec.encode(traced))).isEqualTo(traced);
        }
        assertThat(ContentCodec.encode(new ContentCodec.Answer(new Reply.Accept("china"),
                List.of(new TraceEvent(3, "lesotho", "consult", new Offer(1, 2), "pm yes 0.750 >= 0.500")), 4)))
                .isEqualTo("accept;by=china;ev=3:lesotho:consult:1.2:pm yes 0.750 >%3D 0.500;m=4");
    }

    @Test
    void votesKeepOrderAndExactUtilities() {
        List<Vote> votes = List.of(new Vote("lesotho", "pm", true, 0.1 + 0.2),
                new Vote("lesotho", "national:assembly", false, 0.41234567890123456));
        String text = ContentCodec.votes(votes, 4);
        assertThat(ContentCodec.decodeVotes(text, "lesotho")).isEqualTo(votes);
        assertThat(ContentCodec.messagesOf(text)).isEqualTo(4);
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
        assertThatThrownBy(() -> ContentCodec.decodeAnswer("hello")).hasMessageContaining("not a reply");
        assertThatThrownBy(() -> ContentCodec.decodeAnswer("propose;o=1.2;ev=3:a:consult")).hasMessageContaining("event");
        assertThatThrownBy(() -> ContentCodec.decodeRequest("turn;r")).hasMessageContaining("without '='");
    }
}
