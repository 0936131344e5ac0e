package org.entente.config;

import org.entente.model.DiscreteIssue;
import org.entente.model.Implementation;
import org.entente.model.ImplementationParameter;
import org.entente.model.Issue;
import org.entente.model.NumericIssue;
import org.entente.model.Official;
import org.entente.model.ParameterPaths.Range;
import org.entente.model.Party;
import org.entente.model.Preference;
import org.entente.model.Scenario;
import org.entente.model.StrategySpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the {@code scenario:} block (shared/spec/config.md and docs/config-extensions.md):
 * interests, issues, parties, officials, preferences and the implementation parameters.
 */
final class ScenarioReader {
    static final List<String> DEFAULT_INTERESTS = List.of("trade", "infrastructure", "influence");
    static final List<String> KEYS = List.of("name", "description", "interests", "issues", "parties", "implementation");
    static final List<String> ISSUE_KEYS = List.of("id", "label", "interest", "min", "max", "step", "unit", "options",
            "obligor");
    static final List<String> PARTY_KEYS = List.of("id", "name", "reservation", "discount", "power", "capacity",
            "preferences", "weights", "interests", "officials", "ratification", "strategy");
    static final List<String> OFFICIAL_KEYS = List.of("id", "title", "head", "power", "interests", "reservation", "veto");
    static final int MAX_GRID = 1_000_000;

    private final Problems problems;
    private final Set<String> partyIdsSeen = new LinkedHashSet<>();
    /** Ids of every issue written, valid or not, so an invalid issue does not cascade into "unknown issue". */
    private final Set<String> issueIdsWritten = new LinkedHashSet<>();

    ScenarioReader(Problems problems) {
        this.problems = problems;
    }

    /** The scenario, or null when it has errors (all of them reported). */
    Scenario read(YamlNode node, String path) {
        int before = problems.size();
        Fields f = Fields.of(problems, node, path);
        if (f == null) return null;
        f.allow(KEYS);
        String name = f.text("name", null, true);
        String description = f.text("description", null, false);
        List<String> interests = f.idList("interests");
        if (interests == null) interests = DEFAULT_INTERESTS;
        else if (interests.isEmpty() && f.has("interests")) {
            problems.at(f.value("interests"), f.path("interests"), "empty; expected at least one interest id");
        }

        List<Issue> issues = new ArrayList<>();
        Map<String, YamlNode> obligors = new LinkedHashMap<>();
        List<YamlNode> issueNodes = f.list("issues");
        if (issueNodes == null) {
            if (!f.has("issues")) f.missing("issues", "a list of issues (id, interest, min/max or options)");
        } else if (issueNodes.isEmpty()) {
            problems.at(f.value("issues"), f.path("issues"), "empty; expected at least one issue");
        } else {
            for (int i = 0; i < issueNodes.size(); i++) {
                Issue issue = issue(issueNodes.get(i), f.path("issues"), i, interests, issues, obligors);
                if (issue != null) issues.add(issue);
            }
        }
        Map<String, Issue> byId = new LinkedHashMap<>();
        for (Issue i : issues) byId.put(i.id(), i);

        List<Party> parties = new ArrayList<>();
        List<YamlNode> partyNodes = f.list("parties");
        if (partyNodes == null) {
            if (!f.has("parties")) f.missing("parties", "a list of at least two parties");
        } else if (partyNodes.size() < 2) {
            problems.at(f.value("parties"), f.path("parties"), partyNodes.size() + " part"
                    + (partyNodes.size() == 1 ? "y" : "ies") + " listed; expected at least two parties");
        }
        if (partyNodes != null) {
            for (int i = 0; i < partyNodes.size(); i++) {
                Party p = party(partyNodes.get(i), f.path("parties"), i, interests, byId);
                if (p != null) parties.add(p);
            }
        }
        List<Issue> withObligors = new ArrayList<>();
        for (Issue i : issues) {
            YamlNode o = obligors.get(i.id());
            if (o != null) {
                String ob = ((YamlNode.Scalar) o).text();
                if (!partyIdsSeen.contains(ob)) {
                    problems.at(o, f.path("issues") + "." + i.id() + ".obligor", "unknown party '" + Messages.shorten(ob)
                            + "'" + Messages.didYouMean(ob, partyIdsSeen) + "; expected one of " + Messages.list(partyIdsSeen));
                }
            }
            withObligors.add(i);
        }
        Implementation impl = implementation(f, byId);
        if (problems.size() > before) return null;
        return new Scenario(name, description, interests, withObligors, parties, impl);
    }

    private Issue issue(YamlNode node, String listPath, int index, List<String> interests, List<Issue> sofar,
                        Map<String, YamlNode> obligors) {
        Fields f0 = Fields.of(problems, node, listPath + "[" + index + "]");
        if (f0 == null) return null;
        String id = f0.id("id", true);
        Fields f = id != null ? new Fields(problems, f0.node, listPath + "." + id) : f0;
        int before = problems.size();
        if (f0.node.entry("id") != null && f0.node.entry("id").value() instanceof YamlNode.Scalar s) {
            issueIdsWritten.add(s.text());
        }
        if (id != null && sofar.stream().anyMatch(i -> i.id().equals(id))) {
            problems.at(f.value("id"), f.path("id"), "duplicate issue id '" + id + "'; expected each issue id once");
        }
        f.allow(ISSUE_KEYS);
        String label = f.text("label", id, false);
        String interest = null;
        YamlNode.Entry ie = f.entry("interest");
        if (ie == null) {
            f.missing("interest", "one of " + Messages.list(interests));
        } else if (ie.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING
                && interests.contains(s.text())) {
            interest = s.text();
        } else {
            String given = ie.value() instanceof YamlNode.Scalar s ? s.text() : "";
            problems.at(ie.value(), f.path("interest"), (ie.value() instanceof YamlNode.Scalar s
                    && s.type() != YamlNode.ScalarType.NULL ? "unknown interest '" + Messages.shorten(given) + "'"
                    + Messages.didYouMean(given, interests) : "found " + ie.value().kindName())
                    + "; expected one of scenario.interests: " + Messages.list(interests));
        }
        YamlNode.Entry ob = f.entry("obligor");
        String obligor = null;
        if (ob != null) {
            obligor = Fields.checkId(problems, ob.value(), f.path("obligor"));
            if (obligor != null && id != null) obligors.put(id, ob.value());
        }
        boolean discrete = f.node.entry("options") != null;
        List<String> numericKeys = List.of("min", "max", "step", "unit");
        if (discrete) {
            for (String k : numericKeys) {
                YamlNode.Entry e = f.node.entry(k);
                if (e != null) {
                    problems.atKey(e, f.path(k), "'" + k + "' is a numeric-issue key but this issue lists options; "
                            + "expected either options (discrete issue) or min/max/step (numeric issue)");
                }
            }
            List<YamlNode> opts = f.list("options");
            List<String> options = new ArrayList<>();
            if (opts != null) {
                if (opts.isEmpty()) {
                    problems.at(f.value("options"), f.path("options"), "empty; expected at least one option");
                }
                for (int k = 0; k < opts.size(); k++) {
                    YamlNode o = opts.get(k);
                    String op = f.path("options") + "[" + k + "]";
                    if (o instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) {
                        if (options.contains(s.text())) {
                            problems.at(o, op, "duplicate option '" + Messages.shorten(s.text()) + "'; expected each option once");
                        } else {
                            options.add(s.text());
                        }
                    } else {
                        problems.at(o, op, "found " + o.kindName() + "; expected an option name");
                    }
                }
            } else if (!f.has("options")) {
                problems.at(f.node.entry("options").value(), f.path("options"), "empty; expected a list of option names");
            }
            if (problems.size() > before || id == null) return null;
            return new DiscreteIssue(id, label, interest, options, obligor);
        }
        Double min = f.number("min", null, Range.ANY);
        Double max = f.number("max", null, Range.ANY);
        if (!f.has("min") && !f.has("max")) {
            problems.at(f.node, f.path("min"), "an issue needs min and max (numeric) or options (discrete); expected "
                    + "e.g. min: 0, max: 1 or options: [none, some, all]");
        } else {
            if (!f.has("min")) f.missing("min", "a number (the issue's lower end)");
            if (!f.has("max")) f.missing("max", "a number (the issue's upper end)");
        }
        if (min != null && max != null && min > max) {
            problems.at(f.value("max"), f.path("max"), Messages.shorten(((YamlNode.Scalar) f.value("max")).text())
                    + " is below min " + Messages.shorten(((YamlNode.Scalar) f.value("min")).text())
                    + "; expected max >= min");
            max = null;
        }
        Double step = f.number("step", null, Range.POSITIVE);
        String unit = f.text("unit", null, false);
        if (min != null && max != null) {
            if (step == null) step = max > min ? (max - min) / 20 : 1.0;
            double points = Math.ceil((max - min) / step - 1e-9) + 1;
            if (points > MAX_GRID) {
                YamlNode at = f.has("step") ? f.value("step") : f.value("max");
                problems.at(at, f.path("step"), "the grid from " + org.entente.model.Numbers.format(min) + " to "
                        + org.entente.model.Numbers.format(max) + " in steps of " + org.entente.model.Numbers.format(step)
                        + " has " + org.entente.model.Numbers.format(points, 4) + " points; expected at most "
                        + MAX_GRID + " (use a larger step)");
            }
        }
        if (problems.size() > before || id == null || min == null || max == null) return null;
        return new NumericIssue(id, label, interest, min, max, step, unit, obligor);
    }

    private Party party(YamlNode node, String listPath, int index, List<String> interests, Map<String, Issue> issues) {
        Fields f0 = Fields.of(problems, node, listPath + "[" + index + "]");
        if (f0 == null) return null;
        String id = f0.id("id", true);
        Fields f = id != null ? new Fields(problems, f0.node, listPath + "." + id) : f0;
        int before = problems.size();
        if (id != null && !partyIdsSeen.add(id)) {
            problems.at(f.value("id"), f.path("id"), "duplicate party id '" + id + "'; expected each party id once");
        }
        f.allow(PARTY_KEYS);
        String name = f.text("name", id, false);
        double reservation = f.number("reservation", 0.0, Range.UNIT_OPEN_TOP);
        double discount = f.number("discount", 1.0, Range.UNIT_OPEN_BOTTOM);
        double power = f.number("power", 1.0, Range.POSITIVE);
        double capacity = f.number("capacity", 1.0, Range.UNIT);
        double ratification = f.number("ratification", 0.5, Range.UNIT);

        Map<String, Preference> prefs = preferences(f, issues);
        if (prefs != null && prefs.isEmpty() && f.value("preferences") instanceof YamlNode.Mapping pm
                && pm.entries().isEmpty()) {
            problems.at(f.value("preferences"), f.path("preferences"), "empty; expected a preference for at least one issue");
        } else if (prefs == null && !f.has("preferences")) {
            f.missing("preferences", "a preference for at least one issue, e.g. " + firstIssueExample(issues));
        }
        Map<String, Double> weights = f.numberMap("weights", issues.keySet(), "issue", Range.NON_NEGATIVE);
        if (weights == null) weights = Map.of();
        Map<String, Double> partyInterests = f.numberMap("interests", interests, "interest", Range.NON_NEGATIVE);
        Set<String> covered = new LinkedHashSet<>();
        if (prefs != null) {
            for (String issueId : prefs.keySet()) covered.add(issues.get(issueId).interest());
            for (String d : covered) {
                double sum = 0;
                for (String issueId : prefs.keySet()) {
                    if (issues.get(issueId).interest().equals(d)) sum += weights.getOrDefault(issueId, 1.0);
                }
                if (sum <= 0 && f.has("weights")) {
                    problems.at(f.value("weights"), f.path("weights"), "every issue of interest '" + d
                            + "' has weight 0; expected a positive weight on at least one of them");
                }
            }
        }
        if (partyInterests == null) {
            partyInterests = new LinkedHashMap<>();
            for (String d : interests) partyInterests.put(d, 1.0);
        } else if (!covered.isEmpty() && partyInterests.entrySet().stream()
                .noneMatch(e -> covered.contains(e.getKey()) && e.getValue() > 0) && problems.size() == before) {
            problems.at(f.value("interests"), f.path("interests"), "no positive weight on an interest this party has "
                    + "preferences on; expected a positive weight on one of " + Messages.list(covered));
        }

        List<Official> officials = new ArrayList<>();
        List<YamlNode> officialNodes = f.list("officials");
        if (officialNodes == null || officialNodes.isEmpty()) {
            officials.add(new Official("head", name != null ? name : id, true, 1.0, partyInterests, reservation, false));
        } else {
            Set<String> seen = new LinkedHashSet<>();
            YamlNode firstHead = null;
            for (int i = 0; i < officialNodes.size(); i++) {
                Official o = official(officialNodes.get(i), f.path("officials"), i, interests, reservation, seen, covered);
                if (o == null) continue;
                if (o.head()) {
                    if (firstHead != null) {
                        YamlNode.Mapping m = (YamlNode.Mapping) officialNodes.get(i);
                        YamlNode.Entry h = m.entry("head");
                        problems.at(h.value(), f.path("officials") + "." + o.id() + ".head", "a second head (the first is '"
                                + firstHeadId(officials) + "'); expected exactly one official with head: true");
                    } else {
                        firstHead = officialNodes.get(i);
                    }
                }
                officials.add(o);
            }
            if (firstHead == null && officials.size() == officialNodes.size() && problems.size() == before) {
                problems.at(f.value("officials"), f.path("officials"), "no head; expected exactly one official with "
                        + "head: true (the one who negotiates)");
            }
        }
        StrategySpec strategy = null;
        YamlNode.Entry se = f.entry("strategy");
        if (se != null) {
            StrategyDraft d = StrategyDraft.read(problems, se.value(), f.path("strategy"), false);
            if (d != null) strategy = d.check(problems, null);
        }
        if (problems.size() > before || id == null) return null;
        return new Party(id, name, reservation, discount, power, capacity, prefs, weights, partyInterests, officials,
                ratification, strategy);
    }

    private static String firstHeadId(List<Official> officials) {
        for (Official o : officials) if (o.head()) return o.id();
        return "?";
    }

    private static String firstIssueExample(Map<String, Issue> issues) {
        for (Issue i : issues.values()) {
            return i instanceof DiscreteIssue d ? i.id() + ": {values: {...}}" : i.id() + ": {direction: up}";
        }
        return "<issue>: {direction: up}";
    }

    private Official official(YamlNode node, String listPath, int index, List<String> interests, double partyReservation,
                              Set<String> seen, Set<String> covered) {
        Fields f0 = Fields.of(problems, node, listPath + "[" + index + "]");
        if (f0 == null) return null;
        String id = f0.id("id", true);
        Fields f = id != null ? new Fields(problems, f0.node, listPath + "." + id) : f0;
        int before = problems.size();
        if (id != null && !seen.add(id)) {
            problems.at(f.value("id"), f.path("id"), "duplicate official id '" + id + "'; expected each official id "
                    + "once within a party");
        }
        f.allow(OFFICIAL_KEYS);
        String title = f.text("title", id, false);
        boolean head = f.bool("head", false);
        double power = f.number("power", 1.0, Range.POSITIVE);
        Map<String, Double> w = f.numberMap("interests", interests, "interest", Range.NON_NEGATIVE);
        if (w == null) {
            w = new LinkedHashMap<>();
            for (String d : interests) w.put(d, 1.0);
        } else if (!covered.isEmpty() && problems.size() == before
                && w.entrySet().stream().noneMatch(e -> covered.contains(e.getKey()) && e.getValue() > 0)) {
            problems.at(f.value("interests"), f.path("interests"), "no positive weight on an interest its party has "
                    + "preferences on; expected a positive weight on one of " + Messages.list(covered));
        }
        double reservation = f.number("reservation", partyReservation, Range.UNIT_OPEN_TOP);
        boolean veto = f.bool("veto", false);
        if (problems.size() > before || id == null) return null;
        return new Official(id, title, head, power, w, reservation, veto);
    }

    /** The party's preferences by issue id; null when absent or not a mapping. */
    private Map<String, Preference> preferences(Fields party, Map<String, Issue> issues) {
        Fields f = party.fields("preferences");
        if (f == null) return null;
        Map<String, Preference> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : f.node.entries()) {
            String p = f.path(Messages.shorten(e.key()));
            Issue issue = issues.get(e.key());
            if (issue == null && issueIdsWritten.contains(e.key())) continue; // that issue's own errors are reported
            if (issue == null) {
                problems.atKey(e, p, "unknown issue '" + Messages.shorten(e.key()) + "'"
                        + Messages.didYouMean(e.key(), issues.keySet()) + "; expected one of " + Messages.list(issues.keySet()));
                continue;
            }
            Fields pf = Fields.of(problems, e.value(), p);
            if (pf == null) continue;
            Preference pref = issue instanceof NumericIssue n ? numericPreference(pf, n) : discretePreference(pf,
                    (DiscreteIssue) issue);
            if (pref != null) out.put(e.key(), pref);
        }
        return out;
    }

    private Preference numericPreference(Fields f, NumericIssue issue) {
        int before = problems.size();
        f.allow("direction", "ideal", "exponent");
        double exponent = f.number("exponent", 1.0, Range.POSITIVE);
        boolean hasDirection = f.has("direction");
        boolean hasIdeal = f.has("ideal");
        if (hasDirection && hasIdeal) {
            problems.atKey(f.node.entry("ideal"), f.path("ideal"), "both direction and ideal given; expected one of them "
                    + "(direction: up|down for monotone, ideal: <number> for single-peaked)");
            return null;
        }
        if (!hasDirection && !hasIdeal) {
            problems.at(f.node, f.path, "neither direction nor ideal given; expected direction: up|down or ideal: <number>"
                    + " between " + org.entente.model.Numbers.format(issue.min()) + " and "
                    + org.entente.model.Numbers.format(issue.max()));
            return null;
        }
        if (hasDirection) {
            String d = f.text("direction", null, true);
            if (d != null && !d.equals("up") && !d.equals("down")) {
                problems.at(f.value("direction"), f.path("direction"), "'" + Messages.shorten(d)
                        + "' is not a direction; expected up or down");
                return null;
            }
            if (problems.size() > before || d == null) return null;
            return new Preference.Monotone(d.equals("up"), exponent);
        }
        Double ideal = f.number("ideal", null, Range.closed(issue.min(), issue.max()));
        if (problems.size() > before || ideal == null) return null;
        return new Preference.Peaked(ideal, exponent);
    }

    private Preference discretePreference(Fields f, DiscreteIssue issue) {
        int before = problems.size();
        f.allow("values");
        if (!f.has("values")) {
            problems.at(f.node, f.path("values"), "missing; expected a value in [0, 1] for each option: "
                    + Messages.list(issue.options()));
            return null;
        }
        Map<String, Double> values = f.numberMap("values", issue.options(), "option", Range.UNIT);
        if (values == null) return null;
        List<String> missing = new ArrayList<>();
        for (String o : issue.options()) if (!values.containsKey(o) && f.fields("values").node.entry(o) == null) missing.add(o);
        if (!missing.isEmpty()) {
            problems.at(f.value("values"), f.path("values"), "no value for option" + (missing.size() > 1 ? "s " : " ")
                    + Messages.list(missing) + "; expected a value in [0, 1] for every option of " + issue.id());
        }
        if (problems.size() > before) return null;
        return new Preference.Valued(values);
    }

    private Implementation implementation(Fields scenario, Map<String, Issue> issues) {
        Implementation impl = Implementation.defaults();
        Fields f = scenario.fields("implementation");
        if (f == null) return impl;
        List<String> known = new ArrayList<>(ImplementationParameter.ids());
        known.add("oversight_issue");
        f.allow(known);
        String oversight = null;
        for (YamlNode.Entry e : f.node.entries()) {
            String p = f.path(Messages.shorten(e.key()));
            if (e.key().equals("oversight_issue")) {
                if (e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) continue;
                if (e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING
                        && issues.containsKey(s.text())) {
                    oversight = s.text();
                } else {
                    String given = e.value() instanceof YamlNode.Scalar s ? s.text() : "";
                    problems.at(e.value(), p, (e.value() instanceof YamlNode.Scalar ? "unknown issue '"
                            + Messages.shorten(given) + "'" + Messages.didYouMean(given, issues.keySet())
                            : "found " + e.value().kindName()) + "; expected one of " + Messages.list(issues.keySet()));
                }
                continue;
            }
            var param = ImplementationParameter.find(e.key());
            if (param.isEmpty()) continue; // reported by allow()
            Double v = Fields.checkNumber(problems, e.value(), p, Range.of(param.get().spec()));
            if (v != null) impl = impl.with(e.key(), v);
        }
        return new Implementation(impl.params(), oversight);
    }
}
