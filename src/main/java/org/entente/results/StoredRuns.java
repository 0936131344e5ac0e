package org.entente.results;

import org.entente.evaluation.StoredRun;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a results directory's runs back from runs.csv, in run_id order, each row checked against
 * the schema as it is read ({@link CheckedRows}), cells found by the schema's column names. The
 * file is streamed, so memory stays bounded; years.csv is not needed (runs.csv holds the
 * implementation model's per-run measures), so summary.csv is the same whatever outputs.years keeps.
 */
final class StoredRuns {
    private StoredRuns() {
    }

    static void forEach(Path dir, Layout layout, Consumer<StoredRun> each) throws IOException {
        Schema<?> schema = RunsColumns.schema(layout);
        Path file = ResultsFiles.existing(dir, ResultsDirectory.RUNS);
        try (CheckedRows runs = CheckedRows.open(file, schema, true)) {
            int point = schema.index(RunsColumns.POINT), seed = schema.index(RunsColumns.SEED);
            int status = schema.index(RunsColumns.STATUS), agreement = schema.index(RunsColumns.AGREEMENT);
            int rounds = schema.index(RunsColumns.ROUNDS);
            int[] utility = new int[layout.parties().size()];
            for (int p = 0; p < utility.length; p++) utility[p] = schema.index(RunsColumns.UTILITY.of(layout.parties().get(p)));
            DistanceCells distances = DistanceCells.of(schema.names());
            List<String> measures = RunsColumns.measures(layout);
            int[] measure = new int[measures.size()];
            for (int m = 0; m < measure.length; m++) measure[m] = schema.index(measures.get(m));
            CheckedRows.Row r;
            while ((r = runs.next()) != null) {
                List<String> c = r.cells();
                List<Double> us = new ArrayList<>(utility.length);
                for (int u : utility) us.add(Csv.toNumber(c.get(u)));
                Map<String, Double> implementation = new LinkedHashMap<>();
                for (int m = 0; m < measure.length; m++) implementation.put(measures.get(m), Csv.toNumber(c.get(measure[m])));
                each.accept(new StoredRun(r.runId(), Integer.parseInt(c.get(point)), Long.parseLong(c.get(seed)),
                        !RunsColumns.OK.equals(c.get(status)), "true".equals(c.get(agreement)), us,
                        Csv.toNumber(c.get(rounds)), distances.read(c), implementation));
            }
            runs.requireWhole();
        }
    }
}
