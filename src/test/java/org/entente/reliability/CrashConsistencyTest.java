package org.entente.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.SplitScenario;
import org.entente.cli.Main;
import org.entente.results.AtomicFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real command line in a child JVM, stopped by kill -9 or Ctrl-C (SIGINT) at moments chosen from
 * a seeded generator: while the JVM starts, with the directory just locked, while manifest.json,
 * frontier.csv and dance.csv are written, between a run's years rows and its runs.csv row, while
 * summary.csv, the final manifest, the charts and report.html are written. At the moment it stops,
 * no file under its real name is half-written; then {@code --resume} completes the directory to the
 * very bytes of an uninterrupted run, every time. Ctrl-C exits 130 with at most one line.
 */
class CrashConsistencyTest {
    /**
     * A small experiment: 60 runs, enough for several flushes of years.csv, charts and a report. (A
     * Ctrl-C stops starting runs but lets the runs in flight finish, up to 128 with two tables; the
     * Ctrl-C mid-run trial runs 200, so that some are never started.)
     */
    static final String CONFIG = SplitScenario.yaml("Split") + """
            experiment:
              name: split
              protocol: alternating_offers
              deadline: 20
              runs: 60
              seed: 7
              noise: {reservation: 0.05}
            """;
    static final List<String> TABLES = List.of("runs.csv", "years.csv", "summary.csv", "dance.csv", "frontier.csv",
            "years_summary.csv");
    /** The longest delay, in ms, between the child reaching the chosen moment (where it holds) and the signal. */
    static final int MAX_DELAY_MS = 300;

    static final int RUNS = 60;
    static final int MANY_RUNS = 200;

    @TempDir
    static Path tmp;
    static Path config;

    /** When and how a trial stops the run: a signal at the n-th time the moment is reached, plus a delay. */
    record Trial(int number, String signal, String moment, int occurrence, long delayMillis, int runs) {
        @Override
        public String toString() {
            return "trial " + number + ": " + signal + (moment.isEmpty() ? " " + delayMillis + " ms after start"
                    : " at " + moment + " #" + occurrence + " + " + delayMillis + " ms") + ", " + runs + " runs";
        }

        /** Ctrl-C while runs remain to be started. */
        boolean interruptsMidRun() {
            return signal.equals("INT") && runs == MANY_RUNS;
        }
    }

    @BeforeAll
    static void writeConfig() throws Exception {
        config = Files.writeString(tmp.resolve("split.yaml"), CONFIG);
    }

    /** The uninterrupted run of {@code runs} runs every trial must end up equal to (run once, in this JVM). */
    static synchronized Path reference(int runs) {
        Path ref = tmp.resolve("reference-" + runs);
        if (!Files.exists(ref.resolve("manifest.json"))) {
            Result r = inProcess("run", config.toString(), "--runs", Integer.toString(runs), "--out", ref.toString(),
                    "--threads", "2", "--quiet", "--no-charts");
            assertThat(r.code()).as(r.err()).isZero();
        }
        return ref;
    }

    /** Sixteen trials: twelve kill -9, four Ctrl-C, their moments and delays drawn from one seed. */
    static List<Trial> trials() {
        Random rnd = new Random(20261130L);
        List<Trial> t = new ArrayList<>();
        Object[][] kills = {{"", 0}, {"lock", 1}, {"manifest.json", 1}, {"frontier.csv", 1}, {"dance.csv", 1},
            {"flush", 1 + rnd.nextInt(2)}, {"flush", 1 + rnd.nextInt(2)}, {"summary.csv", 1}, {"manifest.json", 2},
            {"*.png", 1 + rnd.nextInt(4)}, {"*.png", 1 + rnd.nextInt(4)}, {"report.html", 1}};
        Object[][] interrupts = {{"", 0}, {"flush", 1}, {"summary.csv", 1}, {"*.png", 1 + rnd.nextInt(4)}};
        for (Object[] k : kills) t.add(trial(t.size() + 1, "KILL", k, rnd));
        for (Object[] k : interrupts) {
            Trial i = trial(t.size() + 1, "INT", k, rnd);
            if (sigintReachesChildren()) t.add(i);
        }
        return t;
    }

    /** Whether a child JVM gets SIGINT (else it inherited it as ignored and env cannot restore it). */
    private static boolean sigintReachesChildren() {
        try {
            return EntenteProcess.envResetsSignals() || !EntenteProcess.sigintIgnoredHere();
        } catch (IOException e) {
            return false;
        }
    }

    private static Trial trial(int n, String signal, Object[] at, Random rnd) {
        String moment = (String) at[0];
        long delay = moment.isEmpty() ? 200 + rnd.nextInt(1600) : rnd.nextInt(MAX_DELAY_MS);
        int runs = signal.equals("INT") && moment.equals("flush") ? MANY_RUNS : RUNS;
        return new Trial(n, signal, moment, (Integer) at[1], delay, runs);
    }

    @Test
    void killedOrInterruptedAtAnyMomentResumeGivesTheBytesOfAnUninterruptedRun() throws Exception {
        List<Trial> trials = trials();
        assertThat(trials.stream().filter(t -> t.signal().equals("KILL"))).hasSizeGreaterThanOrEqualTo(12);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Trial t : trials) results.add(pool.submit(() -> attempt(t)));
            List<String> failures = new ArrayList<>();
            for (Future<String> f : results) {
                String failure = f.get();
                if (failure != null) failures.add(failure);
            }
            assertThat(failures).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One trial; null when it holds, else what went wrong. */
    private static String attempt(Trial t) {
        try {
            run(t);
            return null;
        } catch (Throwable e) {
            return t + ": " + e;
        }
    }

    private static void run(Trial t) throws Exception {
        Path dir = tmp.resolve("trial-" + t.number());
        EntenteProcess p = EntenteProcess.start(tmp, new EntenteProcess.Hold(t.moment(), t.occurrence()), "run",
                config.toString(), "--runs", Integer.toString(t.runs()), "--out", dir.toString(), "--threads", "2", "--quiet");
        try {
            if (!t.moment().isEmpty()) {
                assertThat(p.await(t.moment(), t.occurrence())).as("reached " + t.moment() + "; " + p.stderr()).isTrue();
            }
            Thread.sleep(t.delayMillis());
            assertThat(p.process().isAlive()).as("still running when signalled; stderr: " + p.stderr()).isTrue();
            if (t.signal().equals("KILL")) {
                p.kill();
            } else {
                p.signal("INT");
                // the moment holds until the child has taken the signal in (or ended of it), then goes on
                p.await("interrupt", 1);
                p.release();
                int code = p.waitFor();
                String err = p.stderr();
                assertThat(code).as(err).isEqualTo(Main.INTERRUPTED);
                assertThat(err.lines().filter(l -> !l.isBlank()).count()).as(err).isLessThanOrEqualTo(1);
                assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
                if (t.interruptsMidRun()) {
                    assertThat(err).startsWith("entente: interrupted; ").contains(" of " + t.runs() + " runs written to " + dir
                            + "; continue with: ./entente run " + config + " --runs " + t.runs() + " --out " + dir)
                            .endsWith(" --resume\n");
                    assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"interrupted\"");
                    assertThat(Files.readAllLines(dir.resolve("runs.csv")).size()).isLessThan(t.runs() + 1);
                }
            }
        } finally {
            p.process().destroyForcibly();
        }
        Path reference = reference(t.runs());
        assertNoHalfFiles(dir, reference);
        resumeAndCompare(dir, t.runs(), reference);
    }

    /** Whatever stands under a real name is whole: the CSVs as the reference has them, JSON that parses, PNGs to their end. */
    private static void assertNoHalfFiles(Path dir, Path reference) throws IOException {
        if (!Files.isDirectory(dir)) return;
        for (String f : List.of("frontier.csv", "dance.csv")) {
            if (Files.exists(dir.resolve(f))) {
                assertThat(Files.readAllBytes(dir.resolve(f))).as(f).isEqualTo(Files.readAllBytes(reference.resolve(f)));
            }
        }
        if (Files.exists(dir.resolve("summary.csv"))) {
            // of the runs written so far (after Ctrl-C, fewer than all): the reference's header and one whole row per point
            List<String> want = Files.readAllLines(reference.resolve("summary.csv"));
            String got = Files.readString(dir.resolve("summary.csv"));
            assertThat(got).endsWith("\n").startsWith(want.get(0) + "\n");
            assertThat(got.lines().map(l -> l.split(",", -1).length)).containsExactlyElementsOf(
                    want.stream().map(l -> l.split(",", -1).length).toList());
        }
        if (Files.exists(dir.resolve("manifest.json"))) {
            assertThat(new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).path("status").asText()).isNotEmpty();
        }
        if (Files.exists(dir.resolve("report.html"))) {
            assertThat(Files.readString(dir.resolve("report.html"))).endsWith("</html>\n");
        }
        Path charts = dir.resolve("charts");
        if (Files.isDirectory(charts)) {
            try (Stream<Path> pngs = Files.list(charts)) {
                for (Path png : pngs.filter(f -> !AtomicFile.isTemporary(f)).toList()) {
                    byte[] b = Files.readAllBytes(png);
                    assertThat(new String(Arrays.copyOfRange(b, b.length - 8, b.length - 4), StandardCharsets.US_ASCII))
                            .as(png + " ends with its IEND chunk").isEqualTo("IEND");
                }
            }
        }
    }

    private static void resumeAndCompare(Path dir, int runs, Path reference) throws Exception {
        Result r = inProcess("run", config.toString(), "--runs", Integer.toString(runs), "--out", dir.toString(),
                "--threads", "2", "--quiet", "--no-charts", "--resume");
        assertThat(r.code()).as(r.err()).isZero();
        for (String t : TABLES) {
            assertThat(Files.readAllBytes(dir.resolve(t))).as(t).isEqualTo(Files.readAllBytes(reference.resolve(t)));
        }
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"complete\"");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(AtomicFile::isTemporary).toList()).as("temporary files left").isEmpty();
        }
    }

    record Result(int code, String out, String err) {
    }

    /** The command line in this JVM (one at a time: one JADE platform per JVM). */
    static synchronized Result inProcess(String... args) {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(code, o.toString(), e.toString());
    }
}
