package org.entente.results;

import org.entente.experiment.SensitivityAnalysis;
import org.entente.model.Design;
import org.entente.model.Experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * sensitivity.csv, always recomputed from summary.csv's point means (the agreement rate and every
 * {@code <output>.mean}), so a run, a resumed run, merged shards and {@code report} give the same
 * bytes. Written by run and merge from the plan, by report from the manifest.
 */
public final class SensitivityFile {
    /** The suffix of summary.csv's point means. */
    private static final String MEAN = SummaryColumns.mean("");
    private SensitivityFile() {
    }

    /** The analysis a results directory's manifest describes, when its design is saltelli or morris. */
    public static Optional<SensitivityAnalysis> of(Manifest m) {
        Optional<Design> design = Design.find(m.design());
        if (design.isEmpty() || !design.get().isSensitivity() || m.designPoints().isEmpty()) return Optional.empty();
        int levels = m.config().path("experiment").path("sweep").path("levels").asInt(Experiment.Sweep.DEFAULT_LEVELS);
        return Optional.of(new SensitivityAnalysis(design.get(), m.designPoints(), levels, m.seed()));
    }

    /**
     * Rewrites sensitivity.csv of a results directory whose manifest names a saltelli or morris
     * design (as {@code report} does); does nothing for other directories or without summary.csv.
     */
    public static void rewrite(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(ResultsDirectory.MANIFEST)) || !ResultsFiles.exists(dir, ResultsDirectory.SUMMARY)) {
            return;
        }
        Optional<SensitivityAnalysis> analysis = of(Manifest.read(dir));
        if (analysis.isPresent()) rewrite(dir, analysis.get());
    }

    /** Writes {@code dir}'s sensitivity.csv from its summary.csv. */
    public static void rewrite(Path dir, SensitivityAnalysis analysis) throws IOException {
        Path summary = ResultsFiles.existing(dir, ResultsDirectory.SUMMARY);
        Map<String, double[]> outputs = outputs(summary, analysis.points().size());
        String table = analysis.design() == Design.SALTELLI
                ? table(outputs, analysis.parameters(), analysis::sobol, SensitivityColumns.saltelli())
                : table(outputs, analysis.parameters(), analysis::morris, SensitivityColumns.morris());
        ResultsFiles.writeWhole(dir, ResultsDirectory.SENSITIVITY, ResultsFiles.compressed(summary), table);
    }

    private static <T> String table(Map<String, double[]> outputs, List<String> parameters,
                                    BiFunction<String, double[], List<T>> indices, Schema<SensitivityColumns.Row<T>> schema) {
        List<SensitivityColumns.Row<T>> rows = new ArrayList<>();
        outputs.forEach((output, y) -> {
            List<T> of = indices.apply(output, y);
            for (int i = 0; i < parameters.size(); i++) rows.add(new SensitivityColumns.Row<>(output, parameters.get(i), of.get(i)));
        });
        return schema.table(rows);
    }

    /**
     * Each per-point output of summary.csv (the agreement rate, then every {@code .mean} column in file
     * order, named without the suffix) as its value at each design point; NaN for an empty cell or a
     * point without a row.
     */
    static Map<String, double[]> outputs(Path summary, int points) throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        try (CsvReader r = CsvReader.open(summary)) {
            List<String> header = r.next();
            if (header == null) return out;
            int point = header.indexOf(SummaryColumns.POINT);
            List<Integer> columns = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                String name = header.get(c);
                String output = name.equals(SummaryColumns.AGREEMENT_RATE.estimate()) ? name
                        : name.endsWith(MEAN) ? name.substring(0, name.length() - MEAN.length()) : null;
                if (output == null) continue;
                double[] y = new double[points];
                Arrays.fill(y, Double.NaN);
                out.put(output, y);
                columns.add(c);
            }
            List<double[]> values = new ArrayList<>(out.values());
            for (List<String> row = r.next(); row != null; row = r.next()) {
                double p = point < 0 || point >= row.size() ? Double.NaN : Csv.toNumber(row.get(point));
                if (!(p >= 0 && p < points)) continue;
                for (int i = 0; i < columns.size(); i++) {
                    int c = columns.get(i);
                    values.get(i)[(int) p] = c < row.size() ? Csv.toNumber(row.get(c)) : Double.NaN;
                }
            }
        }
        return out;
    }
}
