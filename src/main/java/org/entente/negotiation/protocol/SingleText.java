package org.entente.negotiation.protocol;

import org.entente.negotiation.Ask;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.Reply;
import org.entente.negotiation.Request;
import org.entente.negotiation.Step;
import org.entente.negotiation.TableResult;
import org.entente.negotiation.TraceEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Raiffa's single negotiating text, mediated as in Klein, Faratin, Sayama &amp; Bar-Yam (2003): a
 * mediator starts from a neutral text (the middle grid index of every issue) and each round proposes
 * a mutation (one or two issues moved one grid step), which replaces the text only when every party
 * votes yes. In the last round (or after {@code patience} consecutive rejected mutations) every
 * party votes on the text itself; unanimity is an agreement.
 */
final class SingleText extends RoundTable {
    private final SplittableRandom random;
    private final int patience;
    private Offer text;
    private Offer proposal;
    private boolean finalVote;
    private int rejectedInARow;
    private Ask pending;

    SingleText(List<String> parties, OutcomeSpace space, int deadline, SplittableRandom random, int patience) {
        super(parties, space, deadline);
        this.random = random;
        this.patience = patience;
        this.text = neutral(space);
    }

    /** The mediator's starting text: the middle grid index {@code (size − 1) / 2} of every issue. */
    static Offer neutral(OutcomeSpace space) {
        int[] mid = new int[space.issueCount()];
        for (int i = 0; i < mid.length; i++) mid[i] = (space.size(i) - 1) / 2;
        return new Offer(mid);
    }

    /** Consecutive rejected mutations after which the mediator calls the final vote: 3 per issue. */
    static int defaultPatience(OutcomeSpace space) {
        return Math.max(1, 3 * space.issueCount());
    }

    /** The negotiating text as it stands. */
    Offer text() {
        return text;
    }

    @Override
    Step ask() {
        if (pending != null) return pending;
        if (!finalVote) {
            boolean last = round >= deadline - 1 || rejectedInARow >= patience;
            proposal = last ? null : mutation();
            if (proposal == null) finalVote = true;
        }
        Map<String, Request> asks = new LinkedHashMap<>();
        if (finalVote) {
            trace.add(new TraceEvent(round, "mediator", "propose_text", text, "final"));
            for (String p : parties) asks.put(p, new Request.FinalVote(round, text));
        } else {
            trace.add(new TraceEvent(round, "mediator", "propose_text", proposal, "mutation"));
            for (String p : parties) asks.put(p, new Request.MutationVote(round, text, proposal));
        }
        pending = new Ask(asks);
        return pending;
    }

    /** One or two distinct movable issues, each moved one grid step up or down; null if no issue can move. */
    private Offer mutation() {
        List<Integer> movable = new ArrayList<>();
        for (int i = 0; i < space.issueCount(); i++) if (space.size(i) > 1) movable.add(i);
        if (movable.isEmpty()) return null;
        int count = movable.size() >= 2 ? 1 + random.nextInt(2) : 1;
        Offer next = text;
        for (int c = 0; c < count; c++) {
            int issue = movable.remove(random.nextInt(movable.size()));
            int k = text.get(issue);
            int step = random.nextBoolean() ? 1 : -1;
            if (k + step < 0 || k + step >= space.size(issue)) step = -step;
            next = next.with(issue, k + step);
        }
        return next;
    }

    @Override
    void answer(Map<String, Reply> replies) {
        if (pending == null) throw new IllegalStateException("replies without a request: call next() first");
        pending = null;
        boolean all = true;
        String walkedOut = null;
        for (String p : parties) {
            Reply r = Replies.of(replies, p);
            if (r instanceof Reply.Ballot b) {
                trace.add(new TraceEvent(round, p, finalVote ? "final_vote" : "vote", finalVote ? text : proposal,
                        b.yes() ? "yes" : "no"));
                all &= b.yes();
            } else if (r instanceof Reply.EndNegotiation e) {
                traceBreakoff(p, text, e);
                if (walkedOut == null) walkedOut = p;
                all = false;
            } else {
                throw new ProtocolViolation(p, "answered the mediator's "
                        + (finalVote ? "final vote" : "proposal") + " with an offer instead of a yes/no vote");
            }
        }
        if (walkedOut != null) {
            result = TableResult.noAgreement(round + 1, "breakoff");
        } else if (finalVote) {
            result = all ? new TableResult(true, text, round, round + 1, "accepted")
                    : TableResult.noAgreement(round + 1, "rejected");
        } else if (all) {
            text = proposal;
            rejectedInARow = 0;
        } else {
            rejectedInARow++;
        }
    }
}
