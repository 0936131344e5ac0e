package org.entente.results;

import org.entente.model.Numbers;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.TraceEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run as readable text, for {@code ./entente run FILE --runs 1 --trace}: one line per action
 * (round from 0, actor, action, the package as issue=value, each party's undiscounted value of it), the
 * officials' consultations and ratification votes (one line per official, the package on the first), then how
 * it ended.
 */
public final class Transcript {
    private Transcript() {
    }

    public static String format(org.entente.negotiation.RunWorld world, RunOutcome outcome) {
        Game game = world.game();
        List<String> parties = world.scenario().partyIds();
        StringBuilder b = new StringBuilder();
        var experiment = world.config().experiment();
        b.append("Run ").append(outcome.request() != null ? outcome.request().runId() : 0)
                .append(" of ").append(world.scenario().name())
                .append(": ").append(experiment.protocol().id())
                .append(", deadline ").append(experiment.deadline()).append(" rounds\n");
        b.append("Rounds count from 0. After | : each party's value of the package (undiscounted)\n");
        int actorWidth = "mediator".length();
        for (String p : parties) actorWidth = Math.max(actorWidth, p.length());
        TraceEvent previous = null;
        for (TraceEvent e : outcome.trace()) {
            b.append(String.format("%4d  %-" + actorWidth + "s  %-12s", e.round(), e.actor(), e.action()));
            boolean officialVote = e.action().equals("consult") || e.action().equals("ratify");
            if (e.detail() != null && !e.detail().isEmpty()) {
                b.append(officialVote ? e.detail() : "(" + e.detail() + ")").append("  ");
            }
            // one row per official: the package once, on the first official's row
            boolean samePoll = officialVote && previous != null && previous.action().equals(e.action())
                    && previous.actor().equals(e.actor()) && previous.round() == e.round()
                    && Objects.equals(previous.offer(), e.offer());
            if (e.offer() != null && !samePoll) {
                b.append(game.space().describe(e.offer()));
                if (!officialVote) b.append("  |  ").append(utilities(game, parties, e.offer()));
            }
            trimEnd(b);
            b.append('\n');
            previous = e;
        }
        b.append(ending(game, parties, outcome)).append('\n');
        return b.toString();
    }

    private static String ending(Game game, List<String> parties, RunOutcome outcome) {
        if (outcome.failed()) return "Run failed: " + outcome.error();
        var table = outcome.table();
        if (!table.agreed()) {
            List<String> res = new ArrayList<>();
            for (String p : parties) res.add(p + " " + Numbers.format(game.party(p).reservation(), 3));
            return "No agreement (" + table.reason() + ") after " + table.rounds()
                    + " rounds played; each party gets its reservation: " + String.join(", ", res);
        }
        Offer offer = table.offer();
        String pkg = game.space().describe(offer);
        if (!outcome.ratified()) {
            List<String> failed = new ArrayList<>();
            for (Ratification r : outcome.ratifications()) {
                if (!r.passed()) {
                    failed.add(r.party() + " (approving power share " + Numbers.format(r.approvingShare(), 3)
                            + ", needed " + Numbers.format(game.party(r.party()).ratification(), 3) + ")");
                }
            }
            return "Agreed at the table on the offer of round " + table.round() + " (" + pkg + ") but not ratified by "
                    + String.join(", ", failed) + "; each party gets its reservation";
        }
        List<String> us = new ArrayList<>();
        for (String p : parties) {
            PartyModel m = game.party(p);
            us.add(p + " " + Numbers.format(m.discounted(offer, table.round()), 3));
        }
        return "Agreement on the offer of round " + table.round() + " (" + table.rounds() + " rounds played), ratified by all: "
                + pkg + "; values (undiscounted) " + utilities(game, parties, offer)
                + "; utilities (discounted to round " + table.round() + ") " + String.join(", ", us);
    }

    private static String utilities(Game game, List<String> parties, Offer offer) {
        List<String> us = new ArrayList<>();
        for (String p : parties) us.add(p + " " + Numbers.format(game.party(p).utility().of(offer), 3));
        return String.join(", ", us);
    }

    private static void trimEnd(StringBuilder b) {
        while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') b.setLength(b.length() - 1);
    }
}
