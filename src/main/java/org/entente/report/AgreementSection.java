package org.entente.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.entente.model.Numbers;
import org.entente.model.Phrases;
import org.entente.results.Csv;
import org.entente.results.FrontierColumns;
import org.entente.results.RunsColumns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was agreed: on each issue the typical agreed value (median and middle half, or the modal
 * option and its share) beside the reference packages of frontier.csv (Nash, both
 * Kalai–Smorodinsky conventions, max welfare, and any other kind listed there), then what each of
 * them gives each party: discounted utilities for the runs' agreements, undiscounted for the
 * reference packages, as the files hold them.
 */
final class AgreementSection implements ReportSection {
    /** Reference-point kinds of frontier.csv in the order shown, with their names; other kinds follow, named from their id. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();
    private static final String KS = "kalai_smorodinsky";
    private static final String KS_NEAREST = "kalai_smorodinsky_nearest";
    /** The one column shown when both Kalai–Smorodinsky conventions give the same package. */
    private static final String BOTH_KS = "kalai_smorodinsky_both";
    private static final String NASH = "nash";
    private static final String WEIGHTED_NASH = "weighted_nash";
    /** The one column shown when the power-weighted Nash solution gives the Nash package. */
    private static final String BOTH_NASH = "nash_both";

    static {
        KINDS.put(NASH, "Nash bargaining solution");
        KINDS.put(BOTH_NASH, "Nash bargaining solution (weighting the gains by power gives the same package)");
        KINDS.put(WEIGHTED_NASH, "Weighted Nash solution (each party's gain raised to its share of power)");
        KINDS.put("kalai_smorodinsky", "Kalai–Smorodinsky (largest equal share of each party's possible gain)");
        KINDS.put("kalai_smorodinsky_nearest", "Kalai–Smorodinsky, GENIUS convention (Pareto point nearest the diagonal)");
        KINDS.put(BOTH_KS, "Kalai–Smorodinsky (both conventions give this package)");
        KINDS.put("max_welfare", "Maximum welfare (largest sum of utilities)");
    }

    private static final List<String> NOT_PACKAGES = List.of("pareto", "reservation");

    @Override
    public String body(ReportContent content) {
        ReportInput in = content.in();
        CsvTable runs = in.runs();
        int[] ok = in.okRuns();
        int[] agreed = Arrays.stream(ok).filter(in::agreed).toArray();
        Map<String, List<String>> packages = packages(in);
        if (ok.length == 0 && packages.isEmpty()) return "";
        StringBuilder h = new StringBuilder();
        if (ok.length > 0) {
            h.append(Html.p(agreed.length + " of " + ok.length + " runs (" + percent(agreed.length, ok.length)
                    + ") ended in a ratified agreement" + (in.sweptInRuns().isEmpty() ? "."
                    : ", over all design points of the sweep together.")));
        }
        List<String> header = new ArrayList<>(List.of("Issue"));
        if (agreed.length > 0) header.add("Typically agreed (spread)");
        for (String kind : packages.keySet()) header.add(kindName(kind));
        List<List<String>> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode issue : in.scenario().path("issues")) {
            String id = ReportInput.text(issue.path("id"));
            List<String> row = new ArrayList<>();
            String label = ReportInput.text(issue.path("label"));
            row.add(label.isBlank() ? id : label);
            if (agreed.length > 0) row.add(typical(runs, agreed, issue));
            for (List<String> terms : packages.values()) row.add(IssueValues.withUnit(issue, terms.get(index)));
            rows.add(row);
            index++;
        }
        if (!rows.isEmpty() && header.size() > 1) {
            h.append(Html.table("packages", header, rows));
            h.append(Html.p("Typically agreed: for a numeric issue the median over the runs that agreed, with the "
                    + "middle half of them (25th to 75th percentile) in brackets; for a list of options the most "
                    + "frequent one and the share of agreements that chose it. The reference packages are computed "
                    + "on the scenario as configured (no noise, no sweep) over the issues' grid: see the glossary."));
        }
        h.append(values(in, agreed, packages));
        return h.toString();
    }

    /** The reference packages of frontier.csv by kind (known kinds first), each its terms in issue order. */
    static Map<String, List<String>> packages(ReportInput in) {
        CsvTable f = in.frontier();
        Map<String, List<String>> found = new LinkedHashMap<>();
        List<String> issues = new ArrayList<>();
        for (JsonNode i : in.scenario().path("issues")) issues.add(ReportInput.text(i.path("id")));
        if (issues.isEmpty() || !f.has(FrontierColumns.KIND)) return found;
        for (int r = 0; r < f.size(); r++) {
            String kind = f.get(r, FrontierColumns.KIND).trim();
            if (NOT_PACKAGES.contains(kind) || found.containsKey(kind)) continue;
            List<String> terms = new ArrayList<>();
            for (String i : issues) terms.add(f.get(r, FrontierColumns.ISSUE.of(i)));
            if (terms.stream().allMatch(String::isEmpty)) continue;
            found.put(kind, terms);
        }
        if (found.containsKey(KS) && found.get(KS).equals(found.get(KS_NEAREST))) {
            found.put(BOTH_KS, found.remove(KS));
            found.remove(KS_NEAREST);
        }
        if (found.containsKey(NASH) && found.get(NASH).equals(found.get(WEIGHTED_NASH))) {
            found.put(BOTH_NASH, found.remove(NASH));
            found.remove(WEIGHTED_NASH);
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (String k : KINDS.keySet()) if (found.containsKey(k)) ordered.put(k, found.get(k));
        found.forEach(ordered::putIfAbsent);
        return ordered;
    }

    static String kindName(String kind) {
        String n = KINDS.get(kind);
        return n != null ? n : Character.toUpperCase(Phrases.words(kind).charAt(0)) + Phrases.words(kind).substring(1);
    }

    /** The median and middle half of a numeric issue, or the modal option and its share. */
    private static String typical(CsvTable runs, int[] agreed, JsonNode issue) {
        String col = RunsColumns.ISSUE.of(ReportInput.text(issue.path("id")));
        if (!runs.has(col)) return "";
        if (issue.path("options").isArray()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int r : agreed) counts.merge(runs.get(r, col), 1, Integer::sum);
            Map.Entry<String, Integer> top = null;
            for (Map.Entry<String, Integer> e : counts.entrySet()) if (top == null || e.getValue() > top.getValue()) top = e;
            return top == null ? "" : top.getKey() + " (" + percent(top.getValue(), agreed.length) + " of agreements)";
        }
        double[] values = Arrays.stream(agreed).mapToDouble(r -> runs.number(r, col)).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) return "";
        Percentile q = new Percentile();
        q.setData(values);
        double lo = q.evaluate(25), mid = q.evaluate(50), hi = q.evaluate(75);
        String median = IssueValues.withUnit(issue, Numbers.format(mid, 4));
        return lo == hi ? median + " (all)" : median + " (" + Numbers.format(lo, 4) + "–" + Numbers.format(hi, 4) + ")";
    }

    /** What each outcome gives each party: the runs' mean (discounted) and the reference packages (undiscounted). */
    private static String values(ReportInput in, int[] agreed, Map<String, List<String>> packages) {
        List<String> header = new ArrayList<>(List.of("Outcome"));
        for (String p : in.parties().ids()) header.add(ParameterLabels.party(in, p));
        List<List<String>> rows = new ArrayList<>();
        if (agreed.length > 0) {
            List<String> row = new ArrayList<>(List.of("The runs' agreements: mean, discounted"));
            for (String p : in.parties().ids()) {
                double s = 0;
                int n = 0;
                for (int r : agreed) {
                    double v = in.runs().number(r, RunsColumns.UTILITY.of(p));
                    if (!Double.isNaN(v)) {
                        s += v;
                        n++;
                    }
                }
                row.add(n == 0 ? "" : Numbers.format(s / n, 3));
            }
            rows.add(row);
        }
        CsvTable f = in.frontier();
        for (int r = 0; r < f.size(); r++) {
            String kind = f.get(r, FrontierColumns.KIND).trim();
            if (kind.equals(KS) && packages.containsKey(BOTH_KS)) kind = BOTH_KS;
            if (kind.equals(NASH) && packages.containsKey(BOTH_NASH)) kind = BOTH_NASH;
            if (!packages.containsKey(kind) && !kind.equals("reservation")) continue;
            List<String> row = new ArrayList<>(List.of(kind.equals("reservation") ? "No deal (reservation)"
                    : kindName(kind) + ", undiscounted"));
            for (String p : in.parties().ids()) {
                double v = f.number(r, FrontierColumns.UTILITY.of(p));
                row.add(Double.isNaN(v) ? "" : Numbers.format(v, 3));
            }
            if (rows.stream().noneMatch(x -> x.get(0).equals(row.get(0)))) rows.add(row);
        }
        if (rows.isEmpty()) return "";
        return "<h3>What each outcome is worth to each party (utility, 0 = worst, 1 = best)</h3>\n"
                + Html.table("values", header, rows)
                + Html.p("The runs' utilities are discounted: agreed on round t's package, a party's utility is its "
                + "value·discount^t, as in runs.csv. The reference packages show their values (undiscounted), as in "
                + "frontier.csv: what the package would be worth agreed at once.");
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "–" : Numbers.format(100.0 * part / whole, 3) + "%";
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "–" : Numbers.format(100 * share, 3) + "%";
    }

    /** A CSV cell as a number shown to 3 significant digits ("" when empty). */
    static String short3(String raw) {
        double d = Csv.toNumber(raw);
        return Double.isNaN(d) ? raw : Numbers.format(d, 3);
    }
}
