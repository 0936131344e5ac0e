package org.entente.report;

import org.entente.analysis.Interval;
import org.entente.model.Phrases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's "Sensitivity" section (a saltelli or morris design): for each outcome of
 * sensitivity.csv, in words, which swept parameters drive it, with the index and its interval
 * ("Lesotho's utility is driven mostly by Lesotho's reservation (parties.lesotho.reservation;
 * ST 0.62 [0.55, 0.70])"). Empty without sensitivity.csv.
 */
public final class SensitivitySection implements ReportSection {
    /** A Sobol index below this (its whole interval) is "no measurable effect". */
    static final double NEGLIGIBLE_ST = 0.05;
    /** A μ* below this share of the outcome's largest μ* is "no measurable effect". */
    static final double NEGLIGIBLE_SHARE = 0.05;
    /** A parameter after the first is named as a driver when its measure is at least this share of the first's. */
    static final double ALSO_SHARE = 0.25;
    /** How far above 1 an ST estimate may stray by sampling error before the outcome is called too uncertain. */
    static final double UNCERTAIN_EXCESS = 0.2;

    /** The section's HTML, or "" when the directory has no sensitivity.csv. */
    @Override
    public String body(ReportContent content) throws IOException {
        ReportInput in = content.in();
        Optional<SensitivityTable> read = SensitivityTable.read(in.dir());
        if (read.isEmpty()) return "";
        SensitivityTable t = read.get();
        StringBuilder h = new StringBuilder("<p>");
        h.append(t.sobol()
                ? "A Saltelli design of " + t.samples() + " base samples: for each outcome, the swept parameters that "
                + "drive it, by their total Sobol index ST (the share of the outcome's variance they cause, alone and "
                + "in interactions) with its 95% bootstrap interval."
                : "A Morris design of " + t.samples() + " trajectories: for each outcome, the swept parameters that "
                + "move it, by μ* (the mean absolute change of the outcome across the parameter's range) with its 95% "
                + "bootstrap interval.");
        h.append(" Every index is in sensitivity.csv.</p>\n<ul>\n");
        for (var e : t.outputs().entrySet()) {
            h.append("<li>").append(ReportPage.escape(sentence(in, t, e.getKey(), e.getValue()))).append("</li>\n");
        }
        return h.append("</ul>\n").toString();
    }

    /** One outcome's sentence. */
    static String sentence(ReportInput in, SensitivityTable t, String output, List<SensitivityTable.Entry> entries) {
        String label = outputLabel(in, output);
        if (!SensitivityTable.varies(entries)) return label + " does not vary over the design points: it has no indices.";
        List<SensitivityTable.Entry> ranked = new ArrayList<>(entries.stream()
                .filter(e -> Double.isFinite(e.main().estimate())).toList());
        ranked.sort(Comparator.comparingDouble((SensitivityTable.Entry e) -> e.main().estimate()).reversed());
        double top = ranked.get(0).main().estimate();
        if (t.sobol() && uncertain(ranked.get(0).main())) {
            return label + ": the indices are too uncertain at N = " + t.samples() + " to rank the parameters (the largest "
                    + "ST is " + interval(ranked.get(0).main()) + "); more base samples or runs are needed.";
        }
        List<String> drivers = new ArrayList<>(), negligible = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            SensitivityTable.Entry e = ranked.get(i);
            if (negligible(t, e.main(), top)) {
                negligible.add(ParameterLabels.of(in, e.parameter()));
            } else if (i == 0 || e.main().estimate() >= ALSO_SHARE * top) {
                drivers.add(ParameterLabels.of(in, e.parameter()) + " (" + e.parameter() + "; " + t.measure() + " "
                        + interval(e.main()) + ")");
            }
        }
        StringBuilder s = new StringBuilder(label);
        if (drivers.isEmpty()) {
            s.append(" depends measurably on none of the swept parameters");
        } else {
            s.append(" is driven ").append("mostly ").append("by ").append(drivers.get(0));
            if (drivers.size() > 1) s.append(", then by ").append(String.join(", ", drivers.subList(1, drivers.size())));
        }
        if (!negligible.isEmpty() && !drivers.isEmpty()) {
            s.append("; ").append(String.join(", ", negligible)).append(negligible.size() == 1 ? " has" : " have")
                    .append(" no measurable effect (").append(t.measure()).append(t.sobol()
                            ? " below " + NEGLIGIBLE_ST + " with its whole interval)"
                            : " below " + Math.round(NEGLIGIBLE_SHARE * 100) + "% of the largest)");
        }
        return s.append('.').toString();
    }

    /** Whether a parameter has no measurable effect: ST's whole interval below 0.05, or μ* below 5% of the largest. */
    private static boolean negligible(SensitivityTable t, Interval m, double top) {
        if (t.sobol()) return (Double.isFinite(m.hi()) ? m.hi() : m.estimate()) < NEGLIGIBLE_ST;
        return m.estimate() < NEGLIGIBLE_SHARE * top;
    }

    /** An index beyond what a variance share can be (ST above 1.2), or an interval wider than 1: N is too small. */
    private static boolean uncertain(Interval m) {
        return m.estimate() > 1 + UNCERTAIN_EXCESS || m.hi() - m.lo() > 1;
    }

    private static String interval(Interval i) {
        String e = number(i.estimate());
        return Double.isFinite(i.lo()) && Double.isFinite(i.hi()) ? e + " [" + number(i.lo()) + ", " + number(i.hi()) + "]" : e;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** "Lesotho's utility" for utility.lesotho, "The agreement rate", else the output's words. */
    static String outputLabel(ReportInput in, String output) {
        if (output.equals("agreement_rate")) return "The agreement rate";
        if (output.equals("rounds")) return "The number of rounds";
        int dot = output.lastIndexOf('.');
        if (dot > 0 && in.parties().ids().contains(output.substring(dot + 1))) {
            return Phrases.possessive(ParameterLabels.party(in, output.substring(dot + 1))) + " "
                    + Phrases.words(output.substring(0, dot));
        }
        String w = Phrases.words(output);
        return w.isEmpty() ? output : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
