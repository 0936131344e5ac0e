package org.entente.results;

import org.entente.outcome.ImplementationModel;
import org.entente.outcome.YearRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** A point's years, added a batch of runs at a time: what is read is every run added, in any order and split. */
class PointYearsTest {
    private static final List<String> PARTIES = List.of("a", "b");
    private static final int SERIES = ImplementationModel.columns().size();

    /** A run of {@code years} years (none for a failed run), values drawn from {@code seed}. */
    private static List<YearRecord> run(long seed, int years) {
        SplittableRandom r = new SplittableRandom(seed);
        List<YearRecord> out = new ArrayList<>();
        for (int y = 1; y <= years; y++) {
            for (String p : PARTIES) {
                double[] v = new double[SERIES];
                for (int s = 0; s < SERIES; s++) v[s] = r.nextDouble(-1e3, 1e3) * Math.pow(10, r.nextInt(-8, 8));
                out.add(new YearRecord(y, p, v));
            }
        }
        return out;
    }

    private static String state(PointYears p) {
        StringBuilder b = new StringBuilder();
        p.write(b);
        return b.toString();
    }

    @Test
    void runsWaitingForABatchAreReadAndAnyOrderOrSplitGivesTheSameState() {
        List<List<YearRecord>> runs = new ArrayList<>();
        for (int i = 0; i < 3 * PointYears.BATCH + 5; i++) runs.add(run(i, i % 7 == 0 ? 0 : 1 + i % 20));

        PointYears one = new PointYears(0, PARTIES);
        for (List<YearRecord> r : runs) one.add(r);
        // one run at a time, each read at once: no batch is ever full
        PointYears single = new PointYears(0, PARTIES);
        String previous = "";
        for (List<YearRecord> r : runs) {
            PointYears alone = new PointYears(0, PARTIES);
            alone.add(r);
            single.add(alone);
            String now = state(single);
            if (!r.isEmpty()) assertThat(now).isNotEqualTo(previous);
            previous = now;
        }
        // in reverse, in two shards merged
        List<List<YearRecord>> reversed = new ArrayList<>(runs);
        Collections.reverse(reversed);
        PointYears first = new PointYears(0, PARTIES), second = new PointYears(0, PARTIES);
        for (int i = 0; i < reversed.size(); i++) (i < 50 ? first : second).add(reversed.get(i));
        first.add(second);

        assertThat(state(one)).isEqualTo(previous).isEqualTo(state(first));
        assertThat(one.rows()).hasSize(state(one).split("\n").length);
        // 20 years (the longest run), two parties, every series
        assertThat(one.rows()).hasSize(20 * PARTIES.size() * SERIES);
    }
}
