package org.entente.analysis;

import org.entente.model.DiscreteIssue;
import org.entente.model.Implementation;
import org.entente.model.Issue;
import org.entente.model.NumericIssue;
import org.entente.model.Official;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scenarios built in code (no loader), for tests of utilities and reference points. */
public final class ScenarioFixtures {
    public static final List<String> INTERESTS = List.of("trade", "infrastructure", "influence");

    private ScenarioFixtures() {
    }

    public static NumericIssue numeric(String id, String interest, double min, double max, double step) {
        return new NumericIssue(id, id, interest, min, max, step, null, null);
    }

    public static DiscreteIssue discrete(String id, String interest, String... options) {
        return new DiscreteIssue(id, id, interest, List.of(options), null);
    }

    public static Preference up() {
        return new Preference.Monotone(true, 1);
    }

    public static Preference down() {
        return new Preference.Monotone(false, 1);
    }

    public static Official head(Map<String, Double> interests, double reservation) {
        return new Official("head", "Head", true, 1, interests, reservation, false);
    }

    /** A party with a single implicit head weighting the given interests. */
    public static Party party(String id, double reservation, Map<String, Preference> prefs, Map<String, Double> interests) {
        return new Party(id, id, reservation, 1, 1, 1, prefs, Map.of(), interests,
                List.of(head(interests, reservation)), 0.5, null);
    }

    public static Party party(String id, double reservation, Map<String, Preference> prefs) {
        Map<String, Double> eq = new LinkedHashMap<>();
        for (String d : INTERESTS) eq.put(d, 1.0);
        return party(id, reservation, prefs, eq);
    }

    public static Scenario scenario(String name, List<Issue> issues, List<Party> parties) {
        return new Scenario(name, null, INTERESTS, issues, parties, Implementation.defaults());
    }

    /** The contract's example: a wants its share up, b down with exponent 0.5; step 0.001. */
    public static Scenario concaveSplit() {
        return scenario("Split with a concave partner", List.of(numeric("share", "trade", 0, 1, 0.001)), List.of(
                party("a", 0, Map.of("share", up())),
                party("b", 0, Map.of("share", new Preference.Monotone(false, 0.5)))));
    }

    /** Split of a unit surplus, both linear, with reservations ra and rb. */
    public static Scenario linearSplit(double ra, double rb, double step) {
        return scenario("Linear split", List.of(numeric("share", "trade", 0, 1, step)), List.of(
                party("a", ra, Map.of("share", up())),
                party("b", rb, Map.of("share", down()))));
    }
}
