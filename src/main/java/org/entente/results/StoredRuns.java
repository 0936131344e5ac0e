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
 * cells found by the files' column names. Both files are streamed, so memory stays bounded.
 */
final class StoredRuns {
    private StoredRuns() {
    }

    static void forEach(Path dir, Layout layout, Consumer<StoredRun> each) throws IOException {
        try (CsvReader runs = CsvReader.open(dir.resolve(ResultsDirectory.RUNS));
             YearRows years = new YearRows(dir.resolve(ResultsDirectory.YEARS))) {
            List<String> header = runs.next();
            if (header == null) return;
            int run = header.indexOf(RunsColumns.RUN_ID), point = header.indexOf(RunsColumns.POINT);
            int seed = header.indexOf(RunsColumns.SEED), status = header.indexOf(RunsColumns.STATUS);
            int agreement = header.indexOf(RunsColumns.AGREEMENT), rounds = header.indexOf(RunsColumns.ROUNDS);
            int[] utility = new int[layout.parties().size()];
            for (int p = 0; p < utility.length; p++) utility[p] = header.indexOf(RunsColumns.UTILITY.of(layout.parties().get(p)));
            DistanceCells distances = DistanceCells.of(header);
            List<String> c;
            while ((c = runs.next()) != null) {
                long runId = Long.parseLong(c.get(run));
                List<Double> us = new ArrayList<>(utility.length);
                for (int u : utility) us.add(Csv.toNumber(c.get(u)));
                each.accept(new StoredRun(runId, Integer.parseInt(c.get(point)), Long.parseLong(c.get(seed)),
                        !RunsColumns.OK.equals(c.get(status)), "true".equals(c.get(agreement)), us,
                        Csv.toNumber(c.get(rounds)), distances.read(c), years.take(runId)));
            }
        }
    }

    /** years.csv read alongside runs.csv: the rows of one run at a time. */
    private static final class YearRows implements AutoCloseable {
        private final CsvReader in;
        private int run, year, party;
        private int[] series;
        private List<String> ahead;

        YearRows(Path file) throws IOException {
            in = Files.exists(file) ? CsvReader.open(file) : null;
            List<String> header = in != null ? in.next() : null;
            if (header == null) return;
            run = header.indexOf(YearsColumns.RUN_ID);
            year = header.indexOf(YearsColumns.YEAR);
            party = header.indexOf(YearsColumns.PARTY);
            List<String> names = ImplementationModel.columns();
            series = new int[names.size()];
            for (int i = 0; i < series.length; i++) series[i] = header.indexOf(names.get(i));
            ahead = in.next();
        }

        List<YearRecord> take(long runId) throws IOException {
            List<YearRecord> out = new ArrayList<>();
            while (ahead != null && Long.parseLong(ahead.get(run)) <= runId) {
                if (Long.parseLong(ahead.get(run)) == runId) {
                    double[] v = new double[series.length];
                    for (int i = 0; i < v.length; i++) v[i] = series[i] < 0 ? Double.NaN : Csv.toNumber(ahead.get(series[i]));
                    out.add(new YearRecord(Integer.parseInt(ahead.get(year)), ahead.get(party), v));
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
