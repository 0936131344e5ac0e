package org.entente.report;

import org.entente.analysis.Interval;
import org.entente.results.ResultsDirectory;
import org.entente.results.ResultsFiles;
import org.entente.results.SensitivityColumns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * sensitivity.csv as the report reads it: per output, in file order, each parameter's main measure
 * (the total Sobol index ST of a saltelli design, μ* of a morris design) and, for saltelli, the
 * first-order index S1, each with its 95% bootstrap interval.
 */
record SensitivityTable(boolean sobol, int samples, Map<String, List<Entry>> outputs) {
    /** One parameter's indices for one output; {@code first} is null for morris. */
    record Entry(String parameter, Interval main, Interval first) {
    }

    /** The results directory's sensitivity.csv, when it has one with rows. */
    static Optional<SensitivityTable> read(Path dir) throws IOException {
        Path file = ResultsFiles.existing(dir, ResultsDirectory.SENSITIVITY);
        if (!Files.isRegularFile(file)) return Optional.empty();
        CsvTable t = CsvTable.read(file);
        if (t.isEmpty()) return Optional.empty();
        boolean sobol = t.has(SensitivityColumns.ST.estimate());
        Map<String, List<Entry>> outputs = new LinkedHashMap<>();
        int samples = 0;
        for (int r = 0; r < t.size(); r++) {
            Interval main = t.interval(r, sobol ? SensitivityColumns.ST : SensitivityColumns.MU_STAR);
            Interval first = sobol ? t.interval(r, SensitivityColumns.S1) : null;
            outputs.computeIfAbsent(t.get(r, SensitivityColumns.OUTPUT), k -> new ArrayList<>())
                    .add(new Entry(t.get(r, SensitivityColumns.PARAMETER), main, first));
            double n = t.number(r, sobol ? SensitivityColumns.SAMPLES : SensitivityColumns.TRAJECTORIES);
            if (n > samples) samples = (int) n;
        }
        return Optional.of(new SensitivityTable(sobol, samples, outputs));
    }

    /** The main measure's name: "ST" or "μ*". */
    String measure() {
        return sobol ? "ST" : "μ*";
    }

    /** Whether the output has at least one finite main measure. */
    static boolean varies(List<Entry> entries) {
        return entries.stream().anyMatch(e -> Double.isFinite(e.main().estimate()));
    }

    /**
     * The outputs worth a panel, at most {@code most}: the agreement rate, each party's utility and
     * compliance (those that vary), then the others that vary in file order.
     */
    List<String> mainOutputs(List<String> parties, int most) {
        List<String> preferred = new ArrayList<>(List.of("agreement_rate"));
        for (String p : parties) preferred.add("utility." + p);
        for (String p : parties) preferred.add("compliance." + p);
        List<String> out = new ArrayList<>();
        for (String o : preferred) if (outputs.containsKey(o) && varies(outputs.get(o)) && out.size() < most) out.add(o);
        for (String o : outputs.keySet()) {
            if (out.size() >= most) break;
            if (!out.contains(o) && varies(outputs.get(o))) out.add(o);
        }
        return out;
    }
}
