package org.entente.config;

import org.entente.model.ConfigField;
import org.entente.model.Issue;
import org.entente.model.Official;
import org.entente.model.OfficialField;
import org.entente.model.Party;
import org.entente.model.PartyField;
import org.entente.model.Preference;
import org.entente.model.StrategySpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks {@code scenario.parties}: each party's and official's catalogued keys
 * ({@link PartyField}, {@link OfficialField}), the implicit head of a party without officials, and
 * the checks that keep utilities defined (a positive weight where the party has preferences).
 */
final class PartyReader {
    private final Problems problems;
    private final List<String> interests;
    private final Map<String, Issue> issues;
    private final PreferenceReader preferences;
    /** Ids of the parties read so far, valid or not (for duplicates and obligors). */
    final Set<String> ids = new LinkedHashSet<>();

    PartyReader(Problems problems, List<String> interests, Map<String, Issue> issues, Set<String> issueIdsWritten) {
        this.problems = problems;
        this.interests = interests;
        this.issues = issues;
        this.preferences = new PreferenceReader(problems, issues, issueIdsWritten);
    }

    /** The party at {@code index} of the list at {@code listPath}, or null when it has errors (all reported). */
    Party read(YamlNode node, String listPath, int index) {
        RecordDraft<Party, PartyField> party = RecordDraft.start(problems, node, listPath, index, ids, "party",
                Party.class, PartyField.values());
        if (party == null) return null;
        Fields f = party.fields();
        String id = party.id();
        int before = party.errorsBefore();
        String name = f.text(PartyField.NAME.key(), id, false);
        party.put(PartyField.NAME, name);
        party.putPlain();
        double reservation = (Double) party.get(PartyField.RESERVATION);

        Map<String, Preference> prefs = preferences.read(f);
        party.put(PartyField.PREFERENCES, prefs);
        Map<String, Double> weights = f.numberMap(PartyField.WEIGHTS, issues.keySet());
        party.put(PartyField.WEIGHTS, weights == null ? Map.of() : weights);
        Set<String> covered = covered(f, prefs, weights == null ? Map.of() : weights);
        Map<String, Double> own = interestWeights(f, PartyField.INTERESTS, covered, before, "this party has");
        party.put(PartyField.INTERESTS, own);

        List<Official> officials = new ArrayList<>();
        List<YamlNode> officialNodes = f.list(PartyField.OFFICIALS.key());
        if (officialNodes == null || officialNodes.isEmpty()) {
            officials.add(new Official("head", name != null ? name : id, true, 1.0, own, reservation, false));
        } else {
            officials(f, officialNodes, reservation, covered, officials);
            if (officials.stream().noneMatch(Official::head) && officials.size() == officialNodes.size()
                    && problems.size() == before) {
                problems.at(f.value("officials"), f.path("officials"), "no head; expected exactly one official with "
                        + "head: true (the one who negotiates)");
            }
        }
        party.put(PartyField.OFFICIALS, officials);
        StrategySpec strategy = null;
        YamlNode.Entry se = f.entry(PartyField.STRATEGY.key());
        if (se != null) {
            StrategyDraft d = StrategyDraft.read(problems, se.value(), f.path("strategy"), false);
            if (d != null) strategy = d.check(problems, null);
        }
        party.put(PartyField.STRATEGY, strategy);
        return party.record();
    }

    /** The interests the party's preferences touch; reports an interest whose issues all weigh 0. */
    private Set<String> covered(Fields f, Map<String, Preference> prefs, Map<String, Double> weights) {
        Set<String> covered = new LinkedHashSet<>();
        if (prefs == null) return covered;
        for (String issueId : prefs.keySet()) covered.add(issues.get(issueId).interest());
        for (String d : covered) {
            double sum = 0;
            for (String issueId : prefs.keySet()) {
                if (issues.get(issueId).interest().equals(d)) {
                    sum += weights.getOrDefault(issueId, PartyField.WEIGHTS.fieldSpec().defaultValue());
                }
            }
            if (sum <= 0 && f.has("weights")) {
                problems.at(f.value("weights"), f.path("weights"), "every issue of interest '" + d
                        + "' has weight 0; expected a positive weight on at least one of them");
            }
        }
        return covered;
    }

    /**
     * Interest weights (a party's or an official's): 1 on every interest when absent; otherwise one
     * must be positive on an interest the party has preferences on ({@code covered}).
     */
    private Map<String, Double> interestWeights(Fields f, ConfigField field, Set<String> covered,
                                                int before, String whose) {
        Map<String, Double> w = f.numberMap(field, interests);
        if (w == null) {
            w = new LinkedHashMap<>();
            for (String d : interests) w.put(d, 1.0);
        } else if (!covered.isEmpty() && problems.size() == before
                && w.entrySet().stream().noneMatch(e -> covered.contains(e.getKey()) && e.getValue() > 0)) {
            problems.at(f.value(field.key()), f.path(field.key()), "no positive weight on an interest " + whose
                    + " preferences on; expected a positive weight on one of " + Messages.list(covered));
        }
        return w;
    }

    private void officials(Fields party, List<YamlNode> nodes, double reservation, Set<String> covered,
                           List<Official> out) {
        Set<String> seen = new LinkedHashSet<>();
        String firstHead = null;
        for (int i = 0; i < nodes.size(); i++) {
            Official o = official(nodes.get(i), party.path("officials"), i, reservation, seen, covered);
            if (o == null) continue;
            if (o.head() && firstHead != null) {
                YamlNode.Entry h = ((YamlNode.Mapping) nodes.get(i)).entry("head");
                problems.at(h.value(), party.path("officials") + "." + o.id() + ".head", "a second head (the first is '"
                        + firstHead + "'); expected exactly one official with head: true");
            } else if (o.head()) {
                firstHead = o.id();
            }
            out.add(o);
        }
    }

    private Official official(YamlNode node, String listPath, int index, double partyReservation, Set<String> seen,
                              Set<String> covered) {
        RecordDraft<Official, OfficialField> official = RecordDraft.start(problems, node, listPath, index, seen,
                "official", Official.class, OfficialField.values());
        if (official == null) return null;
        Fields f = official.fields();
        official.put(OfficialField.TITLE, f.text(OfficialField.TITLE.key(), official.id(), false));
        official.put(OfficialField.INTERESTS,
                interestWeights(f, OfficialField.INTERESTS, covered, official.errorsBefore(), "its party has"));
        official.putPlain();
        if (official.get(OfficialField.RESERVATION) == null) official.put(OfficialField.RESERVATION, partyReservation);
        return official.record();
    }
}
