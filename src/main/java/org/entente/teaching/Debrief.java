package org.entente.teaching;

import org.entente.analysis.ReferencePoint;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.RunOutcome;
import org.entente.negotiation.RunWorld;
import org.entente.negotiation.Vote;

import java.nio.file.Path;
import java.util.List;

/**
 * What the student learns after playing: the outcome, their utility against the Nash point's and
 * against the agents' typical result in the same seat, each party's ratification vote, and where
 * the session's trace and dance chart were written. {@code nash} and {@code baseline} may be null
 * (no individually rational outcome; Monte Carlo skipped), {@code chart} null when it could not be
 * drawn ({@code chartProblem} says why).
 */
public record Debrief(String party, SessionResult result, RunOutcome outcome, boolean studentWalkedAway,
                      double utility, double reservation, ReferencePoint nash, int partyIndex, SeatBaseline baseline,
                      Path roundsCsv, Path chart, String chartProblem) {

    /** The debrief as text for the terminal. */
    public String render(RunWorld world) {
        StringBuilder b = new StringBuilder();
        b.append("\n=============================== DEBRIEF ===============================\n");
        b.append("Outcome: ").append(outcomeLine(world)).append('\n');
        b.append("Your utility: ").append(SeatView.f2(utility));
        b.append("   (no deal would have given you ").append(SeatView.f2(reservation)).append(")\n");
        if (nash != null) {
            double nu = nash.utilities()[partyIndex];
            b.append("Nash bargaining solution: ").append(SeatView.f2(nu)).append(" for you, at ")
                    .append(world.game().space().describe(nash.offer())).append('\n');
            b.append("  you got ").append(signed(utility - nu)).append(" against the Nash point\n");
        } else {
            b.append("Nash bargaining solution: none (no package is worth more than no deal to every party)\n");
        }
        if (baseline != null) {
            b.append("Agents in your seat (").append(baseline.runs()).append(" runs, strategy ")
                    .append(baseline.strategy()).append("): mean ").append(SeatView.f2(baseline.utility().estimate()));
            if (!Double.isNaN(baseline.utility().lo())) {
                b.append(", 95% interval [").append(SeatView.f2(baseline.utility().lo())).append(", ")
                        .append(SeatView.f2(baseline.utility().hi())).append("]");
            }
            b.append(", agreement in ").append(SeatView.pct(baseline.agreementRate())).append(" of runs");
            if (baseline.failed() > 0) {
                b.append(" (").append(baseline.failed()).append(" of them failed and are left out; first: ")
                        .append(baseline.firstError()).append(")");
            }
            b.append('\n');
            b.append("  you got ").append(signed(utility - baseline.utility().estimate()))
                    .append(" against the agents' mean").append(verdict()).append('\n');
        }
        b.append("Ratification:");
        if (outcome.ratifications().isEmpty()) {
            b.append(" nothing to ratify (no agreement at the table)\n");
        } else {
            b.append('\n');
            for (Ratification r : outcome.ratifications()) b.append(ratification(world.game().party(r.party()), r));
        }
        b.append("Trace (rounds.csv format): ").append(roundsCsv).append('\n');
        if (chart != null) b.append("Dance chart: ").append(chart).append('\n');
        else b.append("Dance chart: not drawn (").append(chartProblem).append(")\n");
        b.append("=======================================================================");
        return b.toString();
    }

    private String outcomeLine(RunWorld world) {
        var table = outcome.table();
        return switch (result) {
            case FAILED -> "the negotiation failed: " + outcome.error();
            case AGREEMENT -> "AGREEMENT in round " + table.round() + ": " + world.game().space().describe(table.offer())
                    + " (ratified by every party)";
            case NOT_RATIFIED -> "agreed at the table in round " + table.round() + " ("
                    + world.game().space().describe(table.offer()) + ") but NOT RATIFIED: " + rejecters()
                    + " rejected it, so everyone gets their no-deal utility";
            case NO_AGREEMENT -> "NO AGREEMENT after " + table.rounds() + " rounds ("
                    + (studentWalkedAway ? "you walked away" : reason(table.reason())) + ")";
        };
    }

    private static String reason(String reason) {
        if (reason == null) return "no agreement";
        return switch (reason) {
            case "deadline" -> "the deadline passed";
            case "breakoff" -> "a party broke off";
            case "conflict" -> "no one conceded: conflict";
            default -> reason.replace('_', ' ');
        };
    }

    private String rejecters() {
        StringBuilder b = new StringBuilder();
        for (Ratification r : outcome.ratifications()) {
            if (r.passed()) continue;
            if (b.length() > 0) b.append(", ");
            b.append(r.party().equals(party) ? "your own government" : r.party());
        }
        return b.toString();
    }

    private String verdict() {
        double lo = baseline.utility().lo(), hi = baseline.utility().hi();
        if (Double.isNaN(lo)) return "";
        if (utility > hi + 1e-9) return ": better than the agents";
        if (utility < lo - 1e-9) return ": worse than the agents";
        return ": about as well as the agents";
    }

    private static String signed(double d) {
        return (d >= 0 ? "+" : "") + SeatView.f2(d);
    }

    private String ratification(PartyModel p, Ratification r) {
        StringBuilder b = new StringBuilder("  ").append(p.id()).append(p.id().equals(party) ? " (you)" : "")
                .append(r.passed() ? ": RATIFIED" : ": REJECTED").append(" (").append(SeatView.pct(r.approvingShare()))
                .append(" of power approves, ").append(SeatView.pct(p.ratification())).append(" needed)\n");
        List<Vote> votes = r.votes();
        for (Vote v : votes) {
            OfficialModel o = official(p, v.official());
            b.append("    ").append(v.approve() ? "yes " : "NO  ").append(v.official());
            if (o != null) {
                b.append(" ").append(SeatView.f2(v.utility())).append(v.approve() ? " >= " : " < ")
                        .append(SeatView.f2(o.reservation()));
                if (o.veto()) b.append(" (veto)");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static OfficialModel official(PartyModel p, String id) {
        for (OfficialModel o : p.officials()) if (o.id().equals(id)) return o;
        return null;
    }
}
