package org.entente.teaching;

import org.entente.negotiation.Ratification;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.TraceEvent;
import org.entente.results.Transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * How the student's game ended, said plainly before the debrief: who accepted whose offer (or that
 * the talks broke off, and why), then whether each party ratified the agreement at home.
 */
record Announcement(String party, RunOutcome outcome, boolean studentWalkedAway) {

    String text() {
        if (outcome.failed()) return "*** The negotiation failed: " + outcome.error() + " ***";
        List<String> lines = new ArrayList<>();
        lines.add("*** " + atTable() + " ***");
        if (outcome.agreedAtTable()) lines.add("*** " + ratification() + " ***");
        return "\n" + String.join("\n", lines);
    }

    private String atTable() {
        var table = outcome.table();
        if (table.agreed()) {
            TraceEvent accept = last("accept");
            if (accept != null) {
                String round = " of round " + table.round();
                if (accept.detail() != null && accept.detail().equals(party)) {
                    return accept.actor() + " ACCEPTS your offer" + round + ": agreement at the table.";
                }
                if (accept.actor().equals(party)) return "You accepted " + accept.detail() + "'s offer" + round + ": agreement at the table.";
                return accept.actor() + " accepted " + accept.detail() + "'s offer" + round + ": agreement at the table.";
            }
            return "Every party voted yes: agreement at the table on the text of round " + table.round() + ".";
        }
        if (studentWalkedAway) return "You walked away: the talks are over, with no agreement.";
        return switch (table.reason() == null ? "" : table.reason()) {
            case "breakoff" -> {
                TraceEvent end = last("breakoff");
                yield (end != null ? end.actor() + " broke off the talks" : "A party broke off the talks") + ": no agreement.";
            }
            case "rejected" -> "The final text was voted down (" + String.join(", ", noVotes()) + " voted no): no agreement.";
            default -> "The talks broke off without agreement: " + Transcript.reasonInWords(table.reason())
                    + " (after " + table.rounds() + " rounds).";
        };
    }

    private String ratification() {
        List<String> parts = new ArrayList<>();
        boolean all = true;
        for (Ratification r : outcome.ratifications()) {
            String who = r.party().equals(party) ? "your government" : r.party();
            parts.add(who + (r.passed() ? " ratifies" : " does NOT ratify"));
            all &= r.passed();
        }
        return "Ratification at home: " + String.join(", ", parts) + (all ? ". The agreement stands."
                : ". The agreement fails: every party gets its no-deal value.");
    }

    private TraceEvent last(String action) {
        TraceEvent found = null;
        for (TraceEvent e : outcome.trace()) if (e.action().equals(action)) found = e;
        return found;
    }

    private List<String> noVotes() {
        List<String> no = new ArrayList<>();
        for (TraceEvent e : outcome.trace()) {
            if (e.action().equals("final_vote") && "no".equals(e.detail())) no.add(e.actor().equals(party) ? "you" : e.actor());
        }
        return no;
    }
}
