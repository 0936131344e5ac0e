package org.entente.teaching;

import org.entente.model.DiscreteIssue;
import org.entente.model.Issue;
import org.entente.model.Numbers;
import org.entente.model.NumericIssue;
import org.entente.negotiation.Offer;
import org.entente.negotiation.OutcomeSpace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the student's {@code issue=value} assignments into a package on the offer grid: issues by
 * id or unique prefix, numbers snapped to the nearest grid point, options by name or unique prefix,
 * unnamed issues taken from a base package. Every mistake is a {@link CommandError} saying how to fix it.
 */
public final class PackageParser {
    private final OutcomeSpace space;

    public PackageParser(OutcomeSpace space) {
        this.space = space;
    }

    /** A resolved package and what the student should be told about it (snapping, filling in). */
    public record Parsed(Offer offer, List<String> notes) {
        public Parsed {
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param base     fills in the issues not named
     * @param baseName how to describe {@code base} in the note ("your last offer", "your ideal package")
     */
    public Parsed parse(List<String> assignments, Offer base, String baseName) throws CommandError {
        int n = space.issueCount();
        int[] values = base.toArray();
        boolean[] named = new boolean[n];
        List<String> notes = new ArrayList<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            String key = a.substring(0, eq);
            String raw = a.substring(eq + 1);
            int i = resolveIssue(key);
            if (named[i]) throw new CommandError("issue " + space.issues().get(i).id() + " is given twice");
            named[i] = true;
            values[i] = resolveValue(space.issues().get(i), raw, notes);
        }
        List<String> filled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!named[i]) filled.add(space.issues().get(i).id() + "=" + space.issues().get(i).valueLabel(values[i]));
        }
        if (!filled.isEmpty() && !assignments.isEmpty()) {
            notes.add("from " + baseName + ": " + String.join(" ", filled));
        } else if (assignments.isEmpty()) {
            notes.add("no issues named: using " + baseName);
        }
        return new Parsed(new Offer(values), notes);
    }

    /** The issue index for an id or a unique prefix of one (case-insensitive). */
    public int resolveIssue(String key) throws CommandError {
        String k = key.toLowerCase(Locale.ROOT);
        List<String> ids = new ArrayList<>();
        for (Issue issue : space.issues()) ids.add(issue.id());
        int exact = ids.indexOf(k);
        if (exact >= 0) return exact;
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) if (ids.get(i).startsWith(k)) hits.add(i);
        if (hits.size() == 1) return hits.get(0);
        if (hits.isEmpty()) {
            throw new CommandError("no issue '" + key + "'; the issues are: " + String.join(", ", ids));
        }
        List<String> names = new ArrayList<>();
        for (int i : hits) names.add(ids.get(i));
        throw new CommandError("'" + key + "' could mean " + String.join(" or ", names) + "; type more of the name");
    }

    private static int resolveValue(Issue issue, String raw, List<String> notes) throws CommandError {
        if (issue instanceof NumericIssue num) return resolveNumber(num, raw, notes);
        return resolveOption((DiscreteIssue) issue, raw);
    }

    private static int resolveNumber(NumericIssue issue, String raw, List<String> notes) throws CommandError {
        String unit = issue.unit() == null || issue.unit().isEmpty() ? "" : " " + issue.unit();
        String cleaned = raw.replace(",", "");
        if (issue.unit() != null && !issue.unit().isEmpty() && cleaned.endsWith(issue.unit())) {
            cleaned = cleaned.substring(0, cleaned.length() - issue.unit().length());
        }
        double x;
        try {
            x = Double.parseDouble(cleaned);
        } catch (NumberFormatException e) {
            throw new CommandError(issue.id() + " needs a number between " + Numbers.format(issue.min()) + " and "
                    + Numbers.format(issue.max()) + unit + ", not '" + raw + "'");
        }
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            throw new CommandError(issue.id() + " needs a finite number, not '" + raw + "'");
        }
        double tolerance = 1e-9 * Math.max(1.0, Math.abs(issue.max() - issue.min()));
        if (x < issue.min() - tolerance || x > issue.max() + tolerance) {
            throw new CommandError(issue.id() + "=" + raw + " is out of range: choose between "
                    + Numbers.format(issue.min()) + " and " + Numbers.format(issue.max()) + unit);
        }
        int k = issue.indexOf(x);
        if (Math.abs(issue.value(k) - x) > tolerance) {
            notes.add(issue.id() + "=" + raw + " snapped to the nearest grid point " + issue.valueLabel(k) + unit
                    + " (grid step " + Numbers.format(issue.step()) + ")");
        }
        return k;
    }

    private static int resolveOption(DiscreteIssue issue, String raw) throws CommandError {
        String k = raw.toLowerCase(Locale.ROOT);
        List<String> options = issue.options();
        for (int i = 0; i < options.size(); i++) if (options.get(i).equalsIgnoreCase(k)) return i;
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) if (options.get(i).toLowerCase(Locale.ROOT).startsWith(k)) hits.add(i);
        if (hits.size() == 1) return hits.get(0);
        if (hits.isEmpty()) {
            throw new CommandError(issue.id() + " has no option '" + raw + "'; choose one of: "
                    + String.join(", ", options));
        }
        List<String> names = new ArrayList<>();
        for (int i : hits) names.add(options.get(i));
        throw new CommandError("'" + raw + "' could mean " + String.join(" or ", names) + " for " + issue.id()
                + "; type more of the name");
    }
}
