package org.entente.results;

import org.entente.model.Phrases;
import org.entente.model.Protocol;
import org.entente.negotiation.protocol.Mechanisms;
import org.entente.negotiation.Game;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.TraceEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run as a student can follow it, for {@code ./entente run FILE --runs 1 --trace}: round by round
 * who offered what (a party's first offer in full, then only what it changed, with units) and each
 * party's value of it (undiscounted); the officials' consultations and ratification votes in words
 * with their margins; then how it ended: each party's value and its utility (discounted). Lines stay within
 * {@link PackageWords#WIDTH} characters; the compact form is rounds.csv.
 */
public final class Transcript {
    private final Game game;
    private final PackageWords words;
    private final StringBuilder b = new StringBuilder();
    /** Each party's last offer and its round. */
    private final Map<String, Offer> lastOffer = new HashMap<>();
    private final Map<String, Integer> lastOfferRound = new HashMap<>();
    /** The single negotiating text as it stands (single_text), known once the mediator first proposes. */
    private Offer text;
    private int shownRound = -1;

    private Transcript(RunWorld world) {
        this.game = world.game();
        this.words = new PackageWords(game, world.scenario().partyIds());
    }

    public static String format(RunWorld world, RunOutcome outcome) {
        return new Transcript(world).write(world, outcome);
    }

    private String write(RunWorld world, RunOutcome outcome) {
        var experiment = world.config().experiment();
        b.append("Run ").append(outcome.request() != null ? outcome.request().runId() : 0).append(" of ")
                .append(world.scenario().name()).append(": ").append(Phrases.words(experiment.protocol().id()))
                .append(", deadline ").append(experiment.deadline()).append(" rounds (round 0 opens)\n");
        b.append("value = a party's undiscounted utility of a package (0 = its worst, 1 = its best); agreed on\n"
                + "round t's package, a party's utility is value·discount^t (discounted). Rounds count from 0.\n");
        if (experiment.protocol() == Protocol.SINGLE_TEXT) {
            text = Mechanisms.startingText(game.space());
            PackageWords.wrap(b, "The mediator's starting text (the middle of every issue's range):", words.all(text), 2);
        }
        List<TraceEvent> events = outcome.trace();
        for (int i = 0; i < events.size(); ) i = event(events, i, outcome);
        ending(outcome);
        return b.toString();
    }

    /** Writes the event at {@code i} (with the rows of its group); returns the index after them. */
    private int event(List<TraceEvent> events, int i, RunOutcome outcome) {
        TraceEvent e = events.get(i);
        String who = e.actor();
        String detail = e.detail() == null ? "" : e.detail();
        switch (e.action()) {
            case "offer" -> offer(e);
            case "accept" -> line(e.round(), who + " accepts " + detail + "'s offer of round "
                    + lastOfferRound.getOrDefault(detail, e.round()));
            case "breakoff" -> line(e.round(), who + " breaks off the talks" + (detail.isEmpty() ? "" : " (" + Phrases.words(detail) + ")"));
            case "withdraw" -> line(e.round(), who + " withdraws its commitment: " + detail);
            case "propose_text" -> proposal(e);
            case "vote", "final_vote" -> {
                return votes(events, i);
            }
            case "consult", "ratify" -> {
                return officials(events, i, outcome);
            }
            default -> line(e.round(), who + " " + e.action() + (detail.isEmpty() ? "" : " (" + detail + ")"));
        }
        return i + 1;
    }

    private void offer(TraceEvent e) {
        Offer before = lastOffer.get(e.actor());
        lastOffer.put(e.actor(), e.offer());
        lastOfferRound.put(e.actor(), e.round());
        if (before == null) {
            PackageWords.wrap(b, prefix(e.round()) + e.actor() + " offers:", words.all(e.offer()), 10);
        } else if (before.equals(e.offer())) {
            line(e.round(), e.actor() + " repeats its offer");
            return;
        } else {
            PackageWords.wrap(b, prefix(e.round()) + e.actor() + " changes its offer:", words.changes(before, e.offer()), 10);
        }
        b.append(" ".repeat(8)).append(words.worth(e.offer())).append('\n');
    }

    private void proposal(TraceEvent e) {
        if ("final".equals(e.detail())) {
            PackageWords.wrap(b, prefix(e.round()) + "mediator calls the final vote on the text:", words.all(e.offer()), 10);
        } else {
            PackageWords.wrap(b, prefix(e.round()) + "mediator proposes:", words.changes(text, e.offer()), 10);
        }
        b.append(" ".repeat(8)).append(words.worth(e.offer()));
        if (!"final".equals(e.detail())) b.append(" (the text: ").append(worthShort(text)).append(')');
        b.append('\n');
    }

    private String worthShort(Offer o) {
        List<String> us = new ArrayList<>();
        for (PartyModel p : game.parties()) us.add(p.id() + " " + PackageWords.u(p.utility().of(o)));
        return String.join(", ", us);
    }

    /** The parties' votes on one proposal or on the final text: "votes: china yes, lesotho no; the text stays". */
    private int votes(List<TraceEvent> events, int i) {
        TraceEvent first = events.get(i);
        List<String> votes = new ArrayList<>();
        boolean all = true;
        int j = i;
        for (; j < events.size() && events.get(j).action().equals(first.action()) && events.get(j).round() == first.round(); j++) {
            votes.add(events.get(j).actor() + " " + events.get(j).detail());
            all &= "yes".equals(events.get(j).detail());
        }
        boolean last = first.action().equals("final_vote");
        String result = last ? (all ? "the text is agreed" : "the text is rejected")
                : all ? "the text now includes it" : "the text stays as it was";
        if (!last && all) text = first.offer();
        b.append(" ".repeat(8)).append("votes: ").append(String.join(", ", votes)).append("; ").append(result).append('\n');
        return j;
    }

    /**
     * One party's officials on one package, before its head commits ({@code consult}) or at home
     * after the agreement ({@code ratify}): a line per official with its value of the package and its threshold.
     */
    private int officials(List<TraceEvent> events, int i, RunOutcome outcome) {
        TraceEvent first = events.get(i);
        String party = first.actor();
        boolean ratify = first.action().equals("ratify");
        if (ratify) {
            Ratification r = ratification(outcome, party);
            line(first.round(), party + (r == null ? " votes at home" : (r.passed() ? " ratifies: " : " does NOT ratify: ")
                    + share(party, r)));
        } else {
            line(first.round(), party + " consults its officials on " + which(first.offer()) + ":");
        }
        int j = i;
        for (; j < events.size(); j++) {
            TraceEvent e = events.get(j);
            if (!e.action().equals(first.action()) || !e.actor().equals(party) || e.round() != first.round()
                    || !e.offer().equals(first.offer())) break;
            b.append(" ".repeat(10)).append(vote(game.party(party), e.detail() == null ? "" : e.detail())).append('\n');
        }
        return j;
    }

    private String which(Offer o) {
        for (Map.Entry<String, Offer> e : lastOffer.entrySet()) {
            if (e.getValue().equals(o)) return e.getKey() + "'s offer of round " + lastOfferRound.get(e.getKey());
        }
        if (o.equals(text)) return "the text";
        return "the package " + String.join(", ", words.all(o));
    }

    private static Ratification ratification(RunOutcome outcome, String party) {
        for (Ratification r : outcome.ratifications()) if (r.party().equals(party)) return r;
        return null;
    }

    /** "83% of its power approves (50% needed), but a veto holder says no". */
    private String share(String party, Ratification r) {
        boolean vetoed = r.votes().stream().anyMatch(v -> !v.approve() && isVeto(party, v.official()));
        return percent(r.approvingShare()) + " of its power approves (" + percent(game.party(party).ratification())
                + " needed)" + (vetoed ? ", but a veto holder says no" : "");
    }

    private boolean isVeto(String party, String official) {
        OfficialModel o = game.party(party).official(official);
        return o != null && o.veto();
    }

    /** "National Assembly: no — 0.24, below its 0.47 threshold (veto)", from a row's "<official> no 0.240 < 0.470". */
    private static String vote(PartyModel party, String detail) {
        String[] t = detail.trim().split("\\s+");
        if (t.length < 5) return detail;
        OfficialModel o = party.official(t[0]);
        String title = o == null ? t[0] : Phrases.shortTitle(o.title() == null || o.title().isBlank() ? o.id() : o.title());
        double u = Double.parseDouble(t[2]), r = Double.parseDouble(t[4]);
        String us = PackageWords.u(u), rs = PackageWords.u(r);
        if (us.equals(rs)) {
            us = t[2];
            rs = t[4];
        }
        boolean yes = t[1].equals("yes");
        return title + ": " + (yes ? "yes" : "no") + " — " + us + (yes ? ", at or above" : ", below") + " its "
                + rs + " threshold" + (o != null && o.veto() ? " (veto)" : "");
    }

    private void ending(RunOutcome outcome) {
        b.append('\n');
        if (outcome.failed()) {
            b.append("Run failed: ").append(outcome.error()).append('\n');
            return;
        }
        var table = outcome.table();
        if (!table.agreed()) {
            List<String> res = new ArrayList<>();
            for (PartyModel p : game.parties()) res.add(p.id() + " " + PackageWords.u(p.reservation()));
            b.append("No agreement (").append(reasonInWords(table.reason())).append(") after ").append(table.rounds())
                    .append(" rounds played;\nEach party gets its reservation: ").append(String.join(", ", res)).append('\n');
            return;
        }
        Offer offer = table.offer();
        if (!outcome.ratified()) {
            List<String> failed = new ArrayList<>();
            for (Ratification r : outcome.ratifications()) if (!r.passed()) failed.add(r.party());
            b.append("Agreed at the table on round ").append(table.round()).append("'s package, but not ratified by ")
                    .append(String.join(" and ", failed)).append(": each party gets its reservation.\n");
            return;
        }
        b.append("Agreement on round ").append(table.round()).append("'s package, ratified by every party; ")
                .append(table.rounds()).append(" rounds played.\n");
        PackageWords.wrap(b, "Agreed:", words.all(offer), 2);
        for (PartyModel p : game.parties()) {
            b.append("  ").append(p.id()).append(": value ").append(PackageWords.u(p.utility().of(offer)))
                    .append(" (undiscounted), utility ").append(PackageWords.u(p.discounted(offer, table.round())))
                    .append(" (discounted: value × ").append(p.discount()).append('^').append(table.round()).append(")\n");
        }
    }

    /** Why a negotiation ended without agreement, in words ("the deadline passed"). */
    public static String reasonInWords(String reason) {
        return switch (reason == null ? "" : reason) {
            case "deadline" -> "the deadline passed";
            case "conflict" -> "conflict: no party conceded";
            case "breakoff" -> "a party broke off";
            case "rejected" -> "the final text was rejected";
            default -> reason == null ? "no agreement" : Phrases.words(reason);
        };
    }

    private static String percent(double share) {
        return Math.round(100 * share) + "%";
    }

    /** "  12  " the first time a round is shown, else as many spaces. */
    private String prefix(int round) {
        String p = round == shownRound ? "      " : String.format("%4d  ", round);
        shownRound = round;
        return p;
    }

    private void line(int round, String text) {
        b.append(prefix(round)).append(text).append('\n');
    }
}
