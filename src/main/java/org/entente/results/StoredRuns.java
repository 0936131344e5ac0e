package org.entente.results;

import org.entente.evaluation.StoredRun;
import org.entente.outcome.ImplementationModel;
import org.entente.outcome.YearRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a results directory's runs back, in run_id order: each runs.csv row with its years.csv rows,
 * both checked against their schemas as they are read ({@link CheckedRows}), cells found by the
 * schemas' column names. Both files are streamed, so memory stays bounded.
 */
final class StoredRuns {
    private StoredRuns() {
    }

    static void forEach(Path dir, Layout layout, Consumer<StoredRun> each) throws IOException {
        Schema<?> schema = RunsColumns.schema(layout);
        Path file = dir.resolve(ResultsDirectory.RUNS);
        try (CheckedRows runs = CheckedRows.open(file, schema, true);
             YearRows years = new YearRows(dir.resolve(ResultsDirectory.YEARS))) {
            int point = schema.index(RunsColumns.POINT), seed = schema.index(RunsColumns.SEED);
            int status = schema.index(RunsColumns.STATUS), agreement = schema.index(RunsColumns.AGREEMENT);
            int rounds = schema.index(RunsColumns.ROUNDS);
            int[] utility = new int[layout.parties().size()];
            for (int p = 0; p < utility.length; p++) utility[p] = schema.index(RunsColumns.UTILITY.of(layout.parties().get(p)));
            DistanceCells distances = DistanceCells.of(schema.names());
            CheckedRows.Row r;
            while ((r = runs.next()) != null) {
                List<String> c = r.cells();
                List<Double> us = new ArrayList<>(utility.length);
                for (int u : utility) us.add(Csv.toNumber(c.get(u)));
                each.accept(new StoredRun(r.runId(), Integer.parseInt(c.get(point)), Long.parseLong(c.get(seed)),
                        !RunsColumns.OK.equals(c.get(status)), "true".equals(c.get(agreement)), us,
                        Csv.toNumber(c.get(rounds)), distances.read(c), years.take(r.runId())));
            }
            if (!runs.headed() || runs.cutShort()) {
                throw new DamagedFileException(file, runs.line() + 1, runs.headed() ? "the line is cut short" : "no header");
            }
        }
    }

    /** years.csv read alongside runs.csv: the rows of one run at a time. */
    private static final class YearRows implements AutoCloseable {
        private static final Schema<?> SCHEMA = YearsColumns.schema();
        private final CheckedRows in;
        private final int year = SCHEMA.index(YearsColumns.YEAR);
        private final int party = SCHEMA.index(YearsColumns.PARTY);
        private final int[] series;
        private CheckedRows.Row ahead;

        YearRows(Path file) throws IOException {
            in = Files.exists(file) ? CheckedRows.open(file, SCHEMA, false) : null;
            List<String> names = ImplementationModel.columns();
            series = new int[names.size()];
            for (int i = 0; i < series.length; i++) series[i] = SCHEMA.index(names.get(i));
            ahead = in != null ? in.next() : null;
        }

        List<YearRecord> take(long runId) throws IOException {
            List<YearRecord> out = new ArrayList<>();
            while (ahead != null && ahead.runId() <= runId) {
                if (ahead.runId() == runId) {
                    List<String> c = ahead.cells();
                    double[] v = new double[series.length];
                    for (int i = 0; i < v.length; i++) v[i] = Csv.toNumber(c.get(series[i]));
                    out.add(new YearRecord(Integer.parseInt(c.get(year)), c.get(party), v));
                }
                ahead = in.next();
            }
            return out;
        }

        @Override
        public void close() throws IOException {
            if (in != null) in.close();
        }
    }
}
