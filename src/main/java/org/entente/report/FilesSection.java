package org.entente.report;

import org.entente.results.ResultsDirectory;
import org.entente.results.ResultsFiles;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Links to every file of the results directory the page was made from, what each holds, and where
 * the calibration notes and their sources are.
 */
final class FilesSection implements ReportSection {
    private static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put(ResultsDirectory.RUNS, "one row per run: the swept values, whether and what was agreed, "
                + "each party's discounted utility");
        FILES.put(ResultsDirectory.SUMMARY, "one row per design point: agreement rate, mean utilities and "
                + "implementation aggregates, with 95% intervals");
        FILES.put(ResultsDirectory.YEARS, "the implementation years after each agreement, per party");
        FILES.put(ResultsDirectory.ROUNDS, "every action of every run (written with --trace)");
        FILES.put(ResultsDirectory.DANCE, "every action of run 0, for the negotiation dance");
        FILES.put(ResultsDirectory.SENSITIVITY, "the sensitivity indices of each swept parameter (saltelli and morris designs)");
        FILES.put(ResultsDirectory.FRONTIER, "the Pareto frontier and reference packages (undiscounted)");
        FILES.put(ResultsDirectory.MANIFEST, "the resolved config, seed, command, versions and timings");
    }

    @Override
    public String body(ReportContent content) {
        StringBuilder h = new StringBuilder("<ul class=\"files\">\n");
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            for (String name : new String[]{f.getKey(), ResultsFiles.name(f.getKey(), true)}) {
                if (!Files.isRegularFile(content.in().dir().resolve(name))) continue;
                h.append("<li><a href=\"").append(Html.escape(name)).append("\">").append(Html.escape(name))
                        .append("</a>: ").append(Html.escape(f.getValue())).append("</li>\n");
            }
        }
        h.append("</ul>\n");
        h.append(Html.p("Column meanings: docs/outputs.md and docs/experiments.md in the Entente repository. "
                + "Calibration notes and their sources (population, GDP, exports, tariffs, loans for the "
                + "China–Lesotho scenarios): docs/china-lesotho.md; the figures are approximate. Re-render this page "
                + "with ./entente report on this directory."));
        return h.toString();
    }
}
