package org.entente.interop;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.model.Issue;
import org.entente.model.Party;
import org.entente.model.Scenario;
import org.entente.negotiation.Game;
import org.entente.negotiation.PartyModel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario as GeniusWeb files: one domain and one {@code LinearAdditiveUtilitySpace} per party
 * holding the party's utility U(p) exactly (issue weights summing to exactly 1, each issue's
 * utilities in [0, 1]), plus notes on what GeniusWeb cannot hold (officials and ratification,
 * discounts, power, strategies, the implementation model) and on every conversion made.
 */
public final class GeniusWebExport {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final Scenario scenario;
    private final Game game;
    private final List<ExportedIssue> issues = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** The files' contents by file name, and the notes. */
    public record Files(Map<String, String> contents, List<String> notes) {
    }

    private GeniusWebExport(Scenario scenario) {
        this.scenario = scenario;
        this.game = Game.compile(scenario);
    }

    /** @param domainName a simple name (letters and digits) for the domain */
    public static Files of(Scenario scenario, String domainName) {
        GeniusWebExport e = new GeniusWebExport(scenario);
        for (Issue i : scenario.issues()) e.issues.add(ExportedIssue.of(i, scenario.parties(), e.notes));
        ObjectNode domain = e.domain(simple(domainName, "entente"));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("domain.json", json(domain));
        List<String> names = new ArrayList<>();
        for (int p = 0; p < scenario.parties().size(); p++) {
            Party party = scenario.parties().get(p);
            String name = simple(party.id(), "party" + (p + 1));
            while (names.contains(name)) name = name + (p + 1);
            names.add(name);
            files.put(party.id() + ".json", json(e.profile(party, e.game.parties().get(p), name, domain)));
            e.partyNotes(party);
        }
        return new Files(files, List.copyOf(e.notes));
    }

    private ObjectNode domain(String name) {
        ObjectNode d = F.objectNode();
        d.put("name", name);
        ObjectNode values = d.putObject("issuesValues");
        for (ExportedIssue x : issues) values.set(x.issue().id(), x.valueSet());
        return d;
    }

    private ObjectNode profile(Party party, PartyModel model, String name, ObjectNode domain) {
        BigDecimal[] weights = IssueWeights.of(scenario, party, model);
        ObjectNode space = F.objectNode();
        ObjectNode utilities = space.putObject("issueUtilities");
        ObjectNode w = space.putObject("issueWeights");
        for (int i = 0; i < issues.size(); i++) {
            utilities.set(issues.get(i).issue().id(), issues.get(i).utilities(party));
            w.put(issues.get(i).issue().id(), weights[i]);
        }
        space.set("domain", domain.deepCopy());
        space.put("name", name);
        int[] bid = ReservationBid.of(model, party.reservation(), scenario);
        if (bid != null) {
            ObjectNode values = space.putObject("reservationBid").putObject("issuevalues");
            for (int i = 0; i < issues.size(); i++) issues.get(i).putValue(values, bid[i]);
            double u = model.utility().of(bid);
            if (Math.abs(u - party.reservation()) > ImportFidelity.TOLERANCE) {
                notes.add("party " + party.id() + ": reservation " + YamlText.number(party.reservation()) + " is no outcome's "
                        + "utility; its reservationBid is the least-valued outcome worth at least that (utility "
                        + YamlText.number(u) + "), so the outcomes it accepts are the same, but imported back the "
                        + "reservation reads " + YamlText.number(u));
            }
        }
        ObjectNode top = F.objectNode();
        top.set("LinearAdditiveUtilitySpace", space);
        return top;
    }

    private void partyNotes(Party party) {
        if (party.officials().size() > 1) {
            notes.add("party " + party.id() + " has " + party.officials().size() + " officials: its profile is the party's "
                    + "utility U(p) (the officials' power-weighted mean); ratification (the two-level game) is not part of GeniusWeb");
        }
        if (party.discount() < 1) {
            notes.add("party " + party.id() + " discounts by " + YamlText.number(party.discount()) + " per round: GeniusWeb "
                    + "profiles are undiscounted (use the protocol's deadline for time pressure)");
        }
        if (party.power() != 1) notes.add("party " + party.id() + "'s power " + YamlText.number(party.power()) + " is not exported");
        if (party.strategy() != null) {
            notes.add("party " + party.id() + "'s strategy (" + party.strategy().type() + ") is not exported: GeniusWeb "
                    + "agents bring their own");
        }
    }

    /** Letters and digits only, as GeniusWeb requires of domain and profile names. */
    static String simple(String s, String fallback) {
        String t = s.replaceAll("[^A-Za-z0-9]", "");
        return t.isEmpty() ? fallback : t;
    }

    private static String json(ObjectNode node) {
        try {
            return new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }
}
