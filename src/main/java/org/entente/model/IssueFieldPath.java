package org.entente.model;

import org.entente.model.ParameterPaths.PathException;
import org.entente.model.ParameterPaths.Resolved;

import java.util.ArrayList;
import java.util.List;

/** {@code issues.<issue>.<field>}: a numeric issue's grid bounds and step. */
public record IssueFieldPath(String issue, IssueField field) implements SweepPath {

    @Override
    public String text() {
        return "issues." + issue + "." + field.key();
    }

    @Override
    public Resolved resolve(Config config) {
        Scenario s = config.scenario();
        if (s.issueIndex(issue) < 0) throw PathException.unknown("issues." + issue, "issue", issue, s.issueIds());
        if (!(s.issue(issue) instanceof NumericIssue n)) {
            throw new PathException("issues." + issue + ": a discrete issue has no numeric field; sweepable only on "
                    + "numeric issues: min, max, step");
        }
        return Resolved.number(text(), field.number(n), field.range(n));
    }

    @Override
    public Config apply(Config config, Object value) {
        List<Issue> issues = new ArrayList<>(config.scenario().issues());
        int k = config.scenario().issueIndex(issue);
        issues.set(k, field.with(issues.get(k), value));
        return config.withScenario(config.scenario().withIssues(issues));
    }

    @Override
    public String label(PathNames names) {
        return names.issue(issue) + ": " + field.fieldSpec().sweepLabel();
    }
}
