package org.entente.config;

import org.entente.model.DiscreteIssue;
import org.entente.model.FieldKind;
import org.entente.model.FieldSpec;
import org.entente.model.Issue;
import org.entente.model.Numbers;
import org.entente.model.NumericIssue;
import org.entente.model.Preference;
import org.entente.model.Range;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a party's {@code preferences}: per numeric issue {@code direction} or
 * {@code ideal} (with {@code exponent}) or {@code at_min}/{@code at_max}, per discrete issue a
 * value for every option.
 */
final class PreferenceReader {
    static final FieldSpec DIRECTION = FieldSpec.of("direction", FieldKind.NAME, "direction or ideal is required",
            "up or down", "monotone: up values the issue's max most, down its min");
    static final FieldSpec IDEAL = FieldSpec.of("ideal", FieldKind.NUMBER, "direction or ideal is required",
            "a number in [min, max] of the issue", "single-peaked: the most valued point");
    static final FieldSpec EXPONENT = FieldSpec.number("exponent", 1, Range.POSITIVE,
            "curvature: the value's exponent (< 1 concave, > 1 convex)");
    static final FieldSpec AT_MIN = FieldSpec.of("at_min", FieldKind.NUMBER, "with at_max", "a number in [0, 1]",
            "linear: the value at the issue's min (with at_max, instead of direction or ideal)");
    static final FieldSpec AT_MAX = FieldSpec.of("at_max", FieldKind.NUMBER, "with at_min", "a number in [0, 1]",
            "linear: the value at the issue's max");
    static final FieldSpec VALUES = FieldSpec.of("values", FieldKind.STRUCTURE, "required",
            "a number in [0, 1] for every option", "the value of each option of a discrete issue");
    /** The keys of a numeric issue's preference. */
    static final FieldSpec[] NUMERIC_KEYS = {DIRECTION, IDEAL, EXPONENT, AT_MIN, AT_MAX};
    /** The keys of a discrete issue's preference. */
    static final FieldSpec[] DISCRETE_KEYS = {VALUES};

    private final Problems problems;
    private final Map<String, Issue> issues;
    /** Ids of every issue written, valid or not, so an invalid issue does not cascade into "unknown issue". */
    private final Set<String> issueIdsWritten;

    PreferenceReader(Problems problems, Map<String, Issue> issues, Set<String> issueIdsWritten) {
        this.problems = problems;
        this.issues = issues;
        this.issueIdsWritten = issueIdsWritten;
    }

    /** The party's preferences by issue id; null when absent or not a mapping (with an error). */
    Map<String, Preference> read(Fields party) {
        Fields f = party.fields("preferences");
        if (f == null) {
            if (!party.has("preferences")) {
                party.missing("preferences", "a preference for at least one issue, e.g. " + example());
            }
            return null;
        }
        if (f.node.entries().isEmpty()) {
            problems.at(f.node, f.path, "empty; expected a preference for at least one issue");
        }
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
            Preference pref = issue instanceof NumericIssue n ? numeric(pf, n) : discrete(pf, (DiscreteIssue) issue);
            if (pref != null) out.put(e.key(), pref);
        }
        return out;
    }

    private String example() {
        for (Issue i : issues.values()) {
            return i instanceof DiscreteIssue ? i.id() + ": {values: {...}}" : i.id() + ": {direction: up}";
        }
        return "<issue>: {direction: up}";
    }

    private Preference numeric(Fields f, NumericIssue issue) {
        int before = problems.size();
        f.allow(NUMERIC_KEYS);
        if (f.has(AT_MIN.key()) || f.has(AT_MAX.key())) return linear(f);
        double exponent = f.number(EXPONENT);
        boolean hasDirection = f.has("direction");
        boolean hasIdeal = f.has("ideal");
        if (hasDirection && hasIdeal) {
            problems.atKey(f.node.entry("ideal"), f.path("ideal"), "both direction and ideal given; expected one of them "
                    + "(direction: up|down for monotone, ideal: <number> for single-peaked)");
            return null;
        }
        if (!hasDirection && !hasIdeal) {
            problems.at(f.node, f.path, "neither direction nor ideal given; expected direction: up|down or ideal: <number>"
                    + " between " + Numbers.format(issue.min()) + " and " + Numbers.format(issue.max()));
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

    /** {@code {at_min: a, at_max: b}}: linear from a at min to b at max (GENIUS's and GeniusWeb's linear evaluators). */
    private Preference linear(Fields f) {
        int before = problems.size();
        for (FieldSpec other : List.of(DIRECTION, IDEAL, EXPONENT)) {
            if (f.has(other.key())) {
                problems.atKey(f.node.entry(other.key()), f.path(other.key()), other.key() + " given with at_min/at_max; "
                        + "expected either at_min and at_max (linear) or direction/ideal with an optional exponent");
            }
        }
        for (FieldSpec end : List.of(AT_MIN, AT_MAX)) {
            if (!f.has(end.key())) {
                problems.at(f.node, f.path(end.key()), "missing; at_min and at_max go together (values in [0, 1])");
            }
        }
        Double atMin = f.number(AT_MIN.key(), null, Range.UNIT);
        Double atMax = f.number(AT_MAX.key(), null, Range.UNIT);
        if (problems.size() > before || atMin == null || atMax == null) return null;
        return new Preference.Linear(atMin, atMax);
    }

    private Preference discrete(Fields f, DiscreteIssue issue) {
        int before = problems.size();
        f.allow(DISCRETE_KEYS);
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
}
