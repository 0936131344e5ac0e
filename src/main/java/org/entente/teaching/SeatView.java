package org.entente.teaching;

import org.entente.model.DiscreteIssue;
import org.entente.model.Issue;
import org.entente.model.Numbers;
import org.entente.model.NumericIssue;
import org.entente.model.Official;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OfficialModel;
import org.entente.negotiation.OutcomeSpace;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the student sees from their seat, as text: the agenda, their government (officials,
 * interests, reservations), and the appraisal of any package (own utility, officials' reactions,
 * what the others would make of it by the public scenario). Pure rendering, no I/O.
 */
public final class SeatView {
    private final Scenario scenario;
    private final PartyModel self;
    private final Game publicGame;
    private final OutcomeSpace space;

    /**
     * @param scenario   the run's scenario as the student's party knows it (its own true interests)
     * @param self       the student's party compiled for the run (true utilities)
     * @param publicGame the common-knowledge game (everyone's published preferences)
     */
    public SeatView(Scenario scenario, PartyModel self, Game publicGame) {
        this.scenario = scenario;
        this.self = self;
        this.publicGame = publicGame;
        this.space = publicGame.space();
    }

    public PartyModel self() {
        return self;
    }

    public OutcomeSpace space() {
        return space;
    }

    static String f2(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    static String pct(double x) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * x);
    }

    /** The agenda: every issue with its range or options, unit, interest and what the student wants. */
    public String agenda() {
        Party party = scenario.party(self.id());
        StringBuilder b = new StringBuilder();
        b.append("AGENDA: ").append(scenario.name()).append('\n');
        int w = 0;
        for (Issue issue : space.issues()) w = Math.max(w, issue.id().length());
        for (Issue issue : space.issues()) {
            b.append("  ").append(pad(issue.id(), w)).append("  ");
            if (!issue.label().equals(issue.id())) b.append(issue.label()).append(": ");
            if (issue instanceof NumericIssue n) {
                String unit = n.unit() == null || n.unit().isEmpty() ? "" : " " + n.unit();
                b.append(Numbers.format(n.min())).append(" to ").append(Numbers.format(n.max())).append(unit)
                        .append(" in steps of ").append(Numbers.format(n.step()));
            } else {
                b.append("one of ").append(String.join(" | ", ((DiscreteIssue) issue).options()));
            }
            b.append("  [").append(issue.interest()).append("]");
            b.append("\n  ").append(pad("", w)).append("  you: ").append(wish(party, issue)).append('\n');
        }
        b.append("  Other parties: ");
        List<String> others = new ArrayList<>();
        for (PartyModel p : publicGame.parties()) {
            if (!p.id().equals(self.id())) others.add(p.id() + (p.name() != null && !p.name().equals(p.id()) ? " (" + p.name() + ")" : ""));
        }
        b.append(String.join(", ", others));
        return b.toString();
    }

    /** What the student's party wants on {@code issue}, in words ("the higher the better", "ideally 15 %", option values). */
    public String wish(Issue issue) {
        return wish(scenario.party(self.id()), issue);
    }

    private String wish(Party party, Issue issue) {
        Preference pref = party.preferences().get(issue.id());
        String weight = party.weight(issue.id()) != 1.0 ? ", weight " + Numbers.format(party.weight(issue.id()), 3) : "";
        if (pref == null) return "indifferent";
        if (pref instanceof Preference.Monotone m) {
            return (m.up() ? "the higher the better" : "the lower the better")
                    + (m.exponent() != 1.0 ? " (exponent " + Numbers.format(m.exponent(), 3) + ")" : "") + weight;
        }
        if (pref instanceof Preference.Linear l) {
            return "from " + f2(l.atMin()) + " at the lowest to " + f2(l.atMax()) + " at the highest" + weight;
        }
        if (pref instanceof Preference.Peaked p) {
            String unit = ((NumericIssue) issue).unit();
            return "ideally " + Numbers.format(p.ideal()) + (unit == null || unit.isEmpty() ? "" : " " + unit)
                    + ", less the further from it" + weight;
        }
        Map<String, Double> values = ((Preference.Valued) pref).values();
        List<String> parts = new ArrayList<>();
        for (String o : ((DiscreteIssue) issue).options()) parts.add(o + " " + f2(values.get(o)));
        return "values " + String.join(", ", parts) + weight;
    }

    /** The student's government: officials, their power, interests and reservations, and the rules. */
    public String government() {
        Party party = scenario.party(self.id());
        StringBuilder b = new StringBuilder();
        b.append("YOUR GOVERNMENT: ").append(self.displayName())
                .append(" (").append(self.id()).append(")\n");
        b.append("  No deal is worth ").append(f2(self.reservation())).append(" to you (your reservation)");
        if (self.discount() < 1.0) b.append("; each round a deal is delayed multiplies its worth by ").append(org.entente.model.Numbers.format(self.discount(), 4));
        b.append(".\n  A deal is ratified when officials with at least ").append(pct(self.ratification()))
                .append(" of the power approve");
        if (self.officials().stream().anyMatch(OfficialModel::veto)) b.append(" and every veto holder approves");
        b.append(".\n");
        int w = 0;
        for (OfficialModel o : self.officials()) w = Math.max(w, o.id().length());
        for (OfficialModel o : self.officials()) {
            b.append("  ").append(pad(o.id(), w)).append("  ");
            if (o.title() != null && !o.title().isEmpty()) b.append(o.title()).append(", ");
            if (o.head()) b.append("head (you), ");
            b.append("power ").append(Numbers.format(o.power(), 3));
            if (o.veto()) b.append(", VETO");
            Official official = findOfficial(party, o.id());
            if (official != null && !official.interests().isEmpty()) {
                List<String> ws = new ArrayList<>();
                official.interests().forEach((d, v) -> ws.add(d + " " + f2(v)));
                b.append("; cares about ").append(String.join(", ", ws));
            }
            b.append("; approves at ").append(f2(o.reservation())).append(" or more\n");
        }
        Offer ideal = self.utility().best();
        b.append("  Your ideal package: ").append(space.describe(ideal)).append(" (worth ")
                .append(f2(self.utility().of(ideal))).append(" to you)");
        return b.toString();
    }

    private static Official findOfficial(Party party, String id) {
        for (Official o : party.officials()) if (o.id().equals(id)) return o;
        return null;
    }

    /** The student's utility of a package and their officials' reactions, as indented lines. */
    public String appraise(Offer offer, int round) {
        StringBuilder b = new StringBuilder();
        double u = self.utility().of(offer);
        b.append("    worth ").append(f2(u)).append(" to you");
        if (self.discount() < 1.0 && round > 0) {
            b.append(" (").append(f2(self.discounted(offer, round))).append(" if agreed in round ").append(round).append(")");
        }
        b.append("; no deal: ").append(f2(self.reservation()));
        if (u < self.reservation()) b.append("  << worse than no deal");
        b.append('\n');
        b.append(reactions(self.forecast(offer)));
        List<String> others = new ArrayList<>();
        for (PartyModel p : publicGame.parties()) {
            if (p.id().equals(self.id())) continue;
            others.add(p.id() + " " + f2(p.utility().of(offer)) + " (no deal " + f2(p.reservation()) + ")");
        }
        if (!others.isEmpty()) {
            b.append("\n    by their published positions: ").append(String.join(", ", others));
        }
        return b.toString();
    }

    /** One line per official: approves or not, with utility against reservation; then the verdict. */
    public String reactions(Ratification r) {
        StringBuilder b = new StringBuilder();
        b.append("    your officials:");
        for (Vote v : r.votes()) {
            OfficialModel o = official(v.official());
            b.append("\n      ").append(v.approve() ? "yes " : "NO  ").append(v.official())
                    .append(" ").append(f2(v.utility())).append(v.approve() ? " >= " : " < ")
                    .append(f2(o.reservation()));
            if (o.veto()) b.append(" (veto)");
            if (o.head()) b.append(" (you)");
        }
        b.append("\n    => ").append(r.passed() ? "would be ratified" : "would NOT be ratified")
                .append(" (").append(pct(r.approvingShare())).append(" of power approves, ")
                .append(pct(self.ratification())).append(" needed");
        for (Vote v : r.votes()) {
            if (!v.approve() && official(v.official()).veto()) b.append("; vetoed by ").append(v.official());
        }
        b.append(")");
        return b.toString();
    }

    private OfficialModel official(String id) {
        for (OfficialModel o : self.officials()) if (o.id().equals(id)) return o;
        throw new IllegalArgumentException("no official " + id);
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
