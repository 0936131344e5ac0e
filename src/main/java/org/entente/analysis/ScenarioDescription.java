package org.entente.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.model.DiscreteIssue;
import org.entente.model.FieldKind;
import org.entente.model.Issue;
import org.entente.model.Numbers;
import org.entente.model.NumericIssue;
import org.entente.model.Official;
import org.entente.model.OfficialField;
import org.entente.model.Party;
import org.entente.model.PartyField;
import org.entente.model.Preference;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.entente.negotiation.Offer;
import org.entente.negotiation.PartyModel;
import org.entente.negotiation.Ratification;
import org.entente.negotiation.Vote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A scenario at a glance (what {@code entente describe} shows): parties, officials, issues, each
 * party's ideal outcome and the agreement space's reference points, as JSON (cli.md) or text.
 */
public final class ScenarioDescription {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Made on the first --json only: an ObjectMapper costs a text description's start-up about 50 ms. */
    private static final class Values {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Scenario scenario;
    private final Game game;
    private final ReferencePoints points;

    public ScenarioDescription(Scenario scenario) {
        this.scenario = scenario;
        this.game = Game.compile(scenario);
        this.points = ReferenceAnalysis.compute(game);
    }

    public ReferencePoints points() {
        return points;
    }

    /** Utility rounded to 6 decimals, as describe prints it. */
    static double round6(double u) {
        if (Double.isNaN(u) || Double.isInfinite(u)) return u;
        return new BigDecimal(u).setScale(6, RoundingMode.HALF_UP).doubleValue();
    }

    // ---------------------------------------------------------------------------------------- JSON

    /** The JSON object of {@code describe --json}: the contract's keys first, then extensions. */
    public ObjectNode toJson() {
        ObjectNode o = F.objectNode();
        o.put("scenario", scenario.name());
        ArrayNode parties = o.putArray("parties");
        scenario.partyIds().forEach(parties::add);
        ArrayNode issues = o.putArray("issues");
        scenario.issueIds().forEach(issues::add);
        double n = points.outcomes();
        if (n <= 9.007199254740992E15) o.put("outcomes", (long) n);
        else o.put("outcomes", n);
        o.put("pareto_size", points.paretoSize());
        o.set("nash", pointJson(points.nash()));
        o.set("weighted_nash", pointJson(points.weightedNash()));
        o.set("kalai_smorodinsky", pointJson(points.kalaiSmorodinsky()));
        o.set("kalai_smorodinsky_nearest", pointJson(points.kalaiSmorodinskyNearest()));
        o.set("max_welfare", pointJson(points.maxWelfare()));
        o.put("exact", points.exact());
        if (scenario.description() != null) o.put("description", scenario.description());
        ArrayNode interests = o.putArray("interests");
        scenario.interests().forEach(interests::add);
        ObjectNode reservations = o.putObject("reservations");
        for (Party p : scenario.parties()) reservations.put(p.id(), p.reservation());
        ObjectNode ideals = o.putObject("ideals");
        for (PartyModel p : game.parties()) ideals.set(p.id(), pointJson(ReferenceAnalysis.point(game, p.utility().best())));
        ArrayNode pd = o.putArray("party_details");
        for (Party p : scenario.parties()) pd.add(partyJson(p));
        ArrayNode id = o.putArray("issue_details");
        for (Issue i : scenario.issues()) id.add(issueJson(i));
        return o;
    }

    private ObjectNode pointJson(ReferencePoint p) {
        if (p == null) return null;
        ObjectNode o = F.objectNode();
        ObjectNode is = o.putObject("issues");
        for (int i = 0; i < scenario.issues().size(); i++) {
            Issue issue = scenario.issues().get(i);
            int k = p.offer().get(i);
            if (issue instanceof NumericIssue ni) {
                double v = ni.value(k);
                if (v == Math.rint(v) && Math.abs(v) < 1e15) is.put(issue.id(), (long) v);
                else is.put(issue.id(), v);
            }
            else is.put(issue.id(), issue.valueLabel(k));
        }
        ObjectNode us = o.putObject("utilities");
        for (int q = 0; q < scenario.parties().size(); q++) {
            us.put(scenario.parties().get(q).id(), round6(p.utilities()[q]));
        }
        ObjectNode rat = o.putObject("ratified");
        for (PartyModel q : game.parties()) rat.put(q.id(), q.forecast(p.offer()).passed());
        return o;
    }

    private ObjectNode partyJson(Party p) {
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.put("name", p.name());
        for (PartyField f : PartyField.values()) {
            if (f.fieldSpec().kind() == FieldKind.NUMBER) o.put(f.key(), f.number(p));
        }
        o.put("power_share", round6(powerShare(p)));
        ObjectNode prefs = o.putObject("preferences");
        p.preferences().forEach((issue, pref) -> prefs.put(issue, preferenceText(pref)));
        ArrayNode offs = o.putArray("officials");
        for (Official off : p.officials()) {
            ObjectNode j = offs.addObject();
            for (OfficialField f : OfficialField.values()) j.set(f.key(), Values.MAPPER.valueToTree(f.get(off)));
        }
        if (p.strategy() != null) o.put("strategy", p.strategy().label());
        return o;
    }

    private static ObjectNode issueJson(Issue i) {
        ObjectNode o = F.objectNode();
        o.put("id", i.id());
        o.put("label", i.label());
        o.put("interest", i.interest());
        if (i instanceof NumericIssue n) {
            o.put("min", n.min());
            o.put("max", n.max());
            o.put("step", n.step());
            if (n.unit() != null) o.put("unit", n.unit());
        } else if (i instanceof DiscreteIssue d) {
            ArrayNode a = o.putArray("options");
            d.options().forEach(a::add);
        }
        o.put("values", i.size());
        if (i.obligor() != null) o.put("obligor", i.obligor());
        return o;
    }

    static String preferenceText(Preference p) {
        if (p instanceof Preference.Monotone m) {
            return (m.up() ? "up" : "down") + (m.exponent() != 1 ? " ^" + Numbers.format(m.exponent()) : "");
        }
        if (p instanceof Preference.Linear l) {
            return "linear " + Numbers.format(l.atMin()) + " to " + Numbers.format(l.atMax());
        }
        if (p instanceof Preference.Peaked k) {
            return "ideal " + Numbers.format(k.ideal()) + (k.exponent() != 1 ? " ^" + Numbers.format(k.exponent()) : "");
        }
        Preference.Valued v = (Preference.Valued) p;
        StringBuilder b = new StringBuilder();
        // ties by option name: the map's own order changes from one JVM to the next
        v.values().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> {
            if (b.length() > 0) b.append(", ");
            b.append(e.getKey()).append(' ').append(Numbers.format(e.getValue()));
        });
        return b.toString();
    }

    // ---------------------------------------------------------------------------------------- text

    /** The human-readable form. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(scenario.name()).append('\n');
        if (scenario.description() != null && !scenario.description().isBlank()) {
            b.append("  ").append(scenario.description().strip().replace("\n", "\n  ")).append('\n');
        }
        b.append("\nInterests: ").append(String.join(", ", scenario.interests())).append('\n');

        b.append("\nParties (").append(scenario.parties().size()).append(")\n");
        for (Party p : scenario.parties()) {
            b.append("  ").append(p.id());
            if (p.name() != null && !p.name().equals(p.id())) b.append(" - ").append(p.name());
            String sep = ": ";
            for (PartyField f : PartyField.values()) {
                if (f.fieldSpec().kind() != FieldKind.NUMBER) continue;
                b.append(sep).append(f.key()).append(' ').append(fmt(f.number(p)));
                sep = ", ";
            }
            b.append(" (power share ").append(Numbers.format(powerShare(p), 3)).append(')');
            if (p.strategy() != null) b.append(", strategy ").append(p.strategy().label());
            b.append('\n');
            for (Official o : p.officials()) {
                b.append("    ").append(o.head() ? "* " : "- ").append(o.title() != null ? o.title() : o.id())
                        .append(" (").append(o.id()).append(o.head() ? ", head" : "").append(")\n");
                b.append("        power ").append(fmt(o.power()))
                        .append(", interests ").append(weights(o.interests()))
                        .append(", reservation ").append(fmt(o.reservation()))
                        .append(o.veto() ? ", VETO" : "").append('\n');
            }
            b.append("    preferences: ");
            if (p.preferences().isEmpty()) b.append("indifferent to every issue");
            StringBuilder pr = new StringBuilder();
            p.preferences().forEach((issue, pref) -> {
                if (pr.length() > 0) pr.append("; ");
                pr.append(issue).append(' ').append(preferenceText(pref));
                if (p.weight(issue) != 1) pr.append(" (weight ").append(fmt(p.weight(issue))).append(')');
            });
            b.append(pr).append('\n');
        }

        b.append("\nIssues (").append(scenario.issues().size()).append(")\n");
        for (Issue i : scenario.issues()) {
            b.append("  ").append(i.id());
            if (!i.label().equals(i.id())) b.append(" - ").append(i.label());
            b.append(" [").append(i.interest()).append("]: ");
            if (i instanceof NumericIssue n) {
                b.append(fmt(n.min())).append(" .. ").append(fmt(n.max())).append(" step ").append(fmt(n.step()));
                if (n.unit() != null) b.append(' ').append(n.unit());
                b.append(" (").append(n.size()).append(" values)");
            } else if (i instanceof DiscreteIssue d) {
                b.append("options ").append(String.join(" | ", d.options()));
            }
            if (i.obligor() != null) b.append("; delivered by ").append(i.obligor());
            b.append('\n');
        }

        b.append("\nIdeal outcomes (each party's best package, and what everyone gets from it)\n");
        for (PartyModel p : game.parties()) {
            ReferencePoint ideal = ReferenceAnalysis.point(game, p.utility().best());
            b.append("  ").append(p.id()).append("'s ideal: ").append(utilities(ideal)).append('\n');
            b.append("      ").append(issues(ideal.offer())).append('\n');
        }

        b.append("\nAgreement space: ").append(Numbers.format(points.outcomes())).append(" outcomes");
        b.append(points.exact() ? " (exact enumeration)" : " (approximate: grid too large to enumerate)");
        b.append("; utilities undiscounted (worth in round 0)\n");
        b.append("  Pareto-optimal and individually rational: ").append(points.paretoSize())
                .append(points.exact() ? "" : " found").append('\n');
        if (points.nash() == null) {
            b.append("  No outcome is individually rational: every party cannot reach its reservation at once.\n");
            return b.toString();
        }
        row(b, "Nash bargaining solution", points.nash());
        row(b, "Weighted Nash (gains raised to the power shares)", points.weightedNash());
        row(b, "Kalai-Smorodinsky solution", points.kalaiSmorodinsky());
        row(b, "Kalai-Smorodinsky, nearest the diagonal (GENIUS)", points.kalaiSmorodinskyNearest());
        row(b, "Maximum welfare", points.maxWelfare());
        return b.toString();
    }

    private void row(StringBuilder b, String what, ReferencePoint p) {
        b.append("  ").append(what).append(": ").append(utilities(p)).append('\n');
        b.append("      ").append(issues(p.offer())).append('\n');
        b.append("      ").append(ratification(p.offer())).append('\n');
    }

    /** Whether each party's officials would ratify the offer (the two-level game). */
    private String ratification(Offer o) {
        StringBuilder b = new StringBuilder("ratification:");
        for (PartyModel q : game.parties()) {
            Ratification r = q.forecast(o);
            b.append(' ').append(q.id()).append(r.passed() ? " passes" : " fails");
            if (q.officials().size() > 1) {
                b.append(" (").append(Numbers.format(100 * r.approvingShare(), 3)).append("% of power approves");
                List<String> against = r.votes().stream().filter(v -> !v.approve()).map(Vote::official).toList();
                if (!against.isEmpty()) b.append("; against: ").append(String.join(", ", against));
                b.append(')');
            }
            b.append(';');
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    private String utilities(ReferencePoint p) {
        StringBuilder b = new StringBuilder();
        double sum = 0;
        for (int q = 0; q < scenario.parties().size(); q++) {
            if (q > 0) b.append(", ");
            b.append(scenario.parties().get(q).id()).append(' ').append(Numbers.format(p.utilities()[q], 3));
            sum += p.utilities()[q];
        }
        return b.append(" (welfare ").append(Numbers.format(sum, 4)).append(')').toString();
    }

    private String issues(Offer o) {
        StringBuilder b = new StringBuilder();
        List<Issue> is = scenario.issues();
        for (int i = 0; i < is.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(is.get(i).id()).append(' ').append(is.get(i).valueLabel(o.get(i)));
            if (is.get(i) instanceof NumericIssue n && n.unit() != null) b.append(' ').append(n.unit());
        }
        return b.toString();
    }

    /** The party's power as a share of all parties' power: its exponent in the weighted Nash product. */
    private double powerShare(Party p) {
        return GameTables.powerShares(game)[scenario.partyIds().indexOf(p.id())];
    }

    private static String weights(Map<String, Double> w) {
        StringBuilder b = new StringBuilder();
        w.forEach((k, v) -> {
            if (b.length() > 0) b.append(' ');
            b.append(k).append(' ').append(fmt(v));
        });
        return b.length() == 0 ? "(equal)" : b.toString();
    }

    private static String fmt(double x) {
        return Numbers.format(x, 6);
    }
}
