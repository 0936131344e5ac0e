package org.entente.results;

import org.entente.analysis.Interval;
import org.entente.analysis.Statistics;
import org.entente.experiment.DesignPoint;
import org.entente.experiment.RunPlan;
import org.entente.negotiation.RunWorld;
import org.entente.outcome.ImplementationModel;
import org.entente.outcome.YearRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * summary.csv, always computed from a directory's runs.csv and years.csv (streamed in run_id
 * order), so a single run, a resumed run and merged shards give byte-identical summaries.
 * The implementation aggregates come from {@link ImplementationModel#runSummary} on each run's
 * rebuilt world and its years.csv rows; NaN values (e.g. no agreement) are left out of the means.
 */
public final class SummaryTable {
    private SummaryTable() {
    }

    /** Reads the directory's runs and years and returns one summary per design point that has runs. */
    public static List<PointSummary> compute(Path dir, RunPlan plan, RunFormatter formatter) throws IOException {
        ResultColumns cols = formatter.columns();
        int parties = cols.parties().size();
        Map<Integer, Acc> acc = new TreeMap<>();
        List<String> implKeys = new ArrayList<>();
        try (BufferedReader runs = Files.newBufferedReader(dir.resolve(ResultsDirectory.RUNS), StandardCharsets.UTF_8);
             YearsReader years = new YearsReader(dir.resolve(ResultsDirectory.YEARS), cols.years().size())) {
            List<String> header = Csv.parse(runs.readLine());
            int iPoint = header.indexOf("point"), iSeed = header.indexOf("seed"), iRun = header.indexOf("run_id");
            int iAgree = header.indexOf("agreement"), iRounds = header.indexOf("rounds");
            int iStatus = header.indexOf("status"), iUtil = header.indexOf("utility." + cols.parties().get(0));
            String line;
            while ((line = runs.readLine()) != null) {
                List<String> c = Csv.parse(line);
                long runId = Long.parseLong(c.get(iRun));
                int point = Integer.parseInt(c.get(iPoint));
                Acc a = acc.computeIfAbsent(point, k -> new Acc(parties));
                List<YearRecord> ys = years.take(runId);
                a.runs++;
                if (!"ok".equals(c.get(iStatus))) {
                    a.failed++;
                    continue;
                }
                if ("true".equals(c.get(iAgree))) a.agreements++;
                for (int p = 0; p < parties; p++) a.utilities[p].add(parse(c.get(iUtil + p)));
                a.rounds.add(parse(c.get(iRounds)));
                RunWorld world = formatter.world(point, Long.parseLong(c.get(iSeed)));
                for (Map.Entry<String, Double> e : ImplementationModel.runSummary(world, ys).entrySet()) {
                    if (!implKeys.contains(e.getKey())) implKeys.add(e.getKey());
                    a.implementation.computeIfAbsent(e.getKey(), k -> new RunningMean()).add(e.getValue());
                }
            }
        }
        List<PointSummary> out = new ArrayList<>();
        for (Map.Entry<Integer, Acc> e : acc.entrySet()) {
            Acc a = e.getValue();
            List<Interval> us = new ArrayList<>();
            for (RunningMean m : a.utilities) us.add(m.interval());
            Map<String, Interval> impl = new LinkedHashMap<>();
            for (String k : implKeys) {
                RunningMean m = a.implementation.get(k);
                impl.put(k, m != null ? m.interval() : new Interval(Double.NaN, Double.NaN, Double.NaN));
            }
            DesignPoint dp = plan.points().get(e.getKey());
            out.add(new PointSummary(e.getKey(), dp.assignments(), a.runs, a.failed,
                    Statistics.wilson(a.agreements, a.runs - a.failed), us, a.rounds.mean(), impl));
        }
        return out;
    }

    /** Writes summary.csv (via a temporary file, so it is never half-written). */
    public static void write(Path dir, ResultColumns cols, List<PointSummary> rows) throws IOException {
        List<String> implKeys = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).implementation().keySet());
        StringBuilder b = new StringBuilder();
        Csv.appendRow(b, cols.summary(implKeys));
        for (PointSummary s : rows) {
            List<String> c = new ArrayList<>();
            c.add(Integer.toString(s.point()));
            for (String path : cols.swept()) c.add(RunFormatter.cell(s.assignments().get(path)));
            c.add(Long.toString(s.runs()));
            c.add(Long.toString(s.failed()));
            addInterval(c, s.agreement());
            for (Interval u : s.utilities()) addInterval(c, u);
            c.add(Csv.number(s.roundsMean()));
            for (String k : implKeys) addInterval(c, s.implementation().get(k));
            Csv.appendRow(b, c);
        }
        Path tmp = dir.resolve(ResultsDirectory.SUMMARY + ".tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(ResultsDirectory.SUMMARY), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static void addInterval(List<String> c, Interval i) {
        c.add(Csv.number(i.estimate()));
        c.add(Csv.number(i.lo()));
        c.add(Csv.number(i.hi()));
    }

    private static double parse(String s) {
        return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static final class Acc {
        long runs, failed, agreements;
        final RunningMean[] utilities;
        final RunningMean rounds = new RunningMean();
        final Map<String, RunningMean> implementation = new LinkedHashMap<>();

        Acc(int parties) {
            utilities = new RunningMean[parties];
            for (int i = 0; i < parties; i++) utilities[i] = new RunningMean();
        }
    }

    /** Streams years.csv alongside runs.csv: the rows of one run at a time. */
    private static final class YearsReader implements AutoCloseable {
        private final BufferedReader in;
        private final int width;
        private List<String> ahead;

        YearsReader(Path file, int width) throws IOException {
            this.in = Files.exists(file) ? Files.newBufferedReader(file, StandardCharsets.UTF_8) : null;
            this.width = width;
            if (in != null) {
                in.readLine();
                ahead = next();
            }
        }

        private List<String> next() throws IOException {
            String l = in.readLine();
            return l == null ? null : Csv.parse(l);
        }

        List<YearRecord> take(long runId) throws IOException {
            List<YearRecord> out = new ArrayList<>();
            while (ahead != null && Long.parseLong(ahead.get(0)) <= runId) {
                if (Long.parseLong(ahead.get(0)) == runId) {
                    double[] v = new double[width - 3];
                    for (int i = 0; i < v.length; i++) v[i] = parse(ahead.get(3 + i));
                    out.add(new YearRecord(Integer.parseInt(ahead.get(1)), ahead.get(2), v));
                }
                ahead = next();
            }
            return out;
        }

        @Override
        public void close() throws IOException {
            if (in != null) in.close();
        }
    }
}
