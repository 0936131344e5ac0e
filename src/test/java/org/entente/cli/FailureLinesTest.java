package org.entente.cli;

import org.entente.SplitScenario;
import org.entente.agents.JadeNegotiationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The failures a user meets, through the command line: unreadable files, corrupted results for
 * --resume and merge, a manifest of junk, a failure inside the program, an error the JVM raises.
 * Each is one line (the program's own failures at most 200 characters) with the right exit code, no
 * stack trace unless --debug, and never the input echoed at length. (A killed agent or a throwing
 * strategy: RunCommandFaultsTest; a full disk: reliability.OutputSafetyTest.)
 */
class FailureLinesTest {
    static final String CONFIG = SplitScenario.yaml("Split") + """
            experiment:
              name: lines
              protocol: alternating_offers
              deadline: 20
              runs: 12
              seed: 3
            """;

    @TempDir
    static Path tmp;
    static Path config;
    static Path done;

    @BeforeAll
    static void aCompleteDirectory() throws Exception {
        config = Files.writeString(tmp.resolve("lines.yaml"), CONFIG);
        done = tmp.resolve("done");
        Result r = run("run", config.toString(), "--out", done.toString(), "--quiet", "--no-charts");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @AfterEach
    void restoreSeam() {
        RunCommand.services = JadeNegotiationService::new;
    }

    record Result(int code, String out, String err) {
        /** The error output: exactly one line, no stack trace, no run of white space from the input. */
        String line() {
            List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(err).hasSize(1);
            assertThat(err).doesNotContain("\tat ").doesNotContain("   ");
            return lines.get(0);
        }
    }

    static Result run(String... args) {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(code, o.toString(), e.toString());
    }

    /** A copy of the complete directory, with one file replaced. */
    private static Path copyWith(String name, String file, String content) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        try (var files = Files.list(done)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.writeString(dir.resolve(file), content);
        return dir;
    }

    @Test
    void aMissingConfigIsTheSameLineForEveryCommandAsForValidate() {
        String missing = tmp.resolve("no-such.yaml").toString(), expected = missing + ": cannot read: no such file";
        List<String[]> commands = List.of(new String[]{"validate", missing}, new String[]{"describe", missing},
                new String[]{"run", missing, "--out", tmp.resolve("m1").toString()},
                new String[]{"slurm", missing, "--shards", "2", "--out", tmp.resolve("m2").toString()},
                new String[]{"export", "geniusweb", missing, "--out", tmp.resolve("m3").toString()},
                new String[]{"play", missing, "--as", "a"});
        for (String[] command : commands) {
            Result r = run(command);
            assertThat(r.code()).as(command[0]).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err().strip()).as(command[0]).isEqualTo(expected);
        }
        assertThat(tmp.resolve("m1")).doesNotExist();
        assertThat(tmp.resolve("m2")).doesNotExist();
        assertThat(tmp.resolve("m3")).doesNotExist();
    }

    @Test
    void unreadableConfigsAreOneLineWithExit2() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("a-folder"));
        Result r = run("run", folder.toString(), "--out", tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.line()).isEqualTo(folder + ": cannot read: it is a directory; expected a YAML file");
        assumeTrue(Files.exists(Path.of("/proc/self/mem")), "needs Linux /proc");
        Result io = run("run", "/proc/self/mem", "--out", tmp.resolve("y").toString());
        assertThat(io.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(io.line()).isEqualTo("/proc/self/mem: cannot read: Input/output error");
    }

    @Test
    void kilobytesOfSpacesInARunIdAreNamedNotEchoed() throws Exception {
        List<String> runs = new ArrayList<>(Files.readAllLines(done.resolve("runs.csv")));
        runs.set(5, " ".repeat(4000) + runs.get(5));
        Path dir = copyWith("spaces", "runs.csv", String.join("\n", runs) + "\n");
        Result r = run("run", config.toString(), "--out", dir.toString(), "--resume", "--quiet", "--no-charts");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.line()).isEqualTo("entente: cannot resume " + dir + ": runs.csv line 6: run_id is ' 4' (4001 characters), "
                + "not a whole number; to keep the first 4 runs, delete runs.csv's lines from 6 on (head -n 5) and "
                + "--resume again; or start over with --force");
    }

    @Test
    void aDamagedShardOrAManifestOfJunkIsRefusedByMergeInOneLine() throws Exception {
        List<Path> shards = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            Path s = tmp.resolve("shard" + k);
            Result r = run("run", config.toString(), "--shard", k + "/2", "--out", s.toString(), "--quiet", "--no-charts");
            assertThat(r.code()).as(r.err()).isZero();
            shards.add(s);
        }
        Path years = shards.get(0).resolve("years.csv");
        String good = Files.readString(years);
        Files.writeString(years, good.replaceFirst("\n0,", "\n0,x"));
        Result damaged = run("merge", shards.get(0).toString(), shards.get(1).toString(), "--out", tmp.resolve("m1").toString());
        assertThat(damaged.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(damaged.line()).startsWith("entente: cannot merge " + shards.get(0) + ": years.csv line 2: year is 'x")
                .contains("the shard must be finished again");
        assertThat(tmp.resolve("m1")).doesNotExist();

        Files.writeString(years, good);
        Files.writeString(shards.get(1).resolve("manifest.json"), "{\"status\": " + "junk ".repeat(3000));
        Result junk = run("merge", shards.get(0).toString(), shards.get(1).toString(), "--out", tmp.resolve("m2").toString());
        assertThat(junk.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(junk.line()).startsWith("entente: cannot merge " + shards.get(1) + ": " + shards.get(1).resolve("manifest.json")
                + " is not valid JSON (line 1, column ").hasSizeLessThan(400);
    }

    @Test
    void anUnforeseenFailureIsOneLineOfAtMost200CharactersAndTheTraceOnlyWithDebug() throws Exception {
        RunCommand.services = (c, o) -> {
            throw new NumberFormatException("For input string: \"" + " ".repeat(5000) + "158\"");
        };
        Path out = tmp.resolve("internal");
        Result r = run("run", config.toString(), "--out", out.toString(), "--quiet", "--no-charts");
        assertThat(r.code()).isEqualTo(Main.FAILED);
        assertThat(r.line()).hasSizeLessThanOrEqualTo(ErrorLine.MAX)
                .startsWith("entente: internal error: NumberFormatException: For input string: \"…158\" (at ")
                .endsWith("; run with --debug for details)");
        Result debug = run("run", config.toString(), "--out", tmp.resolve("internal-debug").toString(), "--quiet",
                "--no-charts", "--debug");
        assertThat(debug.code()).isEqualTo(Main.FAILED);
        assertThat(debug.err().lines().findFirst().orElseThrow()).hasSizeLessThanOrEqualTo(ErrorLine.MAX)
                .startsWith("entente: internal error: NumberFormatException");
        assertThat(debug.err()).contains("\tat org.entente.cli.FailureLinesTest");
        // the directory it had opened is released and resumable
        RunCommand.services = JadeNegotiationService::new;
        Result resumed = run("run", config.toString(), "--out", out.toString(), "--resume", "--quiet", "--no-charts");
        assertThat(resumed.code()).as(resumed.err()).isZero();
    }

    @Test
    void anErrorOfTheJvmIsOneLineToo() throws Exception {
        RunCommand.services = (c, o) -> {
            throw new StackOverflowError();
        };
        Result r = run("run", config.toString(), "--out", tmp.resolve("error").toString(), "--quiet", "--no-charts");
        assertThat(r.code()).isEqualTo(Main.FAILED);
        assertThat(r.line()).matches("entente: internal error: StackOverflowError \\(at FailureLinesTest\\.java:\\d+; "
                + "run with --debug for details\\)");
    }
}
