package org.entente.negotiation;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AskTest {
    @Test
    void listsTheAskedPartiesInTheOrderOfItsRequests() {
        Map<String, Request> requests = new LinkedHashMap<>();
        requests.put("lesotho", new Request.FinalVote(3, new Offer(1, 2)));
        requests.put("china", new Request.FinalVote(3, new Offer(1, 2)));
        requests.put("south_africa", new Request.FinalVote(3, new Offer(1, 2)));

        assertThat(new Ask(requests).asked()).containsExactly("lesotho", "china", "south_africa");
    }

    @Test
    void aTurnAsksOnePartyAsAMapOfOneWould() {
        Request turn = new Request.Turn(4, new Offer(0, 3), "china", 1);

        Ask single = new Ask("lesotho", turn);

        assertThat(single.asked()).containsExactly("lesotho");
        assertThat(single.requests()).containsExactly(Map.entry("lesotho", turn));
        assertThat(single).isEqualTo(new Ask(Map.of("lesotho", turn)));
    }
}
