package org.entente.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes small results directories by hand, with the exact columns of shared/spec/outputs.md,
 * for the report tests (and, via main, a sample directory to look at).
 */
final class ResultsFixture {
    static final String[] PARTIES = {"china", "lesotho"};

    private ResultsFixture() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/entente-report-sample");
        Files.createDirectories(dir);
        gridSweep(dir, "Lesotho", 20);
        Report.render(dir);
        Path p = Path.of(args.length > 1 ? args[1] : "/tmp/entente-report-protocols");
        Files.createDirectories(p);
        protocolSweep(p, 15);
        Report.render(p);
    }

    /**
     * A 3×3 grid over parties.lesotho.reservation and experiment.strategies.china.e, {@code runs}
     * runs per point, with frontier, dance (run 0), years and manifest.
     */
    static void gridSweep(Path dir, String lesothoName, int runs) throws IOException {
        double[] res = {0.2, 0.3, 0.4};
        double[] es = {0.2, 1.0, 2.0};
        SplittableRandom rnd = new SplittableRandom(7);
        StringBuilder runsCsv = new StringBuilder("run_id,point,replicate,seed,parties.lesotho.reservation,"
                + "experiment.strategies.china.e,protocol,agreement,ratified,rounds,issue.share,issue.alignment,"
                + "utility.china,utility.lesotho,welfare,nash_product,status,error\n");
        StringBuilder summary = new StringBuilder("point,parties.lesotho.reservation,experiment.strategies.china.e,"
                + "runs,failed,agreement_rate,agreement_rate_lo,agreement_rate_hi,utility.china.mean,utility.china.lo,"
                + "utility.china.hi,utility.lesotho.mean,utility.lesotho.lo,utility.lesotho.hi,rounds.mean,"
                + "compliance.china.mean,compliance.china.lo,compliance.china.hi,compliance.lesotho.mean,"
                + "compliance.lesotho.lo,compliance.lesotho.hi,influence.china.mean,influence.china.lo,influence.china.hi,"
                + "influence.lesotho.mean,influence.lesotho.lo,influence.lesotho.hi\n");
        StringBuilder years = new StringBuilder("run_id,year,party,trade,infrastructure,influence,compliance,trust\n");
        int point = 0;
        for (double r : res) {
            for (double e : es) {
                int agreed = 0;
                double sc = 0, sl = 0, sr = 0;
                // per ok run and party: mean compliance over the years, final-year influence (0 without agreement)
                List<double[]> compliance = new ArrayList<>();
                List<double[]> influence = new ArrayList<>();
                for (int k = 0; k < runs; k++) {
                    int id = point * runs + k;
                    boolean ok = !(point == 8 && k == 0);
                    boolean agree = ok && rnd.nextDouble() > r * 1.4 - 0.1 + (e < 0.5 ? 0.2 : 0);
                    double share = Math.min(0.95, Math.max(0.05, 0.5 + 0.15 * (1 - e) + 0.05 * rnd.nextDouble()));
                    double uc = agree ? share : 0.1;
                    double ul = agree ? Math.sqrt(1 - share) : r;
                    int rounds = agree ? (int) (40 * Math.pow(0.5, e) + rnd.nextInt(6)) : 60;
                    if (agree) {
                        agreed++;
                        sc += uc;
                        sl += ul;
                        sr += rounds;
                        double[] c = new double[2], f = new double[2];
                        for (int y = 1; y <= 10; y++) {
                            for (int q = 0; q < PARTIES.length; q++) {
                                String p = PARTIES[q];
                                double trade = 1 + 0.1 * y * rnd.nextDouble();
                                double infra = 0.5 + 0.05 * y + 0.1 * rnd.nextDouble();
                                double infl = p.equals("china") ? 0.6 + 0.02 * y : 0.3 - 0.01 * y + 0.05 * rnd.nextDouble();
                                double comp = (q == 0 ? 0.8 : 0.9 - r) + 0.1 * rnd.nextDouble();
                                String line = String.format(Locale.ROOT, "%d,%d,%s,%.4f,%.4f,%.4f,%.3f,%.3f%n", id, y, p,
                                        trade, infra, infl, comp, 0.5);
                                years.append(line);
                                String[] cells = line.trim().split(",");
                                c[q] += Double.parseDouble(cells[6]) / 10;
                                f[q] = Double.parseDouble(cells[5]);
                            }
                        }
                        compliance.add(c);
                        influence.add(f);
                    } else if (ok) {
                        compliance.add(new double[2]);
                        influence.add(new double[2]);
                    }
                    runsCsv.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%s,%s,alternating_offers,%s,%s,%d,%s,%s,"
                                    + "%s,%s,%s,%s,%s,%s%n", id, point, k, 1000L + id, num(r), num(e), ok && agree,
                            ok && agree, ok ? rounds : 0, agree ? num(share) : "", agree ? "joint_statement" : "",
                            ok ? num(uc) : "", ok ? num(ul) : "", ok ? num(uc + ul) : "", ok ? num(uc * ul) : "",
                            ok ? "ok" : "failed", ok ? "" : "\"agent lesotho did not answer, run timed out\""));
                }
                double rate = agreed / (double) (runs - (point == 8 ? 1 : 0));
                summary.append(String.format(Locale.ROOT, "%d,%s,%s,%d,%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s", point, num(r),
                        num(e), runs, point == 8 ? 1 : 0, num(rate), num(Math.max(0, rate - 0.2)),
                        num(Math.min(1, rate + 0.15)), num(agreed > 0 ? sc / agreed : 0.1), num(agreed > 0 ? sc / agreed - 0.05 : 0.1),
                        num(agreed > 0 ? sc / agreed + 0.05 : 0.1), num(agreed > 0 ? sl / agreed : r),
                        num(agreed > 0 ? sl / agreed - 0.04 : r), num(agreed > 0 ? sl / agreed + 0.04 : r),
                        num(agreed > 0 ? sr / agreed : 60)));
                for (List<double[]> values : List.of(compliance, influence)) {
                    for (int q = 0; q < PARTIES.length; q++) {
                        org.entente.analysis.Interval i = meanInterval(values, q);
                        summary.append(',').append(num(i.estimate())).append(',').append(num(i.lo())).append(',')
                                .append(num(i.hi()));
                    }
                }
                summary.append('\n');
                point++;
            }
        }
        write(dir, "runs.csv", runsCsv.toString());
        write(dir, "summary.csv", summary.toString());
        write(dir, "years.csv", years.toString());
        write(dir, "years_summary.csv", yearsSummary(runs));
        write(dir, "frontier.csv", frontier());
        write(dir, "dance.csv", dance());
        write(dir, "manifest.json", manifest(lesothoName, "GRID", """
                {"path": "parties.lesotho.reservation", "values": [0.2, 0.3, 0.4], "min": null, "max": null, "steps": null},
                {"path": "experiment.strategies.china.e", "values": null, "min": 0.2, "max": 2.0, "steps": 3}""", runs * 9, 1));
    }

    /** The mean of column {@code q} of {@code values} with its 95% t interval, as summary.csv writes it. */
    static org.entente.analysis.Interval meanInterval(List<double[]> values, int q) {
        double m = 0;
        for (double[] v : values) m += v[q];
        m /= values.size();
        double ss = 0;
        for (double[] v : values) ss += (v[q] - m) * (v[q] - m);
        return org.entente.analysis.Statistics.tInterval(values.size(), m, ss / (values.size() - 1));
    }

    /** A name-valued sweep over the protocol: one column of values for the comparison chart. */
    static void protocolSweep(Path dir, int runs) throws IOException {
        String[] protocols = {"alternating_offers", "single_text", "monotonic_concession"};
        SplittableRandom rnd = new SplittableRandom(11);
        StringBuilder runsCsv = new StringBuilder("run_id,point,replicate,seed,experiment.protocol,protocol,agreement,"
                + "ratified,rounds,issue.share,issue.alignment,utility.china,utility.lesotho,welfare,nash_product,"
                + "status,error\n");
        StringBuilder summary = new StringBuilder("point,experiment.protocol,runs,failed,agreement_rate,"
                + "agreement_rate_lo,agreement_rate_hi,utility.china.mean,utility.china.lo,utility.china.hi,"
                + "utility.lesotho.mean,utility.lesotho.lo,utility.lesotho.hi,rounds.mean\n");
        for (int p = 0; p < protocols.length; p++) {
            double sc = 0, sl = 0;
            int agreed = 0;
            for (int k = 0; k < runs; k++) {
                int id = p * runs + k;
                boolean agree = rnd.nextDouble() < 0.6 + 0.15 * p;
                double share = 0.45 + 0.1 * p + 0.1 * rnd.nextDouble();
                double uc = agree ? share : 0.1;
                double ul = agree ? Math.sqrt(1 - share) : 0.3;
                if (agree) {
                    agreed++;
                    sc += uc;
                    sl += ul;
                }
                runsCsv.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%s,%s,%s,%s,%d,%s,,%s,%s,%s,%s,ok,%n", id, p, k,
                        id + 5, protocols[p], protocols[p], agree, agree, 10 + p * 5, agree ? num(share) : "", num(uc),
                        num(ul), num(uc + ul), num(uc * ul)));
            }
            double rate = agreed / (double) runs;
            summary.append(String.format(Locale.ROOT, "%d,%s,%d,0,%s,%s,%s,%s,%s,%s,%s,%s,%s,12%n", p, protocols[p], runs,
                    num(rate), num(rate - 0.2), num(Math.min(1, rate + 0.15)), num(sc / agreed), num(sc / agreed - 0.05),
                    num(sc / agreed + 0.05), num(sl / agreed), num(sl / agreed - 0.05), num(sl / agreed + 0.05)));
        }
        write(dir, "runs.csv", runsCsv.toString());
        write(dir, "summary.csv", summary.toString());
        write(dir, "manifest.json", manifest("Lesotho", "GRID", """
                {"path": "experiment.protocol", "values": ["alternating_offers", "single_text", "monotonic_concession"]}""",
                runs * 3, 0));
    }

    static String frontier() {
        StringBuilder b = new StringBuilder("kind,utility.china,utility.lesotho\n");
        for (int i = 0; i <= 50; i++) {
            double s = i / 50.0;
            b.append("pareto,").append(num(s)).append(',').append(num(Math.sqrt(1 - s))).append('\n');
        }
        b.append("nash,0.6667,0.5774\nkalai_smorodinsky,0.618,0.618\nmax_welfare,0.75,0.5\nreservation,0.1,0.3\n");
        return b.toString();
    }

    /** Run 0 of an alternating-offers negotiation that ends in agreement in round 7. */
    static String dance() {
        StringBuilder b = new StringBuilder("run_id,round,actor,action,issue.share,issue.alignment,utility.china,"
                + "utility.lesotho,detail\n");
        for (int t = 0; t <= 7; t++) {
            String actor = t % 2 == 0 ? "china" : "lesotho";
            double share = t % 2 == 0 ? 0.95 - 0.04 * t : 0.15 + 0.06 * t;
            b.append("0,").append(t).append(',').append(actor).append(",offer,").append(num(share))
                    .append(",joint_statement,").append(num(share)).append(',').append(num(Math.sqrt(1 - share)))
                    .append(",\n");
        }
        b.append("0,8,china,accept,0.57,joint_statement,0.57,0.6557,\n");
        b.append("0,8,chair,end,0.57,joint_statement,0.57,0.6557,accepted\n");
        b.append("0,8,lesotho,ratify,,,,,yes\n");
        return b.toString();
    }

    static String manifest(String lesothoName, String design, String sweepParams, int total, int failed) {
        return """
                {
                  "version": "0.1.0",
                  "config_sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                  "seed": 2026,
                  "runs_total": %d,
                  "runs_failed": %d,
                  "started": "2026-03-01T10:00:00Z",
                  "finished": "2026-03-01T10:02:13Z",
                  "java": "17.0.15",
                  "jade": "4.3",
                  "command": ["run", "configs/sweep-reservation.yaml", "--runs", "20", "--out", "results/my run"],
                  "status": "complete",
                  "config": {
                    "scenario": {
                      "name": "China & Lesotho: a highway for minerals",
                      "description": "A stylised infrastructure-for-access deal.",
                      "issues": [
                        {"id": "share", "label": "Share of toll revenue", "unit": "%%", "min": 0, "max": 1},
                        {"id": "alignment", "options": ["none", "joint_statement", "endorsement"]}
                      ],
                      "parties": [
                        {"id": "china", "name": "China", "reservation": 0.1},
                        {"id": "lesotho", "name": %s, "reservation": 0.3}
                      ]
                    },
                    "experiment": {
                      "name": "reservation-sweep",
                      "protocol": "ALTERNATING_OFFERS",
                      "deadline": 60,
                      "runs": 20,
                      "seed": 2026,
                      "noise": {"interests": 0.1, "reservation": 0.05},
                      "strategies": {"china": {"type": "boulware", "params": {"e": 0.2}}},
                      "sweep": {"design": "%s", "samples": 0, "parameters": [%s]}
                    }
                  }
                }
                """.formatted(total, failed, json(lesothoName), design, sweepParams);
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String num(double x) {
        return org.entente.model.Numbers.format(x, 6);
    }

    static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** years_summary.csv of design point 0: a widening fan per party and series over ten years. */
    static String yearsSummary(int runs) {
        StringBuilder b = new StringBuilder("point,party,year,series,n,mean,sd,q05,q25,q50,q75,q95\n");
        for (String p : PARTIES) {
            for (int y = 1; y <= 10; y++) {
                for (String series : new String[]{"trade", "infrastructure", "influence"}) {
                    double mid = (p.equals("china") ? 0.6 : 0.3) + 0.02 * y, spread = 0.01 * y;
                    b.append(String.format(Locale.ROOT, "0,%s,%d,%s,%d,%s,%s,%s,%s,%s,%s,%s%n", p, y, series, runs, num(mid),
                            num(spread / 2), num(mid - spread), num(mid - spread / 3), num(mid), num(mid + spread / 3),
                            num(mid + spread)));
                }
            }
        }
        return b.toString();
    }
}
