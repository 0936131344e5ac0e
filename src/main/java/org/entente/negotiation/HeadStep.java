package org.entente.negotiation;

import java.util.List;

/**
 * What a {@link Head} does about a request: answer it now, or first consult its officials on the
 * package the answer would commit the party to (and answer once their votes are in).
 */
public sealed interface HeadStep {

    /** The head's answer, with the trace events of how it was reached (consultation votes, a withdrawal). */
    record Answer(Reply reply, List<TraceEvent> events) implements HeadStep {
        public Answer {
            events = List.copyOf(events);
        }
    }

    /** Poll these officials (the party's non-head officials, in party order) on {@code offer}. */
    record Consult(Offer offer, List<OfficialModel> officials) implements HeadStep {
        public Consult {
            officials = List.copyOf(officials);
        }
    }
}
