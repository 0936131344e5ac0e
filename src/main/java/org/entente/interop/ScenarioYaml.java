package org.entente.interop;

import org.entente.model.Phrases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an imported negotiation as an Entente config: each issue its own interest, each party's
 * {@code interests} the profile's issue weights (so U(p) is exactly the source's weighted sum),
 * discrete evaluations as option values, linear evaluators as {@code direction} or
 * {@code at_min}/{@code at_max}, GENIUS's session discount as a per-round discount over the
 * deadline written with it, and a header saying where it came from and how to extend it.
 */
public final class ScenarioYaml {
    private final AdditiveScenario source;
    private final List<String> partyIds;
    private final List<String> issueIds;
    private final int deadline;
    private final StringBuilder b = new StringBuilder();

    private ScenarioYaml(AdditiveScenario source, List<String> partyIds, int deadline) {
        this.source = source;
        this.partyIds = partyIds;
        this.issueIds = Identifiers.of(source.issues().stream().map(AdditiveIssue::name).toList(), "issue");
        this.deadline = deadline;
    }

    /** Entente ids for the profiles: given ones, or made from the profile names. */
    public static List<String> defaultPartyIds(AdditiveScenario s) {
        return Identifiers.of(s.profiles().stream().map(AdditiveProfile::name).toList(), "party");
    }

    /** The issue ids the written scenario uses, in source order. */
    public static List<String> issueIds(AdditiveScenario s) {
        return Identifiers.of(s.issues().stream().map(AdditiveIssue::name).toList(), "issue");
    }

    /** Per-round discount that reaches GENIUS's session discount d at the deadline. */
    public static double perRound(double d, int deadline) {
        return d >= 1 ? 1 : Math.pow(d, 1.0 / deadline);
    }

    /**
     * @param domainFile the domain file read, or null when the profiles carried the domain
     */
    public static String write(AdditiveScenario source, List<String> partyIds, Path domainFile, List<Path> profileFiles,
                               int deadline) {
        ScenarioYaml w = new ScenarioYaml(source, partyIds, deadline);
        w.header(domainFile, profileFiles);
        w.scenario();
        w.line(0, "experiment:");
        w.line(1, "deadline: " + deadline);
        return w.b.toString();
    }

    private void header(Path domainFile, List<Path> profileFiles) {
        line(0, "# Imported by `entente import " + source.format().toLowerCase(java.util.Locale.ROOT) + "` from "
                + source.format() + " files:");
        if (domainFile != null) line(0, "#   domain: " + YamlText.comment(domainFile.getFileName().toString()));
        for (int p = 0; p < profileFiles.size(); p++) {
            line(0, "#   party " + partyIds.get(p) + ": " + YamlText.comment(profileFiles.get(p).getFileName().toString()));
        }
        line(0, "# Each issue is its own interest and each party's `interests` are the profile's issue weights,");
        line(0, "# so every party's utility is exactly the source's weighted sum of evaluations (docs/interop.md).");
        if (source.profiles().stream().anyMatch(p -> p.discountFactor() < 1)) {
            line(0, "# GENIUS discounts over the session's normalised time t in [0, 1] (u d^t); here the discount is");
            line(0, "# per round, d^(1/" + deadline + "), so that at the deadline below both give d. Change the");
            line(0, "# deadline and you must change the discounts with it.");
        }
        line(0, "# To extend it: add `officials` to a party (each weighs these interests) for the two-level game,");
        line(0, "# group issues under broader interests (docs/interop.md shows how to keep the utilities), or add");
        line(0, "# `implementation` parameters. Check it with `./entente validate` and `./entente describe`.");
    }

    private void scenario() {
        line(0, "scenario:");
        line(1, "name: " + YamlText.quoted(source.name()));
        line(1, "description: " + YamlText.quoted("Imported from " + source.format() + " (" + source.profiles().size()
                + " profiles, " + Phrases.count(source.issues().size(), "issue", "issues") + ")."));
        line(1, "interests: [" + String.join(", ", issueIds) + "]");
        line(1, "issues:");
        for (int i = 0; i < source.issues().size(); i++) issue(source.issues().get(i), issueIds.get(i));
        line(1, "parties:");
        for (int p = 0; p < source.profiles().size(); p++) party(source.profiles().get(p), partyIds.get(p));
    }

    private void issue(AdditiveIssue issue, String id) {
        line(2, "- id: " + id);
        line(2, "  label: " + YamlText.quoted(issue.name()));
        line(2, "  interest: " + id);
        if (issue instanceof AdditiveIssue.Numeric n) {
            line(2, "  min: " + YamlText.number(n.min()));
            line(2, "  max: " + YamlText.number(n.max()));
            line(2, "  step: " + (n.intervals() > 0 ? YamlText.number(n.step()) : "1"));
        } else {
            List<String> quoted = new ArrayList<>();
            for (String v : ((AdditiveIssue.Discrete) issue).values()) quoted.add(YamlText.quoted(v));
            line(2, "  options: [" + String.join(", ", quoted) + "]");
        }
    }

    private void party(AdditiveProfile p, String id) {
        line(2, "- id: " + id);
        line(2, "  name: " + YamlText.quoted(p.name()));
        line(2, "  reservation: " + YamlText.number(p.reservation()));
        line(2, "  discount: " + YamlText.number(perRound(p.discountFactor(), deadline)));
        line(2, "  preferences:");
        for (int i = 0; i < source.issues().size(); i++) {
            AdditiveIssue issue = source.issues().get(i);
            IssueUtilities u = p.utilities().get(issue.name());
            if (u instanceof IssueUtilities.Linear l) {
                line(4, issueIds.get(i) + ": " + linear(l));
            } else {
                line(4, issueIds.get(i) + ":");
                line(5, "values:");
                IssueUtilities.Table t = (IssueUtilities.Table) u;
                for (String v : ((AdditiveIssue.Discrete) issue).values()) {
                    line(6, YamlText.quoted(v) + ": " + YamlText.number(t.utilities().get(v)));
                }
            }
        }
        line(2, "  interests:");
        for (int i = 0; i < source.issues().size(); i++) {
            line(4, issueIds.get(i) + ": " + YamlText.number(p.weights().get(source.issues().get(i).name())));
        }
    }

    private static String linear(IssueUtilities.Linear l) {
        if (l.atMin() == 0 && l.atMax() == 1) return "{direction: up}";
        if (l.atMin() == 1 && l.atMax() == 0) return "{direction: down}";
        return "{at_min: " + YamlText.number(l.atMin()) + ", at_max: " + YamlText.number(l.atMax()) + "}";
    }

    private void line(int indent, String text) {
        b.append("  ".repeat(indent)).append(text).append('\n');
    }
}
