package org.entente.config;

import org.entente.model.ConfigField;
import org.entente.model.DiscreteIssue;
import org.entente.model.FieldKind;
import org.entente.model.FieldSpec;
import org.entente.model.Implementation;
import org.entente.model.ImplementationParameter;
import org.entente.model.Issue;
import org.entente.model.IssueField;
import org.entente.model.Numbers;
import org.entente.model.NumericIssue;
import org.entente.model.Party;
import org.entente.model.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the {@code scenario:} block (docs/config.md): interests, issues (keys catalogued
 * in {@link IssueField}), parties ({@link PartyReader}) and the implementation parameters.
 */
final class ScenarioReader {
    static final List<String> DEFAULT_INTERESTS = List.of("trade", "infrastructure", "influence");
    static final FieldSpec[] KEYS = {
            FieldSpec.of("name", FieldKind.TEXT, "required", null, "the scenario's name, shown in reports"),
            FieldSpec.of("description", FieldKind.TEXT, "none", null, "free text"),
            FieldSpec.of("interests", FieldKind.STRUCTURE, String.join(", ", DEFAULT_INTERESTS), "a list of distinct ids",
                    "the interests issues serve and officials weigh"),
            FieldSpec.of("issues", FieldKind.STRUCTURE, "required", "a list of at least one issue", "the agenda"),
            FieldSpec.of("parties", FieldKind.STRUCTURE, "required", "a list of at least two parties", "the states"),
            FieldSpec.of("implementation", FieldKind.STRUCTURE, "every parameter's default",
                    "a mapping of parameters", "the implementation model's parameters (docs/model.md)")};
    static final FieldSpec OVERSIGHT_ISSUE = FieldSpec.of("oversight_issue", FieldKind.NAME, "none", "an issue id",
            "the issue whose agreed value sets the oversight strength");

    private final Problems problems;
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

        Map<String, Issue> issues = new LinkedHashMap<>();
        Set<String> issueIds = new LinkedHashSet<>();
        Map<String, YamlNode> obligors = new LinkedHashMap<>();
        List<YamlNode> issueNodes = f.list("issues");
        if (issueNodes == null) {
            if (!f.has("issues")) f.missing("issues", "a list of issues (id, interest, min/max or options)");
        } else if (issueNodes.isEmpty()) {
            problems.at(f.value("issues"), f.path("issues"), "empty; expected at least one issue");
        } else {
            for (int i = 0; i < issueNodes.size(); i++) {
                Issue issue = issue(issueNodes.get(i), f.path("issues"), i, interests, issueIds, obligors);
                if (issue != null) issues.put(issue.id(), issue);
            }
        }

        List<Party> parties = new ArrayList<>();
        PartyReader partyReader = new PartyReader(problems, interests, issues, issueIdsWritten);
        List<YamlNode> partyNodes = f.list("parties");
        if (partyNodes == null) {
            if (!f.has("parties")) f.missing("parties", "a list of at least two parties");
        } else {
            if (partyNodes.size() < 2) {
                problems.at(f.value("parties"), f.path("parties"), partyNodes.size() + " part"
                        + (partyNodes.size() == 1 ? "y" : "ies") + " listed; expected at least two parties");
            }
            for (int i = 0; i < partyNodes.size(); i++) {
                Party p = partyReader.read(partyNodes.get(i), f.path("parties"), i);
                if (p != null) parties.add(p);
            }
        }
        obligors.forEach((issue, o) -> {
            String ob = ((YamlNode.Scalar) o).text();
            if (!partyReader.ids.contains(ob)) {
                problems.at(o, f.path("issues") + "." + issue + ".obligor", "unknown party '" + Messages.shorten(ob)
                        + "'" + Messages.didYouMean(ob, partyReader.ids) + "; expected one of "
                        + Messages.list(partyReader.ids));
            }
        });
        Implementation impl = implementation(f, issues.keySet());
        if (problems.size() > before) return null;
        return new Scenario(name, description, interests, new ArrayList<>(issues.values()), parties, impl);
    }

    private Issue issue(YamlNode node, String listPath, int index, List<String> interests, Set<String> issueIds,
                        Map<String, YamlNode> obligors) {
        Fields.Item item = Fields.item(problems, node, listPath, index, issueIds, "issue");
        if (item == null) return null;
        Fields f = item.fields();
        String id = item.id();
        int before = item.errorsBefore();
        if (f.node.entry("id") != null && f.node.entry("id").value() instanceof YamlNode.Scalar s) {
            issueIdsWritten.add(s.text());
        }
        f.allow(IssueField.values());
        String label = f.text(IssueField.LABEL.key(), id, false);
        String interest = f.name(IssueField.INTEREST.key(), interests, "interest", "scenario.interests: ");
        if (!f.has(IssueField.INTEREST.key())) f.missing(IssueField.INTEREST.key(), "one of " + Messages.list(interests));
        YamlNode.Entry ob = f.entry(IssueField.OBLIGOR.key());
        String obligor = null;
        if (ob != null) {
            obligor = Fields.checkId(problems, ob.value(), f.path(IssueField.OBLIGOR.key()));
            if (obligor != null && id != null) obligors.put(id, ob.value());
        }
        boolean discrete = f.node.entry(IssueField.OPTIONS.key()) != null;
        for (IssueField k : IssueField.values()) {
            YamlNode.Entry e = f.node.entry(k.key());
            if (discrete && e != null && k.form() == IssueField.Form.NUMERIC) {
                problems.atKey(e, f.path(k.key()), "'" + k.key() + "' is a numeric-issue key but this issue lists "
                        + "options; expected either options (discrete issue) or min/max/step (numeric issue)");
            }
        }
        if (discrete) {
            List<String> options = options(f);
            if (problems.size() > before || id == null) return null;
            return new DiscreteIssue(id, label, interest, options, obligor);
        }
        Double min = f.number(IssueField.MIN, null);
        Double max = f.number(IssueField.MAX, null);
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
        Double step = f.number(IssueField.STEP, null);
        String unit = f.text(IssueField.UNIT.key(), null, false);
        if (min != null && max != null) {
            if (step == null) step = max > min ? (max - min) / 20 : 1.0;
            double points = Math.ceil((max - min) / step - 1e-9) + 1;
            if (points > IssueField.MAX_GRID) {
                YamlNode at = f.has("step") ? f.value("step") : f.value("max");
                problems.at(at, f.path("step"), "the grid from " + Numbers.format(min) + " to " + Numbers.format(max)
                        + " in steps of " + Numbers.format(step) + " has " + Numbers.format(points, 4)
                        + " points; expected at most " + IssueField.MAX_GRID + " (use a larger step)");
            }
        }
        if (problems.size() > before || id == null || min == null || max == null) return null;
        return new NumericIssue(id, label, interest, min, max, step, unit, obligor);
    }

    /** A discrete issue's distinct option names. */
    private List<String> options(Fields f) {
        List<YamlNode> opts = f.list(IssueField.OPTIONS.key());
        List<String> options = new ArrayList<>();
        if (opts == null) {
            if (!f.has("options")) {
                problems.at(f.node.entry("options").value(), f.path("options"), "empty; expected a list of option names");
            }
            return options;
        }
        if (opts.isEmpty()) problems.at(f.value("options"), f.path("options"), "empty; expected at least one option");
        for (int k = 0; k < opts.size(); k++) {
            YamlNode o = opts.get(k);
            String op = f.path("options") + "[" + k + "]";
            if (!(o instanceof YamlNode.Scalar s) || s.type() == YamlNode.ScalarType.NULL) {
                problems.at(o, op, "found " + o.kindName() + "; expected an option name");
            } else if (options.contains(s.text())) {
                problems.at(o, op, "duplicate option '" + Messages.shorten(s.text()) + "'; expected each option once");
            } else {
                options.add(s.text());
            }
        }
        return options;
    }

    private Implementation implementation(Fields scenario, Set<String> issues) {
        Implementation impl = Implementation.defaults();
        Fields f = scenario.fields("implementation");
        if (f == null) return impl;
        List<ConfigField> known = new ArrayList<>(Arrays.asList(ImplementationParameter.values()));
        known.add(OVERSIGHT_ISSUE);
        f.allow(known.toArray(ConfigField[]::new));
        String oversight = f.name(OVERSIGHT_ISSUE.key(), issues, "issue", "");
        for (YamlNode.Entry e : f.node.entries()) {
            var param = ImplementationParameter.find(e.key());
            if (param.isEmpty()) continue; // oversight_issue, or reported by allow()
            Double v = Fields.checkNumber(problems, e.value(), f.path(Messages.shorten(e.key())),
                    param.get().fieldSpec().range());
            if (v != null) impl = impl.with(e.key(), v);
        }
        return new Implementation(impl.params(), oversight);
    }
}
