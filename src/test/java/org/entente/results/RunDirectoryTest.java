package org.entente.results;

import org.entente.experiment.RunPlan;
import org.entente.experiment.Shard;
import org.entente.model.Config;
import org.entente.model.Experiment;
import org.entente.model.YearsOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Results directories: byte-identical across threads, shards + merge and resumption; refusals. */
class RunDirectoryTest {
    static final List<String> CSVS = SmallSweep.CSVS;

    @TempDir
    static Path tmp;
    static SmallSweep fixture;
    static Config config;

    @BeforeAll
    static void loadConfig() throws Exception {
        fixture = new SmallSweep(tmp);
        config = fixture.config();
    }

    static RunDirectory run(Path out, Shard shard, int threads, boolean resume, int failEvery) throws Exception {
        return fixture.run(out, shard, threads, resume, failEvery);
    }

    static void assertSameFiles(Path a, Path b) throws IOException {
        SmallSweep.assertSameFiles(a, b);
    }

    @Test
    void writesTheContractsColumnsAndOneRowPerRunInRunIdOrder() throws Exception {
        Path out = tmp.resolve("columns");
        run(out, Shard.ALL, 2, false, 0);
        List<String> runs = Files.readAllLines(out.resolve(ResultsDirectory.RUNS));
        assertThat(runs.get(0)).startsWith("run_id,point,replicate,seed,parties.lesotho.reservation,protocol,strategy.china,"
                + "strategy.lesotho,agreement,ratified,rounds,agreement_round,issue.purchase,").endsWith(",utility.china,"
                + "utility.lesotho,value.china,value.lesotho,welfare,nash_product,pareto_distance,nash_distance,ks_distance,"
                + "compliance.china,compliance.lesotho,trade.china,trade.lesotho,infrastructure.china,infrastructure.lesotho,"
                + "influence.china,influence.lesotho,debt_peak.china,debt_peak.lesotho,blocked_by,status,error");
        assertThat(runs).hasSize(1 + 8);
        assertThat(runs.get(5)).startsWith("4,1,0,");
        assertThat(runs.get(5).split(",")[4]).isEqualTo("0.3");
        assertThat(Files.readAllLines(out.resolve(ResultsDirectory.SUMMARY)).get(0)).startsWith(
                "point,parties.lesotho.reservation,runs,failed,agreement_rate,agreement_rate_lo,agreement_rate_hi,"
                        + "utility.china.mean,utility.china.lo,utility.china.hi,utility.lesotho.mean,utility.lesotho.lo,"
                        + "utility.lesotho.hi,rounds.mean,pareto_distance.mean,pareto_distance.lo,pareto_distance.hi,"
                        + "nash_distance.mean,nash_distance.lo,nash_distance.hi,ks_distance.mean,ks_distance.lo,ks_distance.hi,");
        // the contract's columns, then each reference point's package (one column per issue)
        assertThat(Files.readAllLines(out.resolve(ResultsDirectory.FRONTIER)).get(0)).isEqualTo("kind,utility.china,utility.lesotho,"
                + "issue.purchase,issue.tariff_free,issue.infrastructure,issue.interest_rate,issue.local_employment,"
                + "issue.mining_equity,issue.scholarships,issue.alignment,issue.oversight");
        Manifest m = Manifest.read(out);
        assertThat(m.status()).isEqualTo(Manifest.COMPLETE);
        assertThat(m.runsTotal()).isEqualTo(8);
        assertThat(m.configSha256()).isEqualTo(config.sha256());
        assertThat(m.designPoints()).hasSize(2);
    }

    @Test
    void summaryAgreementRateCountsTheRunsOfEachPoint() throws Exception {
        Path out = tmp.resolve("summary");
        run(out, Shard.ALL, 2, false, 0);
        List<String> runs = Files.readAllLines(out.resolve(ResultsDirectory.RUNS));
        int agreement = Csv.parse(runs.get(0)).indexOf(RunsColumns.AGREEMENT);
        long agreed = runs.stream().skip(1).filter(l -> l.split(",")[1].equals("0") && l.split(",")[agreement].equals("true"))
                .count();
        List<String> row0 = Csv.parse(Files.readAllLines(out.resolve(ResultsDirectory.SUMMARY)).get(1));
        assertThat(row0.get(2)).isEqualTo("4");
        var w = org.entente.analysis.Statistics.wilson(agreed, 4);
        assertThat(row0.get(4)).isEqualTo(Csv.number(agreed / 4.0));
        assertThat(row0.get(5)).isEqualTo(Csv.number(w.lo()));
    }

    @Test
    void sameBytesForEveryThreadCount() throws Exception {
        Path one = tmp.resolve("t1"), four = tmp.resolve("t4");
        run(one, Shard.ALL, 1, false, 0);
        run(four, Shard.ALL, 4, false, 0);
        assertSameFiles(one, four);
    }

    @Test
    void mergedShardsAreByteIdenticalToOneMachine() throws Exception {
        Path single = tmp.resolve("single");
        run(single, Shard.ALL, 2, false, 0);
        List<Path> shards = new ArrayList<>();
        for (int k = 3; k >= 1; k--) {
            Path s = tmp.resolve("shard" + k);
            run(s, new Shard(k, 3), 2, false, 0);
            shards.add(s);
        }
        assertThat(shards.get(2).resolve(ResultsDirectory.DANCE)).exists();
        assertThat(shards.get(0).resolve(ResultsDirectory.DANCE)).doesNotExist();
        var checked = ShardMerge.check(shards);
        Path merged = tmp.resolve("merged");
        ShardMerge.merge(checked, RunPlan.of(config, Shard.ALL), merged, List.of("entente", "merge"), Instant.EPOCH).close();
        assertSameFiles(single, merged);
        assertThat(Manifest.read(merged).status()).isEqualTo(Manifest.COMPLETE);
    }

    @Test
    void yearsNoneWritesNoYearsCsvAndTheSameSummariesAsAll() throws Exception {
        Path all = tmp.resolve("years-all"), none = tmp.resolve("years-none");
        run(all, Shard.ALL, 2, false, 0);
        Experiment.Outputs o = config.experiment().outputs();
        Config noYears = config.withExperiment(config.experiment().withOutputs(
                new Experiment.Outputs(o.trace(), o.charts(), YearsOutput.NONE, false)));
        new SmallSweep(noYears).run(none, Shard.ALL, 2, false, 0);
        assertThat(none.resolve(ResultsDirectory.YEARS)).doesNotExist();
        for (String f : List.of(ResultsDirectory.RUNS, ResultsDirectory.SUMMARY, ResultsDirectory.YEARS_SUMMARY,
                ResultsDirectory.YEARS_STATE)) {
            assertThat(Files.readString(none.resolve(f))).as(f).isEqualTo(Files.readString(all.resolve(f)));
        }
        List<String> rows = Files.readAllLines(all.resolve(ResultsDirectory.YEARS_SUMMARY));
        assertThat(rows.get(0)).isEqualTo("point,party,year,series,n,mean,sd,q05,q25,q50,q75,q95");
        assertThat(rows.get(1)).startsWith("0,china,1,");
        assertThat(rows).anyMatch(r -> r.startsWith("1,lesotho,"));
    }

    @Test
    void compressedFilesHaveTheSameBytesForThreadsShardsAndResumption() throws Exception {
        Experiment.Outputs o = config.experiment().outputs();
        Config gz = config.withExperiment(config.experiment().withOutputs(
                new Experiment.Outputs(o.trace(), o.charts(), YearsOutput.SAMPLE, true)));
        SmallSweep compressed = new SmallSweep(gz);
        Path one = tmp.resolve("gz1"), three = tmp.resolve("gz3"), killed = tmp.resolve("gzkilled");
        compressed.run(one, Shard.ALL, 1, false, 0);
        compressed.run(three, Shard.ALL, 3, false, 0);
        List<Path> shards = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            shards.add(tmp.resolve("gzshard" + k));
            compressed.run(shards.get(k - 1), new Shard(k, 2), 2, false, 0);
        }
        Path merged = tmp.resolve("gzmerged");
        ShardMerge.merge(ShardMerge.check(shards), RunPlan.of(gz, Shard.ALL), merged, List.of(), Instant.EPOCH);
        compressed.run(killed, Shard.ALL, 2, false, 0);
        // a kill -9 in the middle of runs.csv.gz's last member; the run's end files not yet written
        Path runs = killed.resolve(ResultsDirectory.RUNS + ResultsFiles.GZIP);
        byte[] b = Files.readAllBytes(runs);
        Files.write(runs, java.util.Arrays.copyOf(b, b.length - 5));
        Files.delete(killed.resolve(ResultsDirectory.SUMMARY + ResultsFiles.GZIP));
        Manifest.read(killed).withEnd(Manifest.RUNNING, 0, 0, "").write(killed);
        compressed.run(killed, Shard.ALL, 2, true, 0);
        for (String f : CSVS) {
            if (f.equals(ResultsDirectory.YEARS_STATE)) continue;
            Path expected = one.resolve(f + ResultsFiles.GZIP);
            assertThat(expected).as(f).exists();
            for (Path d : List.of(three, merged, killed)) {
                assertThat(Files.readAllBytes(d.resolve(f + ResultsFiles.GZIP))).as(d + " " + f).isEqualTo(Files.readAllBytes(expected));
            }
        }
        assertThat(one.resolve(ResultsDirectory.RUNS)).doesNotExist();
    }

    @Test
    void mergeRefusesMissingOrRepeatedShards() throws Exception {
        Path a = tmp.resolve("m1"), b = tmp.resolve("m2");
        run(a, new Shard(1, 3), 1, false, 0);
        run(b, new Shard(2, 3), 1, false, 0);
        assertThatThrownBy(() -> ShardMerge.check(List.of(a, b))).hasMessageContaining("shards missing: [3/3]");
        assertThatThrownBy(() -> ShardMerge.check(List.of(a, b, a))).hasMessageContaining("given twice");
    }

    @Test
    void resumeAfterAnAbruptKillGivesTheSameBytes() throws Exception {
        Path whole = tmp.resolve("whole");
        run(whole, Shard.ALL, 2, false, 0);
        Path killed = tmp.resolve("killed");
        run(killed, Shard.ALL, 2, false, 0);
        // kill -9 in the middle of run 5's runs.csv line, after years/rounds of later runs were half written
        SmallSweep.cutInsideLine(killed.resolve(ResultsDirectory.RUNS), 6, 17);
        SmallSweep.cutInsideLine(killed.resolve(ResultsDirectory.YEARS), SmallSweep.lineOfRun(killed.resolve(ResultsDirectory.YEARS), 6) + 3, 5);
        SmallSweep.cutInsideLine(killed.resolve(ResultsDirectory.ROUNDS), SmallSweep.lineOfRun(killed.resolve(ResultsDirectory.ROUNDS), 7), 9);
        Files.delete(killed.resolve(ResultsDirectory.SUMMARY));
        Manifest m = Manifest.read(killed);
        m.withEnd(Manifest.RUNNING, 0, 0, "").write(killed);

        RunDirectory resumed = run(killed, Shard.ALL, 3, true, 0);
        // runs.csv keeps 5 runs; the years accumulator's state can go back to the end of point 0 (run 4)
        assertThat(resumed.next()).isEqualTo(4);
        assertSameFiles(whole, killed);
        assertThat(Manifest.read(killed).status()).isEqualTo(Manifest.COMPLETE);
    }

    @Test
    void resumeOfACompleteDirectoryRunsNothingAndKeepsTheBytes() throws Exception {
        Path a = tmp.resolve("again");
        run(a, Shard.ALL, 2, false, 0);
        String before = Files.readString(a.resolve(ResultsDirectory.RUNS));
        RunDirectory d = run(a, Shard.ALL, 2, true, 0);
        assertThat(d.next()).isEqualTo(8);
        assertThat(Files.readString(a.resolve(ResultsDirectory.RUNS))).isEqualTo(before);
    }

    @Test
    void refusesANonEmptyOutWithoutResumeOrForceAndTouchesNothing() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("users"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        RunPlan plan = RunPlan.of(config, Shard.ALL);
        assertThatThrownBy(() -> RunDirectory.open(plan, out, false, false, 1, List.of(), Instant.EPOCH))
                .isInstanceOf(OutputDirectoryException.class).hasMessageContaining("is not empty");
        assertThat(Files.list(out).toList()).containsExactly(out.resolve("notes.txt"));
        assertThatThrownBy(() -> RunDirectory.open(plan, out, true, false, 1, List.of(), Instant.EPOCH))
                .isInstanceOf(OutputDirectoryException.class);
        assertThat(Files.list(out).toList()).containsExactly(out.resolve("notes.txt"));
    }

    @Test
    void resumeRefusesADirectoryOfAnotherSeedOrShard() throws Exception {
        Path out = tmp.resolve("other");
        run(out, Shard.ALL, 1, false, 0);
        RunPlan otherSeed = RunPlan.of(config.withExperiment(config.experiment().withSeed(8)), Shard.ALL);
        assertThatThrownBy(() -> RunDirectory.open(otherSeed, out, true, false, 1, List.of(), Instant.EPOCH))
                .hasMessageContaining("seed 7, not 8");
        RunPlan shard = RunPlan.of(config, new Shard(1, 2));
        assertThatThrownBy(() -> RunDirectory.open(shard, out, true, false, 1, List.of(), Instant.EPOCH))
                .hasMessageContaining("shard");
    }

    @Test
    void failedRunsAreCountedAndKeptWithTheirReason() throws Exception {
        Path out = tmp.resolve("failing");
        RunDirectory d = run(out, Shard.ALL, 2, false, 3);
        assertThat(d.failed()).isEqualTo(2);
        assertThat(d.failures()).containsExactly("run 2: agent timed out, after waiting", "run 5: agent timed out, after waiting");
        List<String> row = Csv.parse(Files.readAllLines(out.resolve(ResultsDirectory.RUNS)).get(3));
        assertThat(row.get(row.size() - 2)).isEqualTo("failed");
        assertThat(row.get(row.size() - 1)).isEqualTo("agent timed out, after waiting");
        List<String> summary = Csv.parse(Files.readAllLines(out.resolve(ResultsDirectory.SUMMARY)).get(1));
        assertThat(summary.get(3)).isEqualTo("1");
        assertThat(Manifest.read(out).runsFailed()).isEqualTo(2);
    }

}
