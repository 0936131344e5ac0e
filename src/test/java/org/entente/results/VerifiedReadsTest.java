package org.entente.results;

import org.entente.experiment.RunPlan;
import org.entente.experiment.Shard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * --resume and merge check every row they read: a second writer's interleaved rows, rows edited or
 * damaged, anything but a last line cut short is refused with the file, the line, what is wrong and
 * how to recover, and the directory is left exactly as it was. Following the advice recovers.
 */
class VerifiedReadsTest {
    @TempDir
    static Path tmp;
    static SmallSweep fixture;
    static Path reference;

    @BeforeAll
    static void referenceRun() throws Exception {
        fixture = new SmallSweep(tmp);
        reference = tmp.resolve("reference");
        fixture.run(reference, Shard.ALL, 2, false, 0);
    }

    /** A copy of the reference directory, left as a kill -9 would leave it (manifest running, no summary), then edited. */
    private static Path damaged(String name, String file, UnaryOperator<List<String>> edit) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (String f : List.of(ResultsDirectory.RUNS, ResultsDirectory.YEARS, ResultsDirectory.ROUNDS,
                ResultsDirectory.DANCE, ResultsDirectory.FRONTIER, ResultsDirectory.MANIFEST, ResultsDirectory.YEARS_STATE)) {
            Files.copy(reference.resolve(f), dir.resolve(f));
        }
        Manifest.read(dir).withEnd(Manifest.RUNNING, 0, 0, "").write(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(file)));
        Files.writeString(dir.resolve(file), String.join("\n", edit.apply(lines)) + "\n", StandardCharsets.UTF_8);
        return dir;
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> m = new HashMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) if (Files.isRegularFile(f)) m.put(f.getFileName().toString(), Files.readString(f));
        }
        return m;
    }

    /** Resumes dir and expects a refusal; checks nothing in dir changed (but the lock file) and returns the message. */
    private static String refusedResume(Path dir) throws IOException {
        Map<String, String> before = contents(dir);
        RunPlan plan = RunPlan.of(fixture.config(), Shard.ALL);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> RunDirectory.open(plan, dir, true, false, 1, List.of(), Instant.EPOCH));
        assertThat(t).isInstanceOf(OutputDirectoryException.class);
        Map<String, String> after = contents(dir);
        after.remove(DirectoryLock.FILE);
        assertThat(after).isEqualTo(before);
        return t.getMessage().replace(dir.toString(), "DIR");
    }

    private static List<String> swap(List<String> l, int a, int b) {
        String x = l.get(a);
        l.set(a, l.get(b));
        l.set(b, x);
        return l;
    }

    @Test
    void aSecondWritersRowsAreRefusedWithTheLineAndHowToRecover() throws Exception {
        // rows of runs 3 and 4 written again after run 6, as two processes appending to one runs.csv would
        Path dir = damaged("twice", ResultsDirectory.RUNS, l -> {
            l.addAll(8, l.subList(4, 6));
            return l;
        });
        assertThat(refusedResume(dir)).isEqualTo("cannot resume DIR: runs.csv line 9: run_id 3 after run_id 6 (out of order); "
                + "to keep the first 7 runs, delete runs.csv's lines from 9 on (head -n 8) and --resume again; "
                + "or start over with --force");
        assertThat(refusedResume(damaged("swapped", ResultsDirectory.RUNS, l -> swap(l, 2, 3))))
                .startsWith("cannot resume DIR: runs.csv line 3: run_id 2 where run_id 1 belongs; to keep the first run, "
                        + "delete runs.csv's lines from 3 on (head -n 2)");
        assertThat(refusedResume(damaged("gap", ResultsDirectory.RUNS, l -> {
            l.remove(1);
            return l;
        }))).startsWith("cannot resume DIR: runs.csv line 2: run_id 1 where run_id 0 belongs; start over with --force");
    }

    @Test
    void damagedRowsAndHeadersAreRefused() throws Exception {
        List<String> header = Csv.parse(Files.readAllLines(reference.resolve(ResultsDirectory.RUNS)).get(0));
        int width = header.size();
        assertThat(refusedResume(damaged("short", ResultsDirectory.RUNS, l -> {
            l.set(4, l.get(4).substring(0, l.get(4).lastIndexOf(',')));
            return l;
        }))).startsWith("cannot resume DIR: runs.csv line 5: " + (width - 1) + " cells where the header has " + width
                + "; to keep the first 3 runs");
        assertThat(refusedResume(damaged("letters", ResultsDirectory.RUNS, l -> {
            l.set(2, l.get(2).replaceFirst(",(ok|failed),", ",ok,").replaceFirst("^1,0,1,", "1,0,1,x"));
            return l;
        }))).startsWith("cannot resume DIR: runs.csv line 3: seed is 'x");
        assertThat(refusedResume(damaged("seed", ResultsDirectory.RUNS, l -> {
            List<String> c = Csv.parse(l.get(3));
            c.set(3, "42");
            l.set(3, Csv.row(c).strip());
            return l;
        }))).startsWith("cannot resume DIR: runs.csv line 4: seed is '42' where run 2 of this experiment has ");
        assertThat(refusedResume(damaged("header", ResultsDirectory.RUNS, l -> {
            l.set(0, l.get(0).replace("welfare", "welfare_total"));
            return l;
        }))).startsWith("cannot resume DIR: runs.csv line 1: column " + (header.indexOf("welfare") + 1) + " of the header "
                + "is 'welfare_total' where this experiment's is 'welfare'; start over with --force");
        assertThat(refusedResume(damaged("years", ResultsDirectory.YEARS, l -> {
            l.set(12, l.get(12).replaceFirst(",[^,]*$", ",12abc"));
            return l;
        }))).matches("cannot resume DIR: years\\.csv line 13: \\S+ is '12abc', not a number or nothing; start over with --force \\(or use another --out\\)");
        assertThat(refusedResume(damaged("crlf", ResultsDirectory.ROUNDS, l -> {
            l.set(3, l.get(3) + "\r");
            return l;
        }))).startsWith("cannot resume DIR: rounds.csv line 4: it ends in a carriage return");
    }

    @Test
    void followingTheAdviceRecoversTheSameBytesAsAnUninterruptedRun() throws Exception {
        int at = SmallSweep.lineOfRun(reference.resolve(ResultsDirectory.YEARS), 5) + 1;
        Path dir = damaged("advice", ResultsDirectory.YEARS, l -> {
            l.set(at, l.get(at).replace(",", ";"));
            return l;
        });
        String message = refusedResume(dir);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(head -n (\\d+)\\)").matcher(message);
        assertThat(m.find()).as(message).isTrue();
        List<String> runs = Files.readAllLines(dir.resolve(ResultsDirectory.RUNS));
        Files.writeString(dir.resolve(ResultsDirectory.RUNS),
                String.join("\n", runs.subList(0, Integer.parseInt(m.group(1)))) + "\n");
        RunDirectory resumed = fixture.run(dir, Shard.ALL, 2, true, 0);
        // 5 runs kept; the years accumulator's state goes back to the end of point 0
        assertThat(resumed.next()).isEqualTo(4);
        SmallSweep.assertSameFiles(reference, dir);
    }

    @Test
    void aLastLineCutShortAndRowsOfUncommittedRunsAreCutWithoutAWord() throws Exception {
        Path dir = damaged("cut", ResultsDirectory.RUNS, l -> new ArrayList<>(l.subList(0, 5)));
        SmallSweep.cutInsideLine(dir.resolve(ResultsDirectory.RUNS), 4, 7);
        RunDirectory resumed = fixture.run(dir, Shard.ALL, 2, true, 0);
        // 3 complete runs; the years accumulator's state (points of 4 runs) goes back to the start
        assertThat(resumed.next()).isZero();
        SmallSweep.assertSameFiles(reference, dir);
    }

    @Test
    void mergeRefusesADamagedShardAndLeavesNoOutput() throws Exception {
        List<Path> shards = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            Path s = tmp.resolve("shard" + k);
            fixture.run(s, new Shard(k, 2), 1, false, 0);
            shards.add(s);
        }
        RunPlan plan = RunPlan.of(fixture.config(), Shard.ALL);
        Path years = shards.get(1).resolve(ResultsDirectory.YEARS);
        String good = Files.readString(years);
        List<String> lines = Files.readAllLines(years);
        lines.add(6, lines.get(6));
        lines.set(6, lines.get(6).replaceFirst("^\\d+,", "4,"));
        Files.writeString(years, String.join("\n", lines) + "\n");
        Path out = tmp.resolve("merged");
        var checked = ShardMerge.check(shards);
        assertThatThrownBy(() -> ShardMerge.merge(checked, plan, out, List.of(), Instant.EPOCH))
                .isInstanceOf(OutputDirectoryException.class)
                .hasMessageStartingWith("cannot merge " + shards.get(1) + ": years.csv line 7: run_id 4 is not a run of "
                        + "shard 2/2; the shard must be finished again: ");
        assertThat(out).doesNotExist();

        // a shard whose manifest says complete but whose runs.csv ends in half a line
        Files.writeString(years, good);
        Path runs = shards.get(0).resolve(ResultsDirectory.RUNS);
        SmallSweep.cutInsideLine(runs, 4, 3);
        Files.createDirectories(out);
        assertThatThrownBy(() -> ShardMerge.merge(checked, plan, out, List.of(), Instant.EPOCH))
                .hasMessageStartingWith("cannot merge " + shards.get(0) + ": runs.csv line 5: the last line is cut short; "
                        + "the shard must be finished again: to keep the first 3 runs, delete runs.csv's lines from 5 on");
        assertThat(ResultsDirectory.isEmpty(out)).isTrue();
    }
}
